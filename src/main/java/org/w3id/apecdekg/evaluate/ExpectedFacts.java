package org.w3id.apecdekg.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads an {@code *.expected.tsv} file: header line, '#' comments, type/subject/object/note columns. */
public final class ExpectedFacts {

    private ExpectedFacts() {}

    public static List<Fact> read(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        List<Fact> out = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (line.startsWith("type\t")) {
                    continue;
                }
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) {
                throw new IllegalArgumentException(tsv.getFileName() + ":" + (i + 1) + ": expected at least 3 columns");
            }
            String type = cols[0].strip();
            String subject = cols[1].strip();
            String object = cols[2].strip();
            String note = cols.length > 3 ? cols[3].strip() : "";
            List<String> alternatives = List.of();
            if (type.equals("policy")) {
                alternatives = Arrays.stream(object.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            }
            out.add(new Fact(type, subject, object, alternatives, note, i + 1));
        }
        return out;
    }
}
