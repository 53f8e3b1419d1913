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
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.rdf.Evidence;
import org.w3id.apecdekg.report.rdf.FactWriter;
import org.w3id.apecdekg.report.table.Table;
import org.w3id.apecdekg.report.table.TableRow;
import org.w3id.apecdekg.report.text.DateMention;
import org.w3id.apecdekg.report.text.DateParser;
import org.w3id.apecdekg.report.text.Paragraph;
import org.w3id.apecdekg.report.text.ReportLine;
import org.w3id.apecdekg.report.text.Sentence;
import org.w3id.apecdekg.report.text.Text;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Meetings of fora and who attended them. One meeting per forum per report, dated by the first
 * sentence (or schedule row) that names the forum, a meeting word and a date; attendance from
 * sentences with an attendance word (attendance-cues.csv) listing economies and organisations,
 * with attendance counts and quorum statements. A forum's meeting is minted as
 * {@code id/event/{forum}-{start date}} (or {@code {report}-{forum}} undated) with the numbers the
 * report gives it ({@link MeetingNumbers}); the loader may give it the IRI of the same meeting in
 * another report ({@code org.w3id.apecdekg.ingest.MeetingIdentity}).
 */
public final class MeetingExtractor {

    /** Attendance sentences without a count word need a list at least this long. */
    static final int MIN_BARE_LIST = 3;

    /** How far after a forum name a Chinese meeting word may end the meeting's Chinese name. */
    static final int ZH_NAME_WINDOW = 10;

    private final ExtractionContext ctx;
    private final EconomyList lists;
    private final Map<String, LocalDate[]> dates = new LinkedHashMap<>();
    /** Forum → the city named in the sentence that gave its meeting's dates (used when the document names none). */
    private final Map<String, String> cities = new LinkedHashMap<>();
    /** Named events of no forum (a ministerial meeting), in the order found. */
    private final List<Resource> forumlessEvents = new ArrayList<>();
    /** Every named event by its name as written, for attendance sentences that name it (or follow one that does). */
    private final Map<String, Resource> eventsByName = new LinkedHashMap<>();
    private static final java.util.regex.Pattern THE_MEETING = java.util.regex.Pattern.compile(
            "(?i)\\bthe\\s+(?:meeting|dialogue|workshop|forum|event)\\b|(?:本次|此次|本屆)(?:會議|会议)");
    private final Map<String, Resource> meetings = new LinkedHashMap<>();
    /** A forum's later meeting that the report announces ("The next meeting will be held in Dalian on …"). */
    private record NextMeeting(String forum, LocalDate start, LocalDate end, String city, Sentence sentence) {}
    private final List<NextMeeting> announced = new ArrayList<>();
    private String mainForum;
    /** The forum of the last sentence naming a forum's meeting (plenary, met), for attendance lists after it. */
    private String lastMeetingForum;
    /** The forum of the last sentence using each meeting word ("plenary" → DESG). */
    private final Map<String, String> forumByMeetingWord = new LinkedHashMap<>();
    private final Places places;
    /** The city the report's meetings took place in (venue field, title or dateline), or null. */
    private String docPlace;
    /** The report's date or dateline, against which weekdays ("on Tuesday") are resolved. */
    private LocalDate reference;
    /** The umbrella forum: a title naming only APEC names no forum's meeting. */
    static final String UMBRELLA = "APEC";
    /** How many leading paragraphs may hold a dateline ("Guangzhou, China, 6 February 2026"). */
    static final int DATELINE_PARAGRAPHS = 2;
    /** How many leading paragraphs may hold a dateline or a venue field (派赴地區：中國廣州). */
    static final int HEADER_PARAGRAPHS = 12;
    /** How far after a dateline's city its date may start ("Hoi An, Viet Nam, 23-24 February 2027"). */
    static final int DATELINE_GAP = 40;

