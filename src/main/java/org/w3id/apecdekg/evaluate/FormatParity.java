package org.w3id.apecdekg.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares the scores of one report read from another format (PDF, DOCX, HTML) with those of its
 * Markdown original: for every fact type, precision and recall must lie within a tolerance of the
 * original's. Also names the facts a format lost (found in Markdown, missed in the format) and gained
 * (false positives only the format has), which tell a reader's author what was misread.
 */
public final class FormatParity {

    /** Largest difference in precision or recall of any fact type between a format and Markdown. */
    public static final double TOLERANCE = 0.02;

    private FormatParity() {}

    /** One line per fact type and measure outside the tolerance; empty when the format is on par. */
    public static List<String> differences(EvaluationResult markdown, EvaluationResult format, double tolerance) {
        Set<String> types = new LinkedHashSet<>(Evaluation.TYPES);
        types.addAll(markdown.byType().keySet());
        types.addAll(format.byType().keySet());
        List<String> out = new ArrayList<>();
        for (String type : types) {
            TypeScore m = markdown.score(type);
            TypeScore f = format.score(type);
            if (Math.abs(m.precision() - f.precision()) > tolerance + 1e-9) {
                out.add(String.format(Locale.ROOT, "%s precision %.3f, Markdown %.3f (TP %d FP %d vs TP %d FP %d)",
                        type, f.precision(), m.precision(), f.truePositives(), f.falsePositives(),
                        m.truePositives(), m.falsePositives()));
            }
            if (Math.abs(m.recall() - f.recall()) > tolerance + 1e-9) {
                out.add(String.format(Locale.ROOT, "%s recall %.3f, Markdown %.3f (TP %d FN %d vs TP %d FN %d)",
                        type, f.recall(), m.recall(), f.truePositives(), f.falseNegatives(),
                        m.truePositives(), m.falseNegatives()));
            }
        }
        return out;
    }

    /** Expected facts the Markdown original yields and the format misses. */
    public static List<Fact> lost(EvaluationResult markdown, EvaluationResult format) {
        Set<String> mdMisses = keys(markdown.misses());
        return format.misses().stream().filter(f -> !mdMisses.contains(key(f))).toList();
    }

    /** Expected facts the format yields and the Markdown original misses. */
    public static List<Fact> won(EvaluationResult markdown, EvaluationResult format) {
        Set<String> fmtMisses = keys(format.misses());
        return markdown.misses().stream().filter(f -> !fmtMisses.contains(key(f))).toList();
    }

    /** False positives of the format that the Markdown original does not have. */
    public static List<Fact> gained(EvaluationResult markdown, EvaluationResult format) {
        Set<String> mdFps = keys(markdown.falsePositives());
        return format.falsePositives().stream().filter(f -> !mdFps.contains(key(f))).toList();
    }

    /** False positives of the Markdown original that the format does not have. */
    public static List<Fact> dropped(EvaluationResult markdown, EvaluationResult format) {
        Set<String> fmtFps = keys(format.falsePositives());
        return markdown.falsePositives().stream().filter(f -> !fmtFps.contains(key(f))).toList();
    }

    /** A readable account: the differing scores and the facts behind them. */
    public static String explain(EvaluationResult markdown, EvaluationResult format, double tolerance) {
        StringBuilder b = new StringBuilder();
        b.append(format.report()).append(" against ").append(markdown.report()).append('\n');
        List<String> diffs = differences(markdown, format, tolerance);
        b.append(diffs.isEmpty() ? "  scores on par (within " + tolerance + ")\n" : "");
        diffs.forEach(d -> b.append("  ").append(d).append('\n'));
        section(b, "lost (Markdown finds, this format misses)", lost(markdown, format), "-");
        section(b, "won (this format finds, Markdown misses)", won(markdown, format), "+");
        section(b, "false positives only this format has", gained(markdown, format), "+");
        section(b, "false positives only Markdown has", dropped(markdown, format), "-");
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<Fact> facts, String mark) {
        if (facts.isEmpty()) {
            return;
        }
        b.append("  ").append(title).append(": ").append(facts.size()).append('\n');
        for (Fact f : facts) {
            b.append("    ").append(mark).append(' ').append(f.type()).append('\t').append(f.subject()).append('\t')
                    .append(f.object()).append('\n');
        }
    }

    private static Set<String> keys(List<Fact> facts) {
        Set<String> out = new LinkedHashSet<>();
        facts.forEach(f -> out.add(key(f)));
        return out;
    }

    private static String key(Fact f) {
        return f.type() + '\t' + f.subject() + '\t' + f.object();
    }
}
