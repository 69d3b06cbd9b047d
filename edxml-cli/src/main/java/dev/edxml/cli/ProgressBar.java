package dev.edxml.cli;

import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The progress bar {@code validate} draws on stderr while it works through a folder, overwritten in place with
 * {@code \r}. It is drawn only when stderr is known to be a terminal: a bar in a log file or a pipe is noise.
 */
final class ProgressBar implements Validator.ProgressListener {
    private static final int WIDTH = 30;
    private static final long MIN_INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final Lang lang;
    private long lastDraw;
    private int drawnLength;

    ProgressBar(PrintWriter err, Lang lang) {
        this.err = err;
        this.lang = lang;
    }

    /**
     * Whether stderr is a terminal, decided conservatively: the JVM sees a console, the terminal is not {@code dumb},
     * and file descriptor 2 is a terminal device ({@code /proc/self/fd/2} on Linux). Where that cannot be told
     * (another system, no {@code /proc}), the answer is no and no bar is drawn.
     */
    @SuppressWarnings("SystemConsoleNull") // the /proc check below decides on JDK 22+, where console() is never null
    static boolean stderrIsTerminal(Map<String, String> env) {
        if (System.console() == null || "dumb".equals(env.get("TERM"))) {
            return false;
        }
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (!Files.isSymbolicLink(fd)) {
                return false;
            }
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Called from the validating threads: at most ten redraws a second, and always the last. */
    @Override
    public synchronized void progress(int done, int total, ValidationReport last) {
        long now = System.nanoTime();
        if (done < total && drawnLength > 0 && now - lastDraw < MIN_INTERVAL_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String line = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + lang.t("validate.progress", done, total);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        err.flush();
        drawnLength = line.length();
    }

    /** Clears the bar, leaving the cursor at the start of an empty line. */
    synchronized void clear() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }
}
