package org.w3id.apecdekg.report.extract;

import java.util.List;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.text.Numbering;

/** What a heading path says: the project status of its section, and the economy it is labelled with. */
public final class Sections {

    private Sections() {}

    public static List<String> split(String path) {
        return path == null || path.isEmpty() ? List.of() : List.of(path.split(" > "));
    }

    /** Status slug from the deepest heading with a section cue, or null. */
    public static String status(ExtractionContext ctx, String path) {
        List<String> parts = split(path);
        for (int i = parts.size() - 1; i >= 0; i--) {
            String v = ctx.dict().firstCueValue("section-cues", parts.get(i));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The economy that a heading or bullet label consists of ("(9) 我方：", "- Australia:"), deepest first. */
    public static String economyLabel(ExtractionContext ctx, String path) {
        List<String> parts = split(path);
        for (int i = parts.size() - 1; i >= 0; i--) {
            String e = labelEconomy(ctx, parts.get(i));
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** The economy a single label consists of, or null. */
    public static String labelEconomy(ExtractionContext ctx, String label) {
        String rest = label;
        Numbering.Match num = Numbering.match(rest);
        if (num != null) {
            rest = num.rest();
        }
        int colon = rest.indexOf(':');
        if (colon > 0 && colon <= 24) {
            rest = rest.substring(0, colon);
        }
        rest = rest.replaceAll("[:：]\\s*$", "").strip();
        List<Mention<String>> ms = ctx.economies(rest);
        if (ms.size() == 1) {
            Mention<String> m = ms.get(0);
            int leftover = rest.length() - (m.to() - m.from());
            if (leftover <= 2) {
                return m.value();
            }
        }
        return null;
    }

    /** The notation of APEC itself, the umbrella of every forum. */
    static final String UMBRELLA = "APEC";

    /** The deepest heading that mentions a forum, as the forum's acronym, or null. */
    public static String forum(ExtractionContext ctx, String path) {
        List<String> parts = split(path);
        for (int i = parts.size() - 1; i >= 0; i--) {
            String forum = mostSpecific(ctx.forums(parts.get(i)));
            if (forum != null) {
                return forum;
            }
        }
        return null;
    }

    /**
     * The forum a text is about among the fora it names: the first one other than APEC itself
     * ("APEC Digital Economy Steering Group" is about DESG), else APEC, else null.
     */
    public static String mostSpecific(List<Mention<String>> forums) {
        return forums.stream().map(Mention::value).filter(f -> !f.equals(UMBRELLA)).findFirst()
                .orElse(forums.isEmpty() ? null : forums.get(0).value());
    }
}
