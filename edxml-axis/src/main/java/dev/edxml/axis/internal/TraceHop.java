package dev.edxml.axis.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Appends a relay's {@code TraceHeader} to a package as an axis does: the new element goes right before the first
 * {@code </…TraceHeaderList>} end tag, with that tag's prefix and the line break and indentation found before it; every
 * other byte is copied unchanged (the package is not parsed and written again, so what the sender signed stays as
 * it was, apart from the hop).
 */
public final class TraceHop {
    private static final byte[] LOCAL = "TraceHeaderList".getBytes(StandardCharsets.US_ASCII);

    private TraceHop() {}

    /**
     * Copies {@code in} to {@code out} with the hop inserted; {@code organId} may be {@code null} (the live axis writes
     * hops with only a Timestamp). Returns whether a hop was inserted (false: the package has no trace list).
     */
    public static boolean copy(InputStream in, OutputStream out, String organId, String timestamp) throws IOException {
        byte[] buf = new byte[1 << 16];
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        ByteArrayOutputStream spaceRun = new ByteArrayOutputStream(); // the white space written just before '<'
        int state = 0; // 0 text, 1 after '<', 2 in an end tag's name
        boolean done = false;
        int n;
        while ((n = in.read(buf)) > 0) {
            if (done) {
                out.write(buf, 0, n);
                continue;
            }
            int start = 0;
            for (int i = 0; i < n && !done; i++) {
                int b = buf[i] & 0xFF;
                switch (state) {
                    case 0 -> {
                        if (b == '<') {
                            out.write(buf, start, i - start);
                            pending.reset();
                            pending.write(b);
                            state = 1;
                        } else if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                            if (spaceRun.size() < 256) {
                                spaceRun.write(b);
                            }
                        } else {
                            spaceRun.reset();
                        }
                    }
                    case 1 -> {
                        if (b == '/') {
                            pending.write(b);
                            state = 2;
                        } else {
                            out.write(pending.toByteArray());
                            spaceRun.reset();
                            state = 0;
                            start = i;
                            i--; // read this byte again as text
                            continue;
                        }
                    }
                    default -> {
                        boolean nameChar = b > 0x7F
                                || Character.isLetterOrDigit(b)
                                || b == ':'
                                || b == '_'
                                || b == '-'
                                || b == '.';
                        if (nameChar && pending.size() < 300) {
                            pending.write(b);
                        } else {
                            byte[] p = pending.toByteArray();
                            String prefix = traceListPrefix(p);
                            if (prefix != null && (b == '>' || b == ' ' || b == '\t' || b == '\r' || b == '\n')) {
                                out.write(hop(prefix, organId, timestamp, spaceRun.toByteArray()));
                                done = true;
                            }
                            out.write(p);
                            spaceRun.reset();
                            state = 0;
                            start = i;
                            if (!done) {
                                i--;
                                continue;
                            }
                        }
                    }
                }
                if (state != 0) {
                    start = i + 1;
                }
            }
            if (done) {
                out.write(buf, start, n - start);
            } else if (state == 0) {
                out.write(buf, start, n - start);
            }
        }
        if (!done && state != 0) {
            out.write(pending.toByteArray());
        }
        return done;
    }

    /** The prefix with its colon ({@code "edXML:"}, or {@code ""}) when {@code endTag} is {@code </[p:]TraceHeaderList}. */
    private static String traceListPrefix(byte[] endTag) {
        int nameLen = endTag.length - 2;
        if (nameLen < LOCAL.length) {
            return null;
        }
        int from = endTag.length - LOCAL.length;
        for (int k = 0; k < LOCAL.length; k++) {
            if (endTag[from + k] != LOCAL[k]) {
                return null;
            }
        }
        String prefix = new String(endTag, 2, from - 2, StandardCharsets.UTF_8);
        if (!prefix.isEmpty() && (!prefix.endsWith(":") || prefix.indexOf(':') != prefix.length() - 1)) {
            return null;
        }
        return prefix;
    }

    private static byte[] hop(String p, String organId, String timestamp, byte[] space) {
        String ws = new String(space, StandardCharsets.ISO_8859_1);
        boolean pretty = ws.indexOf('\n') >= 0;
        String in1 = pretty ? "  " : "";
        String nl = pretty ? ws : "";
        StringBuilder sb = new StringBuilder();
        sb.append(in1).append('<').append(p).append("TraceHeader>");
        if (organId != null) {
            sb.append(nl)
                    .append(in1)
                    .append(in1)
                    .append('<')
                    .append(p)
                    .append("OrganId>")
                    .append(escape(organId))
                    .append("</")
                    .append(p)
                    .append("OrganId>");
        }
        sb.append(nl)
                .append(in1)
                .append(in1)
                .append('<')
                .append(p)
                .append("Timestamp>")
                .append(escape(timestamp))
                .append("</")
                .append(p)
                .append("Timestamp>");
        sb.append(nl).append(in1).append("</").append(p).append("TraceHeader>").append(nl);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
