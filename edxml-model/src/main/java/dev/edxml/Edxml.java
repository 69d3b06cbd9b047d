package dev.edxml;

import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.SpecVersion;
import dev.edxml.model.StatusPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The front door: read, parse, write and build edXML packages (gói tin edXML, QCVN 102:2016/BTTTT): document
 * packages (gói tin văn bản điện tử, {@link EdocPackage}) and status packages (gói tin trạng thái,
 * {@link StatusPackage}). Đọc, ghi và tạo gói tin edXML.
 *
 * <pre>{@code
 * EdxmlPackage pkg = Edxml.read(Path.of("in.edxml"));
 * if (pkg instanceof EdocPackage edoc) { ... }
 * Edxml.write(Edxml.edoc().header(...).addAttachment(Attachment.of(pdf)).build(), Path.of("out.edxml"));
 * }</pre>
 *
 * <p>Reading uses the default {@link EdxmlReader}: hardened (no DTD, no external entity, nothing fetched, sizes
 * bounded) and strict about broken input; {@link #reader()} gives one to configure. Writing produces the layout the
 * official SDK and the axis use, byte for byte the same for the same package.
 *
 * @since 0.1.0
 */
public final class Edxml {
    /** The revision of the regulation this library reads and writes. */
    public static final SpecVersion IMPLEMENTS = SpecVersion.QCVN_102_2016;

    private static final EdxmlReader READER = EdxmlReader.DEFAULT;
    private static final EdxmlWriter WRITER = EdxmlWriter.DEFAULT;

    private Edxml() {}

    /** Reads a package (đọc gói tin) from a file. */
    public static EdxmlPackage read(Path file) throws IOException {
        return READER.read(file);
    }

    /** Reads a package from a stream (not closed). */
    public static EdxmlPackage read(InputStream in) throws IOException {
        return READER.read(in);
    }

    /** Parses a package from its bytes. */
    public static EdxmlPackage parse(byte[] bytes) throws EdxmlException {
        return READER.parse(bytes);
    }

    /** Parses a package from its XML text. */
    public static EdxmlPackage parse(String xml) throws EdxmlException {
        return READER.parse(xml);
    }

    /**
     * Writes a package (ghi gói tin) to a file atomically: a temporary file in the same folder, then moved over the
     * target.
     */
    public static void write(EdxmlPackage pkg, Path file) throws IOException {
        WRITER.write(pkg, file);
    }

    /** Writes a package to a stream (not closed). */
    public static void write(EdxmlPackage pkg, OutputStream out) throws IOException {
        WRITER.write(pkg, out);
    }

    /** The bytes of a package, for small packages and tests; large ones are better written to a file or stream. */
    public static byte[] toBytes(EdxmlPackage pkg) throws IOException {
        return WRITER.toBytes(pkg);
    }

    /** A builder for a document package (tạo gói tin văn bản điện tử). */
    public static EdocPackage.Builder edoc() {
        return EdocPackage.builder();
    }

    /** A builder for a status package (tạo gói tin trạng thái). */
    public static StatusPackage.Builder status() {
        return StatusPackage.builder();
    }

    /** The default reader, to configure: {@code Edxml.reader().maxHeaderChars(…).read(file)}. */
    public static EdxmlReader reader() {
        return READER;
    }

    /** The default writer, to configure: {@code Edxml.writer().regulationOrder().write(pkg, file)}. */
    public static EdxmlWriter writer() {
        return WRITER;
    }
}
