package org.w3id.apecdekg.report.extract;

/** Placeholder until implemented. */
public final class PeopleExtractor {
    private final ExtractionContext ctx;
    private final MeetingExtractor meetings;
    public PeopleExtractor(ExtractionContext ctx, MeetingExtractor meetings) { this.ctx = ctx; this.meetings = meetings; }
    public void extract() { }
}
