package org.w3id.apecdekg.report.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Mention;

/**
 * The organisation a person speaks for, named in an appositive right after the name ("Ms A, Director
 * of Digital Policy at Peru's Secretariat of X, described", "Mr B of Japan's Personal Information
 * Protection Commission", "Dr C, Deputy Secretary, Department of X, Papua New Guinea"): the last run of
 * capitalised words holding an organisation head word ({@code org-head} in person-cues.csv), without a
 * leading job title ("Secretary General of the PECC International Secretariat" → PECC International
 * Secretariat). Its economy is the one written as a possessive before it (Peru's) or right after it
 * (", Malaysia", "of the People's Republic of China"); otherwise none.
 */
final class Affiliations {

    /** An organisation as written, its acronym in parentheses after it (or null), its economy (or null). */
    record Affiliation(String name, String acronym, String economy) {}

    static final int WINDOW = 220;

    private static final Pattern RUN = OrganizationNames.RUN;
    private static final Pattern OPENING = Pattern.compile("^\\s*(?:,|\\(|(?:of|from|at)\\s)");
    /** What ends an appositive: a quote, ", who …", ", argued", or a speech verb of person-cues.csv (" spoke on"). */
    private final Pattern closing;
    private static final Pattern ACRONYM = Pattern.compile("^\\s*\\(([\\p{Lu}][\\p{Lu}\\p{L}&\\-]{1,11})\\)");
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:\\([^)]*\\))?\\s*(?:,\\s*|of\\s+(?:the\\s+)?)");

    private final ExtractionContext ctx;
    private final Set<String> heads = new HashSet<>();

    Affiliations(ExtractionContext ctx) {
        this.ctx = ctx;
        StringBuilder verbs = new StringBuilder("said|says");
        for (Cue c : ctx.dict().cues("person-cues")) {
            if (c.value().equals("org-head")) {
                heads.add(c.text());
            } else if (c.value().equals("verb") && c.text().matches("\\p{Ll}+")) {
                verbs.append('|').append(Pattern.quote(c.text()));
            }
        }
        this.closing = Pattern.compile("[;\"“”]|,\\s+(?:who|which|while|that|but|and|said|says|\\p{Ll}+ed)\\b|\\s(?:"
                + verbs + ")\\b");
    }

    /**
     * Where the appositive after a name ends when a clause follows it (", argued", " said"): the index in
     * {@code text} of that clause's first word, or -1 (no appositive, or it runs to the end).
     */
    int appositiveEnd(String text, int from, int limit) {
        int to = Math.min(Math.min(limit, text.length()), from + WINDOW);
        String window = text.substring(from, to);
        if (!OPENING.matcher(window).find()) {
            return -1;
        }
        Matcher end = closing.matcher(window);
        if (!end.find() || !Character.isLetter(window.charAt(end.end() - 1))) {
            return -1;
        }
        int at = end.start();
        while (at < window.length() && !Character.isLetter(window.charAt(at))) {
            at++;
        }
        return from + at;
    }

    /** The organisation in the appositive that starts at {@code from} in {@code text} (up to {@code limit}), or null. */
    Affiliation find(String text, int from, int limit) {
        List<Affiliation> all = findAll(text, from, limit);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /**
     * Every organisation of the appositive, left to right ("Deputy Director-General of the Department
     * of International Trade and Economic Affairs at China's Ministry of Commerce": the department and
     * the ministry); the last is the one {@link #find} gives.
     */
    List<Affiliation> findAll(String text, int from, int limit) {
        List<Affiliation> out = new java.util.ArrayList<>();
        if (heads.isEmpty() || from >= text.length()) {
            return out;
        }
        int to = Math.min(Math.min(limit, text.length()), from + WINDOW);
        String window = text.substring(from, to);
        if (!OPENING.matcher(window).find()) {
            return out;
        }
        Matcher end = closing.matcher(window);
        if (end.find()) {
            window = window.substring(0, end.start());
        }
        Affiliation best = null;
        Matcher m = RUN.matcher(window);
        while (m.find()) {
            Affiliation a = candidate(window, m.start(), m.group());
            if (a != null) {
                best = a;
                out.add(a);
            }
        }
        if (best == null) {
            // "founder of the Singapore software firm Kopi Ledger": a name the organisation finder knows
            // or reads from its context, though it holds no head word
            // (a reference body such as ABAC is left to the person's nearest body, which writes its IRI)
            for (OrganizationNames.Found o : ctx.organizationNames().find(window)) {
                best = o.slug() != null ? null : new Affiliation(o.name(), o.acronym(), o.economy());
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    private Affiliation candidate(String window, int runAt, String written) {
        OrganizationNames.Owned owned = OrganizationNames.Owned.of(runAt, written);
        String possessor = owned.possessor();
        int at = owned.at();
        String run = owned.run();
        int comma = run.indexOf(", ");
        if (comma > 0 && !hasHead(run.substring(0, comma))) {
            // "Section Chief, Small and Medium Enterprise and Startup Administration": a job title before the comma
            at += comma + 2;
            run = run.substring(comma + 2);
        }
        // drop a leading job title: the parts before the first part (split at "of") with a head word
        int start = OrganizationNames.firstHeadPart(run, this::hasHead);
        if (start < 0) {
            return null;
        }
        String name = run.substring(start).strip();
        if (name.endsWith(".") && name.indexOf('.', Math.max(0, name.lastIndexOf(' '))) == name.length() - 1) {
            name = name.substring(0, name.length() - 1);
            run = run.substring(0, run.length() - 1);
        }
        int nameEnd = at + run.length();
        String economy = null;
        if (possessor != null) {
            List<Mention<String>> e = ctx.economies(possessor);
            if (!e.isEmpty() && e.get(e.size() - 1).to() == possessor.length()) {
                economy = e.get(e.size() - 1).value();
            }
        }
        String rest = window.substring(nameEnd);
        String acronym = null;
        Matcher ac = ACRONYM.matcher(rest);
        if (ac.find()) {
            acronym = ac.group(1);
        }
        if (economy == null) {
            Matcher after = AFTER.matcher(rest);
            if (after.find()) {
                String tail = rest.substring(after.end());
                List<Mention<String>> e = ctx.economies(tail);
                if (!e.isEmpty() && e.get(0).from() == 0) {
                    economy = e.get(0).value();
                }
            }
        }
        return new Affiliation(name, acronym, economy);
    }

    /** Whether {@code text} goes on with an organisation head word ("Skills" + " Council"): a name found there is part of an organisation. */
    boolean continuesWithHead(String text) {
        Matcher m = NEXT_WORD.matcher(text);
        return m.find() && heads.contains(m.group(1));
    }

    /** The next word, without the punctuation that may follow it ("Authority;", "Council."). */
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*(?:(?:of|and|the|for)\\s+)*([\\p{L}\\p{N}'’&\\-]+)");

    private boolean hasHead(String part) {
        for (String w : part.split("[\\s,]+")) {
            if (heads.contains(w) || heads.contains(w.replaceFirst("\\.$", ""))) {
                return true;
            }
        }
        return false;
    }
}
