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
