package dev.edxml.validate;

/**
 * Escaping for the report forms. The XML/HTML part is {@code dev.edxml.internal.Markup}, shared with the conformance
 * and statistics reports: characters that XML 1.0 cannot carry are shown as {@code \\uXXXX}, since a finding about
 * such a character quotes it and the report must still be well-formed.
 */
final class Escape {
    private Escape() {}

    /** Text for XML or HTML content and attribute values (both quote characters escaped). */
    static String xml(String s) {
        return dev.edxml.internal.Markup.text(s);
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
        return dev.edxml.internal.Markup.oneLine(s);
    }
}
