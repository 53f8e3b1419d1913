package org.w3id.apecdekg.report.extract;

/** Placeholder until implemented. */
public final class PolicyExtractor {
    private final ExtractionContext ctx;
    public PolicyExtractor(ExtractionContext ctx) { this.ctx = ctx; }
    public void extract() { }
}
