package org.w3id.apecdekg.report.lexicon;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a dictionary CSV file: a header row, '#' comment lines, values trimmed. */
public final class CsvFile {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true).setTrim(true)
            .get();

    private CsvFile() {}

    /** The rows of {@code file} as column → value maps; a missing file gives no rows. */
    public static List<Map<String, String>> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, FORMAT)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (r.size() == 0 || r.get(0).isEmpty()) {
                    continue;
                }
                rows.add(r.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file, e);
        }
    }

    /** Two columns of {@code file} as cues (text, value). */
    public static List<Cue> cues(Path file, String textColumn, String valueColumn) {
        List<Cue> out = new ArrayList<>();
        for (Map<String, String> row : read(file)) {
            String text = row.getOrDefault(textColumn, "");
            if (!text.isEmpty()) {
                out.add(new Cue(text, row.getOrDefault(valueColumn, "")));
            }
        }
        return out;
    }
}
