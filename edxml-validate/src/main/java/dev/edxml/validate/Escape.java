package dev.edxml.validate;

import java.util.Locale;

/**
 * Escaping for the report forms, written here rather than taken from a library. Characters that XML 1.0 cannot carry
 * at all (most control characters, unpaired surrogates) are shown as {@code \\uXXXX}: a finding about such a
 * character quotes it, and the report must still be well-formed.
 */
final class Escape {
    private Escape() {
    }

    /** Text for XML or HTML content and attribute values (both quote characters escaped). */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append(visible(c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A JSON string literal, quotes included ({@code null} for none): the project's one JSON escaping. */
    static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        dev.edxml.internal.Json.string(b, s);
        return b.toString();
    }

    /** The text on one line: line breaks and other control characters shown as {@code \\uXXXX}. */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 && c != '\t' || c == 0x7F ? visible(c) : String.valueOf(c));
        }
        return b.toString();
    }

    private static String visible(char c) {
        return String.format(Locale.ROOT, "\\u%04X", (int) c);
    }
}
