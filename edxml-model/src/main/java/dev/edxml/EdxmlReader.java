package dev.edxml;

import dev.edxml.internal.PackageReader;
import dev.edxml.model.AttachmentContent;
import dev.edxml.model.EdxmlPackage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads packages (đọc gói tin edXML) with limits and options; {@code Edxml.reader()} gives the default one.
 * Immutable: each option returns a new reader. Thread-safe.
 *
 * <p>Hardening is not optional: a DTD (and so any entity declaration) is refused with {@code EDXML-ENV-002}, nothing
 * is fetched, the header's text and element count are bounded, and attachments are streamed to temporary storage
 * with a size limit. Leniency has to be asked for by name and is recorded in the package's provenance.
 *
 * @since 0.1.0
 */
public final class EdxmlReader {
    /** The default reader. */
    static final EdxmlReader DEFAULT = new EdxmlReader(
            false,
            dev.edxml.internal.xml.XmlLimits.MAX_TEXT_CHARS,
            dev.edxml.internal.xml.XmlLimits.MAX_ELEMENTS,
            dev.edxml.internal.xml.XmlLimits.MAX_DEPTH,
            2L << 30,
            AttachmentContent.DEFAULT_MEMORY_THRESHOLD,
            null);

    private final boolean skipLeadingJunk;
    private final long maxHeaderChars;
    private final int maxElements;
    private final int maxDepth;
    private final long maxAttachmentBytes;
    private final int memoryThreshold;
    private final Path tempDir;

    private EdxmlReader(
            boolean skipLeadingJunk,
            long maxHeaderChars,
            int maxElements,
            int maxDepth,
            long maxAttachmentBytes,
            int memoryThreshold,
            Path tempDir) {
        this.skipLeadingJunk = skipLeadingJunk;
        this.maxHeaderChars = maxHeaderChars;
        this.maxElements = maxElements;
        this.maxDepth = maxDepth;
        this.maxAttachmentBytes = maxAttachmentBytes;
        this.memoryThreshold = memoryThreshold;
        this.tempDir = tempDir;
    }

    /**
     * Lenient: skip bytes before the first {@code <} (seen: a file starting with {@code 1212<?xml …}). Such input is
     * not XML; the skip is recorded as {@code LEADING_JUNK_SKIPPED} in the provenance.
     */
    public EdxmlReader skipJunkBeforeXmlDeclaration() {
        return new EdxmlReader(
                true, maxHeaderChars, maxElements, maxDepth, maxAttachmentBytes, memoryThreshold, tempDir);
    }

    /** Characters of text the package may have outside attachment content (default 8 Mi). */
    public EdxmlReader maxHeaderChars(long n) {
        return new EdxmlReader(
                skipLeadingJunk, positive(n), maxElements, maxDepth, maxAttachmentBytes, memoryThreshold, tempDir);
    }

    /** Elements the package may have (default 100 000). */
    public EdxmlReader maxElements(int n) {
        return new EdxmlReader(
                skipLeadingJunk,
                maxHeaderChars,
                (int) positive(n),
                maxDepth,
                maxAttachmentBytes,
                memoryThreshold,
                tempDir);
    }

    /** Element nesting depth (default 64). */
    public EdxmlReader maxDepth(int n) {
        return new EdxmlReader(
                skipLeadingJunk,
                maxHeaderChars,
                maxElements,
                (int) positive(n),
                maxAttachmentBytes,
                memoryThreshold,
                tempDir);
    }

    /** Decoded bytes one attachment may have (default 2 GiB). */
    public EdxmlReader maxAttachmentBytes(long n) {
        return new EdxmlReader(
                skipLeadingJunk, maxHeaderChars, maxElements, maxDepth, positive(n), memoryThreshold, tempDir);
    }

    /** Where attachment content larger than the memory threshold is kept while the package is in use. */
    public EdxmlReader tempDirectory(Path dir) {
        return new EdxmlReader(
                skipLeadingJunk,
                maxHeaderChars,
                maxElements,
                maxDepth,
                maxAttachmentBytes,
                memoryThreshold,
                Objects.requireNonNull(dir, "dir"));
    }

    /** Attachment content up to this many bytes stays in memory (default 1 MiB). */
    public EdxmlReader memoryThreshold(int bytes) {
        return new EdxmlReader(
                skipLeadingJunk,
                maxHeaderChars,
                maxElements,
                maxDepth,
                maxAttachmentBytes,
                (int) positive(bytes),
                tempDir);
    }

    public EdxmlPackage read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return reader(file.toString()).read(in);
        }
    }

    /** Reads from a stream, which is not closed. */
    public EdxmlPackage read(InputStream in) throws IOException {
        return reader(null).read(in);
    }

    public EdxmlPackage parse(byte[] bytes) throws EdxmlException {
        try {
            return read(new ByteArrayInputStream(bytes));
        } catch (EdxmlException e) {
            throw e;
        } catch (IOException e) {
            throw new EdxmlException(
                    "EDXML-ENV-009", java.util.List.of(String.valueOf(e.getMessage())), -1, -1, null, e);
        }
    }

    public EdxmlPackage parse(String xml) throws EdxmlException {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    private PackageReader reader(String source) {
        return new PackageReader(
                source,
                skipLeadingJunk,
                maxHeaderChars,
                maxElements,
                maxDepth,
                maxAttachmentBytes,
                memoryThreshold,
                tempDir);
    }

    private static long positive(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("a limit must be positive: " + n);
        }
        return n;
    }

    @Override
    public String toString() {
        return "EdxmlReader[maxHeaderChars=" + maxHeaderChars + ", maxElements=" + maxElements + ", maxDepth="
                + maxDepth + ", maxAttachmentBytes=" + maxAttachmentBytes
                + (skipLeadingJunk ? ", LENIENT: skips junk before the XML declaration" : "") + "]";
    }
}
