package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.rdf.Evidence;
import org.w3id.apecdekg.report.table.Table;
import org.w3id.apecdekg.report.table.TableRow;
import org.w3id.apecdekg.report.text.Text;

/**
 * Project tables: columns recognised from the header (table-columns.csv) or guessed from content;
 * a blank economy cell continues the economy of the row above; rows with missing columns or
 * unknown economies are reported as issues.
 */
public final class ProjectTableReader {

    private final ExtractionContext ctx;
    private final CoSponsorParser cosponsors;
    private final KfaParser kfas;
    private final EventParser events;
    private final EconomyList lists;

    public ProjectTableReader(ExtractionContext ctx) {
        this.ctx = ctx;
        this.cosponsors = new CoSponsorParser(ctx);
        this.kfas = new KfaParser(ctx.dict());
        this.events = new EventParser(ctx);
        this.lists = new EconomyList(ctx);
    }

    public List<ProjectMention> read(Table table) {
        List<TableRow> rows = table.rows();
        if (rows.isEmpty()) {
            return List.of();
        }
        if (fieldTable(rows)) {
            return List.of(); // "| Project Number | EWG 09 2026S |": one record's fields, read by ProjectFieldReader
        }
        Map<Integer, String> roles = headerRoles(rows.get(0));
        boolean header = roles.containsValue("title") || roles.containsValue("number");
        int width = header ? rows.get(0).cells().size() : table.width();
        if (!header) {
            roles = guessRoles(rows);
            if (roles.isEmpty()) {
                return List.of();
            }
        }
        String sectionStatus = Sections.status(ctx, table.path());
        List<ProjectMention> out = new ArrayList<>();
        String lastEconomy = null;
        for (int r = header ? 1 : 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            boolean missing = row.cells().size() < width;
            if (missing) {
                ctx.writer().issue("table-row-missing-columns", row.quote(), row.line(),
                        "table row has " + row.cells().size() + " of " + width + " columns");
            }
            String economyCell = cell(row, roles, "economy");
            String proposer = lastEconomy;
            if (!economyCell.isEmpty()) {
                List<Mention<String>> ms = ctx.economies(economyCell);
                if (ms.isEmpty()) {
                    ctx.writer().issue("unknown-economy", economyCell, row.line(),
                            "economy cell names no known economy");
                    proposer = null;
                } else {
                    proposer = ms.get(0).value();
                }
                lastEconomy = proposer;
            }
            ProjectMention m = new ProjectMention(Evidence.of(row, table.path()));
            String titleCell = cell(row, roles, "title");
            String numberCell = cell(row, roles, "number");
            List<ProjectNumber> numbers = ProjectNumber.find(numberCell + " " + titleCell, ctx.dict().forumAcronyms());
            if (!numbers.isEmpty()) {
                m.number = numbers.get(0);
            }
            setTitle(m, titleCell);
            if (m.number == null && m.title() == null) {
                if (missing || !row.quote().isBlank()) {
                    ctx.writer().issue("unparsed-table-row", row.quote(), row.line(),
                            "table row has no project title or number");
                }
                continue;
            }
            m.proposer = proposer;
            String statusCell = cell(row, roles, "status");
            String status = statusCell.isEmpty() ? null : ctx.dict().firstCueValue("section-cues", statusCell);
            m.status = status != null ? status : sectionStatus;
            m.structuralStatus = m.status != null;
            String coCell = cell(row, roles, "cosponsors");
            if (!coCell.isEmpty()) {
                EconomyList.Result co = lists.cell(coCell);
                m.cosponsors.addAll(co.economies());
                for (String u : co.unknown()) {
                    ctx.writer().issue("unknown-economy", u, row.line(), "co-sponsor cell names an unknown economy");
                }
            }
            String kfaCell = cell(row, roles, "kfa");
            if (!kfaCell.isEmpty()) {
                for (String n : kfaCell.split("[^0-9]+")) {
                    if (!n.isEmpty() && Integer.parseInt(n) >= 1 && Integer.parseInt(n) <= KfaParser.MAX_KFA) {
                        m.kfas.add(Integer.parseInt(n));
                    }
                }
            }
            String free = cell(row, roles, "progress");
            if (!free.isEmpty()) {
                EconomyList.Result co = cosponsors.parse(free);
                for (String e : co.economies()) {
                    if (!m.cosponsors.contains(e)) {
                        m.cosponsors.add(e);
                    }
                }
                for (String u : co.unknown()) {
                    ctx.writer().issue("unknown-economy", u, row.line(), "co-sponsor list names an unknown economy");
                }
                m.kfas.addAll(kfas.parse(free));
                m.events.addAll(events.parse(free));
            }
            out.add(m);
        }
        return out;
    }

