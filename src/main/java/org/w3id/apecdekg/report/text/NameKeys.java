package org.w3id.apecdekg.report.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Identity keys of names, from which entity IRIs are minted: two written forms with the same key are
 * the same entity in every report (together with the issuer, economy or forum that the IRI also
 * carries). Keys are {@link Text#key} of the name after the normalisations below.
 */
public final class NameKeys {

    /** A leading article, and quotes or title brackets around the whole name. */
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern QUOTES = Pattern.compile("^[\"“”'‘’「」『』《》〈〉]+|[\"“”'‘’「」『』《》〈〉]+$");
    /** A period of years in parentheses ending the name: "(2022–2027)", "（2017-2025）". */
    private static final Pattern YEARS_IN_PARENS = Pattern.compile(
            "\\s*[(（]\\s*(?:19|20)\\d{2}\\s*(?:[-–—~〜至到]\\s*(?:19|20)?\\d{2,4}\\s*)?[)）]\\s*$");
    /** The year of enactment after an Act or Law ("Digital ID Act 2024", "Privacy Act of 1988"). */
    private static final Pattern ACT_YEAR = Pattern.compile("(?i)\\b(act|law)(?:\\s+of)?\\s*,?\\s*(?:19|20)\\d{2}$");
    /** The year of enactment before a Chinese law's name ("2024 年數位身分法"). */
    private static final Pattern ZH_LAW_YEAR = Pattern.compile("^(?:19|20)\\d{2}\\s*年\\s*(?=\\S+(?:法|條例|条例)$)");

    /** A numbered law, decree or regulation: its number names it whatever words follow ("Law No. 21.719 on …"). */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?i)^((?:law|act|decree|regulation|resolution|ordinance)\\s+nos?\\.?\\s*\\d(?:[\\w./-]*\\w)?)\\b.*$");

    private NameKeys() {}

    /**
     * Key of a policy name: NFKC, without quotes or 《》 around it, a leading "the", a period of
     * years in parentheses at its end, or the year of enactment of an Act or Law (before a Chinese
     * law's name or after an English one); a numbered law ("Law No. 21.719 on the protection of
     * personal data") is its type and number alone; then case, spaces and punctuation are ignored.
     */
    public static String policy(String name) {
        String n = Text.squash(Text.nfkc(name)).strip();
        n = QUOTES.matcher(n).replaceAll("").strip();
        n = LEADING_THE.matcher(n).replaceFirst("");
        n = YEARS_IN_PARENS.matcher(n).replaceFirst("");
        n = ACT_YEAR.matcher(n).replaceFirst("$1");
        n = ZH_LAW_YEAR.matcher(n).replaceFirst("");
        n = NUMBERED.matcher(n).replaceFirst("$1");
        return Text.key(n);
    }

    /**
     * Key of a person's name: {@link Text#key} without diacritics (Nguyễn Thị = Nguyen Thi, đ = d),
     * so that a name written with and without its accents is one person.
     */
    public static String person(String name) {
        String n = Normalizer.normalize(Text.nfkc(name), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').replace('ł', 'l').replace('Ł', 'L');
        return Text.key(n);
    }

    /**
     * True for a short form rather than a full name: one or two words, one of them with two or more
     * capitals (MyDIGITAL, PDPA, NAIS 2.0, Stranas KA).
     */
    public static boolean abbreviation(String name) {
        String[] words = Text.squash(name).strip().split(" ");
        if (words.length > 2) {
            return false;
        }
        for (String w : words) {
            if (w.chars().filter(Character::isUpperCase).count() >= 2) {
                return true;
            }
        }
        return false;
    }
}
