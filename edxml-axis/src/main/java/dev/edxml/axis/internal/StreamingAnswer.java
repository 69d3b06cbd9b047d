package dev.edxml.axis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the axis's JSON answer to {@code getEdoc} from a stream without holding it: the small fields are returned,
 * the base64 text of one field (the package, which may be hundreds of megabytes) is decoded straight into an output
 * stream. Anything that is not a JSON object is refused.
 */
public final class StreamingAnswer {
    /** The answer is not the expected JSON. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message, long offset) {
            super(message + " at byte " + offset);
        }
    }

    private static final int SMALL_LIMIT = 1 << 16;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private long offset;

    private StreamingAnswer(InputStream in) {
        this.in = in;
    }

    /**
     * The answer's fields other than {@code dataKey} as text (numbers and booleans as written, nested values
     * skipped); the base64 value of {@code dataKey}, when present, is decoded into {@code out} and the key's entry
     * in the result is {@code ""}.
     */
    public static Map<String, String> read(InputStream in, String dataKey, OutputStream out)
            throws IOException, Malformed {
        return new StreamingAnswer(in).object(dataKey, out);
    }

    private Map<String, String> object(String dataKey, OutputStream out) throws IOException, Malformed {
        Map<String, String> fields = new LinkedHashMap<>();
        space();
        expect('{');
        space();
        if (peek() == '}') {
            next();
            return fields;
        }
        while (true) {
            space();
            expect('"');
            String key = smallString();
            space();
            expect(':');
            space();
            if (key.equals(dataKey) && peek() == '"') {
                next();
                base64String(out);
                fields.put(key, "");
            } else {
                String v = value(0);
                if (v != null) {
                    fields.put(key, v);
                }
            }
            space();
            int c = next();
            if (c == '}') {
                break;
            }
            if (c != ',') {
                throw new Malformed("expected , or }", offset);
            }
        }
        space();
        if (peek() != -1) {
            throw new Malformed("text after the answer", offset);
        }
        return fields;
    }

    /** A scalar's text, or {@code null} for a nested object or array (skipped). */
    private String value(int depth) throws IOException, Malformed {
        if (depth > 32) {
            throw new Malformed("nested too deeply", offset);
        }
        int c = peek();
        if (c == '"') {
            next();
            return smallString();
        }
        if (c == '{' || c == '[') {
            int close = c == '{' ? '}' : ']';
            next();
            space();
            if (peek() == close) {
                next();
                return null;
            }
            while (true) {
                space();
                if (c == '{') {
                    expect('"');
                    smallString();
                    space();
                    expect(':');
                    space();
                }
                value(depth + 1);
                space();
                int d = next();
                if (d == close) {
                    return null;
                }
                if (d != ',') {
                    throw new Malformed("expected , or " + (char) close, offset);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        while ((c = peek()) != -1 && (Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.')) {
            sb.append((char) next());
            if (sb.length() > 64) {
                throw new Malformed("value too long", offset);
            }
        }
        String s = sb.toString();
        if (s.isEmpty()) {
            throw new Malformed("expected a value", offset);
        }
        return s.equals("null") ? null : s;
    }

    private String smallString() throws IOException, Malformed {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        while (true) {
            int c = next();
            if (c == -1) {
                throw new Malformed("unterminated string", offset);
            }
            if (c == '"') {
                return bytes.toString(StandardCharsets.UTF_8);
            }
            if (c == '\\') {
                int e = escape();
                bytes.writeBytes(new String(Character.toChars(e)).getBytes(StandardCharsets.UTF_8));
            } else {
                bytes.write(c);
            }
            if (bytes.size() > SMALL_LIMIT) {
                throw new Malformed("field too long", offset);
            }
        }
    }

    private void base64String(OutputStream out) throws IOException, Malformed {
        byte[] group = new byte[8192];
        int n = 0;
        Base64.Decoder decoder = Base64.getDecoder();
        boolean padded = false;
        while (true) {
            int c = next();
            if (c == -1) {
                throw new Malformed("unterminated data", offset);
            }
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                c = escape();
            }
            if (c == '\r' || c == '\n' || c == ' ' || c == '\t') {
                continue; // MIME-style line breaks
            }
            boolean alphabet =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            if (!(alphabet || c == '=') || (padded && c != '=')) {
                throw new Malformed("data is not base64", offset);
            }
            padded |= c == '=';
            group[n++] = (byte) c;
            if (n == group.length) {
                out.write(decode(decoder, group, n));
                n = 0;
            }
        }
        if (n % 4 != 0) {
            throw new Malformed("data is not base64 (length)", offset);
        }
        if (n > 0) {
            out.write(decode(decoder, group, n));
        }
    }

    private byte[] decode(Base64.Decoder d, byte[] group, int n) throws Malformed {
        try {
            return d.decode(java.util.Arrays.copyOf(group, n));
        } catch (IllegalArgumentException e) {
            throw new Malformed("data is not base64", offset);
        }
    }

    private int escape() throws IOException, Malformed {
        int e = next();
        return switch (e) {
            case '"', '\\', '/' -> e;
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'u' -> {
                int v = 0;
                for (int i = 0; i < 4; i++) {
                    int h = Character.digit(next(), 16);
                    if (h < 0) {
                        throw new Malformed("bad \\u escape", offset);
                    }
                    v = v * 16 + h;
                }
                yield v;
            }
            default -> throw new Malformed("bad escape", offset);
        };
    }

    private void space() throws IOException {
        int c;
        while ((c = peek()) == ' ' || c == '\n' || c == '\r' || c == '\t') {
            next();
        }
    }

    private void expect(char c) throws IOException, Malformed {
        int got = next();
        if (got != c) {
            throw new Malformed("expected " + c, offset);
        }
    }

    private int peek() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    private int next() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        offset++;
        return buf[pos++] & 0xFF;
    }

    private boolean fill() throws IOException {
        len = in.read(buf);
        pos = 0;
        if (len <= 0) {
            len = 0;
            return false;
        }
        return true;
    }
}
