package org.w3id.apecdekg.report.extract;

/**
 * A policy name found in a sentence: Chinese and/or English name, its span, and the policy type
 * slug from the cue that made it a policy (a cue just after the name, like 草案, may override).
 */
record PolicyCandidate(String zh, String en, int from, int to, String type) {

    String primary() {
        return zh != null ? zh : en;
    }
}
