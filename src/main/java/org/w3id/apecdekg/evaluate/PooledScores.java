package org.w3id.apecdekg.evaluate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Scores per fact type summed over several documents (micro-averaged precision and recall). */
public final class PooledScores {

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private int documents;

    public void add(EvaluationResult r) {
        documents++;
        for (TypeScore s : r.byType().values()) {
            int[] c = counts.computeIfAbsent(s.type(), k -> new int[3]);
            c[0] += s.truePositives();
            c[1] += s.falsePositives();
            c[2] += s.falseNegatives();
        }
    }

    public TypeScore score(String type) {
        int[] c = counts.getOrDefault(type, new int[3]);
        return new TypeScore(type, c[0], c[1], c[2]);
    }

    /** A table: one row per fact type in {@link Evaluation#TYPES} order, then the others. */
    public String format(String title) {
        StringBuilder b = new StringBuilder(title).append(" (").append(documents).append(" documents)\n");
        b.append(String.format(Locale.ROOT, "%-20s %5s %5s %5s %9s %7s%n", "type", "TP", "FP", "FN", "precision", "recall"));
        for (String type : Evaluation.TYPES) {
            if (counts.containsKey(type)) {
                b.append(row(score(type)));
            }
        }
        counts.keySet().stream().filter(t -> !Evaluation.TYPES.contains(t)).forEach(t -> b.append(row(score(t))));
        return b.toString();
    }

    private static String row(TypeScore s) {
        return String.format(Locale.ROOT, "%-20s %5d %5d %5d %9.3f %7.3f%n", s.type(), s.truePositives(),
                s.falsePositives(), s.falseNegatives(), s.precision(), s.recall());
    }
}
