package dev.edxml.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The progress bar long commands ({@code validate}, {@code stats}, {@code conformance}) draw on stderr, overwritten in
 * place with {@code \r}: count, rate and time left. It is drawn when stderr is a terminal (see
 * {@link #stderrIsTerminal}) or {@code --progress} asks for it, never with {@code --quiet}: a bar in a log file is
 * noise. Where stdout goes plays no part: {@code validate . > out.txt} still shows it.
 */
final class ProgressBar implements dev.edxml.Progress {
    private static final int WIDTH = 30;
    private static final long MIN_INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final Lang lang;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int drawnLength;

    ProgressBar(PrintWriter err, Lang lang) {
        this.err = err;
        this.lang = lang;
    }

    /**
     * Whether stderr is a terminal. Java 17 cannot ask that of stderr itself, so: where {@code /proc/self/fd/2} exists
     * (Linux), it decides, whatever stdin and stdout are; elsewhere (Windows, macOS) the JVM's console
     * ({@code System.console()}, which needs stdin and stdout on the terminal too) does. A {@code dumb} terminal
     * never gets one. {@code --progress} draws the bar wherever this says no.
     */
    @SuppressWarnings("SystemConsoleNull") // the /proc check below decides on JDK 22+, where console() is never null
    static boolean stderrIsTerminal(Map<String, String> env) {
        if ("dumb".equals(env.get("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return System.console() != null;
    }

    /** Called from the validating threads: at most ten redraws a second, and always the last. */
    @Override
    public synchronized void progress(int done, int total) {
        long now = System.nanoTime();
        if (done < total && drawnLength > 0 && now - lastDraw < MIN_INTERVAL_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String line = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + lang.t("validate.progress", done, total) + rateAndEta(done, total, now - start, lang);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        err.flush();
        drawnLength = line.length();
    }

    /** {@code  · 95/s · 24 s left} once there is a rate to tell; the figures use digits only, whatever the locale. */
    static String rateAndEta(int done, int total, long elapsedNanos, Lang lang) {
        if (done <= 0 || elapsedNanos < 200_000_000L) {
            return "";
        }
        double perSecond = done * 1e9 / elapsedNanos;
        long tenths = Math.round(perSecond * 10);
        String rate = perSecond >= 10 || tenths % 10 == 0
                ? String.valueOf(Math.round(perSecond))
                : tenths / 10 + "." + tenths % 10;
        String text = " · " + lang.t("progress.rate", rate);
        if (done < total) {
            long left = Math.round((total - done) / perSecond);
            text += " · "
                    + (left >= 60 ? lang.t("progress.etaMin", left / 60, left % 60) : lang.t("progress.eta", left));
        }
        return text;
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
