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
     * the target, so the target is either the old file or the complete new one. Only a regular file (or a symbolic link
     * to one) is replaced: a folder, FIFO, device node or socket is refused with a {@link java.nio.file.FileSystemException}
     * before anything is written.
     */
    public void write(EdxmlPackage pkg, Path file) throws IOException {
        // only a regular file is replaced: a FIFO, a device or a link to one is refused (a FileSystemException)
        try (dev.edxml.internal.OutputFile target = dev.edxml.internal.OutputFile.create(file)) {
            try (OutputStream out = new java.io.BufferedOutputStream(target.open(), 1 << 16)) {
                write(pkg, out);
            }
            target.commit();
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
