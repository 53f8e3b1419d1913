package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.List;

/** A project as merged from its mentions. */
final class Project {

    final List<ProjectMention> mentions = new ArrayList<>();
    ProjectNumber number;
    String zh;
    String en;

    Project(ProjectMention first) {
        add(first);
    }

    void add(ProjectMention m) {
        mentions.add(m);
        if (number == null && m.number != null) {
            number = m.number;
        }
        if (!m.creates) {
            return;
        }
        if (zh == null && m.zh != null) {
            zh = m.zh;
        }
        if (en == null && m.en != null) {
            en = m.en;
        }
    }

    String proposer() {
        for (ProjectMention m : mentions) {
            if (m.proposer != null) {
                return m.proposer;
            }
        }
        return null;
    }

    boolean matchesTitle(ProjectMention m) {
        for (ProjectMention o : mentions) {
            if (TitleMatch.similar(o.zh, m.zh) || TitleMatch.similar(o.en, m.en)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A looser match for a passing mention in running text of a project listed in a table or
     * status section by the same proposer: some shared wording is enough.
     */
    boolean looselyMatches(ProjectMention m) {
        if (m.structuralStatus || m.proposer == null || !m.proposer.equals(proposer())) {
            return false;
        }
        boolean listed = mentions.stream().anyMatch(o -> o.structuralStatus);
        if (!listed) {
            return false;
        }
        for (ProjectMention o : mentions) {
            if (TitleMatch.loosely(o.zh, m.zh) || TitleMatch.loosely(o.en, m.en)) {
                return true;
            }
        }
        return false;
    }

    /** Proposers agree when either is unknown. */
    boolean proposerCompatible(ProjectMention m) {
        String p = proposer();
        return p == null || m.proposer == null || p.equals(m.proposer);
    }
}
