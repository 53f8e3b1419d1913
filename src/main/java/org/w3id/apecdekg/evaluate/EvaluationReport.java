package org.w3id.apecdekg.evaluate;

import java.util.Locale;

/** Formats an {@link EvaluationResult} as plain text. */
public final class EvaluationReport {

    private EvaluationReport() {}

    public static String format(EvaluationResult r) {
        StringBuilder b = new StringBuilder();
        b.append("Evaluation of ").append(r.report()).append('\n');
        b.append(String.format(Locale.ROOT, "%-20s %5s %5s %5s %9s %7s%n", "type", "TP", "FP", "FN", "precision", "recall"));
        b.append("-".repeat(56)).append('\n');
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (TypeScore s : r.byType().values()) {
            b.append(row(s));
            tp += s.truePositives();
            fp += s.falsePositives();
            fn += s.falseNegatives();
        }
        b.append("-".repeat(56)).append('\n');
        b.append(row(new TypeScore("all", tp, fp, fn)));
        b.append("\nMisses (expected, not extracted): ").append(r.misses().size()).append('\n');
        for (Fact f : r.misses()) {
            b.append("  - ").append(f).append(f.line() > 0 ? "   [expected L" + f.line() + "]" : "").append('\n');
        }
        b.append("\nFalse positives (extracted, not expected): ").append(r.falsePositives().size()).append('\n');
        for (Fact f : r.falsePositives()) {
            b.append("  + ").append(f).append('\n');
        }
        return b.toString();
    }

    private static String row(TypeScore s) {
        return String.format(Locale.ROOT, "%-20s %5d %5d %5d %9.3f %7.3f%n", s.type(), s.truePositives(),
                s.falsePositives(), s.falseNegatives(), s.precision(), s.recall());
    }
}
