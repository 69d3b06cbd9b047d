package dev.edxml.internal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The project's temporary files (spooled attachment content, spooled PDFs): each is deleted by its owner's
 * {@code close()}; whatever is still there when the JVM exits (a command that ends without closing, Ctrl-C, SIGTERM)
 * is deleted by one shutdown hook. The set of live files is the one piece of process-wide state in the project, as the
 * JDK's own {@code deleteOnExit} list is, but a file leaves it when it is deleted, so a long-running service does not
 * accumulate paths.
 */
public final class TempFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    /** Set when the shutdown hook starts: a file created after that would outlive it. */
    private static volatile boolean exiting;

    static {
        Thread hook = new Thread(TempFiles::deleteAll, "edxml-temp-cleanup");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: files created now are deleted by their owners or not at all
        }
    }

    private TempFiles() {}

    /** A new empty file in {@code dir} (the system's temporary folder when {@code null}), deleted at exit at the latest. */
    public static Path create(Path dir, String prefix, String suffix) throws IOException {
        Path f = dir == null ? Files.createTempFile(prefix, suffix) : Files.createTempFile(dir, prefix, suffix);
        LIVE.add(f);
        // registered before the check: the hook either sees the file or this sees the hook (a worker still running
        // while the JVM exits after Ctrl-C would otherwise leave a file the hook had already passed)
        if (exiting) {
            delete(f);
            throw new java.io.InterruptedIOException("the JVM is shutting down: no new temporary file");
        }
        return f;
    }

    /** Deletes the file now; a file that cannot be deleted stays registered for the exit. */
    public static void delete(Path f) {
        try {
            Files.deleteIfExists(f);
            LIVE.remove(f);
        } catch (IOException e) {
            // left for the shutdown hook, then for the system's cleanup of its temporary folder
        }
    }

    /** How many temporary files are live (for tests). */
    public static int live() {
        return LIVE.size();
    }

    private static void deleteAll() {
        exiting = true;
        for (Path f : LIVE.toArray(new Path[0])) {
            delete(f);
        }
    }
}
