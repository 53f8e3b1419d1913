package org.w3id.apecdekg.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an {@code *.expected.tsv} file: header line, '#' comments, type/subject/object/note columns;
 * alternatives of a policy's name, or of any name in {@code person-org}, {@code organization} and
 * {@code policy-issued}/{@code policy-target} subjects, separated by " | ".
 */
public final class ExpectedFacts {

    /**
     * The comment line saying the file annotates every fact type of the evaluator (the corpus's gold
     * files); without it the types added for the corpus are scored only where the file has some.
     */
    public static final String ANNOTATES_ALL = "# annotates: all";

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
            if (line.strip().equals(ANNOTATES_ALL)) {
                out.add(new Fact(Evaluation.ANNOTATES, "-", "all", List.of(), "", i + 1));
                continue;
            }
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
            } else if (type.equals("organization") || type.startsWith("policy-")) {
                alternatives = Arrays.stream(subject.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            }
            out.add(new Fact(type, subject, object, alternatives, note, i + 1));
        }
        return out;
    }
}
