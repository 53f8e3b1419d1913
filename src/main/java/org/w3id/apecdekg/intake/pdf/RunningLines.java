package org.w3id.apecdekg.intake.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the running headers and footers of an untagged PDF: among the first and last
 * {@value #EDGE} lines of each page, page-number lines ("3", "- 3 -", "Page 3 of 9", "3 / 9",
 * "第 3 頁", "iv") and lines that repeat (digits ignored) at the top, or at the bottom, of more than
 * half of the pages (at least two).
 */
public final class RunningLines {

    /** How many lines at the top and at the bottom of a page can be headers or footers. */
    static final int EDGE = 2;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-–—\\s]*(?:(?:page|p\\.)\\s*)?(?:\\d{1,4}|[ivxlc]{1,6})(?:\\s*(?:of|/)\\s*\\d{1,4})?[-–—\\s]*"
            + "|第\\s*\\d{1,4}\\s*[頁页]\\s*(?:[,，]?\\s*共\\s*\\d{1,4}\\s*[頁页])?"
            + "|[-–—\\s]*\\d{1,4}\\s*/\\s*\\d{1,4}[-–—\\s]*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Set<String> top = new HashSet<>();
    private final Set<String> bottom = new HashSet<>();

    private RunningLines(List<PdfPageText> pages) {
        Map<String, Integer> tops = new HashMap<>();
        Map<String, Integer> bottoms = new HashMap<>();
        for (PdfPageText p : pages) {
            Set<String> seenTop = new HashSet<>();
            Set<String> seenBottom = new HashSet<>();
            int n = p.lines().size();
            for (int i = 0; i < n; i++) {
                String key = key(p.lines().get(i).text());
                if (i < EDGE && seenTop.add(key)) {
                    tops.merge(key, 1, Integer::sum);
                }
                if (i >= n - EDGE && seenBottom.add(key)) {
                    bottoms.merge(key, 1, Integer::sum);
                }
            }
        }
        int most = Math.max(2, pages.size() / 2 + 1);
        tops.forEach((k, v) -> {
            if (v >= most) {
                top.add(k);
            }
        });
        bottoms.forEach((k, v) -> {
            if (v >= most) {
                bottom.add(k);
            }
        });
    }

    public static RunningLines of(List<PdfPageText> pages) {
        return new RunningLines(pages);
    }

    /** True when line {@code index} (0-based) of {@code page} is a header, footer or page number. */
    public boolean isRunning(PdfPageText page, int index) {
        int n = page.lines().size();
        boolean atTop = index < EDGE;
        boolean atBottom = index >= n - EDGE;
        if (!atTop && !atBottom) {
            return false;
        }
        String text = page.lines().get(index).text();
        if (isPageNumber(text)) {
            return true;
        }
        String key = key(text);
        return atTop && top.contains(key) || atBottom && bottom.contains(key);
    }

    /** True for a line that is only a page number in one of the usual forms. */
    public static boolean isPageNumber(String line) {
        String t = line.strip();
        return !t.isEmpty() && PAGE_NUMBER.matcher(t).matches();
    }

    private static String key(String text) {
        return SPACES.matcher(DIGITS.matcher(text).replaceAll("#")).replaceAll(" ").strip();
    }
}
