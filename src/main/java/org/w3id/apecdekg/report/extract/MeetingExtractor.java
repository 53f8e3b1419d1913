package org.w3id.apecdekg.report.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.rdf.Evidence;
import org.w3id.apecdekg.report.rdf.FactWriter;
import org.w3id.apecdekg.report.table.Table;
import org.w3id.apecdekg.report.table.TableRow;
import org.w3id.apecdekg.report.text.DateMention;
import org.w3id.apecdekg.report.text.DateParser;
import org.w3id.apecdekg.report.text.Paragraph;
import org.w3id.apecdekg.report.text.Sentence;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Meetings of fora and who attended them. One meeting per forum per report, dated by the first
 * sentence (or schedule row) that names the forum, a meeting word and a date; attendance from
 * sentences with an attendance word (attendance-cues.csv) listing economies and organisations,
 * with attendance counts and quorum statements.
 */
public final class MeetingExtractor {

    /** Attendance sentences without a count word need a list at least this long. */
    static final int MIN_BARE_LIST = 3;

    private final ExtractionContext ctx;
    private final EconomyList lists;
    private final Map<String, LocalDate[]> dates = new LinkedHashMap<>();
    private final Map<String, Resource> meetings = new LinkedHashMap<>();
    private String mainForum;

    public MeetingExtractor(ExtractionContext ctx) {
        this.ctx = ctx;
        this.lists = new EconomyList(ctx);
    }

    /** The report's main meeting (the forum named first in the title), or null. */
    public Resource mainMeeting() {
        return mainForum == null ? null : meeting(mainForum);
    }

    public String mainForum() {
        return mainForum;
    }

    public void extract() {
        ReportInfo info = ctx.info();
        if (info.title() != null) {
            List<Mention<String>> fs = ctx.forums(info.title());
            if (!fs.isEmpty()) {
                mainForum = fs.get(fs.size() - 1).value();
            }
        }
        findDates();
        for (Paragraph p : ctx.paragraphs()) {
            for (Sentence s : p.sentences()) {
                attendance(s);
                if (ctx.hasCue("attendance-cues", "quorum", s.text())) {
                    String forum = forumOf(s, s.text());
                    if (forum != null) {
                        Resource m = meeting(forum);
                        Evidence ev = Evidence.of(s);
                        quorum(s.text(), m, ev);
                        Integer count = count(s.text());
                        if (count != null) {
                            ctx.writer().fact(m, DEKG.attendanceCount,
                                    ctx.writer().typed(String.valueOf(count), XSDDatatype.XSDinteger), ev);
                        }
                    }
                }
            }
        }
        if (mainForum != null) {
            meeting(mainForum);
        }
    }

    /** The meeting resource of a forum, created (with type, forum, dates) on first use. */
    public Resource meeting(String forum) {
        Resource existing = meetings.get(forum);
        if (existing != null) {
            return existing;
        }
        FactWriter w = ctx.writer();
        LocalDate[] d = dates.get(forum);
        ReportInfo info = ctx.info();
        if (d == null && info.periodStart() != null) {
            d = new LocalDate[] {info.periodStart(), info.periodEnd()};
        }
        String slug = d != null ? forum.toLowerCase(Locale.ROOT) + "-" + d[0]
                : ctx.doc().slug() + "-" + forum.toLowerCase(Locale.ROOT);
        Resource m = w.resource(Ids.event(slug));
        w.add(m, RDF.type, DEKG.Meeting);
        w.add(m, DEKG.forum, w.resource(Ids.forum(forum)));
        w.add(m, RDFS.label, forum + " meeting" + (d != null ? " " + d[0] : ""));
        if (d != null) {
            w.add(m, DEKG.startDate, w.typed(d[0].toString(), XSDDatatype.XSDdate));
            w.add(m, DEKG.endDate, w.typed(d[1].toString(), XSDDatatype.XSDdate));
        }
        if (forum.equals(mainForum)) {
            if (info.venue() != null) {
                w.add(m, DEKG.venue, info.venue());
            }
            if (info.hostEconomy() != null) {
                w.add(m, DEKG.hostEconomy, w.resource(Ids.economy(info.hostEconomy())));
            }
        }
        meetings.put(forum, m);
        return m;
    }

