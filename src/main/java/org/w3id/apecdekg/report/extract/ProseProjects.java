package org.w3id.apecdekg.report.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.apecdekg.report.lexicon.Mention;

/**
 * An English project named by what it does rather than by a number or a quoted title, in a sentence
 * that says whose it is: "Mexico's proposal for an APEC study on single-window interoperability,
 * co-sponsored by Chile and Viet Nam", "an initiative led by Peru and co-sponsored by Chile and Mexico
 * to prepare a regional guide on …". The title is the phrase after the project noun ("for …", "to …")
 * up to the clause's end; the proposer is the economy of "ECONOMY's proposal" or of "led by ECONOMY".
 */
final class ProseProjects {

    /** A found project: its title as written and its proposer (ISO2). */
    record Found(String title, String proposer) {}

    private static final String NOUN = "(?:proposal|initiative|project|study|pilot project)";
    /** "ECONOMY's proposal for an APEC study on …": group 1 the owner's words, group 2 the title. */
    private static final Pattern OWNED = Pattern.compile(
            "([A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,3})['’]s\\s+(?:new\\s+|proposed\\s+)?" + NOUN
            + "\\s+(?:for|on|to)\\s+(?:an?\\s+|the\\s+)?([^,;.()]{8,140})");
    /** "an initiative led by ECONOMY [and co-sponsored by …] to prepare …": group 1 the leader, group 2 the title. */
    private static final Pattern LED = Pattern.compile(
            "\\b(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?" + NOUN + "\\s+(?:led|proposed|put forward|initiated)\\s+by\\s+"
            + "((?:the\\s+)?[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,3})(?:\\s+and\\s+co-?sponsored\\s+by\\s+[^.;]*?)?"
            + "\\s+(?:to|for|on)\\s+([^,;.()]{8,140})");
    /** Words that end a title when they start a new clause. */
    private static final Pattern CLAUSE_END = Pattern.compile("\\s+(?:co-?sponsored|led|proposed|which|that|with|and\\s+co-?sponsored)\\b.*$");

    private final ExtractionContext ctx;

    ProseProjects(ExtractionContext ctx) {
        this.ctx = ctx;
    }

    /** The project the sentence names in prose, or null. */
    Found find(String text) {
        Matcher m = OWNED.matcher(text);
        while (m.find()) {
            String owner = economyWhole(m.group(1));
            if (owner != null) {
                return new Found(title(m.group(2)), owner);
            }
        }
        m = LED.matcher(text);
        while (m.find()) {
            String leader = economyWhole(m.group(1));
            if (leader != null) {
                return new Found(title(m.group(2)), leader);
            }
        }
        return null;
    }

    private static String title(String raw) {
        return CLAUSE_END.matcher(raw.strip()).replaceFirst("").strip();
    }

    /** The economy a run of words names, when the economy's name ends it ("Viet Nam", "the Philippines"). */
    private String economyWhole(String words) {
        List<Mention<String>> es = ctx.economies(words);
        if (es.isEmpty()) {
            return null;
        }
        Mention<String> last = es.get(es.size() - 1);
        return last.to() == words.length() ? last.value() : null;
    }
}
