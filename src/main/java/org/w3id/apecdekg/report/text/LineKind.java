package org.w3id.apecdekg.report.text;

/** What a line of a report is. */
public enum LineKind {
    BLANK, HEADING, ITEM, TEXT, TABLE_ROW, TOC, NOISE
}
