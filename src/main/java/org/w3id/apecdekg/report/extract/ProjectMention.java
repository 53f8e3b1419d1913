package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.apecdekg.report.rdf.Evidence;

/**
 * One place in the report that speaks of a project, with what it says: number, titles, proposer,
 * co-sponsors, status (and whether it came from a heading or table rather than a sentence),
 * KFAs and events. {@code creates} is false for mentions that may only add to a known project.
 */
public final class ProjectMention {

    /** A project event (workshop) with its dates and host economy. */
    public record EventInfo(String kind, java.time.LocalDate start, java.time.LocalDate end, String host) {}

    ProjectNumber number;
    String zh;
    String en;
    String proposer;
    final List<String> cosponsors = new ArrayList<>();
    String status;
    boolean structuralStatus;
    final List<Integer> kfas = new ArrayList<>();
    final List<EventInfo> events = new ArrayList<>();
    boolean creates = true;
    /** Co-sponsors of this mention's own part of a sentence that names several projects (while reading). */
    transient EconomyList.Result segment;
    final Evidence evidence;

    ProjectMention(Evidence evidence) {
        this.evidence = evidence;
    }

    String title() {
        return zh != null ? zh : en;
    }

    @Override
    public String toString() {
        return "ProjectMention[" + (number == null ? "-" : number.canonical()) + ", " + zh + " / " + en
                + ", by " + proposer + ", co " + cosponsors + ", " + status + ", kfa " + kfas + ", line "
                + evidence.line() + "]";
    }
}
