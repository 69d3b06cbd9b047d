package dev.edxml.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259) for the small descriptions the command and the conformance suite take: objects become {@link Map}s in their
 * order, arrays {@link List}s, numbers {@link BigDecimal}s (at most {@value #MAX_NUMBER_CHARS} characters and an
 * exponent within ±{@value #MAX_NUMBER_SCALE}). No comments, no trailing commas, no duplicate keys, nothing
 * after the value: a description a clerk got slightly wrong is refused with its line and column, not half-read.
 */
public final class JsonReader {
    /** The text is not JSON, at {@code line:col}. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        Malformed(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        /** The line (from 1) where the text stops being JSON. */
        public int line() {
            return line;
        }

        /** The column (from 1) where the text stops being JSON. */
        public int column() {
            return column;
        }
    }

    /** Characters a number may have: the descriptions hold counts, sizes and dates, not long figures. */
    public static final int MAX_NUMBER_CHARS = 100;
    /** The decimal exponent a number may reach either way; beyond it, using the number costs unbounded memory. */
    public static final int MAX_NUMBER_SCALE = 1000;

    private final String s;
    private int i;

    private JsonReader(String text) {
        this.s = text;
    }

    /** The value of {@code text} (a leading byte order mark is allowed). */
    public static Object read(String text) throws Malformed {
        JsonReader r = new JsonReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
        r.space();
        Object v = r.value(0);
        r.space();
        if (r.i < r.s.length()) {
            throw r.error("unexpected text after the value");
        }
        return v;
    }

    private Object value(int depth) throws Malformed {
        if (depth > 64) {
            throw error("nested too deeply");
        }
        if (i >= s.length()) {
            throw error("unexpected end of text");
        }
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", true);
            case 'f':
                return literal("false", false);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Map<String, Object> object(int depth) throws Malformed {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        space();
        if (peek('}')) {
            i++;
            return map;
        }
        while (true) {
            space();
            if (!peek('"')) {
                throw error("expected a key in double quotes");
            }
            int at = i;
            String key = string();
            if (map.containsKey(key)) {
                i = at;
                throw error("duplicate key \"" + key + "\"");
            }
            space();
            expect(':');
            space();
            map.put(key, value(depth + 1));
            space();
            if (peek(',')) {
                i++;
            } else {
                expect('}');
                return map;
            }
        }
    }

    private List<Object> array(int depth) throws Malformed {
        List<Object> list = new ArrayList<>();
        i++;
        space();
        if (peek(']')) {
            i++;
            return list;
        }
        while (true) {
            space();
            list.add(value(depth + 1));
            space();
            if (peek(',')) {
                i++;
            } else {
                expect(']');
                return list;
            }
        }
    }

    private String string() throws Malformed {
        StringBuilder sb = new StringBuilder();
        i++;
        while (true) {
            if (i >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                return sb.toString();
            } else if (c < 0x20) {
                throw error("control character in a string (write \\n, \\t…)");
            } else if (c == '\\') {
                if (i + 1 >= s.length()) {
                    throw error("unterminated string");
                }
                char e = s.charAt(i + 1);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (i + 6 > s.length()) {
                            throw error("incomplete \\u escape");
                        }
                        try {
                            sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad \\u escape");
                        }
                        i += 4;
                    }
                    default -> throw error("bad escape \\" + e);
                }
                i += 2;
            } else {
                sb.append(c);
                i++;
            }
        }
    }

    private BigDecimal number() throws Malformed {
        int start = i;
        if (peek('-')) {
            i++;
        }
        if (peek('0')) {
            i++;
        } else if (!digits()) {
            throw error("bad number");
        }
        if (peek('.')) {
            i++;
            if (!digits()) {
                throw error("bad number");
            }
        }
        if (peek('e') || peek('E')) {
            i++;
            if (peek('+') || peek('-')) {
                i++;
            }
            if (!digits()) {
                throw error("bad number");
            }
        }
        if (i - start > MAX_NUMBER_CHARS) {
            throw error("number longer than " + MAX_NUMBER_CHARS + " characters");
        }
        BigDecimal d;
        try {
            d = new BigDecimal(s.substring(start, i));
        } catch (NumberFormatException | ArithmeticException e) {
            throw error("number out of range");
        }
        // 1e200000000 is a short literal, but printing it or taking its integer part needs 200 million digits
        if (Math.abs((long) d.scale()) > MAX_NUMBER_SCALE) {
            throw error("number out of range (exponent beyond ±" + MAX_NUMBER_SCALE + ")");
        }
        return d;
    }

    private boolean digits() {
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i > start;
    }

    private Object literal(String word, Object value) throws Malformed {
        if (!s.startsWith(word, i)) {
            throw error("unexpected word");
        }
        i += word.length();
        return value;
    }

    private void space() {
        while (i < s.length()
                && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
            i++;
        }
    }

    private boolean peek(char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    private void expect(char c) throws Malformed {
        if (!peek(c)) {
            throw error(i >= s.length() ? "unexpected end of text, expected '" + c + "'" : "expected '" + c + "'");
        }
        i++;
    }

    private Malformed error(String message) {
        int line = 1;
        int col = 1;
        for (int k = 0; k < Math.min(i, s.length()); k++) {
            if (s.charAt(k) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Malformed(message, line, col);
    }
}
