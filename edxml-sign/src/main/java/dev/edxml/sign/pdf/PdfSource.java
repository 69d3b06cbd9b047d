package dev.edxml.sign.pdf;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessStreamCache;

/**
 * The bytes of one PDF, read at random positions: a caller's file as it is, or a stream spooled to memory when small
 * and to a temporary file beyond {@link #MEMORY_LIMIT}, so that a large attachment never has to fit in the heap.
 */
final class PdfSource implements Closeable {
    /** Streams up to this size stay in memory. */
    static final int MEMORY_LIMIT = 4 << 20;
    /** What PDFBox may keep of decoded streams in memory before it uses temporary files. */
    private static final long PDFBOX_MEMORY = 16L << 20;

    private final byte[] bytes;
    private final Path file;
    private final boolean temporary;
    private final FileChannel channel;
    private final long size;

    private PdfSource(byte[] bytes, Path file, boolean temporary) throws IOException {
        this.bytes = bytes;
        this.file = file;
        this.temporary = temporary;
        this.channel = file == null ? null : FileChannel.open(file, StandardOpenOption.READ);
        this.size = bytes != null ? bytes.length : channel.size();
    }

    /** The file as it is; it must not change while this source is open. */
    static PdfSource of(Path file) throws IOException {
        return new PdfSource(null, file, false);
    }

    /** The stream's bytes, spooled; the stream is read to its end and not closed. */
    static PdfSource spool(InputStream in) throws IOException {
        byte[] head = in.readNBytes(MEMORY_LIMIT + 1);
        if (head.length <= MEMORY_LIMIT) {
            return new PdfSource(head, null, false);
        }
        Path tmp = dev.edxml.internal.io.TempFiles.create(null, "edxml-pdf-", ".pdf");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(head);
                in.transferTo(out);
            }
            return new PdfSource(null, tmp, true);
        } catch (IOException | RuntimeException e) {
            dev.edxml.internal.io.TempFiles.delete(tmp);
            throw e;
        }
    }

    /** The stream PDFBox caches decoded streams in: memory up to a bound, then temporary files. */
    static RandomAccessStreamCache.StreamCacheCreateFunction cache() {
        return MemoryUsageSetting.setupMixed(PDFBOX_MEMORY).streamCache;
    }

    long size() {
        return size;
    }

    /** Reads exactly {@code len} bytes at {@code pos}. */
    void read(long pos, byte[] b, int off, int len) throws IOException {
        if (pos < 0 || pos + len > size) {
            throw new EOFException("read past the end of the PDF");
        }
        if (bytes != null) {
            System.arraycopy(bytes, (int) pos, b, off, len);
            return;
        }
        ByteBuffer buf = ByteBuffer.wrap(b, off, len);
        long p = pos;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, p);
            if (n < 0) {
                throw new EOFException("the PDF file became shorter while it was read");
            }
            p += n;
        }
    }

    /** {@code len} bytes at {@code pos} (for small regions only). */
    byte[] bytes(long pos, int len) throws IOException {
        byte[] b = new byte[len];
        read(pos, b, 0, len);
        return b;
    }

    /** Feeds the bytes of {@code [pos, pos + len)} to {@code out} in chunks. */
    void copy(long pos, long len, OutputStream out) throws IOException {
        byte[] buf = new byte[64 << 10];
        long done = 0;
        while (done < len) {
            int n = (int) Math.min(buf.length, len - done);
            read(pos + done, buf, 0, n);
            out.write(buf, 0, n);
            done += n;
        }
    }

    /** The whole PDF for PDFBox; the caller closes it, this source stays open meanwhile. */
    RandomAccessRead open() {
        return new SourceRead(this, size);
    }

    /** The first {@code length} bytes for PDFBox: the revision a signature covers. */
    RandomAccessRead prefix(long length) {
        return new SourceRead(this, length);
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
        if (temporary) {
            dev.edxml.internal.io.TempFiles.delete(file);
        }
    }

    @Override
    public String toString() {
        return "PdfSource[" + size + " bytes" + (file != null ? ", " + file : ", in memory") + "]";
    }
}
