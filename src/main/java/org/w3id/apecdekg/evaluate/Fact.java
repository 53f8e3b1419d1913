package org.w3id.apecdekg.evaluate;

import java.util.List;

/**
 * One fact tuple: type, subject, object; {@code alternatives} holds other acceptable spellings
 * of the object (policy names) or labels of the subject (project titles); {@code line} is the
 * source line (expected file or report), 0 if unknown.
 */
public record Fact(String type, String subject, String object, List<String> alternatives, String note, int line) {

    public Fact(String type, String subject, String object) {
        this(type, subject, object, List.of(), "", 0);
    }

    @Override
    public String toString() {
        return type + "\t" + subject + "\t" + object + (note == null || note.isEmpty() ? "" : "\t" + note);
    }
}
