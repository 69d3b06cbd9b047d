package dev.edxml.sign.pdf;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * PDFBox's view of the first {@code length} bytes of a {@link PdfSource}. PDFBox's own {@code RandomAccessReadView}
 * cannot be parsed from (its {@code createView} throws, and the parser needs it for object streams), so the revision
 * a signature covers is read through this instead: each view is an independent reader over the same bytes.
 */
final class SourceRead implements RandomAccessRead {
    private final PdfSource src;
    private final long length;
    private final byte[] buf = new byte[16 << 10];
    private long bufStart;
    private int bufLen;
    private long pos;
    private boolean closed;

    SourceRead(PdfSource src, long length) {
        this.src = src;
        this.length = Math.min(length, src.size());
    }

    @Override
    public int read() throws IOException {
        checkOpen();
        if (pos >= length) {
            return -1;
        }
        if (pos < bufStart || pos >= bufStart + bufLen) {
            fill();
        }
        return buf[(int) (pos++ - bufStart)] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkOpen();
        if (len == 0) {
            return 0;
        }
        if (pos >= length) {
            return -1;
        }
        int n = (int) Math.min(len, length - pos);
        if (pos >= bufStart && pos + n <= bufStart + bufLen) {
            System.arraycopy(buf, (int) (pos - bufStart), b, off, n);
        } else if (n >= buf.length) {
            src.read(pos, b, off, n);
        } else {
            fill();
            n = Math.min(n, bufLen);
            System.arraycopy(buf, 0, b, off, n);
        }
        pos += n;
        return n;
    }

    private void fill() throws IOException {
        bufStart = pos;
        bufLen = (int) Math.min(buf.length, length - pos);
        src.read(pos, buf, 0, bufLen);
    }

    @Override
    public long getPosition() throws IOException {
        checkOpen();
        return pos;
    }

    @Override
    public void seek(long position) throws IOException {
        checkOpen();
        if (position < 0) {
            throw new IOException("invalid position " + position);
        }
        pos = Math.min(position, length);
    }

    @Override
    public long length() throws IOException {
        checkOpen();
        return length;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() throws IOException {
        checkOpen();
        return pos >= length;
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        checkOpen();
        return new RandomAccessReadView(new SourceRead(src, length), startPosition, streamLength, true);
    }

    @Override
    public void close() {
        closed = true;
    }

    private void checkOpen() throws IOException {
        if (closed) {
            throw new IOException("the PDF source is closed");
        }
    }
}
