package dev.edxml.sign.internal;

import dev.edxml.Edxml;
import dev.edxml.model.EdxmlPackage;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The digest of a package as the library's writer writes it, its first signature left out, canonicalised with
 * exclusive c14n: the writer runs in a second thread and hands its bytes through a small bounded pipe to
 * {@link StreamC14n}, so neither the bytes nor a DOM of the package are ever held whole (and writing, which encodes
 * the attachments' base64, overlaps with canonicalising and hashing).
 */
public final class StreamingDigest {
    private static final int CHUNK = 1 << 16;
    private static final byte[] EOF = new byte[0];

    private StreamingDigest() {
    }

    /** Packages whose attachments are smaller than this together are written to memory, without a second thread. */
    private static final long IN_MEMORY = 1 << 20;

    /**
     * Writes {@code pkg} and digests its canonical form, the first {@code ds:Signature} left out (and under the
     * relay-tolerant profile the whitespace directly inside the trace list); the result also counts the hops.
     */
    @SuppressWarnings("Finally") // the writer's failure is the cause of any read error, so it is the one reported
    public static StreamC14n.Result ofPackage(EdxmlPackage pkg, MessageDigest md, boolean relayTolerant)
            throws IOException {
        if (attachmentBytes(pkg) < IN_MEMORY) {
            // a small package: a thread and a pipe would cost more than holding its bytes
            try {
                return StreamC14n.digest(new java.io.ByteArrayInputStream(Edxml.toBytes(pkg)), md, relayTolerant);
            } catch (XMLStreamException e) {
                throw new IOException("the package as written could not be read back for signing: " + e.getMessage(),
                        e);
            }
        }
        BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(16);
        Throwable[] failure = new Throwable[1];
        ChunkOut out = new ChunkOut(queue);
        Thread writer = new Thread(() -> {
            try {
                Edxml.write(pkg, out);
                out.close();
            } catch (Throwable t) {
                failure[0] = t;
                out.abort();
            }
        }, "edxml-sign-writer");
        writer.setDaemon(true);
        writer.start();
        ChunkIn in = new ChunkIn(queue);
        try {
            return StreamC14n.digest(in, md, relayTolerant);
        } catch (XMLStreamException e) {
            // stop the writer first: blocked on a full queue, it only ends once it sees the cancellation
            out.cancelled = true;
            queue.clear();
            join(writer);
            if (failure[0] != null && !(failure[0] instanceof Cancelled)) {
                throw rethrow(failure[0]);
            }
            throw new IOException("the package as written could not be read back for signing: " + e.getMessage(), e);
        } finally {
            out.cancelled = true;
            queue.clear();
            join(writer);
            if (failure[0] != null && !(failure[0] instanceof Cancelled)) {
                throw rethrow(failure[0]);
            }
        }
    }

    private static long attachmentBytes(EdxmlPackage pkg) {
        if (!(pkg instanceof dev.edxml.model.EdocPackage)) {
            return 0;
        }
        long n = 0;
        for (dev.edxml.model.Attachment a : ((dev.edxml.model.EdocPackage) pkg).attachments()) {
            n += a.content().size();
        }
        return n;
    }

    private static void join(Thread t) throws InterruptedIOException {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while signing");
        }
    }

    private static IOException rethrow(Throwable t) {
        if (t instanceof IOException) {
            return (IOException) t;
        }
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        return new IOException(t);
    }

    /** The reader side gave up: the writer stops. */
    private static final class Cancelled extends IOException {
        Cancelled() {
            super("cancelled");
        }
    }

    private static final class ChunkOut extends OutputStream {
        private final BlockingQueue<byte[]> queue;
        private byte[] buf = new byte[CHUNK];
        private int pos;
        volatile boolean cancelled;

        ChunkOut(BlockingQueue<byte[]> queue) {
            this.queue = queue;
        }

        @Override
        public void write(int b) throws IOException {
            if (pos == buf.length) {
                send();
            }
            buf[pos++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (pos == buf.length) {
                    send();
                }
                int n = Math.min(len, buf.length - pos);
                System.arraycopy(b, off, buf, pos, n);
                pos += n;
                off += n;
                len -= n;
            }
        }

        private void send() throws IOException {
            if (pos > 0) {
                put(pos == buf.length ? buf : java.util.Arrays.copyOf(buf, pos));
                buf = new byte[CHUNK];
                pos = 0;
            }
        }

        private void put(byte[] chunk) throws IOException {
            try {
                while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        throw new Cancelled();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
        }

        @Override
        public void close() throws IOException {
            send();
            put(EOF);
        }

        void abort() {
            try {
                put(EOF);
            } catch (IOException e) {
                // the reader is gone already
            }
        }
    }

    private static final class ChunkIn extends InputStream {
        private final BlockingQueue<byte[]> queue;
        private byte[] cur = new byte[0];
        private int pos;
        private boolean eof;

        ChunkIn(BlockingQueue<byte[]> queue) {
            this.queue = queue;
        }

        private boolean fill() throws IOException {
            while (!eof && pos == cur.length) {
                try {
                    byte[] next = queue.take();
                    if (next == EOF) {
                        eof = true;
                    } else {
                        cur = next;
                        pos = 0;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
            }
            return pos < cur.length;
        }

        @Override
        public int read() throws IOException {
            return fill() ? cur[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, cur.length - pos);
            System.arraycopy(cur, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            eof = true;
        }
    }
}
