package dev.edxml;

import dev.edxml.internal.PackageWriter;
import dev.edxml.model.EdxmlPackage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes packages (ghi gói tin edXML); {@code Edxml.writer()} gives the default one. The layout is the one the
 * official SDK and the axis use: root {@code <edXML>} in the default namespace, {@code edXML:}-prefixed envelope,
 * {@code AttachmentEncoded} beside the envelope, UTF-8, CRLF and two-space indent, base64 on one line. The same package always gives the same bytes. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EdxmlWriter {
    /** The default writer: the official SDK's element order. */
    static final EdxmlWriter DEFAULT = new EdxmlWriter(false);

    /** Whether the {@code MessageHeader} children follow the regulation's clause numbering (spec §3.1). */
    private final boolean regulationOrder;

    private EdxmlWriter(boolean regulationOrder) {
        this.regulationOrder = regulationOrder;
    }

    /**
     * A writer putting the {@code MessageHeader} children in the order of the official SDK, which every peer has
     * received since 2018 ({@code DocumentId} third): the default. Readers accept both orders.
     */
    public EdxmlWriter sdkOrder() {
        return new EdxmlWriter(false);
    }

    /**
     * A writer putting the {@code MessageHeader} children in the order of the regulation's clause numbering
     * ({@code DocumentId} last, {@code ToPlaces} after {@code DueDate}). Readers accept both orders.
     */
    public EdxmlWriter regulationOrder() {
        return new EdxmlWriter(true);
    }

    /** Writes a package to a stream, which is not closed. */
    public void write(EdxmlPackage pkg, OutputStream out) throws IOException {
        new PackageWriter(regulationOrder).write(pkg, out);
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
        return "EdxmlWriter[elementOrder=" + (regulationOrder ? "REGULATION" : "SDK") + "]";
    }
}
