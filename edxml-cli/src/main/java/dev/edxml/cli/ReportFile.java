package dev.edxml.cli;

import dev.edxml.internal.OutputFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A report file written atomically ({@link OutputFile}): the text goes to a temporary file in the same folder, which
 * then replaces the target in one step, so the target is the old file or the complete new one. The temporary file is
 * created when this object is, so that an unwritable or refused place (a FIFO, a device, a link to one) is found before
 * the (possibly long) work, not after it. The name {@code -} means the command's standard output, written through.
 */
final class ReportFile implements AutoCloseable {
    /** Writes the report's text. */
    interface Content {
        void writeTo(Writer w) throws IOException;
    }

    private final OutputFile file;
    private final PrintWriter stdout;

    private ReportFile(OutputFile file, PrintWriter stdout) {
        this.file = file;
        this.stdout = stdout;
    }

    /** Whether {@code target} names the standard output. */
    static boolean isStdout(Path target) {
        return target.toString().equals("-");
    }

    /**
     * Reserves the temporary file beside {@code target}; fails when the folder is missing or not writable, or when the
     * target exists and is not a regular file. {@code -} writes to {@code stdout} instead.
     */
    static ReportFile create(Path target, PrintWriter stdout) throws IOException {
        if (isStdout(target)) {
            return new ReportFile(null, stdout);
        }
        if (Files.isDirectory(target)) {
            throw new Failures.NotAFile();
        }
        return new ReportFile(OutputFile.create(target), null);
    }

    /** Writes the content (UTF-8) and moves it into place. */
    void commit(Content content) throws IOException {
        if (file == null) {
            content.writeTo(stdout);
            stdout.flush();
            return;
        }
        try (Writer w = new OutputStreamWriter(file.open(), StandardCharsets.UTF_8)) {
            content.writeTo(w);
        }
        file.commit();
    }

    /** Removes the temporary file when the report was not committed. */
    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
