package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.rdf.Evidence;
import org.w3id.apecdekg.report.text.ReportLine;
import org.w3id.apecdekg.report.text.Text;

/**
 * Project records written as labelled fields, as project-database pages do: "Project No.: X",
 * "Proposing Economy: Y", "Co-Sponsoring Economies: A; B", "Project Status: Completed Project" —
 * as label-colon lines, bullets, bold labels, two-cell table rows or definition lists
 * ("Label" then ":   value"). Labels are whole entries of table-columns.csv (roles number, title,
 * economy, cosponsors, status). A field whose role the current record already has starts a new
 * record; a record gives a mention when it has a number or title and something to say of it.
 */
public final class ProjectFieldReader {

    /** Longest label of a field. */
    static final int MAX_LABEL = 40;

    private final ExtractionContext ctx;
    private final EconomyList lists;

    public ProjectFieldReader(ExtractionContext ctx) {
        this.ctx = ctx;
        this.lists = new EconomyList(ctx);
    }

    /** A label and its value, or null when the line is no field. Package-private for tests. */
    record Field(String label, String value) {}

    public List<ProjectMention> read(List<ReportLine> lines) {
        List<ProjectMention> out = new ArrayList<>();
        Map<String, String> record = new LinkedHashMap<>();
        int first = -1;
        int last = -1;
        String previous = null;
        for (ReportLine l : lines) {
            String raw = l.raw() == null ? "" : l.raw();
            Field f = field(raw, previous);
            if (!raw.isBlank()) {
                previous = raw;
            }
            if (f == null) {
                continue;
            }
            String role = role(f.label());
            if (role == null || f.value().isBlank()) {
                continue;
            }
            if (record.containsKey(role)) {
                emit(record, first, last, out);
                record.clear();
                first = -1;
            }
            record.put(role, f.value());
            if (first < 0) {
                first = l.number();
            }
            last = l.number();
        }
        emit(record, first, last, out);
        return out;
    }

    private void emit(Map<String, String> record, int first, int last, List<ProjectMention> out) {
        if (record.isEmpty()) {
            return;
        }
        ProjectMention m = new ProjectMention(new Evidence(first, last, "", quote(record)));
        String number = record.get("number");
        String title = record.get("title");
        List<ProjectNumber> ns = ProjectNumber.find((number == null ? "" : number) + " " + (title == null ? "" : title),
                ctx.dict().forumAcronyms());
        if (!ns.isEmpty()) {
            m.number = ns.get(0);
        }
        if (title != null && !title.isBlank()) {
            String t = title;
            if (m.number != null) {
                t = Text.nfkc(t).replace(m.number.written(), " ");
            }
            t = Text.squash(t).replaceAll("^[\\s:：,，-]+|[\\s:：,，-]+$", "");
            if (t.length() >= 3) {
                if (TitleParts.isLatin(t)) {
                    m.en = t;
                } else {
                    m.zh = t;
                }
            }
        }
        if (m.number == null && m.title() == null) {
            return;
        }
        String economy = record.get("economy");
        if (economy != null) {
            List<Mention<String>> es = ctx.economies(economy);
            if (!es.isEmpty()) {
                m.proposer = es.get(0).value();
            }
        }
        String co = record.get("cosponsors");
        if (co != null) {
            EconomyList.Result r = lists.cell(co);
            for (String e : r.economies()) {
                if (!e.equals(m.proposer) && !m.cosponsors.contains(e)) {
                    m.cosponsors.add(e);
                }
            }
        }
        String status = record.get("status");
        if (status != null) {
            m.status = ctx.dict().firstCueValue("section-cues", status);
            m.structuralStatus = m.status != null;
        }
        if (m.proposer == null && m.cosponsors.isEmpty() && m.status == null) {
            return;
        }
        out.add(m);
    }

    private static String quote(Map<String, String> record) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : record.entrySet()) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(e.getKey()).append(": ").append(e.getValue());
        }
        return b.toString();
    }

    /** The role of a field label: a whole entry of table-columns.csv, without "(s)"/"(ies)" or a colon. */
    String role(String label) {
        String l = normaliseLabel(label);
        if (l.isEmpty() || l.length() > MAX_LABEL) {
            return null;
        }
        for (Cue c : ctx.dict().cues("table-columns")) {
            if (normaliseLabel(c.text()).equals(l)) {
                String v = c.value();
                return switch (v) {
                    case "number", "title", "economy", "cosponsors", "status" -> v;
                    default -> null;
                };
            }
        }
        return null;
    }

    private static String normaliseLabel(String label) {
        return Text.squash(Text.nfkc(label)).replaceAll("\\((?:ies|s|es)\\)", "")
                .replaceAll("[\\s:：]+$", "").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The field a raw line holds: "label: value" (after a bullet, with bold or italic marks
     * removed), a two-cell table row, or a definition-list line ":   value" whose label is the
     * previous non-blank line.
     */
    static Field field(String raw, String previous) {
        String s = clean(raw);
        if (s.isEmpty()) {
            return null;
        }
        if (raw.strip().startsWith("|")) {
            List<String> cells = new ArrayList<>();
            for (String c : raw.strip().replaceAll("^\\||\\|$", "").split("\\|", -1)) {
                cells.add(clean(c));
            }
            if (cells.size() == 2 && !cells.get(0).matches("[-: ]*")) {
                return new Field(cells.get(0).replaceAll("[:：]\\s*$", ""), cells.get(1));
            }
            return null;
        }
        if (s.startsWith(":") && previous != null && !raw.strip().startsWith("::")) {
            String label = clean(previous);
            if (!label.isEmpty() && !label.contains(":") && !label.contains("：")) {
                return new Field(label, s.substring(1).strip());
            }
        }
        int colon = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '：') {
                colon = i;
                break;
            }
        }
        if (colon <= 0 || colon > MAX_LABEL + 2) {
            return null;
        }
        return new Field(s.substring(0, colon).strip(), s.substring(colon + 1).strip());
    }

    /** A line without bullet, heading marks, bold or italic marks and HTML tags. */
    private static String clean(String raw) {
        String s = Text.nfkc(raw).strip();
        s = s.replaceAll("<[^>]{1,20}>", " ");
        s = s.replaceAll("\\*\\*|__", "");
        s = s.replaceFirst("^(?:[-*+•]|\\d{1,2}[.)])\\s+", "");
        return Text.squash(s).strip();
    }
}
