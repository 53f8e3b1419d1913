package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.apecdekg.report.Dictionaries;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Gazetteer;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.text.Text;

/**
 * Organisations named anywhere in a piece of text, in three ways, longest first where they overlap:
 * <ul>
 * <li>known organisations and agencies by name (organization-aliases.csv, the reference data,
 *     agencies.csv, known-organizations.csv);</li>
 * <li>English: a capitalised run holding an organisation head word ({@code org-head} in
 *     person-cues.csv: Ministry, Commission, University…), without a leading job title, the leading
 *     "The", or a run that ends in a forum's name or a {@code not-org} phrase (Working Group);</li>
 * <li>Chinese: a run of Han characters that starts with an economy's name (紐西蘭外交貿易部), a known
 *     agency (經濟部國際貿易署), a {@code zh-prefix} (國家, 財團法人) or right after punctuation, and ends
 *     with a {@code zh-suffix} (部, 委員會, 研究院…), never across a {@code zh-break} character (的, 在,
 *     代…); the longest such run wins, except an end that a title goes on from (部長, 研究員). After
 *     punctuation only a suffix of two characters or more counts.</li>
 * </ul>
 * A short name the report defines in parentheses after a name (經濟部國際貿易署（貿易署）) stands for
 * that organisation wherever the report uses it alone.
 * The economy is the one the name states: an economy or a {@code demonyms.csv} adjective inside it (Singapore
 * Customs, Malaysian … Commission), a possessive before it (Peru's, the Philippines'), a comma, "of"
 * or a parenthesis after it (", Malaysia", "(Peru)"), the agency it starts with, or the economy that
 * opens a Chinese name; otherwise none.
 */
final class OrganizationNames {

    /** An organisation at [from, to) of the text: its name, acronym (or null), economy ISO2 (or null), known slug (or null). */
    record Found(int from, int to, String name, String acronym, String economy, String slug, boolean known) {}

