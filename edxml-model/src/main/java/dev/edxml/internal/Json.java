package dev.edxml.internal;

import java.util.List;
import java.util.Map;

/**
 * Writes a JSON value built from maps (objects, in their iteration order), lists, strings, integers, decimals ({@code BigDecimal}, as plain text), booleans and
 * {@code null}, indented by two spaces, {@code \n} line ends. Non-ASCII text is written as is (the output is UTF-8), so
 * the text is the same on every machine. Shared by the CLI, the reports and the conformance manifest; not an API.
 */
public final class Json {
    private Json() {}

    /** The JSON text of {@code value}. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value, int depth) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(sb, s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            sb.append(value);
        } else if (value instanceof java.math.BigDecimal d) {
            sb.append(d.toPlainString()); // a JSON number, never in exponent form
        } else if (value instanceof java.math.BigInteger i) {
            sb.append(i);
        } else if (value instanceof Map<?, ?> map) {
            object(sb, map, depth);
        } else if (value instanceof List<?> list) {
            array(sb, list, depth);
        } else {
            throw new IllegalArgumentException(
                    "not a JSON value: " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder sb, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append('{');
        String sep = "\n";
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("a JSON object's keys are strings, not " + e.getKey());
            }
            sb.append(sep);
            indent(sb, depth + 1);
            string(sb, key);
            sb.append(": ");
            write(sb, e.getValue(), depth + 1);
            sep = ",\n";
        }
        sb.append('\n');
        indent(sb, depth);
        sb.append('}');
    }

    private static void array(StringBuilder sb, List<?> list, int depth) {
        if (list.isEmpty()) {
            sb.append("[]");
            return;
        }
        sb.append('[');
        String sep = "\n";
        for (Object v : list) {
            sb.append(sep);
            indent(sb, depth + 1);
            write(sb, v, depth + 1);
            sep = ",\n";
        }
        sb.append('\n');
        indent(sb, depth);
        sb.append(']');
    }

    private static void indent(StringBuilder sb, int depth) {
        sb.append("  ".repeat(depth));
    }

    public static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    // U+2028/2029 are legal JSON but end a line in JavaScript; a lone surrogate has no UTF-8 form
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || isLoneSurrogate(s, i)) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
