package dev.edxml.axis.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Streams one named part out of a {@code multipart/form-data} body without holding the body. */
public final class Multipart {
    private Multipart() {}

    /** The boundary of a {@code multipart/form-data} content type, or {@code null}. */
    public static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (String p : contentType.split(";", -1)) {
            String t = p.strip();
            if (t.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = t.substring(9).strip();
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                return b.isEmpty() ? null : b;
            }
        }
        return null;
    }

    /**
     * Copies the body of the part named {@code name} to {@code out}; false when the body has no such part. Boundary
     * characters never include CR (RFC 2046), which keeps the delimiter search simple.
     */
    public static boolean extract(InputStream in, String boundary, String name, OutputStream out) throws IOException {
        byte[] delim = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        InputStream body = new java.io.BufferedInputStream(in, 1 << 16);
        // the preamble: as if the body began with CRLF, so that the first delimiter matches
        if (!skipTo(body, delim, 2, OutputStream.nullOutputStream())) {
            return false;
        }
        while (true) {
            String rest = line(body);
            if (rest == null || rest.startsWith("--")) {
                return false;
            }
            boolean wanted = false;
            String h;
            while ((h = line(body)) != null && !h.isEmpty()) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-disposition:")
                        && (lower.contains("name=\"" + name.toLowerCase(Locale.ROOT) + "\"")
                                || lower.contains("name=" + name.toLowerCase(Locale.ROOT)))) {
                    wanted = true;
                }
            }
            if (h == null) {
                return false;
            }
            if (!skipTo(body, delim, 0, wanted ? out : OutputStream.nullOutputStream())) {
                return false;
            }
            if (wanted) {
                return true;
            }
        }
    }

    private static boolean skipTo(InputStream in, byte[] delim, int alreadyMatched, OutputStream out)
            throws IOException {
        int matched = alreadyMatched;
        int b;
        while ((b = in.read()) != -1) {
            if (b == (delim[matched] & 0xFF)) {
                matched++;
                if (matched == delim.length) {
                    return true;
                }
            } else {
                if (matched > 0) {
                    if (alreadyMatched == 0 || matched > alreadyMatched) {
                        out.write(delim, 0, matched);
                    }
                    alreadyMatched = 0;
                    matched = 0;
                }
                if (b == (delim[0] & 0xFF)) {
                    matched = 1;
                } else {
                    out.write(b);
                }
            }
        }
        return false;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream sb = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String s = sb.toString(StandardCharsets.UTF_8);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            if (sb.size() > 8192) {
                throw new IOException("multipart header line too long");
            }
            sb.write(b);
        }
        return null;
    }
}
