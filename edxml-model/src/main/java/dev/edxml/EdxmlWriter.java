package dev.edxml;

import dev.edxml.internal.PackageWriter;
import dev.edxml.model.EdxmlPackage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Writes packages in the layout the official SDK and the axis use: root {@code <edXML>} in the default namespace,
 * {@code edXML:}-prefixed envelope, {@code AttachmentEncoded} beside the envelope, UTF-8, CRLF and two-space indent,
 * base64 on one line. The same package always gives the same bytes. Immutable and thread-safe.
 */
public final class EdxmlWriter {
    /** The default writer: the official SDK's element order. */
    public static final EdxmlWriter DEFAULT = new EdxmlWriter(ElementOrder.SDK);

    /** Order of the {@code MessageHeader} children (spec §3.1); readers accept both. */
    public enum ElementOrder {
        /** The order of the official SDK, which every peer has received since 2018 ({@code DocumentId} third). */
        SDK,
        /** The order of the regulation's clause numbering ({@code DocumentId} last, {@code ToPlaces} after {@code DueDate}). */
        REGULATION
    }

    private final ElementOrder order;

    private EdxmlWriter(ElementOrder order) {
        this.order = order;
    }

    public EdxmlWriter elementOrder(ElementOrder order) {
        return new EdxmlWriter(Objects.requireNonNull(order, "order"));
    }

    /** Writes a package to a stream, which is not closed. */
    public void write(EdxmlPackage pkg, OutputStream out) throws IOException {
        new PackageWriter(order).write(pkg, out);
    }

    /**
     * Writes a package to a file atomically: the bytes go to a temporary file in the same folder, which then replaces
     * the target, so the target is either the old file or the complete new one.
     */
    public void write(EdxmlPackage pkg, Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        // not createTempFile: its owner-only permissions would stay on the package after the move, and a package is
        // for other users too (a receiving service); a fresh file gets the usual permissions of the umask
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), 1 << 16)) {
                write(pkg, out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public byte[] toBytes(EdxmlPackage pkg) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(pkg, out);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "EdxmlWriter[elementOrder=" + order + "]";
    }
}
