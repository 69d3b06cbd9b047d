package dev.edxml.cli;

import dev.edxml.Edxml;
import dev.edxml.internal.OutputFile;
import dev.edxml.internal.io.TempFiles;
import dev.edxml.model.EdxmlPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The commands' output files. A FIFO, a device node or a link to one is refused before any work, not after it; the
 * name {@code -} is the standard output, written through (the package is written to a temporary file first, so that
 * nothing half-made reaches the pipe and a large package is never held in memory).
 */
final class Outputs {
    private Outputs() {}

    /** Whether {@code out} names the standard output. */
    static boolean isStdout(Path out) {
        return out.toString().equals("-");
    }

    /** Fails with the target's name when {@code out} exists and is not a regular file (or a link to one). */
    static void refuseEarly(Path out) throws CliFailure {
        if (isStdout(out)) {
            return;
        }
        try {
            OutputFile.checkReplaceable(out);
        } catch (IOException e) {
            throw new CliFailure(out.toString(), e);
        }
    }

    /**
     * Writes the package to {@code out}, or to {@code stdout} for {@code -}; then {@code after} sees the file written
     * (the temporary one for {@code -}), e.g. to validate it.
     */
    static void write(EdxmlPackage pkg, Path out, PrintWriter stdout, After after) throws IOException {
        if (!isStdout(out)) {
            Edxml.write(pkg, out);
            after.written(out);
            return;
        }
        Path temp = TempFiles.create(null, "edxml-out-", ".edxml");
        try {
            try (java.io.OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                Edxml.write(pkg, o);
            }
            after.written(temp);
            // the package is UTF-8 text: through the command's writer (UTF-8 on a real terminal or pipe)
            try (InputStream in = Files.newInputStream(temp);
                    Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                r.transferTo(stdout);
            }
            stdout.flush();
        } finally {
            TempFiles.delete(temp);
        }
    }

    /** What to do with the written file. */
    @FunctionalInterface
    interface After {
        void written(Path file) throws IOException;

        After NOTHING = f -> {};
    }
}
