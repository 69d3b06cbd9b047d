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

    /** Adds characters; returns an error description, or {@code null} when all is well. */
    String add(char[] cs, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            char c = cs[i];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            boolean alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/';
            if (c == '=') {
                padded = true;
            } else if (!alpha) {
                return "character '" + (c < 0x20 ? String.format(java.util.Locale.ROOT, "U+%04X", (int) c) : c)
                        + "' is not base64";
            } else if (padded) {
                return "data after the '=' padding";
            }
            pending[n++] = (byte) c;
            if (n == CHUNK) {
                String e = flush(false);
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
        return flush(true);
    }

    long written() {
        return written;
    }

    private String flush(boolean last) throws IOException {
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
