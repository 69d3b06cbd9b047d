package dev.edxml.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Tells whether a PDF carries a digital signature by looking for the two names a signature dictionary has:
 * {@code /ByteRange} and {@code /Sig} (as a whole name, so {@code /SigFlags} does not count). The bytes are streamed,
 * so a large file is not held in memory.
 *
 * <p>A heuristic for {@code inspect}: it finds signatures that were applied (an empty signature field has
 * {@code /Sig} but no {@code /ByteRange}) and says nothing about whether they are valid; that is the job of the PDF
 * verifier in {@code edxml-sign}. A signature dictionary hidden in a compressed object stream is not seen.
 */
final class PdfSignatureScan {
    private static final byte[] BYTE_RANGE = ascii("/ByteRange");
    private static final byte[] SIG = ascii("/Sig");

    private PdfSignatureScan() {
    }

    /** Whether the PDF read from {@code in} (not closed) has both markers. */
    static boolean hasSignature(InputStream in) throws IOException {
        InputStream buffered = new BufferedInputStream(in, 1 << 16);
        int byteRange = 0;
        int sig = 0;
        boolean foundByteRange = false;
        boolean foundSig = false;
        int b;
        while (!(foundByteRange && foundSig) && (b = buffered.read()) >= 0) {
            if (sig == SIG.length) {
                // "/Sig" is only the name /Sig when a delimiter follows it
                foundSig |= isDelimiter(b);
                sig = 0;
            }
            byteRange = advance(BYTE_RANGE, byteRange, b);
            foundByteRange |= byteRange == BYTE_RANGE.length;
            if (byteRange == BYTE_RANGE.length) {
                byteRange = 0;
            }
            sig = advance(SIG, sig, b);
        }
        return foundByteRange && foundSig;
    }

    // Both names start with '/' and contain no other '/', so a mismatch restarts at 0, or at 1 on a '/'.
    private static int advance(byte[] name, int matched, int b) {
        if (name[matched] == b) {
            return matched + 1;
        }
        return b == '/' ? 1 : 0;
    }

    private static boolean isDelimiter(int b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0 || b == '/' || b == '['
                || b == ']' || b == '<' || b == '>' || b == '(' || b == ')' || b == '{' || b == '}' || b == '%';
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
