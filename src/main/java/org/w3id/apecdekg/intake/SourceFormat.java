package org.w3id.apecdekg.intake;

import java.util.List;

/** The report file types the intake reads, with their media type and usual file name endings. */
public enum SourceFormat {
    TEXT("text/plain", List.of(".txt")),
    MARKDOWN("text/markdown", List.of(".md", ".markdown")),
    PDF("application/pdf", List.of(".pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of(".docx")),
    HTML("text/html", List.of(".html", ".htm", ".xhtml"));

    private final String mediaType;
    private final List<String> extensions;

    SourceFormat(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType()        { return mediaType; }
    public List<String> extensions() { return extensions; }

    /** Every file name ending the intake takes (used to pick files from folders). */
    public static List<String> allExtensions() {
        return java.util.Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList();
    }

    /** True when the file name ends with one of the supported endings (case-insensitive). */
    public static boolean supportedName(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return allExtensions().stream().anyMatch(lower::endsWith);
    }
}
