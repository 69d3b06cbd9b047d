package dev.edxml.model;

import dev.edxml.EdxmlException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks the single entry of an attachment zipped by the official SDK's convention, within limits.
 *
 * <p>A first pass reads the whole archive and counts what it really holds (entries, bytes after inflation, names),
 * so that a zip bomb or a traversal name is refused before any byte reaches the caller; a second pass streams the
 * entry. Nothing is extracted to disk.
 *
 * <p>Reading through the local headers (as a stream does) and reading through the central directory (as
 * {@code unzip}, 7-Zip and {@code java.util.zip.ZipFile} do) must give the same archive: otherwise a signed file could
 * be checked here while those tools extract another. So the central directory is read too, and every one of its
 * entries must point at the local header streamed in the same place, with the same name, method, CRC and sizes, the
 * entries must follow each other without gaps, and the central directory must start where the last entry ends.
 * ZIP64 archives are refused: an attachment within the limits never needs them.
 */
final class Unzip {
    private Unzip() {}

    static InputStream singleEntry(AttachmentContent zip, ZipLimits limits, String attachmentName) throws IOException {
        long total = 0;
        int entries = 0;
        long ratioBudget = Math.max(zip.size(), 1) * limits.maxRatio();
        byte[] buf = new byte[1 << 16];
        java.util.List<ZipEntry> streamed = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(zip.openStream())) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                streamed.add(e);
                entries++;
                if (entries > limits.maxEntries()) {
                    throw new EdxmlException("EDXML-ATT-011", attachmentName, String.valueOf(limits.maxEntries()));
                }
                checkName(e.getName(), attachmentName);
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total > limits.maxUncompressedBytes()) {
                        throw new EdxmlException(
                                "EDXML-ATT-012", attachmentName, String.valueOf(limits.maxUncompressedBytes()));
                    }
                    if (total > ratioBudget) {
                        throw new EdxmlException("EDXML-ATT-013", attachmentName, String.valueOf(limits.maxRatio()));
                    }
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new EdxmlException(
                    "EDXML-ATT-010",
                    java.util.List.of(attachmentName, String.valueOf(e.getMessage())),
                    -1,
                    -1,
                    null,
                    e);
        }
        if (entries == 0) {
            throw new EdxmlException("EDXML-ATT-010", attachmentName, "no entry");
        }
        checkCentralDirectory(zip, streamed, attachmentName);
        ZipInputStream in = new ZipInputStream(zip.openStream());
        in.getNextEntry();
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                return wrap(() -> super.read());
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return wrap(() -> super.read(b, off, len));
            }

            private int wrap(IoSupplier s) throws IOException {
                try {
                    return s.get();
                } catch (ZipException | java.io.EOFException e) {
                    throw new EdxmlException(
                            "EDXML-ATT-010",
                            java.util.List.of(attachmentName, String.valueOf(e.getMessage())),
                            -1,
                            -1,
                            null,
                            e);
                }
            }
        };
    }

    /**
     * Streaming through local headers (as the first pass does) accepts an archive whose end is cut off, or whose
     * central directory names other files; real unzip tools read the central directory. So the end-of-central-directory
     * record must be there, whole, and the central directory must describe exactly the entries streamed.
     */
    private static void checkCentralDirectory(
            AttachmentContent zip, java.util.List<ZipEntry> streamed, String attachmentName) throws IOException {
        int tailLength = (int) Math.min(zip.size(), 22 + 0xFFFF);
        byte[] tail = read(zip, zip.size() - tailLength, tailLength);
        for (int i = tail.length - 22; i >= 0; i--) {
            if (tail[i] == 'P'
                    && tail[i + 1] == 'K'
                    && tail[i + 2] == 5
                    && tail[i + 3] == 6
                    && i + 22 + u16(tail, i + 20) == tail.length) {
                long cdSize = u32(tail, i + 12);
                long cdOffset = u32(tail, i + 16);
                int total = u16(tail, i + 10);
                long eocdAt = zip.size() - tailLength + i;
                if (cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL || total == 0xFFFF || u16(tail, i + 8) == 0xFFFF) {
                    throw mismatch(attachmentName, "ZIP64 archives are not accepted for attachments");
                }
                if (cdOffset + cdSize != eocdAt
                        || total != streamed.size()
                        || u16(tail, i + 8) != total
                        || u16(tail, i + 4) != 0
                        || u16(tail, i + 6) != 0) {
                    throw mismatch(attachmentName, "the central directory does not match the entries");
                }
                if (cdSize > 46L * total + 3L * 0xFFFF * total) {
                    throw mismatch(attachmentName, "the central directory is larger than its entries");
                }
                compareEntries(zip, read(zip, cdOffset, (int) cdSize), cdOffset, streamed, attachmentName);
                return;
            }
        }
        throw new EdxmlException(
                "EDXML-ATT-010", attachmentName, "the end of central directory record is missing or truncated");
    }

    /** Each central directory entry against the local header it points to and the entry streamed in its place. */
    private static void compareEntries(
            AttachmentContent zip, byte[] cd, long cdOffset, java.util.List<ZipEntry> streamed, String attachmentName)
            throws IOException {
        int p = 0;
        long expectedLocal = 0;
        for (ZipEntry e : streamed) {
            if (p + 46 > cd.length || cd[p] != 'P' || cd[p + 1] != 'K' || cd[p + 2] != 1 || cd[p + 3] != 2) {
                throw mismatch(attachmentName, "a central directory entry is malformed");
            }
            int flags = u16(cd, p + 8);
            int method = u16(cd, p + 10);
            long crc = u32(cd, p + 16);
            long csize = u32(cd, p + 20);
            long usize = u32(cd, p + 24);
            int n = u16(cd, p + 28);
            int m = u16(cd, p + 30);
            int k = u16(cd, p + 32);
            long local = u32(cd, p + 42);
            if (p + 46 + n + m + k > cd.length) {
                throw mismatch(attachmentName, "a central directory entry is malformed");
            }
            byte[] name = java.util.Arrays.copyOfRange(cd, p + 46, p + 46 + n);
            if (csize == 0xFFFFFFFFL || usize == 0xFFFFFFFFL || local == 0xFFFFFFFFL) {
                throw mismatch(attachmentName, "ZIP64 archives are not accepted for attachments");
            }
            String cdName = new String(name, java.nio.charset.StandardCharsets.UTF_8);
            if (!cdName.equals(e.getName())
                    || method != e.getMethod()
                    || crc != e.getCrc()
                    || csize != e.getCompressedSize()
                    || usize != e.getSize()) {
                throw mismatch(
                        attachmentName,
                        "the central directory names " + quote(cdName) + " where the local header names "
                                + quote(e.getName()));
            }
            if (local != expectedLocal) {
                throw mismatch(
                        attachmentName, "entry " + quote(cdName) + " does not start where the previous one ends");
            }
            byte[] lh = read(zip, local, (int) Math.min(30 + n, Math.max(0, zip.size() - local)));
            if (lh.length < 30 + n
                    || lh[0] != 'P'
                    || lh[1] != 'K'
                    || lh[2] != 3
                    || lh[3] != 4
                    || u16(lh, 8) != method
                    || u16(lh, 26) != n
                    || !java.util.Arrays.equals(lh, 30, 30 + n, name, 0, n)) {
                throw mismatch(
                        attachmentName,
                        "the local header of " + quote(cdName) + " does not match its central directory entry");
            }
            long next = local + 30 + n + u16(lh, 28) + csize;
            if ((flags & 8) != 0) {
                // a data descriptor follows the data: 12 or 16 bytes (with its optional signature)
                byte[] dd = read(zip, next, (int) Math.min(4, Math.max(0, zip.size() - next)));
                next += dd.length == 4 && dd[0] == 'P' && dd[1] == 'K' && dd[2] == 7 && dd[3] == 8 ? 16 : 12;
            }
            expectedLocal = next;
            p += 46 + n + m + k;
        }
        if (p != cd.length || expectedLocal != cdOffset) {
            throw mismatch(
                    attachmentName, "bytes that belong to no entry lie between the entries and the central directory");
        }
    }

    private static String quote(String name) {
        return "\"" + name.replaceAll("\\p{Cntrl}", "?") + "\"";
    }

    private static EdxmlException mismatch(String attachmentName, String what) {
        return new EdxmlException("EDXML-ATT-010", attachmentName, what);
    }

    private static byte[] read(AttachmentContent zip, long offset, int length) throws IOException {
        try (InputStream in = zip.openStream()) {
            in.skipNBytes(offset);
            return in.readNBytes(length);
        }
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
    }

    private static void checkName(String entry, String attachmentName) throws EdxmlException {
        String n = entry.replace('\\', '/');
        boolean bad = n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.contains("\0");
        for (String part : n.split("/", -1)) {
            bad |= part.equals("..");
        }
        if (bad) {
            throw new EdxmlException("EDXML-ATT-014", attachmentName, entry);
        }
    }

    private interface IoSupplier {
        int get() throws IOException;
    }
}
