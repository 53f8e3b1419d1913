package org.w3id.apecdekg.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The evaluation corpus's {@code manifest.tsv}: one document per line with its genre, language and
 * split ({@code dev}: may be tuned on; {@code test}: never). Header line, '#' comments.
 */
public record CorpusManifest(Path dir, List<Entry> entries) {

    /** One document: its file (relative to the corpus folder), genre, language tag and split. */
    public record Entry(String file, String genre, String language, String split) {}

    static final Set<String> SPLITS = Set.of("dev", "test");

    public static CorpusManifest read(Path dir) {
        Path manifest = dir.resolve("manifest.tsv");
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 4 || !SPLITS.contains(c[3].strip())) {
                throw new IllegalArgumentException(manifest + ":" + (i + 1)
                        + ": expected file, genre, language and split (dev or test)");
            }
            entries.add(new Entry(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip()));
        }
        return new CorpusManifest(dir, List.copyOf(entries));
    }

    public List<Entry> split(String split) {
        return entries.stream().filter(e -> e.split().equals(split)).toList();
    }
}
