package org.w3id.apecdekg.intake.docx;

/**
 * A list number written in a Word number format: decimal, letters, Roman numerals, Chinese
 * numerals (一二三, 壹貳參), heavenly stems (甲乙丙) and circled digits; others as decimal.
 */
final class NumberText {

    private static final String ZH = "〇一二三四五六七八九";
    private static final String ZH_LEGAL = "零壹貳參肆伍陸柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

    private NumberText() {}

    static String format(int n, String fmt) {
        return switch (fmt) {
            case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : String.valueOf(n);
            case "upperLetter" -> letters(n).toUpperCase(java.util.Locale.ROOT);
            case "lowerLetter" -> letters(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
                    "japaneseCounting", "ideographDigital", "taiwaneseDigital" -> chinese(n, ZH, "十", "百");
            case "chineseLegalSimplified", "ideographLegalTraditional" -> chinese(n, ZH_LEGAL, "拾", "佰");
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(STEMS.charAt(n - 1)) : String.valueOf(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : String.valueOf(n);
            case "decimalEnclosedParen" -> "(" + n + ")";
            default -> String.valueOf(n);
        };
    }

    private static String letters(int n) {
        if (n <= 0) {
            return String.valueOf(n);
        }
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return String.valueOf(n);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < v.length; i++) {
            while (rest >= v[i]) {
                out.append(s[i]);
                rest -= v[i];
            }
        }
        return out.toString();
    }

    private static String chinese(int n, String digits, String ten, String hundred) {
        if (n <= 0 || n >= 1000) {
            return String.valueOf(n);
        }
        StringBuilder out = new StringBuilder();
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        if (h > 0) {
            out.append(digits.charAt(h)).append(hundred);
        }
        if (t > 0) {
            if (!(t == 1 && h == 0)) {
                out.append(digits.charAt(t));
            }
            out.append(ten);
        } else if (h > 0 && u > 0) {
            out.append(digits.charAt(0));
        }
        if (u > 0) {
            out.append(digits.charAt(u));
        }
        return out.toString();
    }
}
