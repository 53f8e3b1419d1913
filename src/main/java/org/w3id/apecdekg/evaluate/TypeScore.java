package org.w3id.apecdekg.evaluate;

/** Scores of one fact type: true positives, false positives, false negatives, precision and recall. */
public record TypeScore(String type, int truePositives, int falsePositives, int falseNegatives) {

    /** Precision; 1.0 when nothing was extracted. */
    public double precision() {
        int n = truePositives + falsePositives;
        return n == 0 ? 1.0 : (double) truePositives / n;
    }

    /** Recall; 1.0 when nothing was expected. */
    public double recall() {
        int n = truePositives + falseNegatives;
        return n == 0 ? 1.0 : (double) truePositives / n;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
