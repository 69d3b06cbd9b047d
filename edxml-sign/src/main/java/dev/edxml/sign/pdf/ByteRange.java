package dev.edxml.sign.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSInteger;

/**
 * A signature's {@code /ByteRange [a b c d]}: the signed bytes are {@code [a, a+b)} and {@code [c, c+d)}, and the hole
 * between them must hold the signature value and nothing else. The signature value is read from the hole itself,
 * so what is verified is exactly what the range leaves out.
 */
record ByteRange(long start1, long length1, long start2, long length2) {
    /** A hex hole larger than this is not a signature value (CMS with a long chain and timestamps stays far below). */
    private static final long MAX_HOLE = 2L << 20;

    /** The range of a {@code /ByteRange} entry, or an exception whose message says what is wrong with it. */
    static ByteRange parse(COSBase raw) {
        if (!(raw instanceof COSArray) || ((COSArray) raw).size() != 4) {
            throw new IllegalArgumentException("/ByteRange is not an array of four numbers");
        }
        long[] v = new long[4];
        for (int i = 0; i < 4; i++) {
            COSBase e = ((COSArray) raw).getObject(i);
            if (!(e instanceof COSInteger)) {
                throw new IllegalArgumentException("/ByteRange is not an array of four integers");
            }
            v[i] = ((COSInteger) e).longValue();
        }
        return new ByteRange(v[0], v[1], v[2], v[3]);
    }

    /** The end of the second range: the length of the revision signed. */
    long end() {
        return start2 + length2;
    }

    /** What is wrong with this range in this file, or {@code null} when it is sound. */
    String problem(PdfSource src) throws IOException {
        if (start1 != 0) {
            return "the signed bytes do not start at the beginning of the file (" + this + ")";
        }
        if (length1 <= 0 || length2 < 0 || start2 <= length1 + 1) {
            return "the ranges are empty, negative or overlapping (" + this + ")";
        }
        if (end() > src.size()) {
            return "the range ends at byte " + end() + " but the file has " + src.size() + " bytes";
        }
        if (start2 - length1 > MAX_HOLE) {
            return "the hole between the ranges is " + (start2 - length1) + " bytes long";
        }
        byte[] hole = src.bytes(length1, (int) (start2 - length1));
        if (hole[0] != '<' || hole[hole.length - 1] != '>') {
            return "the hole between the ranges is not a hexadecimal string";
        }
        for (int i = 1; i < hole.length - 1; i++) {
            if (Character.digit(hole[i], 16) < 0 && !isWhite(hole[i])) {
                return "the hole between the ranges holds more than the signature value (byte " + (length1 + i) + ")";
            }
        }
        return null;
    }

    /**
     * What is wrong with where the signed bytes end, or {@code null}: a signature must cover its whole revision, up
     * to and including the {@code %%EOF} that closes it (and at most a line end after it). A range that stops
     * earlier leaves the revision's cross-reference section and trailer unsigned, and they decide what is shown.
     */
    String unclosedRevision(PdfSource src) throws IOException {
        int n = (int) Math.min(end(), 16);
        String tail = new String(src.bytes(end() - n, n), java.nio.charset.StandardCharsets.ISO_8859_1);
        String stripped = tail;
        for (int i = 0; i < 2 && !stripped.isEmpty() && (stripped.endsWith("\n") || stripped.endsWith("\r")); i++) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        if (stripped.endsWith("%%EOF")) {
            return null;
        }
        return "the signed bytes end at byte " + end() + ", not after an end-of-file marker %%EOF";
    }

    /** The bytes of the hex string in the hole (the signature value with its zero padding). */
    byte[] holeValue(PdfSource src) throws IOException {
        byte[] hole = src.bytes(length1 + 1, (int) (start2 - length1 - 2));
        byte[] out = new byte[hole.length / 2 + 1];
        int n = 0;
        int high = -1;
        for (byte b : hole) {
            int d = Character.digit(b, 16);
            if (d < 0) {
                continue;
            }
            if (high < 0) {
                high = d;
            } else {
                out[n++] = (byte) (high << 4 | d);
                high = -1;
            }
        }
        if (high >= 0) {
            out[n++] = (byte) (high << 4);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The digest of the signed bytes. */
    byte[] digest(PdfSource src, MessageDigest md) throws IOException {
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                md.update((byte) b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                md.update(b, off, len);
            }
        };
        src.copy(start1, length1, sink);
        src.copy(start2, length2, sink);
        return md.digest();
    }

    private static boolean isWhite(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    @Override
    public String toString() {
        return "[" + start1 + " " + length1 + " " + start2 + " " + length2 + "]";
    }
}
