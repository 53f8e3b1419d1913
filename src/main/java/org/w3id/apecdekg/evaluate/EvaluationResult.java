package org.w3id.apecdekg.evaluate;

import java.util.List;
import java.util.Map;

/** The outcome of evaluating one report: scores per fact type, misses and false positives. */
public record EvaluationResult(String report, Map<String, TypeScore> byType, List<Fact> misses,
                               List<Fact> falsePositives) {

    /** The fixed-width table per fact type followed by the lists of misses and false positives. */
    public String format() {
        return EvaluationReport.format(this);
    }

    public TypeScore score(String type) {
        return byType.getOrDefault(type, new TypeScore(type, 0, 0, 0));
    }
}
