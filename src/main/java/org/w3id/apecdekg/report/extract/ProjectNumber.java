package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.apecdekg.report.text.Text;

/**
 * An APEC project number as written ({@code CTI 01 2023S}, {@code DESG_101_2024A},
 * {@code CN_DESG_101_2024}) and its canonical form {@code FORUM NN YYYY[S|A|T]}.
 */
public record ProjectNumber(String written, String forum, String serial, String year, String suffix,
                            boolean conceptNote, int from, int to) {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9])((?:CN)[\\s_]*)?([A-Z]{2,6})(?:[\\s_]*|[\\s_]*[-/][\\s_]*)(\\d{2,3})(?:[\\s_]+|[\\s_]*[-/][\\s_]*)((?:19|20)\\d{2})"
            + "(?:([AST])|\\s([AST])(?=\\s*[)\\]}、,;。.]|\\s*$))?(?![A-Za-z0-9])");

    /** Canonical form: {@code FORUM NN YYYY[suffix]} with single spaces, digits as written. */
    public String canonical() {
        return forum + " " + serial + " " + year + (suffix == null ? "" : suffix);
    }

    /** Funding source slug implied by the suffix (none → gpa), or null for a concept note. */
    public String fundingSource() {
        if (conceptNote) {
            return null;
        }
        if (suffix == null) {
            return "gpa";
        }
        return switch (suffix) {
            case "A" -> "asf";
            case "S" -> "self-funded";
            case "T" -> "tilf";
            default -> null;
        };
    }

    /**
     * All project numbers in {@code text} whose forum code is one of {@code forums} (the registered
     * codes and forum acronyms of the reference data), or any code of 2 to 6 capital letters when the
     * number ends in its funding letter (EWG 09 2026S: a code the register lacks); {@code null} accepts
     * any code (to tell "unknown forum code" from "not a project number").
     */
    public static List<ProjectNumber> find(String text, Set<String> forums) {
        List<ProjectNumber> out = new ArrayList<>();
        String t = Text.nfkc(text);
        Matcher m = NUMBER.matcher(t);
        while (m.find()) {
            String forum = m.group(2);
            String suffix = m.group(5) != null ? m.group(5) : m.group(6);
            if (forums != null && !forums.contains(forum) && (suffix == null || m.group(1) != null)) {
                // a code missing from the register is taken only with its funding letter ("EWG 09 2026S")
                continue;
            }
            out.add(new ProjectNumber(Text.squash(m.group().strip()), forum, m.group(3), m.group(4), suffix,
                    m.group(1) != null, m.start(), m.end()));
        }
        return out;
    }

    /** The canonical form of a written number, or null if it is not one. */
    public static String normalise(String written, Set<String> forums) {
        List<ProjectNumber> all = find(written, forums);
        return all.isEmpty() ? null : all.get(0).canonical();
    }
}
