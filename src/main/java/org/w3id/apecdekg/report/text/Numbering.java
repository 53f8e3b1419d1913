package org.w3id.apecdekg.report.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the numbering at the start of a line: 第一章, 壹、, 一、, (一), 1.1, 1., (1), A., a.,
 * "Agenda Item 3". The style (not the number) decides nesting, as in Chinese official documents.
 */
public final class Numbering {

    /** A recognised numbering: its style key, the token as written and the text after it. */
    public record Match(String style, String token, String rest) {}

    private record Rule(String style, Pattern pattern) {}

    private static final String ZH_DIGITS = "一二三四五六七八九十";

    private static final List<Rule> RULES = List.of(
            new Rule("chapter", Pattern.compile("^(第[" + ZH_DIGITS + "百\\d]+[章節篇部])\\s*(.*)$")),
            new Rule("zh-capital", Pattern.compile("^([壹貳參叁肆伍陸柒捌玖拾]+\\s*[、.])\\s*(.*)$")),
            new Rule("zh-comma", Pattern.compile("^([" + ZH_DIGITS + "]{1,3}\\s*、)\\s*(.*)$")),
            new Rule("zh-paren", Pattern.compile("^(\\([" + ZH_DIGITS + "]{1,3}\\))\\s*(.*)$")),
            new Rule("agenda", Pattern.compile("^((?i:agenda\\s+item|item)\\s+\\d{1,2}(?:\\.\\d{1,2})*[.:]?)\\s*(.*)$")),
            new Rule("dotted", Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+\\.?)(?=\\s|[^\\d.])\\s*(.*)$")),
            new Rule("arabic", Pattern.compile("^(\\d{1,2}\\s*[.、])(?![\\d])\\s*(.*)$")),
            new Rule("arabic-paren", Pattern.compile("^(\\(\\d{1,2}\\))\\s*(.*)$")),
            new Rule("latin-upper", Pattern.compile("^([A-Z][.、])(?:\\s+|(?=\\p{IsHan}))(.*)$")),
            new Rule("latin-lower", Pattern.compile("^([a-z][.)])\\s+(.*)$")));

    private Numbering() {}

    /** The numbering at the start of {@code text} (already stripped of bullets and '#'), or null. */
    public static Match match(String text) {
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            if (m.matches()) {
                String style = rule.style();
                if (style.equals("dotted")) {
                    String token = m.group(1).replaceAll("\\.$", "");
                    style = "dotted-" + token.split("\\.").length;
                } else if (style.equals("agenda")) {
                    style = m.group(1).matches(".*\\d\\.\\d.*") ? "agenda-2" : "agenda-1";
                }
                return new Match(style, m.group(1).strip(), m.group(2).strip());
            }
        }
        return null;
    }
}
