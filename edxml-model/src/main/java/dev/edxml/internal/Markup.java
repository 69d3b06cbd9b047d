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
    private Markup() {}

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
                    if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
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
     * Text from a package or a certificate for one line of a terminal or text report, the one neutralisation every
     * human output uses: line breaks and other control characters (C0, DEL and C1, which include the terminal's escape
     * sequences), the Unicode line and paragraph separators and the bidirectional overrides and isolates (which can
     * make a line read backwards) shown as {@code \\uXXXX}; tabs kept.
     */
    public static String oneLine(String s) {
        return neutralised(s, false);
    }

    /**
     * The same, but line breaks (CR, LF) kept: for a CSV field, which quotes them, and for multi-line text whose
     * lines are each shown as they are.
     */
    public static String noControls(String s) {
        return neutralised(s, true);
    }

    /** Whether a terminal or a text viewer could act on {@code c} rather than show it. */
    public static boolean isControl(char c) {
        return c < 0x20 && c != '\t'
                || c >= 0x7F && c <= 0x9F
                || c == 0x2028
                || c == 0x2029
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069
                || c == 0x200E
                || c == 0x200F
                || c == 0x061C;
    }

    private static String neutralised(String s, boolean keepLineBreaks) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean replace = isControl(c) && !(keepLineBreaks && (c == '\n' || c == '\r'));
            if (replace && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                b.append(replace ? visible(c) : String.valueOf(c));
            }
        }
        return b == null ? s : b.toString();
    }

    /** {@code \\uXXXX}: a character shown by its code. */
    public static String visible(char c) {
        return String.format(Locale.ROOT, "\\u%04X", (int) c);
    }
}
