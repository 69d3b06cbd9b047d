package dev.edxml.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The bytes of an attachment (nội dung tệp đính kèm), as transported (after the optional zipping of the official SDK's convention).
 *
 * <p>Content is never exposed as one big array: {@link #openStream()} streams it. Content read from a package is
 * kept in memory up to {@value #DEFAULT_MEMORY_THRESHOLD} bytes and in a temporary file beyond. That file is deleted
 * by {@link #close()} (or by closing the package: {@code try (EdxmlPackage pkg = Edxml.read(file)) {…}}); failing
 * that, when the content is garbage-collected or the JVM exits (also on Ctrl-C). Two contents are equal when they have
 * the same size and SHA-256 digest, also after closing.
 *
 * @since 0.1.0
 */
public final class AttachmentContent implements AutoCloseable {
    /** Content up to this size stays in memory; larger content goes to a temporary file. */
    public static final int DEFAULT_MEMORY_THRESHOLD = 1 << 20;

    private static final Cleaner CLEANER = Cleaner.create();

    private final byte[] bytes;
    private final Path file;
    private final long size;
    private final byte[] sha256;
    /** Deletes the temporary file this content owns; {@code null} for content in memory or in a caller's file. */
    private final Cleaner.Cleanable cleanup;

    private volatile boolean closed;

    private AttachmentContent(byte[] bytes, Path file, long size, byte[] sha256) {
        this(bytes, file, size, sha256, false);
    }

    private AttachmentContent(byte[] bytes, Path file, long size, byte[] sha256, boolean ownsFile) {
        this.bytes = bytes;
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
        this.cleanup = ownsFile ? CLEANER.register(this, () -> dev.edxml.internal.io.TempFiles.delete(file)) : null;
    }

    /** Content holding a copy of {@code bytes}. */
    public static AttachmentContent ofBytes(byte[] bytes) {
        byte[] copy = bytes.clone();
        return new AttachmentContent(copy, null, copy.length, sha256().digest(copy));
    }

    /**
     * Content read from {@code file} whenever it is streamed; the file is read once now for its size and digest and
     * must not change afterwards.
     */
    public static AttachmentContent ofFile(Path file) throws IOException {
        MessageDigest md = sha256();
        long n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), md));
        }
        return new AttachmentContent(null, file.toAbsolutePath(), n, md.digest());
    }

    /** Content copied from {@code in} (to memory or a temporary file, by size). The stream is not closed. */
    public static AttachmentContent copyOf(InputStream in) throws IOException {
        try (Sink sink = sink(null, DEFAULT_MEMORY_THRESHOLD)) {
            in.transferTo(sink);
            return sink.toContent();
        }
    }

    /**
     * A stream to write content into: kept in memory up to {@code memoryThreshold} bytes, then in a temporary file
     * in {@code tempDir} (the system's temporary directory when {@code null}).
     */
    public static Sink sink(Path tempDir, int memoryThreshold) {
        return new Sink(tempDir, memoryThreshold);
    }

    /** The size in bytes. */
    public long size() {
        return size;
    }

    /** The SHA-256 digest (a copy). */
    public byte[] sha256Digest() {
        return sha256.clone();
    }

    /** The SHA-256 digest in lower-case hexadecimal. */
    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }

    /**
     * A new stream over the bytes.
     *
     * @throws IOException when the content was spooled to a temporary file and has been {@linkplain #close() closed}
     */
    public InputStream openStream() throws IOException {
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        if (closed) {
            throw new IOException("the attachment content was closed and its temporary file deleted");
        }
        return Files.newInputStream(file);
    }

    /**
     * Deletes the temporary file holding this content, if it has one (content in memory or in a caller's
     * {@linkplain #ofFile(Path) file} is left as it is). Idempotent; the size and digest stay readable.
     */
    @Override
    public void close() {
        if (cleanup != null) {
            closed = true;
            cleanup.clean();
        }
    }

    /** The first bytes (at most {@code n}), for sniffing the type. */
    public byte[] head(int n) throws IOException {
        try (InputStream in = openStream()) {
            return in.readNBytes(n);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttachmentContent
                && ((AttachmentContent) o).size == size
                && Arrays.equals(((AttachmentContent) o).sha256, sha256);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return size + " bytes, sha256 " + sha256Hex().substring(0, 16) + "…";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Collects content written to it; {@link #toContent()} ends it. Closing without {@code toContent()} discards it.
     *
     * @since 0.1.0
     */
    public static final class Sink extends OutputStream {
        private final Path tempDir;
        private final int threshold;
        private final MessageDigest md = sha256();
        private ByteArrayOutputStream memory = new ByteArrayOutputStream();
        private Path file;
        private OutputStream fileOut;
        private long size;
        private boolean done;

        @Override
        public String toString() {
            return "AttachmentContent.Sink[" + size + " bytes" + (file != null ? ", spooled to " + file : ", in memory")
                    + (done ? ", ended" : "") + "]";
        }

        private Sink(Path tempDir, int threshold) {
            this.tempDir = tempDir;
            this.threshold = threshold;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (done) {
                throw new IOException("content already finished");
            }
            md.update(b, off, len);
            size += len;
            if (fileOut == null && memory.size() + len > threshold) {
                file = dev.edxml.internal.io.TempFiles.create(tempDir, "edxml-att-", ".bin");
                fileOut = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                memory.writeTo(fileOut);
                memory = null;
            }
            if (fileOut != null) {
                fileOut.write(b, off, len);
            } else {
                memory.write(b, off, len);
            }
        }

        /** The content written so far; the sink cannot be written to afterwards. */
        public AttachmentContent toContent() throws IOException {
            if (done) {
                throw new IOException("content already finished");
            }
            done = true;
            byte[] digest = md.digest();
            if (fileOut == null) {
                return new AttachmentContent(memory.toByteArray(), null, size, digest);
            }
            fileOut.close();
            AttachmentContent c = new AttachmentContent(null, file, size, digest, true);
            file = null;
            return c;
        }

        @Override
        public void close() throws IOException {
            if (fileOut != null && file != null) {
                fileOut.close();
                dev.edxml.internal.io.TempFiles.delete(file);
                file = null;
            }
            done = true;
        }
    }
}
