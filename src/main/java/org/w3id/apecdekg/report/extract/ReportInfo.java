package org.w3id.apecdekg.report.extract;

import java.time.LocalDate;

/**
 * What the report says about itself: title, date, language, reporting economy and organisation,
 * the meeting period and venue (with the host economy read from it), and the header's author field
 * as written (服務機關: the agency a trip report's "本處" / "本部" refers to), or null.
 */
public record ReportInfo(String title, LocalDate date, String language, String economy, String orgSlug,
                         LocalDate periodStart, LocalDate periodEnd, String venue, String hostEconomy,
                         int defaultYear, String author) {
}
