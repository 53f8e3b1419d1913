package org.w3id.apecdekg.report.extract;

/** Placeholder until implemented. */
public final class AgreementExtractor {
    private final ExtractionContext ctx;
    public AgreementExtractor(ExtractionContext ctx) { this.ctx = ctx; }
    public void extract() { }
}
