package dev.edxml.cli;

import dev.edxml.internal.io.TempFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The name {@code -} where a package is expected: standard input, read once (at most {@link #MAX_BYTES}) into a
 * temporary file, since the readers and verifiers work on files; the file is deleted when the command is done. In
 * messages the input is called {@code <stdin>} ({@code (đầu vào chuẩn)} in Vietnamese), not the temporary name.
 */
final class StdinInput implements AutoCloseable {
    /** The most standard input may bring: a package larger than this is better given as a file. */
    static final long MAX_BYTES = 1L << 30;

    private final Path file;
    private final String name;

    private StdinInput(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    /** Whether {@code p} is the name {@code -}. */
    static boolean isStdin(Path p) {
        return p != null && p.toString().equals("-");
    }

    /** How messages call standard input. */
    static String name(Lang lang) {
        return lang.t("stdin.name");
    }

    /** Reads {@code in} to its end into a temporary file; more than {@code max} bytes is refused. */
    static StdinInput spool(InputStream in, long max, Lang lang, String suffix) throws IOException {
        Path temp = TempFiles.create(null, "edxml-stdin-", suffix);
        try (OutputStream out = Files.newOutputStream(temp)) {
            byte[] buf = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > max) {
                    throw new TooLarge(max);
                }
                out.write(buf, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            TempFiles.delete(temp);
            throw e;
        }
        return new StdinInput(temp, name(lang));
    }

    /** The temporary file holding what standard input brought. */
    Path file() {
        return file;
    }

    /** {@code <stdin>} or {@code (đầu vào chuẩn)}. */
    String name() {
        return name;
    }

    @Override
    public void close() {
        TempFiles.delete(file);
    }

    /** Standard input brought more than the command takes. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long max;

        TooLarge(long max) {
            super("standard input larger than " + max + " bytes");
            this.max = max;
        }
    }
}
