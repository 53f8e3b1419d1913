package org.w3id.apecdekg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.w3id.apecdekg.intake.SourceFormat;

/**
 * The files a {@code load} names: files as given (their type is checked by content when read), and
 * folders walked recursively for files of a supported type, in name order; other files in folders
 * are listed as skipped, and so are a folder's README.md and SOURCE.md.
 */
record ReportFiles(List<Path> files, List<Path> skipped) {

    private static final Set<String> NOT_REPORTS = Set.of("README.md", "SOURCE.md");

    static ReportFiles of(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path arg : arguments) {
            if (!Files.isDirectory(arg)) {
                files.add(arg);
                continue;
            }
            try (Stream<Path> walk = Files.walk(arg, FileVisitOption.FOLLOW_LINKS)) {
                walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                    String name = p.getFileName().toString();
                    boolean hidden = arg.relativize(p).toString().startsWith(".") || name.startsWith(".");
                    if (!hidden && SourceFormat.supportedName(name) && !NOT_REPORTS.contains(name)
                            && !name.endsWith(".expected.tsv")) {
                        files.add(p);
                    } else if (!hidden) {
                        skipped.add(p);
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalArgumentException(arg + ": cannot read folder: " + e.getMessage());
            }
        }
        return new ReportFiles(List.copyOf(files), List.copyOf(skipped));
    }
}
