package org.w3id.apecdekg.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.w3id.apecdekg.intake.SourceFormat;

/**
 * Which files are evaluated against which expected facts. A fixture is {@code NAME.md} with
 * {@code NAME.expected.tsv} beside it; the same report in other formats sits in the subfolder
 * {@value #FORMATS_DIR} as {@code NAME.pdf}, {@code NAME.docx} and {@code NAME.html}, scored against
 * the fixture's expected facts (one expected file for every format of a report).
 */
public final class EvaluationTargets {

    /** Subfolder of the fixtures folder holding the fixtures as PDF, DOCX and HTML. */
    public static final String FORMATS_DIR = "formats";

    /** The formats a fixture is rendered to besides Markdown, in report order. */
    public static final List<SourceFormat> RENDERED = List.of(SourceFormat.PDF, SourceFormat.DOCX, SourceFormat.HTML);

    private static final String EXPECTED_SUFFIX = ".expected.tsv";

    private EvaluationTargets() {}

    /**
     * The base name of a report file: its name without the ending of a supported type
     * ({@code a.zh.pdf} → {@code a.zh}); a name without such an ending is its own base name.
     */
    public static String baseName(Path report) {
        String name = report.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : SourceFormat.allExtensions()) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    /**
     * The expected-facts file of a report of any type: {@code BASE.expected.tsv} beside it, else in
     * the parent folder (a rendered fixture in {@code formats/} uses its Markdown original's). When
     * neither exists, the file beside it (whose absence the reader of the file reports).
     */
    public static Path expectedFor(Path report) {
        String expected = baseName(report) + EXPECTED_SUFFIX;
        Path beside = report.resolveSibling(expected);
        if (Files.exists(beside)) {
            return beside;
        }
        Path dir = report.toAbsolutePath().normalize().getParent();
        if (dir != null && dir.getParent() != null && Files.exists(dir.getParent().resolve(expected))) {
            return dir.getParent().resolve(expected);
        }
        return beside;
    }

    /** The annotated Markdown fixtures of a folder (those with an expected-facts file), sorted. */
    public static List<Path> annotated(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> Files.exists(p.resolveSibling(baseName(p) + EXPECTED_SUFFIX))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Where the rendering of a Markdown fixture in {@code format} belongs (it may not exist). */
    public static Path rendered(Path markdownFixture, SourceFormat format) {
        String ext = format.extensions().get(0);
        return markdownFixture.resolveSibling(FORMATS_DIR).resolve(baseName(markdownFixture) + ext);
    }

    /** The existing renderings of a Markdown fixture, in {@link #RENDERED} order. */
    public static List<Path> renderings(Path markdownFixture) {
        List<Path> out = new ArrayList<>();
        for (SourceFormat f : RENDERED) {
            Path p = rendered(markdownFixture, f);
            if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Every file {@code evaluate} scores by default: each fixture followed by its renderings. */
    public static List<Path> withRenderings(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Path md : annotated(dir)) {
            out.add(md);
            out.addAll(renderings(md));
        }
        return out;
    }

    /** The format a file is named as (for files that could not be read, whose content type is unknown). */
    public static SourceFormat formatOfName(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (SourceFormat f : SourceFormat.values()) {
            if (f.extensions().stream().anyMatch(lower::endsWith)) {
                return f;
            }
        }
        return SourceFormat.TEXT;
    }
}
