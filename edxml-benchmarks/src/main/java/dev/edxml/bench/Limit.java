package dev.edxml.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The machine's limit for the work no implementation can avoid when it checks a package: SHA-256 over the package's
 * bytes and base64 decoding of the attachments' text, on one core, with the JDK's {@code MessageDigest} and
 * {@code java.util.Base64} in 64 KB blocks, the bytes already in memory (no parsing, no I/O).
 */
public final class Limit {
    private static final int BLOCK = 1 << 16;
    private final byte[] pkg;
    private final int[] regions;

    /** Finds the base64 text of every attachment ({@code ContentTransferEncoded} elements) of the package. */
    public Limit(byte[] pkg) {
        this.pkg = pkg;
        String s = new String(pkg, StandardCharsets.ISO_8859_1);
        java.util.List<Integer> r = new java.util.ArrayList<>();
        int from = 0;
        while (true) {
            int name = s.indexOf("ContentTransferEncoded", from);
            if (name < 0) {
                break;
            }
            from = name + 1;
            int lt = s.lastIndexOf('<', name);
            int gt = s.indexOf('>', name);
            if (lt < 0 || gt < 0 || s.charAt(lt + 1) == '/' || s.charAt(gt - 1) == '/') {
                continue; // an end tag or an empty element
            }
            int end = s.indexOf('<', gt + 1);
            if (end > gt + 1) {
                r.add(gt + 1);
                r.add(end);
                from = end;
            }
        }
        regions = r.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The number of base64 characters found. */
    public long base64Chars() {
        long n = 0;
        for (int i = 0; i < regions.length; i += 2) {
            n += regions[i + 1] - regions[i];
        }
        return n;
    }

    /** SHA-256 of all bytes, then base64-decoding of the attachments; returns the digest (so nothing is elided). */
    public byte[] run() throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (int off = 0; off < pkg.length; off += BLOCK) {
            md.update(pkg, off, Math.min(BLOCK, pkg.length - off));
        }
        Base64.Decoder dec = Base64.getDecoder();
        byte[] src = new byte[BLOCK];
        byte[] dst = new byte[BLOCK];
        long sum = 0;
        for (int i = 0; i < regions.length; i += 2) {
            for (int off = regions[i]; off < regions[i + 1]; off += BLOCK) {
                int n = Math.min(BLOCK, regions[i + 1] - off);
                System.arraycopy(pkg, off, src, 0, n);
                int out = n == BLOCK ? dec.decode(src, dst) : dec.decode(java.util.Arrays.copyOf(src, n), dst);
                sum += dst[out - 1];
            }
        }
        byte[] d = md.digest();
        d[0] ^= (byte) sum;
        return d;
    }
}