    private void setTitle(ProjectMention m, String titleCell) {
        List<TitleParts.Title> titles = TitleParts.find(titleCell);
        if (!titles.isEmpty()) {
            m.zh = titles.get(0).zh();
            m.en = titles.get(0).en();
            return;
        }
        String phrase = proposedPhrase(titleCell);
        if (phrase != null) {
            m.zh = phrase;
            return;
        }
        String t = titleCell;
        if (t.contains("。") || t.length() > MAX_PLAIN_TITLE) {
            return;
        }
        if (m.number != null) {
            t = Text.nfkc(t).replace(m.number.written(), " ");
        }
        t = Text.squash(t.replaceAll("\\(\\s*\\)", " ")).replaceAll("^[\\s:：,，-]+|[\\s:：,，-]+$", "");
        if (t.length() >= 3 && t.length() <= 300) {
            if (TitleParts.isLatin(t)) {
                m.en = t;
            } else {
                m.zh = t;
            }
        }
    }

    /** Longest title taken from a cell without quotes. */
    static final int MAX_PLAIN_TITLE = 200;
    /** Longest unquoted project name after a proposal word (提出數位皮夾計畫案). */
    static final int MAX_PHRASE = 16;

    /** An unquoted project name right after a proposal word and ending in a project noun, or null. */
    private String proposedPhrase(String text) {
        if (!text.contains("。") && text.length() <= MAX_PLAIN_TITLE / 2) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Cue p : ctx.dict().cues("project-cues")) {
            if (!p.value().equals("propose") || !Text.isCjkChar(p.text().charAt(0))) {
                continue;
            }
            int at = lower.indexOf(p.text());
            if (at < 0) {
                continue;
            }
            String after = text.substring(at + p.text().length());
            int best = -1;
            for (Cue n : ctx.dict().cues("project-cues")) {
                if (!n.value().equals("noun") || n.text().length() < 2 || !Text.isCjkChar(n.text().charAt(0))) {
                    continue;
                }
                int end = after.indexOf(n.text());
                if (end >= 2 && end + n.text().length() <= MAX_PHRASE
                        && after.substring(0, end).matches("[\\p{IsHan}A-Za-z0-9 ]+")) {
                    best = Math.max(best, end + n.text().length());
                }
            }
            if (best > 0) {
                return after.substring(0, best).strip();
            }
        }
        return null;
    }

    private static String cell(TableRow row, Map<Integer, String> roles, String role) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Integer, String> e : roles.entrySet()) {
            if (e.getValue().equals(role)) {
                String c = row.cell(e.getKey());
                if (!c.isEmpty()) {
                    if (b.length() > 0) {
                        b.append(' ');
                    }
                    b.append(c);
                }
            }
        }
        return b.toString().strip();
    }

    /** Two columns whose first holds field labels (Project Title, Proposing Economy …) in two rows or more. */
    private boolean fieldTable(List<TableRow> rows) {
        int labels = 0;
        for (TableRow row : rows) {
            if (row.cells().size() != 2) {
                return false;
            }
            if (!headerRoles(new TableRow(List.of(row.cell(0)), row.line(), row.endLine())).isEmpty()) {
                labels++;
            }
        }
        return labels >= 2;
    }

    private Map<Integer, String> headerRoles(TableRow row) {
        Map<Integer, String> roles = new LinkedHashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String c = row.cell(i);
            if (c.isEmpty() || c.length() > 40 || !ProjectNumber.find(c, ctx.dict().forumAcronyms()).isEmpty()) {
                continue;
            }
            Cue best = null;
            String lower = c.toLowerCase(Locale.ROOT);
            for (Cue cue : ctx.dict().cues("table-columns")) {
                if (lower.contains(cue.text().toLowerCase(Locale.ROOT))) {
                    best = cue;
                    break;
                }
            }
            if (best != null) {
                roles.put(i, best.value());
            }
        }
        return roles;
    }

    /** Without a header: the column holding project numbers is the title; an economy column before it. */
    private Map<Integer, String> guessRoles(List<TableRow> rows) {
        Map<Integer, String> roles = new LinkedHashMap<>();
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        int titleCol = -1;
        for (int c = 0; c < width && titleCol < 0; c++) {
            for (TableRow r : rows) {
                if (!ProjectNumber.find(r.cell(c), ctx.dict().forumAcronyms()).isEmpty()) {
                    titleCol = c;
                    break;
                }
            }
        }
        if (titleCol < 0) {
            return roles;
        }
        for (int c = 0; c < width; c++) {
            if (c == titleCol) {
                roles.put(c, "title");
                continue;
            }
            int economyCells = 0;
            int filled = 0;
            for (TableRow r : rows) {
                String v = r.cell(c);
                if (!v.isEmpty()) {
                    filled++;
                    if (v.length() <= 30 && !ctx.economies(v).isEmpty()) {
                        economyCells++;
                    }
                }
            }
            if (c < titleCol && filled > 0 && economyCells * 2 >= filled && !roles.containsValue("economy")) {
                roles.put(c, "economy");
            } else {
                roles.put(c, "progress");
            }
        }
        return roles;
    }
}