    public MeetingExtractor(ExtractionContext ctx) {
        this.ctx = ctx;
        this.lists = new EconomyList(ctx);
        this.places = new Places(ctx.dict());
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
        reference = referenceDate();
        docPlace = documentPlace();
        findDates();
        List<NamedEvents.Event> events = new NamedEvents(ctx, places).find(reference, mostFrequentForum());
        if (UMBRELLA.equals(mainForum)) {
            mainForum = events.isEmpty() ? mostFrequentForum() : events.get(0).forum();
        }
        for (NamedEvents.Event e : events) {
            Resource r = writeEvent(e);
            eventsByName.putIfAbsent(e.name(), r);
            if (e.forum() == null) {
                forumlessEvents.add(r);
            }
            if (e.forum() != null && !dates.containsKey(e.forum())) {
                meetings.putIfAbsent(e.forum(), r);
            }
        }
        for (Paragraph p : ctx.paragraphs()) {
            Sentence previous = null;
            for (Sentence s : p.sentences()) {
                attendance(s, previous);
                previous = s;
                Cue kind = ctx.dict().findCue("meeting-cues", s.text());
                if (kind != null && kind.value().equals("meeting")) {
                    ownForums(s.text()).stream().map(Mention::value).filter(f -> !UMBRELLA.equals(f))
                            .findFirst().ifPresent(f -> {
                                lastMeetingForum = f;
                                forumByMeetingWord.put(kind.text().toLowerCase(Locale.ROOT), f);
                            });
                }
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
        for (String forum : dates.keySet()) {
            if (!UMBRELLA.equals(forum)) {
                meeting(forum);
            }
        }
        if (seriesMeeting()) {
            meeting("SOM");
        }
        for (NextMeeting n : announced) {
            writeNext(n);
        }
    }

    /** A later meeting of a forum the report announces, as a meeting of its own (forum, dates, city). */
    private void writeNext(NextMeeting n) {
        FactWriter w = ctx.writer();
        Resource m = w.resource(Ids.event(n.forum().toLowerCase(Locale.ROOT) + "-" + n.start()));
        Evidence ev = Evidence.of(n.sentence());
        w.add(m, RDF.type, DEKG.Meeting);
        w.add(m, RDF.type, DEKG.Event);
        w.fact(m, DEKG.forum, w.resource(Ids.forum(n.forum())), ev);
        String label = n.forum() + " meeting " + n.start();
        w.add(m, RDFS.label, label);
        w.add(m, SKOS.prefLabel, w.lang(label, "en"));
        w.fact(m, DEKG.startDate, w.typed(n.start().toString(), XSDDatatype.XSDdate), ev);
        w.fact(m, DEKG.endDate, w.typed(n.end().toString(), XSDDatatype.XSDdate), ev);
        if (n.city() != null) {
            w.add(m, DEKG.venue, n.city());
        }
    }

    /** True when a sentence names a numbered Senior Officials' Meeting (SOM1, Second Senior Officials' Meeting). */
    private boolean seriesMeeting() {
        Pattern som = Pattern.compile("\\b(?:First|Second|Third|Fourth)\\s+Senior\\s+Officials");
        for (Paragraph p : ctx.paragraphs()) {
            for (Sentence s : p.sentences()) {
                if (som.matcher(s.text()).find() && ctx.forums(s.text()).stream().anyMatch(f -> f.value().equals("SOM"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Resource writeEvent(NamedEvents.Event e) {
        FactWriter w = ctx.writer();
        Resource m = w.resource(Ids.event(e.slug()));
        w.add(m, RDF.type, DEKG.Meeting);
        w.add(m, RDF.type, DEKG.Event);
        if (e.forum() != null) {
            w.add(m, DEKG.forum, w.resource(Ids.forum(e.forum())));
        }
        w.add(m, RDFS.label, e.name());
        w.add(m, SKOS.prefLabel, w.lang(e.name(), e.name().codePoints().anyMatch(Text::isCjk) ? "zh" : "en"));
        if (e.start() != null) {
            w.add(m, DEKG.startDate, w.typed(e.start().toString(), XSDDatatype.XSDdate));
            w.add(m, DEKG.endDate, w.typed(e.end().toString(), XSDDatatype.XSDdate));
        }
        String place = e.place() != null ? e.place() : docPlace;
        if (place != null) {
            w.add(m, DEKG.venue, place);
        }
        return m;
    }

    /** The report's date, else the first full date in its leading paragraphs (a dateline). */
    private LocalDate referenceDate() {
        if (ctx.info().date() != null) {
            return ctx.info().date();
        }
        List<Paragraph> ps = ctx.paragraphs();
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS + 1, ps.size()); i++) {
            for (DateMention d : DateParser.find(ps.get(i).text(), ctx.defaultYear())) {
                if (d.yearGiven()) {
                    return d.end();
                }
            }
        }
        return null;
    }

    /** The host city named in the venue field, else the title, else a dateline paragraph. */
    private String documentPlace() {
        ReportInfo info = ctx.info();
        String c = places.city(info.venue());
        if (c == null) {
            c = places.city(info.title());
        }
        List<Paragraph> ps = ctx.paragraphs();
        for (int i = 0; c == null && i < Math.min(HEADER_PARAGRAPHS, ps.size()); i++) {
            String t = ps.get(i).text();
            Mention<String> m = places.first(t);
            if (m == null) {
                continue;
            }
            List<DateMention> ds = DateParser.find(t, ctx.defaultYear());
            boolean dateline = m.from() == 0 && !ds.isEmpty() && ds.get(0).from() - m.to() <= DATELINE_GAP;
            String label = t.substring(0, m.from());
            boolean venueField = label.matches("(?s).{0,16}[:：].{0,8}")
                    && ctx.hasCue("meeting-cues", "venue-label", label);
            if (dateline || venueField) {
                c = m.value();
            }
        }
        if (c == null && !ps.isEmpty()) {
            // a dateline on a line of its own inside a header paragraph ("Digital Economy Steering Group" /
            // "Shanghai, China | 14 May 2026")
            int last = ps.get(Math.min(HEADER_PARAGRAPHS, ps.size()) - 1).firstLine();
            for (ReportLine l : ctx.lines()) {
                if (l.number() > last) {
                    break;
                }
                Mention<String> m = places.first(l.text());
                if (m == null || m.from() != 0) {
                    continue;
                }
                List<DateMention> ds = DateParser.find(l.text(), ctx.defaultYear());
                if (!ds.isEmpty() && ds.get(0).yearGiven() && ds.get(0).from() - m.to() <= DATELINE_GAP) {
                    return m.value();
                }
            }
        }
        return c;
    }

    /** The forum other than APEC named most often in the report, or null. */
    private String mostFrequentForum() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Paragraph p : ctx.paragraphs()) {
            for (Mention<String> m : ctx.forums(p.text())) {
                if (!UMBRELLA.equals(m.value())) {
                    counts.merge(m.value(), 1, Integer::sum);
                }
            }
        }
        return mostCommon(counts);
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
        w.add(m, RDF.type, DEKG.Event);
        w.add(m, DEKG.forum, w.resource(Ids.forum(forum)));
        String label = forum + " meeting" + (d != null ? " " + d[0] : "");
        w.add(m, RDFS.label, label);
        w.add(m, SKOS.prefLabel, w.lang(label, "en"));
        String zh = chineseName(forum);
        if (zh != null) {
            w.add(m, SKOS.prefLabel, w.lang(zh + (d != null ? " " + d[0] : ""), "zh-Hant"));
        }
        if (d != null) {
            w.add(m, DEKG.startDate, w.typed(d[0].toString(), XSDDatatype.XSDdate));
            w.add(m, DEKG.endDate, w.typed(d[1].toString(), XSDDatatype.XSDdate));
        }
        if (docPlace != null) {
            w.add(m, DEKG.venue, docPlace);
        } else if (cities.containsKey(forum)) {
            w.add(m, DEKG.venue, cities.get(forum));
        }
        for (String number : new MeetingNumbers(ctx).of(forum, d != null ? d[0] : null)) {
            w.add(m, DEKG.meetingNumber, number);
        }
        if (forum.equals(mainForum)) {
            if (docPlace == null && info.venue() != null) {
                w.add(m, DEKG.venue, info.venue());
            }
            if (info.hostEconomy() != null) {
                w.add(m, DEKG.hostEconomy, w.resource(Ids.economy(info.hostEconomy())));
            }
        }
        meetings.put(forum, m);
        return m;
    }

    /** The meeting of a forum if one was created, else null (never creates one). */
    public Resource existing(String forum) {
        return forum == null ? null : meetings.get(forum);
    }

    /**
     * The Chinese name the report gives a forum's meeting: the first heading or sentence where a
     * forum name is followed, within {@value #ZH_NAME_WINDOW} characters and no punctuation, by a
     * Chinese meeting word (meeting-cues.csv), e.g. 數位經濟指導小組第一次會議; null if none.
     */
    private String chineseName(String forum) {
        List<String> words = new ArrayList<>();
        for (Cue c : ctx.dict().cues("meeting-cues")) {
            if (c.value().equals("meeting") && c.text().codePoints().anyMatch(Text::isCjk)) {
                words.add(c.text());
            }
        }
        for (Paragraph p : ctx.paragraphs()) {
            for (Sentence s : p.sentences()) {
                String text = s.text();
                for (Mention<String> f : ctx.forums(text)) {
                    if (!f.value().equals(forum)) {
                        continue;
                    }
                    int end = Math.min(text.length(), f.to() + ZH_NAME_WINDOW);
                    String after = text.substring(f.to(), end);
                    for (String word : words) {
                        int i = after.indexOf(word);
                        if (i >= 0 && !after.substring(0, i).matches(".*[,，、。;；:：()（）].*")) {
                            String name = Text.squash(text.substring(f.from(), f.to() + i + word.length()));
                            if (name.codePoints().anyMatch(Text::isCjk)) {
                                return name;
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    private void findDates() {
        List<NextMeeting> next = new ArrayList<>();
        for (Paragraph p : ctx.paragraphs()) {
            for (Sentence s : p.sentences()) {
                Cue kind = ctx.dict().findCue("meeting-cues", s.text());
                List<Mention<String>> fs = ctx.forums(s.text());
                boolean later = ctx.hasCue("meeting-cues", "next", s.text());
                if (kind == null || !(kind.value().equals("meeting") || later) || fs.isEmpty()) {
                    continue;
                }
                Mention<String> named = fs.stream().filter(f -> !UMBRELLA.equals(f.value())).findFirst().orElse(fs.get(0));
                String forum = named.value();
                DateMention d = nearestDate(s.text(), named);
                if (d == null) {
                    d = DateParser.weekday(s.text(), reference);
                }
                if (later && d != null && d.yearGiven()) {
                    // "the third DESG meeting of 2026 will be held in Dalian on 17–18 August 2026": decided below
                    Mention<String> city = places.first(s.text());
                    next.add(new NextMeeting(forum, d.start(), d.end(), city == null ? null : city.value(), s));
                    continue;
                }
                if (d != null && !dates.containsKey(forum)) {
                    dates.put(forum, new LocalDate[] {d.start(), d.end()});
                    // "was held in Dalian, China, from 19 to 21 August": the city of the sentence that dates it
                    Mention<String> city = places.first(s.text());
                    if (city != null) {
                        cities.put(forum, city.value());
                    }
                }
            }
        }
        for (NextMeeting n : next) {
            LocalDate[] main = dates.get(n.forum());
            if (main != null && n.start().isAfter(main[1])) {
                announced.add(n); // a later meeting than the one the report is about
            } else if (main == null) {
                dates.put(n.forum(), new LocalDate[] {n.start(), n.end()});
                if (n.city() != null) {
                    cities.put(n.forum(), n.city());
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

    /**
     * The date of a sentence nearest the forum's name: "出席5月11日…政策對話及5月12日至13日之 DESG 第二次會議" dates
     * the DESG meeting 12 May, not by the dialogue before it. The first date when the sentence has one.
     */
    private DateMention nearestDate(String text, Mention<String> forum) {
        List<DateMention> all = DateParser.find(text, ctx.defaultYear());
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : all) {
            int distance = d.to() <= forum.from() ? forum.from() - d.to() : Math.max(0, d.from() - forum.to());
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The key with the highest count (the first such in insertion order), or null when there is none. */
    private static String mostCommon(Map<String, Integer> counts) {
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private String modeForum(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention<String> m : ctx.forums(text)) {
            counts.merge(m.value(), 1, Integer::sum);
        }
        return mostCommon(counts);
    }

    private void attendance(Sentence s, Sentence previous) {
        String text = s.text();
        if (!ctx.hasCue("attendance-cues", "attend", text)) {
            return;
        }
        if (ctx.hasCue("attendance-cues", "absent", text)) {
            return; // "Brunei Darussalam and Mexico sent their apologies"
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
        Evidence tableEvidence = null;
        if (ctx.hasCue("attendance-cues", "all", text)) {
            // "All member economies participated, with the exception of Papua New Guinea and Russia"
            economies.clear();
            int except = exceptionAt(text);
            Set<String> absent = new LinkedHashSet<>();
            if (except >= 0) {
                ctx.economies(text.substring(except)).forEach(e -> absent.add(e.value()));
            }
            ctx.dict().economyCodes().stream().sorted().filter(e -> !absent.contains(e)).forEach(economies::add);
        } else if (economies.isEmpty() && text.stripTrailing().endsWith(":")) {
            // "Representatives of the following member economies participated:" and a table of economies
            Table table = tableAfter(s.endLine());
            if (table != null) {
                for (TableRow row : table.rows()) {
                    for (String cell : row.cells()) {
                        List<Mention<String>> es = ctx.economies(cell);
                        if (es.size() == 1) {
                            economies.add(es.get(0).value());
                        }
                    }
                }
                if (economies.size() < MIN_BARE_LIST) {
                    economies.clear();
                } else {
                    tableEvidence = Evidence.of(table.rows().get(0), table.path());
                }
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
        // a named event this sentence names, else one the sentence before it names when this one names no forum:
        // "… held its Stakeholder Workshop in Manila on 24–25 March. Regulators from A, B and C took part."
        Resource named = eventNamedIn(text);
        if (named == null && previous != null && ownForums(text).isEmpty()) {
            named = eventNamedIn(previous.text());
        }
        String forum = named != null ? null : forumOf(s, text);
        Resource m;
        if (named != null) {
            m = named;
        } else if (forum != null) {
            m = meeting(forum);
        } else if (forumlessEvents.size() == 1 && THE_MEETING.matcher(text).find()) {
            // "… attended the meeting as guests" in a ministerial statement: the one meeting of no forum it reports
            m = forumlessEvents.get(0);
        } else {
            ctx.writer().issue("unplaced-attendance", text, s.line(), "attendance list with no forum or meeting");
            return;
        }
        FactWriter w = ctx.writer();
        Evidence ev = Evidence.of(s);
        for (String e : economies) {
            w.fact(m, DEKG.attendedBy, w.resource(Ids.economy(e)), tableEvidence != null ? tableEvidence : ev);
        }
        for (String o : orgs) {
            w.fact(m, DEKG.attendedBy, w.resource(ctx.dict().organizationIri(o)), ev);
        }
        for (String u : unknown) {
            w.issue("unknown-economy", u, s.line(), "attendance list names an unknown economy");
        }
        if (count != null && !economies.isEmpty() && !ctx.hasCue("attendance-cues", "quorum", text)) {
            w.fact(m, DEKG.attendanceCount, w.typed(String.valueOf(count), XSDDatatype.XSDinteger), ev);
        }
    }

    /** Where the economies an "all economies" sentence leaves out start (after "with the exception of"), or -1. */
    private int exceptionAt(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String cue : ctx.dict().cueTexts("attendance-cues", "except")) {
            int i = lower.indexOf(cue.toLowerCase(Locale.ROOT));
            if (i >= 0 && (at < 0 || i < at)) {
                at = i + cue.length();
            }
        }
        return at;
    }

    /** The table that starts within a few lines after {@code line} (a list's lead sentence ends there), or null. */
    private Table tableAfter(int line) {
        for (Table t : ctx.tables()) {
            if (t.line() > line && t.line() <= line + 3) {
                return t;
            }
        }
        return null;
    }

    /** Forums named in the text that are not part of an organisation's or economy's name. */
    private List<Mention<String>> ownForums(String text) {
        List<Mention<String>> others = new ArrayList<>(ctx.organizations(text));
        others.addAll(ctx.economies(text));
        return ctx.forums(text).stream()
                .filter(f -> others.stream().noneMatch(o -> f.from() < o.to() && o.from() < f.to())).toList();
    }

    /** The named event whose name the text holds (the longest name when several), or null. */
    private Resource eventNamedIn(String text) {
        String best = null;
        for (String name : eventsByName.keySet()) {
            if (text.contains(name) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best == null ? null : eventsByName.get(best);
    }

    private String forumOf(Sentence s, String text) {
        List<Mention<String>> named = ownForums(text);
        if (!named.isEmpty() && !UMBRELLA.equals(Sections.mostSpecific(named))) {
            return Sections.mostSpecific(named);
        }
        String f = Sections.forum(ctx, s.path());
        if (f != null && !UMBRELLA.equals(f)) {
            return f;
        }
        if (mainForum != null) {
            return mainForum;
        }
        Cue word = ctx.dict().findCue("meeting-cues", text);
        String byWord = word == null ? null : forumByMeetingWord.get(word.text().toLowerCase(Locale.ROOT));
        return byWord != null ? byWord : lastMeetingForum;
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
