package dev.edxml.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A report file written atomically: the text goes to a temporary file in the same folder, which then replaces the
 * target in one step, so the target is the old file or the complete new one. The temporary file is created when this
 * object is, so that an unwritable place is found before the (possibly long) work, not after it.
 */
final class ReportFile implements AutoCloseable {
    /** Writes the report's text. */
    interface Content {
        void writeTo(Writer w) throws IOException;
    }

    private final Path target;
    private final Path temp;

    private ReportFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** Reserves the temporary file beside {@code target}; fails when the folder is missing or not writable. */
    static ReportFile create(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new Failures.NotAFile();
        }
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        for (int attempt = 0; ; attempt++) {
            // created with the umask's permissions (not createTempFile's owner-only ones): the report is for others too
            Path temp = dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(
                    ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
            try {
                return new ReportFile(absolute, Files.createFile(temp));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 9) {
                    throw e;
                }
            }
        }
    }

    /** Writes the content (UTF-8) and moves it into place. */
    void commit(Content content) throws IOException {
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            content.writeTo(w);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the temporary file when the report was not committed. */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(temp);
    }
}
