package org.w3id.apecdekg.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a report into {@link ReportLine}s and gives each its heading path. Nesting follows the
 * numbering style (a style seen before closes everything opened after it), Markdown '#' levels for
 * unnumbered headings, and short "Label:" bullets for the bullets indented under them.
 */
public final class LineModel {

    /** Numbered lines whose text after the number is at most this long (and has no full stop) are headings. */
    static final int MAX_HEADING_CHARS = 48;

    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*+•●○▪■◆◦]\\s*)+");
    private static final Pattern TOC = Pattern.compile("(?:\\.{4,}|…{2,}|·{4,})\\s*\\d{1,4}\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,})\\s*$");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\s*<sup>\\s*\\d{1,3}\\s*</sup>\\s*\\S.*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*\\d{1,4}\\s*$");
    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern LABEL = Pattern.compile("^([^:：]{1,24})[:：]");
    private static final Pattern TERMINAL = Pattern.compile("[。！？!?；;.」』]$");

    private record Entry(String style, int mdLevel, boolean numbered, String label) {}

    private record Bullet(int indent, String label) {}

    private LineModel() {}

    public static List<ReportLine> parse(String text) {
        String[] raws = text.split("\r\n|\r|\n", -1);
        List<ReportLine> out = new ArrayList<>(raws.length);
        List<Entry> stack = new ArrayList<>();
        List<Bullet> bullets = new ArrayList<>();
        boolean inHtmlTable = false;
        boolean afterRule = false;
        boolean inFootnotes = false;
        boolean pendingFootnote = false;
        boolean inComment = false;
        for (int i = 0; i < raws.length; i++) {
            String raw = raws[i];
            int number = i + 1;
            int indent = indentOf(raw);
            String lower = raw.toLowerCase();
            if (inComment || raw.stripLeading().startsWith("<!--")) {
                // an HTML/Markdown comment is not part of the report's text
                inComment = !raw.contains("-->");
                out.add(new ReportLine(number, raw, "", LineKind.BLANK, indent, path(stack, bullets)));
                continue;
            }
            if (inHtmlTable || lower.contains("<table")) {
                inHtmlTable = !lower.contains("</table>") || lower.lastIndexOf("<table") > lower.lastIndexOf("</table>");
                out.add(new ReportLine(number, raw, raw.strip(), LineKind.TABLE_ROW, indent, path(stack, bullets)));
                continue;
            }
            if (raw.isBlank()) {
                out.add(new ReportLine(number, raw, "", LineKind.BLANK, indent, path(stack, bullets)));
                continue;
            }
            if (RULE.matcher(raw).matches()) {
                afterRule = true;
                out.add(new ReportLine(number, raw, "", LineKind.NOISE, indent, path(stack, bullets)));
                continue;
            }
            boolean footnote = FOOTNOTE.matcher(raw).matches();
            if (footnote || (afterRule && pendingFootnote) || (inFootnotes && footnote)) {
                String t = Text.squash(Text.clean(raw.replaceFirst("^\\s*<sup>\\s*\\d{1,3}\\s*</sup>", "")));
                pendingFootnote = !TERMINAL.matcher(t).find();
                afterRule = false;
                inFootnotes = true;
                out.add(new ReportLine(number, raw, t, LineKind.NOISE, indent, path(stack, bullets)));
                continue;
            }
            afterRule = false;
            inFootnotes = false;
            if (raw.indexOf('\t') >= 0 || PIPE_ROW.matcher(raw).matches()) {
                LineKind kind = TOC.matcher(raw).find() ? LineKind.TOC : LineKind.TABLE_ROW;
                out.add(new ReportLine(number, raw, Text.clean(raw).replaceAll("^ +", "").stripTrailing(), kind, indent, path(stack, bullets)));
                continue;
            }
            String cleaned = Text.squash(Text.clean(raw));
            if (cleaned.isEmpty() || PAGE_NUMBER.matcher(cleaned).matches()) {
                out.add(new ReportLine(number, raw, cleaned, cleaned.isEmpty() ? LineKind.BLANK : LineKind.NOISE,
                        indent, path(stack, bullets)));
                continue;
            }
            if (TOC.matcher(cleaned).find()) {
                out.add(new ReportLine(number, raw, cleaned, LineKind.TOC, indent, path(stack, bullets)));
                continue;
            }
            int mdLevel = 0;
            var md = MD_HEADING.matcher(cleaned);
            if (md.matches()) {
                mdLevel = md.group(1).length();
                cleaned = md.group(2).strip();
            }
            boolean bullet = BULLET.matcher(cleaned).find();
            cleaned = BULLET.matcher(cleaned).replaceFirst("").strip();
            if (cleaned.isEmpty()) {
                out.add(new ReportLine(number, raw, "", LineKind.BLANK, indent, path(stack, bullets)));
                continue;
            }
            Numbering.Match num = Numbering.match(cleaned);
            LineKind kind;
            if (num != null) {
                boolean shortText = num.rest().length() <= MAX_HEADING_CHARS && !num.rest().contains("。")
                        && !continuesOnNextLine(raws, i);
                kind = mdLevel > 0 || shortText ? LineKind.HEADING : LineKind.ITEM;
                String label = kind == LineKind.HEADING ? cleaned : itemLabel(num);
                if (mdLevel > 0) {
                    popUnnumberedMarkdown(stack, mdLevel);
                }
                int at = indexOfStyle(stack, num.style());
                if (at >= 0) {
                    truncate(stack, at);
                }
                stack.add(new Entry(num.style(), mdLevel, true, label));
                bullets.clear();
            } else if (mdLevel > 0 && !stack.isEmpty() && unclosed(stack.get(stack.size() - 1).label())) {
                // a heading broken by a page break or footnote: the rest of the heading above
                Entry top = stack.remove(stack.size() - 1);
                stack.add(new Entry(top.style(), top.mdLevel(), top.numbered(), top.label() + cleaned));
                kind = LineKind.HEADING;
            } else if (mdLevel > 0) {
                kind = LineKind.HEADING;
                while (!stack.isEmpty() && !(stack.get(stack.size() - 1).mdLevel() > 0
                        && stack.get(stack.size() - 1).mdLevel() < mdLevel)) {
                    stack.remove(stack.size() - 1);
                }
                stack.add(new Entry("md", mdLevel, false, cleaned));
                bullets.clear();
            } else if (bullet) {
                while (!bullets.isEmpty() && bullets.get(bullets.size() - 1).indent() >= indent) {
                    bullets.remove(bullets.size() - 1);
                }
                String t = cleaned;
                if ((t.endsWith(":") || t.endsWith("：")) && t.length() <= 40) {
                    bullets.add(new Bullet(indent, t.substring(0, t.length() - 1).strip()));
                    kind = LineKind.HEADING;
                } else {
                    kind = LineKind.ITEM;
                }
            } else {
                kind = LineKind.TEXT;
            }
            out.add(new ReportLine(number, raw, cleaned, kind, indent, path(stack, bullets)));
        }
        return out;
    }

    /** True when the next line is running text glued to this one (no blank line, no numbering, no bullet). */
    private static boolean continuesOnNextLine(String[] raws, int i) {
        if (i + 1 >= raws.length || raws[i + 1].isBlank() || raws[i + 1].indexOf('\t') >= 0) {
            return false;
        }
        String next = Text.squash(Text.clean(raws[i + 1]));
        if (next.startsWith("#") || next.startsWith("|") || BULLET.matcher(next).find()) {
            return false;
        }
        return Numbering.match(next) == null && !TERMINAL.matcher(Text.squash(Text.clean(raws[i]))).find();
    }

    private static String itemLabel(Numbering.Match num) {
        var m = LABEL.matcher(num.rest());
        if (m.find()) {
            return num.token() + " " + m.group(1).strip();
        }
        return num.token();
    }

    private static boolean unclosed(String label) {
        return label.chars().filter(c -> c == '(').count() > label.chars().filter(c -> c == ')').count();
    }

    private static boolean isUnnumberedMd(Entry e) {
        return !e.numbered() && e.mdLevel() > 0;
    }

    private static void popUnnumberedMarkdown(List<Entry> stack, int level) {
        while (!stack.isEmpty() && isUnnumberedMd(stack.get(stack.size() - 1))
                && stack.get(stack.size() - 1).mdLevel() >= level) {
            stack.remove(stack.size() - 1);
        }
    }

    private static int indexOfStyle(List<Entry> stack, String style) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).numbered() && stack.get(i).style().equals(style)) {
                return i;
            }
        }
        return -1;
    }

    private static void truncate(List<Entry> stack, int size) {
        while (stack.size() > size) {
            stack.remove(stack.size() - 1);
        }
    }

    private static List<String> path(List<Entry> stack, List<Bullet> bullets) {
        List<String> p = new ArrayList<>(stack.size() + bullets.size());
        for (Entry e : stack) {
            p.add(e.label());
        }
        for (Bullet b : bullets) {
            p.add(b.label());
        }
        return List.copyOf(p);
    }

    private static int indentOf(String raw) {
        int n = 0;
        while (n < raw.length() && (raw.charAt(n) == ' ')) {
            n++;
        }
        return n;
    }
}
