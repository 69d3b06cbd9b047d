package dev.edxml.sign.internal;

import dev.edxml.internal.PackageWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The package being signed, as written with a placeholder signature: the bytes before the placeholder are kept in
 * memory (the header, bounded by the reader's limits), the placeholder's are dropped, the rest goes to a stream
 * (a temporary file). {@link #assemble} then writes the signed package: the head, the signature, the rest.
 */
public final class SplitOutput extends OutputStream implements PackageWriter.SignatureSlot {
    private enum Part {
        HEAD,
        PLACEHOLDER,
        REST
    }

    private final ByteArrayOutputStream head = new ByteArrayOutputStream(1 << 14);
    private final OutputStream rest;
    private Part part = Part.HEAD;

    public SplitOutput(OutputStream rest) {
        this.rest = new java.io.BufferedOutputStream(rest, 1 << 16);
    }

    @Override
    public void before() {
        if (part != Part.HEAD) {
            throw new IllegalStateException("a second signature slot");
        }
        part = Part.PLACEHOLDER;
    }

    @Override
    public void after() {
        part = Part.REST;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        switch (part) {
            case HEAD:
                head.write(b, off, len);
                break;
            case REST:
                rest.write(b, off, len);
                break;
            default:
                break;
        }
    }

    @Override
    public void flush() throws IOException {
        rest.flush();
    }

    /** Writes the head, {@code signature} and the file {@code restFile} holding the rest to {@code target}. */
    public void assemble(Path target, byte[] signature, Path restFile) throws IOException {
        if (part != Part.REST) {
            throw new IllegalStateException("the writer wrote no signature placeholder");
        }
        try (FileChannel out =
                        FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                FileChannel in = FileChannel.open(restFile, StandardOpenOption.READ)) {
            writeFully(out, ByteBuffer.wrap(head.toByteArray()));
            writeFully(out, ByteBuffer.wrap(signature));
            long size = in.size();
            long done = 0;
            while (done < size) {
                long n = in.transferTo(done, size - done, out);
                if (n <= 0) {
                    throw new IOException(
                            "copying the signed package's content stopped at " + done + " of " + size + " bytes");
                }
                done += n;
            }
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            out.write(b);
        }
    }
}