    private void findDates() {
        for (Paragraph p : ctx.paragraphs()) {
            for (Sentence s : p.sentences()) {
                Cue kind = ctx.dict().findCue("meeting-cues", s.text());
                List<Mention<String>> fs = ctx.forums(s.text());
                if (kind == null || !kind.value().equals("meeting") || fs.isEmpty()) {
                    continue;
                }
                DateMention d = DateParser.first(s.text(), ctx.defaultYear());
                if (d != null) {
                    dates.putIfAbsent(fs.get(0).value(), new LocalDate[] {d.start(), d.end()});
                }
            }
        }
        for (Table t : ctx.tables()) {
            for (TableRow r : t.rows()) {
                String text = String.join(" ", r.cells());
                Cue kind = ctx.dict().findCue("meeting-cues", text);
                if (kind == null || !kind.value().equals("meeting")) {
                    continue;
                }
                DateMention d = DateParser.first(r.cell(0), ctx.defaultYear());
                String forum = modeForum(text);
                if (d != null && forum != null) {
                    dates.merge(forum, new LocalDate[] {d.start(), d.end()}, (a, b) -> new LocalDate[] {
                        a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
                }
            }
        }
    }

    private String modeForum(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention<String> m : ctx.forums(text)) {
            counts.merge(m.value(), 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private void attendance(Sentence s) {
        String text = s.text();
        if (!ctx.hasCue("attendance-cues", "attend", text)) {
            return;
        }
        boolean countWord = ctx.hasCue("attendance-cues", "count-unit", text);
        Set<String> economies = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (EconomyList.Result r : lists.runs(text, 2)) {
            if (countWord || r.economies().size() >= MIN_BARE_LIST) {
                economies.addAll(r.economies());
                unknown.addAll(r.unknown());
            }
        }
        Set<String> orgs = new LinkedHashSet<>();
        for (Mention<String> m : ctx.organizations(text)) {
            orgs.add(m.value());
        }
        if (orgs.size() < 2 && economies.isEmpty()) {
            orgs.clear();
        }
        Integer count = countWord ? count(text) : null;
        if (economies.isEmpty() && orgs.isEmpty()) {
            return;
        }
        String forum = forumOf(s, text);
        if (forum == null) {
            ctx.writer().issue("unplaced-attendance", text, s.line(), "attendance list with no forum or meeting");
            return;
        }
        FactWriter w = ctx.writer();
        Resource m = meeting(forum);
        Evidence ev = Evidence.of(s);
        for (String e : economies) {
            w.fact(m, DEKG.attendedBy, w.resource(Ids.economy(e)), ev);
        }
        for (String o : orgs) {
            w.fact(m, DEKG.attendedBy, w.resource(Ids.organization(o)), ev);
        }
        for (String u : unknown) {
            w.issue("unknown-economy", u, s.line(), "attendance list names an unknown economy");
        }
        if (count != null && !economies.isEmpty() && !ctx.hasCue("attendance-cues", "quorum", text)) {
            w.fact(m, DEKG.attendanceCount, w.typed(String.valueOf(count), XSDDatatype.XSDinteger), ev);
        }
    }

    private String forumOf(Sentence s, String text) {
        List<Mention<String>> others = new ArrayList<>(ctx.organizations(text));
        others.addAll(ctx.economies(text));
        for (Mention<String> f : ctx.forums(text)) {
            boolean inside = others.stream().anyMatch(o -> f.from() < o.to() && o.from() < f.to());
            if (!inside) {
                return f.value();
            }
        }
        String f = Sections.forum(ctx, s.path());
        return f != null ? f : mainForum;
    }

    private Integer count(String text) {
        for (Cue c : ctx.dict().cues("attendance-cues")) {
            if (!c.value().equals("count-unit")) {
                continue;
            }
            Matcher m = Pattern.compile("(\\d{1,2})(?:\\s*of\\s*\\d{1,2})?\\s*(?:個\\s*)?" + Pattern.quote(c.text()),
                    Pattern.CASE_INSENSITIVE).matcher(text);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }

    private void quorum(String text, Resource meeting, Evidence ev) {
        for (Cue c : ctx.dict().cues("attendance-cues")) {
            if (!c.value().equals("quorum")) {
                continue;
            }
            Matcher m = Pattern.compile(Pattern.quote(c.text()) + "\\D{0,12}?(\\d{1,2})|(\\d{1,2})\\D{0,6}?"
                    + Pattern.quote(c.text()), Pattern.CASE_INSENSITIVE).matcher(text);
            if (m.find()) {
                int q = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                FactWriter w = ctx.writer();
                w.fact(meeting, DEKG.quorum, w.typed(String.valueOf(q), XSDDatatype.XSDinteger), ev);
                boolean negated = ctx.hasCue("attendance-cues", "negation", text);
                w.fact(meeting, DEKG.quorumReached, w.typed(String.valueOf(!negated), XSDDatatype.XSDboolean), ev);
                return;
            }
        }
    }
}
