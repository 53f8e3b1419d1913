package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.apecdekg.report.text.Text;

/**
 * Titles quoted in text: 「…」, 《…》, “…”, "…", each split into a Chinese title and an English
 * one given in parentheses (「中文（English）」 or 「中文」(English)).
 */
public final class TitleParts {

    /** A quoted title: Chinese and/or English text and the quote's span. */
    public record Title(String zh, String en, int from, int to) {
        public String primary() {
            return zh != null ? zh : en;
        }
    }

    private static final Pattern QUOTED = Pattern.compile("「([^「」]{2,200})」|《([^《》]{2,200})》|“([^“”]{2,200})”|\"([^\"]{2,200})\"");
    private static final Pattern TRAILING_PARENS = Pattern.compile("^(.*?)\\s*\\(([^()]{3,200})\\)\\s*$");
    private static final Pattern FOLLOWING_PARENS = Pattern.compile("^\\s*\\(([^()]{3,200})\\)");
    /** A project number alone, e.g. "DESG_101_2024 A": never an English title. */
    private static final Pattern NUMBER_ONLY = Pattern.compile(
            "\\s*(?:CN[\\s_]*)?[A-Z]{2,6}[\\s_]*\\d{2,3}[\\s_]+(?:19|20)\\d{2}\\s*[AST]?\\s*");

    private TitleParts() {}

    public static List<Title> find(String text) {
        List<Title> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String inner = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                    : m.group(3) != null ? m.group(3) : m.group(4);
            String zh = inner.strip();
            String en = null;
            Matcher p = TRAILING_PARENS.matcher(zh);
            if (p.matches() && isLatin(p.group(2)) && !isLatin(p.group(1)) && !NUMBER_ONLY.matcher(p.group(2)).matches()) {
                zh = p.group(1).strip();
                en = p.group(2).strip();
            }
            int to = m.end();
            Matcher f = FOLLOWING_PARENS.matcher(text.substring(to));
            if (en == null && f.find() && isLatin(f.group(1)) && f.group(1).strip().contains(" ")
                    && !NUMBER_ONLY.matcher(f.group(1)).matches()) {
                en = f.group(1).strip();
                to += f.end();
            }
            if (isLatin(zh)) {
                if (en == null) {
                    en = zh;
                }
                zh = null;
            }
            out.add(new Title(clean(zh), clean(en), m.start(), to));
        }
        return out;
    }

    /** True if the text is mostly Latin letters. */
    public static boolean isLatin(String s) {
        return s != null && Text.cjkShare(s) < 0.2 && s.chars().anyMatch(Character::isLetter);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = Text.squash(s).replaceAll("[.。]+$", "").strip();
        return t.isEmpty() ? null : t;
    }
}
