package dev.edxml.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;

/**
 * Decodes base64 text handed over in arbitrary chunks (as an XML parser delivers it) straight into a stream, so
 * that an attachment is never held as one string. Whitespace is skipped; anything else outside the alphabet, or data
 * after padding, is an error.
 */
final class Base64Decoder {
    private static final int CHUNK = 64 * 1024;
    private final OutputStream out;
    private final long maxBytes;
    private final byte[] pending = new byte[CHUNK];
    private int n;
    private boolean padded;
    private long written;

    Base64Decoder(OutputStream out, long maxBytes) {
        this.out = out;
        this.maxBytes = maxBytes;
    }

    /** What each ASCII character is: {@link #OTHER}, {@link #ALPHA}, {@link #SPACE} or {@link #PAD}. */
    private static final byte[] KIND = new byte[128];

    private static final byte OTHER = 0;
    private static final byte ALPHA = 1;
    private static final byte SPACE = 2;
    private static final byte PAD = 3;

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            KIND[c] = ALPHA;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            KIND[c] = ALPHA;
        }
        for (char c = '0'; c <= '9'; c++) {
            KIND[c] = ALPHA;
        }
        KIND['+'] = ALPHA;
        KIND['/'] = ALPHA;
        KIND[' '] = SPACE;
        KIND['\n'] = SPACE;
        KIND['\r'] = SPACE;
        KIND['\t'] = SPACE;
        KIND['='] = PAD;
    }

    /** Adds characters; returns an error description, or {@code null} when all is well. */
    String add(char[] cs, int off, int len) throws IOException {
        // one table look-up per character (a chain of comparisons made reading a large attachment several times
        // slower than decoding it)
        byte[] p = pending;
        for (int i = off; i < off + len; i++) {
            char c = cs[i];
            byte kind = c < 128 ? KIND[c] : OTHER;
            if (kind == ALPHA && !padded) {
                p[n++] = (byte) c;
                if (n == CHUNK) {
                    String e = flush();
                    if (e != null) {
                        return e;
                    }
                }
                continue;
            }
            if (kind == SPACE) {
                continue;
            }
            if (kind == PAD) {
                padded = true;
            } else if (kind == OTHER) {
                return "character '" + (c < 0x20 ? String.format(java.util.Locale.ROOT, "U+%04X", (int) c) : c)
                        + "' is not base64";
            } else {
                return "data after the '=' padding";
            }
            p[n++] = (byte) c;
            if (n == CHUNK) {
                String e = flush();
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Ends the text; returns an error description, or {@code null}. */
    String finish() throws IOException {
        if (n % 4 != 0) {
            return "the text length is not a multiple of 4 (truncated or missing padding)";
        }
        return flush();
    }

    long written() {
        return written;
    }

    private String flush() throws IOException {
        if (n == 0) {
            return null;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(java.util.Arrays.copyOf(pending, n));
        } catch (IllegalArgumentException e) {
            return String.valueOf(e.getMessage());
        }
        written += decoded.length;
        if (written > maxBytes) {
            return null;
        }
        out.write(decoded);
        n = 0;
        return null;
    }
}
