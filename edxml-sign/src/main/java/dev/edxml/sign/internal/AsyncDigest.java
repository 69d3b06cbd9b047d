package dev.edxml.sign.internal;

import java.security.MessageDigest;

/**
 * Hashing on a second thread: full buffers go to it through a small bounded queue and come back for reuse, so
 * parsing and canonicalising (one core) overlap with SHA-256 (the other). The digest is touched by that thread
 * only until {@link #finish()} has joined it.
 */
final class AsyncDigest implements Runnable {
    /** A filled buffer: its first {@code length} bytes are to be hashed (the array is handed over, not copied). */
    @SuppressWarnings("ArrayRecordComponent") // an internal hand-over of a buffer, never compared or hashed
    private record Chunk(byte[] bytes, int length) {}

    private static final Chunk END = new Chunk(new byte[0], 0);
    private final MessageDigest md;
    /** Filled buffers on their way to the hashing thread. */
    private final java.util.concurrent.BlockingQueue<Chunk> full = new java.util.concurrent.ArrayBlockingQueue<>(4);
    /** Hashed buffers on their way back. */
    private final java.util.concurrent.BlockingQueue<byte[]> free = new java.util.concurrent.ArrayBlockingQueue<>(8);

    private final Thread thread;
    private volatile boolean aborted;
    private volatile Throwable failure;

    AsyncDigest(MessageDigest md, int block) {
        this.md = md;
        for (int i = 0; i < 5; i++) {
            free.add(new byte[block]);
        }
        thread = new Thread(this, "edxml-c14n-hasher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands a buffer with {@code n} bytes over and returns an empty one. */
    byte[] hand(byte[] b, int n) {
        try {
            full.put(new Chunk(b, n));
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing", e);
        }
    }

    void finish() {
        try {
            full.put(END);
            thread.join();
            if (failure instanceof RuntimeException r) {
                throw r;
            } else if (failure instanceof Error err) {
                throw err;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing", e);
        }
    }

    void abort() {
        aborted = true;
        thread.interrupt();
    }

    @Override
    @SuppressWarnings("ReferenceEquality") // the one end marker, by identity
    public void run() {
        try {
            Throwable failed = null;
            while (!aborted) {
                Chunk c = full.take();
                if (c == END) {
                    failure = failed;
                    return;
                }
                if (failed == null) {
                    try {
                        md.update(c.bytes(), 0, c.length());
                    } catch (RuntimeException | Error t) {
                        // keep taking buffers so the canonicaliser is never left waiting; finish() reports it
                        failed = t;
                    }
                }
                free.offer(c.bytes());
            }
        } catch (InterruptedException e) {
            // aborted: the pass failed, the digest is not used
        }
    }
}
