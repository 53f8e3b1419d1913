package org.w3id.apecdekg.intake.html;

import java.util.Locale;

/** The number of an ordered list item in the list's {@code type}: 1, a, A, i or I. */
final class ListMarkers {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private ListMarkers() {}

    static String of(int n, String type) {
        return switch (type) {
            case "a" -> letter(n);
            case "A" -> letter(n).toUpperCase(Locale.ROOT);
            case "i" -> roman(n).toLowerCase(Locale.ROOT);
            case "I" -> roman(n);
            default -> String.valueOf(n);
        };
    }

    private static String letter(int n) {
        return n >= 1 && n <= 26 ? String.valueOf((char) ('a' + n - 1)) : String.valueOf(n);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return String.valueOf(n);
        }
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                out.append(ROMAN[i]);
                rest -= VALUES[i];
            }
        }
        return out.toString();
    }
}
