package dev.edxml.internal;

import dev.edxml.EdxmlException;
import dev.edxml.model.AttachmentContent;
import dev.edxml.model.ZipLimits;

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
 */
public final class Unzip {
    private Unzip() {
    }

    public static InputStream singleEntry(AttachmentContent zip, ZipLimits limits, String attachmentName)
            throws IOException {
        long total = 0;
        int entries = 0;
        long ratioBudget = Math.max(zip.size(), 1) * limits.maxRatio();
        byte[] buf = new byte[1 << 16];
        try (ZipInputStream in = new ZipInputStream(zip.openStream())) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries++;
                if (entries > limits.maxEntries()) {
                    throw new EdxmlException("EDXML-ATT-011", attachmentName, String.valueOf(limits.maxEntries()));
                }
                checkName(e.getName(), attachmentName);
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total > limits.maxUncompressedBytes()) {
                        throw new EdxmlException("EDXML-ATT-012", attachmentName,
                                String.valueOf(limits.maxUncompressedBytes()));
                    }
                    if (total > ratioBudget) {
                        throw new EdxmlException("EDXML-ATT-013", attachmentName, String.valueOf(limits.maxRatio()));
                    }
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new EdxmlException("EDXML-ATT-010", java.util.List.of(attachmentName, String.valueOf(e.getMessage())),
                    -1, -1, null, e);
        }
        if (entries == 0) {
            throw new EdxmlException("EDXML-ATT-010", attachmentName, "no entry");
        }
        checkCentralDirectory(zip, entries, attachmentName);
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
                    throw new EdxmlException("EDXML-ATT-010",
                            java.util.List.of(attachmentName, String.valueOf(e.getMessage())), -1, -1, null, e);
                }
            }
        };
    }

    /**
     * Streaming through local headers (as the first pass does) accepts an archive whose end is cut off; a real unzip
     * tool does not. So the end-of-central-directory record must be there, whole, and agree with what was read.
     */
    private static void checkCentralDirectory(AttachmentContent zip, int entries, String attachmentName)
            throws IOException {
        int tailLength = (int) Math.min(zip.size(), 22 + 0xFFFF);
        byte[] tail;
        try (InputStream in = zip.openStream()) {
            in.skipNBytes(zip.size() - tailLength);
            tail = in.readNBytes(tailLength);
        }
        for (int i = tail.length - 22; i >= 0; i--) {
            if (tail[i] == 'P' && tail[i + 1] == 'K' && tail[i + 2] == 5 && tail[i + 3] == 6
                    && i + 22 + u16(tail, i + 20) == tail.length) {
                long cdSize = u32(tail, i + 12);
                long cdOffset = u32(tail, i + 16);
                int total = u16(tail, i + 10);
                long eocdAt = zip.size() - tailLength + i;
                boolean zip64 = cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL || total == 0xFFFF;
                if (!zip64 && (cdOffset + cdSize != eocdAt || total != entries)) {
                    throw new EdxmlException("EDXML-ATT-010", attachmentName,
                            "the central directory does not match the entries");
                }
                return;
            }
        }
        throw new EdxmlException("EDXML-ATT-010", attachmentName,
                "the end of central directory record is missing or truncated");
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
        for (String part : n.split("/")) {
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
