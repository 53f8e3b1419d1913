package org.w3id.apecdekg.report.text;

import java.time.LocalDate;

/**
 * A date or date range found in text, with its character span. {@code end} equals {@code start}
 * for a single day. {@code yearGiven} is false when the year was taken from the context.
 */
public record DateMention(int from, int to, LocalDate start, LocalDate end, boolean yearGiven) {

    public boolean isRange() {
        return !start.equals(end);
    }
}