    private static final String CAP = "\\p{Lu}[\\p{L}\\p{N}.'’&\\-]*";
    private static final String CONN = "(?:of|for|and|the|de|del|la|y|on|in|&)";
    private static final String RUN_TEXT = CAP + "(?:\\s+(?:" + CONN + "\\s+)*" + CAP + ")*";
    /**
     * "Ministry of Trade, Industry and Energy", "Ministry of Science, Technology, Knowledge and Innovation":
     * commas inside a name that goes on with "X and Y".
     */
    static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{N}])" + RUN_TEXT
            + "(?:(?:,\\s+" + CAP + "(?:\\s+" + CAP + ")*)+\\s+and\\s+" + CAP + "(?:\\s+(?:" + CONN + "\\s+)*" + CAP + ")*)?");
    private static final Pattern OF_ECONOMY_END = Pattern.compile("(.*\\S)\\s+of\\s+(?:the\\s+)?\\S.*");
    private static final Pattern OF = Pattern.compile("\\s+of\\s+(?:the\\s+)?");
    private static final Pattern POSSESSIVE = Pattern.compile("^(.*?)(?:['’]s|(?<=s)['’])\\s+(.*)$");
    private static final Pattern ACRONYM = Pattern.compile("^\\s*\\(\\s*([\\p{Lu}][\\p{Lu}\\p{L}&\\-]{1,11}|\\p{IsHan}{2,8})\\s*\\)");
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:\\([^)]*\\))?\\s*(?:,\\s*|of\\s+(?:the\\s+)?|\\(\\s*)");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^(?:['’]s?)(?:\\s|$)");
    private static final Pattern LEADING_THE = Pattern.compile("^(?:The|the)\\s+");
    /** Longest Chinese organisation name, in characters. */
    private static final int MAX_ZH = 24;

    private final ExtractionContext ctx;
    private final Set<String> heads = new HashSet<>();
    private final Gazetteer<String> zhPrefixes = new Gazetteer<>();
    private final Gazetteer<Boolean> notOrg = new Gazetteer<>();
    private final List<String> zhSuffixes = new ArrayList<>();
    private final Set<Integer> zhBreaks = new HashSet<>();
    private final Set<String> romanceHeads = new HashSet<>();
    private final Gazetteer<Found> shortNames = new Gazetteer<>();
    /** Name key → the one economy the document states for that name ("" when it states two). */
    private final java.util.Map<String, String> economies = new java.util.HashMap<>();
    /** The last text given to find and what was found in it (people and organisations ask for the same sentence). */
    private String lastText;
    private List<Found> lastFound;

    OrganizationNames(ExtractionContext ctx) {
        this.ctx = ctx;
        for (Cue c : ctx.dict().cues("person-cues")) {
            if (c.value().equals("org-head")) {
                heads.add(c.text());
            }
        }
        for (Dictionaries.OrganizationWord w : ctx.dict().organizationWords()) {
            switch (w.kind()) {
                case "zh-suffix" -> zhSuffixes.add(w.word());
                case "zh-prefix" -> zhPrefixes.add(w.word(), w.iso2());
                case "zh-break" -> w.word().codePoints().forEach(zhBreaks::add);
                case "not-org" -> notOrg.add(w.word(), Boolean.TRUE);
                case "head-before-adjective" -> romanceHeads.add(w.word());
                default -> { }
            }
        }
        zhSuffixes.sort(Comparator.comparingInt(String::length).reversed());
        // short names the report defines in parentheses (經濟部國際貿易署（貿易署）, X Commission (MDSC)):
        // a later mention of the short name alone is that organisation
        for (var p : ctx.paragraphs()) {
            for (var sentence : p.sentences()) {
                for (Found f : find(sentence.text())) {
                    if (f.economy() != null && f.slug() == null) {
                        // under the name as written and without "of Viet Nam", as OrganizationWriter names it
                        String name = Text.squash(f.name());
                        Matcher of = OF_ECONOMY_END.matcher(name);
                        boolean ofEconomy = of.matches() && ctx.economies(name.substring(of.end(1))).stream()
                                .anyMatch(e -> e.to() == name.length() - of.end(1));
                        for (String n : ofEconomy ? List.of(name, of.group(1)) : List.of(name)) {
                            economies.merge(Text.key(n), f.economy(), (a, b) -> a.equals(b) ? a : "");
                        }
                    }
                    if (f.acronym() != null && !f.acronym().equals(f.name())
                            && ctx.dict().economies().find(f.acronym()).isEmpty() && ctx.forums(f.acronym()).isEmpty()
                            && ctx.organizations(f.acronym()).isEmpty()) {
                        shortNames.add(f.acronym(), f);
                    }
                }
            }
        }
        lastText = null; // found before the short names were known
    }

    private boolean onlyEconomies(String name) {
        List<Mention<String>> es = ctx.economies(name);
        if (es.isEmpty()) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (Mention<String> e : es) {
            rest.append(name, at, Math.max(at, e.from())).append(' ');
            at = Math.max(at, e.to());
        }
        rest.append(name.substring(at));
        return rest.toString().replaceAll("(?i)\\b(?:and|the|of)\\b|[,;、及和與\\s]", "").isEmpty();
    }

    /**
     * The economy the document states for an organisation of this name in another mention ("Korea's
     * Personal Information Protection Commission (PIPC)" … "the Commission"), or null when it states none
     * or two.
     */
    String economyOf(String name) {
        String e = economies.get(Text.key(Text.squash(name)));
        return e == null || e.isEmpty() ? null : e;
    }

    /** Organisations in {@code text}, left to right, none overlapping another. */
    List<Found> find(String text) {
        if (text.equals(lastText)) {
            return new ArrayList<>(lastFound);
        }
        List<Found> kept = names(text);
        lastText = text;
        lastFound = List.copyOf(kept);
        return kept;
    }

    private List<Found> names(String text) {
        List<Found> all = new ArrayList<>();
        for (Mention<String> o : ctx.organizations(text)) {
            all.add(new Found(o.from(), o.to(), o.surface(), acronym(text.substring(o.to())), null, o.value(), true));
        }
        for (Mention<Dictionaries.Agency> a : ctx.dict().economyOrganizations().find(text)) {
            Dictionaries.Agency ag = a.value();
            all.add(new Found(a.from(), a.to(), a.surface(), acronym(text.substring(a.to())),
                    ag.iso2().isEmpty() ? null : ag.iso2(), ag.orgSlug().isEmpty() ? null : ag.orgSlug(), true));
        }
        for (Mention<Found> a : shortNames.find(text)) {
            Found full = a.value();
            all.add(new Found(a.from(), a.to(), full.name(), full.acronym(), full.economy(), full.slug(), true));
        }
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            for (int[] piece : pieces(m.group())) {
                Found f = english(text, m.start() + piece[0], m.group().substring(piece[0], piece[1]));
                if (f != null) {
                    all.add(f);
                }
            }
        }
        if (text.codePoints().anyMatch(Text::isCjk)) {
            chinese(text, all);
        }
        // "Papua New Guinea and the Russian Federation": economies only, no organisation
        all.removeIf(f -> f.slug() == null && onlyEconomies(f.name()));
        // a run that ends with a known organisation's name is that organisation ("Chair of the X" was cut
        // to its head part already; what is left before the known name qualifies it, not another body)
        all.removeIf(f -> f.slug() == null && all.stream().anyMatch(k -> k != f && known(k)
                && k.to() == f.to() && k.from() > f.from()));
        // longest first, then leftmost; keep what does not overlap a kept one
        all.sort(Comparator.comparingInt((Found f) -> f.to() - f.from()).reversed().thenComparingInt(Found::from));
        List<Found> kept = new ArrayList<>();
        for (Found f : all) {
            if (kept.stream().noneMatch(k -> k.from() < f.to() && f.from() < k.to())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Found::from));
        return withSentenceEconomy(text, kept);
    }

    /**
     * An organisation whose economy its own mention does not state takes the one economy its sentence
     * names ("Viet Nam went furthest with Project 06, … steered by the Ministry of Public Security"); a
     * sentence naming two or more economies gives none.
     */
    private List<Found> withSentenceEconomy(String text, List<Found> found) {
        if (found.stream().noneMatch(f -> f.economy() == null && f.slug() == null)) {
            return found;
        }
        Set<String> named = new java.util.TreeSet<>();
        for (Mention<String> e : ctx.economies(text)) {
            if (!Dictionaries.SELF.equals(e.value())) {
                named.add(e.value());
            }
        }
        for (Found f : found) {
            if (f.economy() != null) {
                named.add(f.economy());
            }
        }
        if (named.size() != 1) {
            return found;
        }
        String economy = named.iterator().next();
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            out.add(f.economy() == null && f.slug() == null
                    ? new Found(f.from(), f.to(), f.name(), f.acronym(), economy, null, f.known()) : f);
        }
        return out;
    }

    /**
     * A run cut where it holds two names ("the PECC and the Pacific Islands Forum Secretariat": both
     * sides with a head word), before " in " (X Council in Singapore) and after a comma that follows a
     * job title ("Section Chief, Small and Medium Enterprise and Startup Administration").
     */
    private List<int[]> pieces(String run) {
        List<int[]> out = new ArrayList<>();
        int dot = lastSentenceBreak(run);
        int from = dot;
        if (dot > 0 && dot < run.length()) {
            // "Viet Nam. The APEC Business Advisory Council": a sentence the splitter did not cut
            out.addAll(pieces(run.substring(0, dot).replaceFirst("\\.\\s*$", "")));
        }
        int comma = run.indexOf(", ", from);
        if (comma > from && !hasHead(run.substring(from, comma))) {
            from = comma + 2;
        }
        Matcher cut = CUT.matcher(run);
        while (cut.find()) {
            if (cut.start() <= from) {
                continue;
            }
            boolean in = cut.group().strip().startsWith("in");
            String left = run.substring(from, cut.start());
            boolean the = cut.group().strip().endsWith("the");
            String right = run.substring(cut.end());
            // "the APEC Secretariat and the Asia-Pacific Telecommunity": a known name on either side is one body
            boolean known = the && (isKnown(left) || startsKnown(right));
            if (in || known || ((the || endsWithHead(left) || isKnown(left)) && hasHead(left) && hasHead(right))) {
                out.add(new int[] {from, cut.start()});
                if (in) {
                    return out;
                }
                from = cut.end();
            }
        }
        out.add(new int[] {from, run.length()});
        return out;
    }

    /** Where the part of the run after its last ". X" starts (0 when there is none). */
    private static int lastSentenceBreak(String run) {
        Matcher m = DOT_BREAK.matcher(run);
        int at = 0;
        while (m.find()) {
            at = m.end();
        }
        return at;
    }

    private static final Pattern DOT_BREAK = Pattern.compile("(?<=\\p{Ll}{2})\\.\\s+(?=\\p{Lu})");

    private boolean endsWithHead(String part) {
        String[] words = part.strip().split("[\\s,]+");
        return words.length > 0 && heads.contains(words[words.length - 1]);
    }

    /** {@code part} starts with a known organisation's name. */
    private boolean startsKnown(String part) {
        List<Mention<String>> o = ctx.organizations(part);
        return !o.isEmpty() && o.get(0).from() == 0;
    }

    private boolean isKnown(String part) {
        List<Mention<String>> o = ctx.organizations(part);
        return !o.isEmpty() && o.get(0).from() == 0 && o.get(0).to() == part.strip().length();
    }

    private static final Pattern CUT = Pattern.compile("\\s+(?:and|in)\\s+(?:the\\s+)?");

    /** Found by name in organization-aliases.csv, the reference data, agencies.csv or known-organizations.csv. */
    private static boolean known(Found f) {
        return f.known();
    }

    /** An English organisation in the capitalised run {@code run} found at {@code at} in {@code text}, or null. */
    /**
     * Where a run's name starts once a leading job title is dropped: the first of its parts (split at
     * "of") that holds a head word ("Director of International Affairs at the Ministry of X" → "Ministry
     * of X"); -1 when none does.
     */
    static int firstHeadPart(String run, java.util.function.Predicate<String> hasHead) {
        Matcher of = OF.matcher(run);
        int partStart = 0;
        while (true) {
            boolean more = of.find();
            if (hasHead.test(run.substring(partStart, more ? of.start() : run.length()))) {
                return partStart;
            }
            if (!more) {
                return -1;
            }
            partStart = of.end();
        }
    }

    /** A company noun right before a capitalised run: the run is that company's name. */
    private static final Pattern COMPANY_BEFORE = Pattern.compile(
            "(?i)\\b(?:firm|company|start-?up|fintech|enterprise|platform|operator|provider|manufacturer)\\s+$");
    private static final int COMPANY_WINDOW = 48;

    /** A capitalised run at {@code at} with a possessive before its name split off ("Peru's Office of …"). */
    record Owned(String possessor, int at, String run) {
        static Owned of(int at, String run) {
            Matcher p = POSSESSIVE.matcher(run);
            return p.matches() ? new Owned(p.group(1), at + run.length() - p.group(2).length(), p.group(2))
                    : new Owned(null, at, run);
        }
    }

    Found english(String text, int runAt, String written) {
        Owned owned = Owned.of(runAt, written);
        String possessor = owned.possessor();
        int at = owned.at();
        String run = owned.run();
        int start = firstHeadPart(run, this::hasHead);
        String before = text.substring(Math.max(0, at - COMPANY_WINDOW), at);
        boolean company = start < 0 && COMPANY_BEFORE.matcher(before).find();
        if (company) {
            start = 0; // "the Singapore software firm Kopi Ledger": a company's name needs no head word
        } else if (start < 0) {
            return null;
        }
        String name = run.substring(start);
        Matcher the = LEADING_THE.matcher(name);
        if (the.find()) {
            start += the.end();
            name = name.substring(the.end());
        }
        int trimmed = name.length();
        name = name.strip();
        if (name.endsWith(".") && name.indexOf('.', Math.max(0, name.lastIndexOf(' '))) == name.length() - 1) {
            name = name.substring(0, name.length() - 1);
        }
        int from = at + start;
        int to = from + name.length();
        if (name.indexOf(' ') < 0 || notAnOrganization(name) || headThenWord(name)) {
            return null;
        }
        String rest = text.substring(Math.min(text.length(), at + start + trimmed));
        if (rest.startsWith(":")) {
            return null; // a field's label ("Sponsoring Forum: TEL")
        }
        String acronym = acronym(rest);
        String economy = possessor == null ? null : trailingEconomy(possessor);
        if (economy == null) {
            economy = economyInside(name);
        }
        if (economy == null) {
            economy = economyAfter(rest);
        }
        if (economy == null && company) {
            economy = economyInside(before.substring(Math.max(0, before.lastIndexOf(',') + 1)));
        }
        return new Found(from, to, name, acronym, economy, null, false);
    }

    /** A forum's own name at the end of the run (APEC Digital Economy Steering Group), a not-org phrase, or only an economy. */
    private boolean notAnOrganization(String name) {
        for (Mention<String> f : ctx.forums(name)) {
            if (f.to() >= name.length() - 1) {
                return true;
            }
        }
        for (Mention<Boolean> n : notOrg.find(name)) {
            if (n.to() >= name.length() - 1) {
                return true;
            }
        }
        List<Mention<String>> e = ctx.economies(name);
        return !e.isEmpty() && e.get(0).from() == 0 && e.get(0).to() >= name.length() - 1;
    }

    private String trailingEconomy(String possessor) {
        List<Mention<String>> e = ctx.economies(possessor);
        if (!e.isEmpty() && e.get(e.size() - 1).to() >= possessor.length() - 1) {
            return e.get(e.size() - 1).value();
        }
        return null;
    }

    private String economyInside(String name) {
        List<Mention<String>> e = ctx.economies(name);
        if (!e.isEmpty()) {
            return e.get(0).value();
        }
        List<Mention<String>> d = ctx.dict().demonyms().find(name);
        if (!d.isEmpty()) {
            return d.get(0).value();
        }
        // "Lima Chamber of Commerce": a host city (places.csv) that opens an English name gives its economy
        List<Mention<String>> c = ctx.dict().cityEconomies().find(name);
        return !c.isEmpty() && c.get(0).from() == 0 && TitleParts.isLatin(name) ? c.get(0).value() : null;
    }

    private String economyAfter(String rest) {
        Matcher after = AFTER.matcher(rest);
        if (after.find()) {
            String tail = rest.substring(after.end());
            List<Mention<String>> e = ctx.economies(tail);
            if (!e.isEmpty() && e.get(0).from() == 0 && !POSSESSIVE_AFTER.matcher(tail.substring(e.get(0).to())).find()) {
                return e.get(0).value(); // not ", Peru's Office of …": that economy is the next body's
            }
        }
        return null;
    }

    /**
     * An English head word followed by a capitalised word that is neither a head nor a connector
     * ("Cloud Service Uptake" is a title): English organisation names end with their head or go on
     * with "of", "for"…. Heads of other languages (Universidad Privada) may be followed by adjectives.
     */
    private boolean headThenWord(String name) {
        String[] words = name.split("[\\s,]+");
        for (int i = 0; i + 1 < words.length; i++) {
            String w = words[i];
            if (heads.contains(w) && !romanceHeads.contains(w) && !w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                String next = words[i + 1];
                if (!next.isEmpty() && Character.isUpperCase(next.charAt(0)) && !heads.contains(next)
                        && !heads.contains(next.replaceFirst("\\.$", "")) && !next.matches("\\p{Lu}[\\p{Lu}.&\\-]+")) {
                    return true;
                }
            }
        }
        return false;
    }

    static String acronym(String rest) {
        Matcher ac = ACRONYM.matcher(rest);
        return ac.find() ? ac.group(1) : null;
    }

    private boolean hasHead(String part) {
        for (String w : part.split("[\\s,]+")) {
            if (heads.contains(w) || heads.contains(w.replaceFirst("\\.$", ""))) {
                return true;
            }
        }
        return false;
    }

    /** Chinese names: from each start (economy, agency, prefix, or after punctuation) to the longest suffix. */
    private void chinese(String text, List<Found> out) {
        // start offset -> economy it gives ("" for none); a mention start beats a bare boundary
        java.util.Map<Integer, String> starts = new java.util.TreeMap<>();
        TreeSet<Integer> strong = new TreeSet<>();
        for (Mention<String> e : ctx.dict().economies().find(text)) {
            if (isCjk(text, e.from()) && e.value() != null && !Dictionaries.SELF.equals(e.value())) {
                starts.put(e.from(), e.value());
                strong.add(e.from());
            }
        }
        for (Mention<Dictionaries.Agency> a : ctx.dict().economyOrganizations().find(text)) {
            if (isCjk(text, a.from())) {
                starts.put(a.from(), a.value().iso2());
                strong.add(a.from());
            }
        }
        for (Mention<String> o : ctx.organizations(text)) {
            if (isCjk(text, o.from())) {
                strong.add(o.from());
            }
        }
        for (Mention<String> p : zhPrefixes.find(text)) {
            starts.putIfAbsent(p.from(), p.value());
            strong.add(p.from());
        }
        for (int i = 0; i < text.length(); i++) {
            if (isCjk(text, i) && (i == 0 || !isCjk(text, i - 1)) && !zhBreaks.contains(text.codePointAt(i))) {
                starts.putIfAbsent(i, "");
            }
        }
        for (var s : starts.entrySet()) {
            int from = s.getKey();
            int runEnd = from;
            while (runEnd < text.length() && runEnd - from < MAX_ZH && isCjk(text, runEnd)
                    && (runEnd == from || !zhBreaks.contains(text.codePointAt(runEnd)))) {
                runEnd++;
            }
            int best = -1;
            for (int end = from + 2; end <= runEnd; end++) {
                String suffix = suffixAt(text, from, end);
                if (suffix == null || continuesAsTitle(text, end) || blocked(text, end)) {
                    continue;
                }
                if (!strong.contains(from) && suffix.length() < 2) {
                    continue;
                }
                best = end;
            }
            if (best < 0 || best - from < 3) {
                continue;
            }
            Integer inner = strong.higher(from);
            if (!strong.contains(from) && inner != null && inner < best) {
                continue; // 則介紹了印尼國家數據中心: the name starts at the economy inside the run
            }
            String name = text.substring(from, best);
            String acr = acronym(text.substring(best));
            if (isForum(name) || (acr != null && isForum(acr))) {
                continue; // 亞太經合會（APEC）, 數位經濟指導小組: a forum, not an organisation found here
            }
            String economy = s.getValue().isEmpty() ? null : s.getValue();
            if (economy == null) {
                // 上海市商務委員會, 深圳鲲鹏云商科技有限公司: a host city (places.csv) that opens the name gives its economy
                List<Mention<String>> c = ctx.dict().cityEconomies().find(name);
                economy = !c.isEmpty() && c.get(0).from() == 0 ? c.get(0).value() : null;
            }
            out.add(new Found(from, best, name, acr, economy, null, false));
        }
    }

    private boolean isForum(String name) {
        List<Mention<String>> f = ctx.forums(name);
        return !f.isEmpty() && f.get(0).from() == 0 && f.get(0).to() == name.length();
    }

    private String suffixAt(String text, int from, int end) {
        for (String sfx : zhSuffixes) {
            if (end - from > sfx.length() && text.startsWith(sfx, end - sfx.length())) {
                return sfx;
            }
        }
        return null;
    }

    /** 部長, 局長, 研究員: the suffix is part of a job title. */
    private static boolean continuesAsTitle(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        return c == '長' || c == '长' || c == '員' || c == '员';
    }

    /** A not-org word across or at the end (全部, 部分, 布局). */
    private boolean blocked(String text, int end) {
        int from = Math.max(0, end - 2);
        int to = Math.min(text.length(), end + 1);
        for (Mention<Boolean> n : notOrg.find(text.substring(from, to))) {
            int absFrom = from + n.from();
            int absTo = from + n.to();
            if (absFrom < end && end <= absTo) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCjk(String text, int i) {
        return i < text.length() && Text.isCjk(text.charAt(i));
    }
}
