package dev.edxml.sign.internal;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.List;

/**
 * Where the canonical form goes: characters escaped as exclusive c14n says and encoded as UTF-8 into a buffer, which
 * is hashed (on a second thread once the output is large: {@link AsyncDigest}) or, while the digest algorithm is not
 * known yet (verification before the signature is read), kept pending up to a bound.
 */
final class C14nOutput {
    /** Canonical bytes waiting for the digest algorithm before the signature is seen, at most this many. */
    static final int MAX_PENDING = 16 << 20;
    /** Canonical bytes after which hashing moves to a thread of its own (large attachments). */
    private static final long ASYNC_AFTER = 4 << 20;
    /** The buffer size once hashing runs on its own thread. */
    private static final int ASYNC_BLOCK = 1 << 16;

    /** The ASCII characters text escapes. */
    private static final boolean[] TEXT_SPECIAL = new boolean[128];

    static {
        TEXT_SPECIAL['&'] = true;
        TEXT_SPECIAL['<'] = true;
        TEXT_SPECIAL['>'] = true;
        TEXT_SPECIAL['\r'] = true;
    }

    private MessageDigest md;
    private ByteArrayOutputStream pending;
    private boolean gaveUp;
    private byte[] buf = new byte[1 << 14];
    /** Hashes on a second thread once more than {@link #ASYNC_AFTER} bytes went through; null until then. */
    private AsyncDigest hasher;

    private long flushed;
    private int pos;
    private char highSurrogate;

    /** Output hashed with {@code md}, or kept pending until {@link #digestWith} when it is null. */
    C14nOutput(MessageDigest md) {
        this.md = md;
        if (md == null) {
            pending = new ByteArrayOutputStream();
        }
    }

    /** Whether the output was given up (nothing more is kept or hashed). */
    boolean gaveUp() {
        return gaveUp;
    }

    /** Gives the output up: the caller decides on a DOM. */
    void giveUp() {
        gaveUp = true;
        pending = null;
        pos = 0;
    }

    /** The position in the canonical output while it is pending (the digest not known). */
    long offset() {
        return (long) pending.size() + pos;
    }

    /**
     * The digest is known: the pending bytes are hashed with it, except the ranges {@code skip} ({start, end}
     * offsets, in order), and so is everything after.
     */
    void digestWith(MessageDigest digest, List<long[]> skip) {
        flush();
        if (gaveUp) {
            return;
        }
        md = digest;
        byte[] p = pending.toByteArray();
        pending = null;
        int from = 0;
        for (long[] s : skip) {
            md.update(p, from, (int) s[0] - from);
            from = (int) s[1];
        }
        md.update(p, from, p.length - from);
    }

    /** The digest of the whole output, or null when it was given up or no digest was ever known. */
    byte[] finish() {
        flush();
        if (hasher != null) {
            hasher.finish();
            hasher = null;
        }
        return md == null || gaveUp ? null : md.digest();
    }

    /** Stops the hashing thread of a pass that did not complete. */
    void abort() {
        if (hasher != null) {
            hasher.abort();
            hasher = null;
        }
    }

    /** Writes text, escaped as the recommendation says. */
    void text(char[] cs, int start, int length) {
        int i = start;
        int end = i + length;
        // the fast path: ASCII that needs no escaping (attachments' base64 is all of this kind), straight into the
        // buffer with the position in a local
        byte[] b = buf;
        int p = pos;
        while (i < end) {
            char c = cs[i++];
            if (c < 0x80 && !TEXT_SPECIAL[c]) {
                if (p == b.length) {
                    pos = p;
                    flush();
                    p = pos;
                    b = buf;
                }
                b[p++] = (byte) c;
                continue;
            }
            pos = p;
            switch (c) {
                case '&':
                    ascii("&amp;");
                    break;
                case '<':
                    ascii("&lt;");
                    break;
                case '>':
                    ascii("&gt;");
                    break;
                case '\r':
                    ascii("&#xD;");
                    break;
                default:
                    utf8(c);
            }
            p = pos;
        }
        pos = p;
    }

    void attrValue(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    ascii("&amp;");
                    break;
                case '<':
                    ascii("&lt;");
                    break;
                case '"':
                    ascii("&quot;");
                    break;
                case '\t':
                    ascii("&#x9;");
                    break;
                case '\n':
                    ascii("&#xA;");
                    break;
                case '\r':
                    ascii("&#xD;");
                    break;
                default:
                    utf8(c);
            }
        }
    }

    void chars(String s) {
        for (int i = 0; i < s.length(); i++) {
            utf8(s.charAt(i));
        }
    }

    void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
    }

    void put(int b) {
        if (pos == buf.length) {
            flush();
        }
        buf[pos++] = (byte) b;
    }

    void utf8(char c) {
        if (c < 0x80) {
            put(c);
        } else if (c < 0x800) {
            put(0xC0 | c >> 6);
            put(0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else if (Character.isLowSurrogate(c)) {
            int cp = Character.toCodePoint(highSurrogate, c);
            put(0xF0 | cp >> 18);
            put(0x80 | cp >> 12 & 0x3F);
            put(0x80 | cp >> 6 & 0x3F);
            put(0x80 | cp & 0x3F);
        } else {
            put(0xE0 | c >> 12);
            put(0x80 | c >> 6 & 0x3F);
            put(0x80 | c & 0x3F);
        }
    }

    void flush() {
        if (pos == 0 || gaveUp) {
            pos = 0;
            return;
        }
        if (md != null) {
            if (hasher == null && (flushed += pos) > ASYNC_AFTER) {
                hasher = new AsyncDigest(md, ASYNC_BLOCK);
            }
            if (hasher != null) {
                buf = hasher.hand(buf, pos);
            } else {
                md.update(buf, 0, pos);
            }
        } else {
            pending.write(buf, 0, pos);
            if (pending.size() > MAX_PENDING) {
                giveUp();
            }
        }
        pos = 0;
    }
}
