package org.w3id.apecdekg.intake.html;

/** An HTML page past one of the {@link HtmlLimits}: the reason, written after "HTML refused: ". */
public final class HtmlRefusedException extends RuntimeException {

    public HtmlRefusedException(String reason) {
        super(reason, null, false, false);
    }
}
