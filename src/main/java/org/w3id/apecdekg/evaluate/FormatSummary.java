package org.w3id.apecdekg.evaluate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.apecdekg.intake.SourceFormat;

/**
 * Collects the evaluations of many files and sums them per source format: files, unreadable files,
 * true/false positives and negatives over all fact types and per fact type, and — for a rendering of
 * a Markdown fixture — whether every fact type scores within {@link FormatParity#TOLERANCE} of the
 * Markdown original.
 */
public final class FormatSummary {

    private record Entry(SourceFormat format, String file, EvaluationResult result, String error,
                         EvaluationResult markdown) {}

    private final List<Entry> entries = new ArrayList<>();

    /** A file that was read and scored; {@code markdown} is its Markdown original's result (or null). */
    public void add(SourceFormat format, String file, EvaluationResult result, EvaluationResult markdown) {
        entries.add(new Entry(group(format), file, result, null, markdown));
    }

    /** A file that could not be read. */
    public void failed(SourceFormat format, String file, String error) {
        entries.add(new Entry(group(format), file, null, error, null));
    }

    public boolean hasFailures() {
        return entries.stream().anyMatch(e -> e.error() != null);
    }

    /** Files whose rendering is not on par with the Markdown original. */
    public List<String> parityFailures() {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.result() != null && e.markdown() != null) {
                List<String> d = FormatParity.differences(e.markdown(), e.result(), FormatParity.TOLERANCE);
                if (!d.isEmpty()) {
                    out.add(e.file() + ": " + String.join("; ", d));
                }
            }
        }
        return out;
    }

    public String format() {
        Map<SourceFormat, List<Entry>> byFormat = new EnumMap<>(SourceFormat.class);
        for (Entry e : entries) {
            byFormat.computeIfAbsent(e.format(), k -> new ArrayList<>()).add(e);
        }
        StringBuilder b = new StringBuilder();
        b.append("Summary per format (all fact types; parity: every type's precision and recall within ")
                .append(FormatParity.TOLERANCE).append(" of the Markdown original's)\n");
        b.append(String.format(Locale.ROOT, "%-9s %5s %7s %5s %5s %5s %9s %7s %7s%n", "format", "files", "unread",
                "TP", "FP", "FN", "precision", "recall", "parity"));
        b.append("-".repeat(66)).append('\n');
        for (Map.Entry<SourceFormat, List<Entry>> g : byFormat.entrySet()) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int unread = 0;
            int compared = 0;
            int onPar = 0;
            for (Entry e : g.getValue()) {
                if (e.result() == null) {
                    unread++;
                    continue;
                }
                for (TypeScore s : e.result().byType().values()) {
                    tp += s.truePositives();
                    fp += s.falsePositives();
                    fn += s.falseNegatives();
                }
                if (e.markdown() != null) {
                    compared++;
                    if (FormatParity.differences(e.markdown(), e.result(), FormatParity.TOLERANCE).isEmpty()) {
                        onPar++;
                    }
                }
            }
            TypeScore all = new TypeScore("all", tp, fp, fn);
            String parity = g.getKey() == SourceFormat.MARKDOWN ? "-"
                    : onPar + "/" + (compared + unread);
            b.append(String.format(Locale.ROOT, "%-9s %5d %7d %5d %5d %5d %9.3f %7.3f %7s%n", name(g.getKey()),
                    g.getValue().size(), unread, tp, fp, fn, all.precision(), all.recall(), parity));
        }
        b.append('\n').append(perType(byFormat));
        List<String> problems = new ArrayList<>();
        for (Entry e : entries) {
            if (e.error() != null) {
                problems.add("  unreadable " + e.file() + ": " + e.error());
            }
        }
        parityFailures().forEach(p -> problems.add("  not on par " + p));
        if (!problems.isEmpty()) {
            b.append('\n').append("Problems: ").append(problems.size()).append('\n');
            problems.forEach(p -> b.append(p).append('\n'));
        }
        return b.toString();
    }

    /** Precision/recall per fact type (columns) and format, summed over the format's readable files. */
    private static String perType(Map<SourceFormat, List<Entry>> byFormat) {
        Set<String> types = new LinkedHashSet<>();
        Map<SourceFormat, Map<String, int[]>> sums = new LinkedHashMap<>();
        for (Map.Entry<SourceFormat, List<Entry>> g : byFormat.entrySet()) {
            Map<String, int[]> m = new LinkedHashMap<>();
            for (Entry e : g.getValue()) {
                if (e.result() == null) {
                    continue;
                }
                for (TypeScore s : e.result().byType().values()) {
                    int[] t = m.computeIfAbsent(s.type(), k -> new int[3]);
                    t[0] += s.truePositives();
                    t[1] += s.falsePositives();
                    t[2] += s.falseNegatives();
                }
            }
            sums.put(g.getKey(), m);
        }
        for (String t : Evaluation.TYPES) {
            if (sums.values().stream().anyMatch(m -> m.containsKey(t))) {
                types.add(t);
            }
        }
        sums.values().forEach(m -> types.addAll(m.keySet()));
        StringBuilder b = new StringBuilder("Precision/recall per fact type and format\n");
        b.append(String.format(Locale.ROOT, "%-20s", "type"));
        sums.keySet().forEach(f -> b.append(String.format(Locale.ROOT, " %13s", name(f))));
        b.append('\n').append("-".repeat(20 + 14 * sums.size())).append('\n');
        for (String type : types) {
            b.append(String.format(Locale.ROOT, "%-20s", type));
            for (Map<String, int[]> m : sums.values()) {
                int[] t = m.get(type);
                if (t == null) {
                    b.append(String.format(Locale.ROOT, " %13s", "-"));
                } else {
                    TypeScore s = new TypeScore(type, t[0], t[1], t[2]);
                    b.append(String.format(Locale.ROOT, " %6.3f/%6.3f", s.precision(), s.recall()));
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static SourceFormat group(SourceFormat f) {
        return f == SourceFormat.TEXT ? SourceFormat.MARKDOWN : f;
    }

    private static String name(SourceFormat f) {
        return f == SourceFormat.MARKDOWN ? "markdown" : f.name().toLowerCase(Locale.ROOT);
    }
}
