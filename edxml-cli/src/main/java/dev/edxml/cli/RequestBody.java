package dev.edxml.cli;

import dev.edxml.internal.io.TempFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A request's body read to its end with a bound: in memory up to {@code inMemory} bytes, beyond that in a private
 * temporary file (owner-only where POSIX), deleted when closed (or at exit at the latest). More than {@code max} bytes
 * are never read: the caller answers 413.
 */
final class RequestBody implements AutoCloseable {
    /** The body was larger than allowed; reading stopped at the first byte too many. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private final PackageInput input;
    private final Path copy;

    private RequestBody(PackageInput input, Path copy) {
        this.input = input;
        this.copy = copy;
    }

    /**
     * Reads {@code in} to its end (not closed).
     *
     * @throws TooLarge when it holds more than {@code max} bytes
     */
    static RequestBody read(InputStream in, String source, long max, int inMemory) throws IOException {
        ByteArrayOutputStream mem = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        Path copy = null;
        OutputStream spill = null;
        try {
            for (int n; (n = in.read(buf, 0, (int) Math.min(buf.length, max + 1 - total))) > 0; ) {
                total += n;
                if (total > max) {
                    throw new TooLarge();
                }
                if (spill == null && total > inMemory) {
                    copy = TempFiles.create(null, "edxml-serve-", ".edxml");
                    spill = Files.newOutputStream(copy, StandardOpenOption.TRUNCATE_EXISTING);
                    mem.writeTo(spill);
                    mem = null;
                }
                if (spill != null) {
                    spill.write(buf, 0, n);
                } else {
                    mem.write(buf, 0, n);
                }
            }
            if (spill != null) {
                spill.close();
                spill = null;
                return new RequestBody(new PackageInput(source, copy, null), copy);
            }
            return new RequestBody(new PackageInput(source, null, mem.toByteArray()), null);
        } catch (IOException | RuntimeException e) {
            if (spill != null) {
                try {
                    spill.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            if (copy != null) {
                TempFiles.delete(copy);
            }
            throw e;
        }
    }

    /** The body, as the checks read it. */
    PackageInput input() {
        return input;
    }

    /** The body's size in bytes. */
    long size() throws IOException {
        return copy != null ? Files.size(copy) : input.bytes().length;
    }

    /** Whether the body went to a temporary file. */
    boolean spilled() {
        return copy != null;
    }

    @Override
    public void close() {
        if (copy != null) {
            TempFiles.delete(copy);
        }
    }
}
