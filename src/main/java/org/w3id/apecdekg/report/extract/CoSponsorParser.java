package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3id.apecdekg.report.lexicon.Cue;

/**
 * Co-sponsors from a sentence: "此計畫由智利、香港和我方共同連署", "獲得 A、B 的支持",
 * "co-sponsored by Chile, Japan and Peru", "Co-sponsors: Chile; Japan" (trigger phrases and their
 * side in cosponsor-triggers.csv; list syntax in list-words.csv).
 */
public final class CoSponsorParser {

    private final EconomyList lists;
    private final ExtractionContext ctx;

    public CoSponsorParser(ExtractionContext ctx) {
        this.ctx = ctx;
        this.lists = new EconomyList(ctx);
    }

    /** Economies named as co-sponsors, plus unknown names met inside the lists. */
    public EconomyList.Result parse(String text) {
        List<String> economies = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] used = new boolean[text.length() + 1];
        for (Cue cue : ctx.dict().cues("cosponsor-triggers")) {
            String c = cue.text().toLowerCase(Locale.ROOT);
            int from = 0;
            while (true) {
                int at = lower.indexOf(c, from);
                if (at < 0) {
                    break;
                }
                from = at + c.length();
                if (used[at] || !boundary(lower, at, c)) {
                    continue;
                }
                for (int k = at; k < at + c.length(); k++) {
                    used[k] = true;
                }
                EconomyList.Result r = cue.value().equals("after")
                        ? lists.startingAt(text, at + c.length()) : lists.endingAt(text, at);
                for (String e : r.economies()) {
                    if (!economies.contains(e)) {
                        economies.add(e);
                    }
                }
                unknown.addAll(r.unknown());
            }
        }
        return new EconomyList.Result(economies, unknown, 0, text.length());
    }

    private static boolean boundary(String s, int at, String cue) {
        boolean latinStart = Character.isLetter(cue.charAt(0)) && cue.charAt(0) < 128;
        boolean latinEnd = Character.isLetter(cue.charAt(cue.length() - 1)) && cue.charAt(cue.length() - 1) < 128;
        if (latinStart && at > 0 && Character.isLetter(s.charAt(at - 1))) {
            return false;
        }
        int end = at + cue.length();
        return !(latinEnd && end < s.length() && Character.isLetter(s.charAt(end)));
    }
}
