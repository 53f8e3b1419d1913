package org.w3id.apecdekg.intake.docx;

/** A DOCX past one of the {@link DocxLimits}: the reason, written after "DOCX refused: ". */
public final class DocxRefusedException extends RuntimeException {

    public DocxRefusedException(String reason) {
        super(reason, null, false, false);
    }
}
