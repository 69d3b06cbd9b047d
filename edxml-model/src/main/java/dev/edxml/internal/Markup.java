package dev.edxml.internal;

import java.util.Locale;

/**
 * Escaping for the project's reports in XML, HTML and SVG (validation reports, conformance reports and badges, the
 * statistics page): one place, written here rather than taken from a library. Unlike the package writer's
 * {@code XmlOut.escape}, which refuses what XML 1.0 cannot carry, a report must show any text it quotes, so characters
 * XML 1.0 cannot carry (most control characters, unpaired surrogates) are shown as {@code \\uXXXX} and the report stays
 * well-formed.
 */
public final class Markup {
    private Markup() {
    }

    /** Text for XML or HTML element content and attribute values (both quote characters escaped). */
    public static String text(String s) {
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

    /**
     * Text from a package for one line of a terminal or text report: line breaks and other control characters (C0,
     * DEL and C1, which include the terminal's escape sequences) shown as {@code \\uXXXX}, tabs kept.
     */
    public static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F ? visible(c) : String.valueOf(c));
        }
        return b.toString();
    }

    /** {@code \\uXXXX}: a character shown by its code. */
    public static String visible(char c) {
        return String.format(Locale.ROOT, "\\u%04X", (int) c);
    }
}
