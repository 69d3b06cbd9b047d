package dev.edxml.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One output file written atomically, the project's only way of writing one: the bytes go to a temporary file beside
 * the target, which then replaces it in one step, so the target is the old file or the complete new one.
 *
 * <p>Only a regular file is ever replaced. A FIFO, a device node ({@code /dev/full}), a socket or a folder is refused
 * with {@link NotRegularFileException} before anything is written, since a rename would silently turn it into a
 * regular file. A symbolic link to a regular file is followed: its target is replaced and the link stays; a link to
 * anything else (even to {@code /proc/self/fd/1}) or a dangling link is refused. The temporary file is created with
 * the umask's permissions (not {@code createTempFile}'s owner-only ones): outputs are for other users too.
 */
public final class OutputFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private boolean committed;

    private OutputFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** The target is neither absent nor a regular file (nor a link to one). */
    public static final class NotRegularFileException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        public NotRegularFileException(Path file, String what) {
            super(file.toString(), null, "not a regular file (" + what + "); refusing to replace it");
        }
    }

    /**
     * Reserves the temporary file beside {@code target}, so that an unwritable or refused place is found before the
     * (possibly long) work, not after it.
     */
    public static OutputFile create(Path target) throws IOException {
        Path resolved = checked(target.toAbsolutePath());
        Path dir = resolved.getParent();
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + resolved.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
            try {
                return new OutputFile(resolved, Files.createFile(temp));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 9) {
                    throw e;
                }
            }
        }
    }

    /**
     * Fails now, as {@link #create} would, when {@code target} exists and is not a regular file (nor a link to one):
     * for a command to refuse before its work rather than after it.
     */
    public static void checkReplaceable(Path target) throws IOException {
        checked(target.toAbsolutePath());
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    @SuppressWarnings("try")
    public static void write(Path target, byte[] bytes) throws IOException {
        try (OutputFile f = create(target);
                OutputStream out = f.open()) {
            out.write(bytes);
            out.close(); // flushed and closed before the move; the second close by try is a no-op
            f.commit();
        }
    }

    /** The file the output replaces (the target of a symbolic link, when the link was named). */
    public Path target() {
        return target;
    }

    /** A stream into the temporary file; close it before {@link #commit()}. */
    public OutputStream open() throws IOException {
        return Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** The temporary file, for writers that take a path. */
    public Path temp() {
        return temp;
    }

    /** Moves the written temporary file into place (the target is checked again just before). */
    public void commit() throws IOException {
        checked(target);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Removes the temporary file when the output was not committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(temp);
        }
    }

    /** The path to replace: {@code target} itself or, for a link to a regular file, the link's final target. */
    private static Path checked(Path target) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return target;
        }
        if (a.isRegularFile()) {
            return target;
        }
        if (a.isSymbolicLink()) {
            Path real;
            try {
                real = target.toRealPath();
            } catch (java.nio.file.NoSuchFileException e) {
                throw new NotRegularFileException(target, "a dangling symbolic link");
            }
            if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return real;
            }
            throw new NotRegularFileException(target, "a symbolic link to " + kind(real));
        }
        throw new NotRegularFileException(target, kind(target));
    }

    private static String kind(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isDirectory() ? "a folder" : a.isOther() ? "a device, FIFO or socket" : "a special file";
        } catch (IOException e) {
            return "an unreadable entry";
        }
    }

    @Override
    public String toString() {
        return "OutputFile[" + target + (committed ? ", committed" : "") + "]";
    }
}
