package org.w3id.apecdekg.report.extract;

import java.time.LocalDate;

/**
 * What the report says about itself: title, date, language, reporting economy and organisation,
 * the meeting period and venue (with the host economy read from it).
 */
public record ReportInfo(String title, LocalDate date, String language, String economy, String orgSlug,
                         LocalDate periodStart, LocalDate periodEnd, String venue, String hostEconomy,
                         int defaultYear) {
}
