package dev.edxml.stats;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The forms a {@link StatsReport} is written in: a text table for people, JSON and CSV (RFC 4180) for scripts and
 * spreadsheets (English keys, the same in every language), and a self-contained HTML page with charts. The locale
 * picks the language of the text table and the HTML page ({@code vi} or English).
 */
public enum StatsFormat {
    /** A table, one line per agency and a total line, then the details. */
    TEXT,
    /** One JSON object: {@code total}, {@code agencies[]}, {@code unreadablePackages[]} (see the module README). */
    JSON,
    /** One header line, a {@code total} row and one row per agency; UTF-8, CRLF line ends. */
    CSV,
    /** One HTML page with inline SVG charts; needs no network to view. */
    HTML;

    /** The report in this form. */
    public String render(StatsReport report, Locale locale) {
        Objects.requireNonNull(report, "report");
        return switch (this) {
            case TEXT -> TextTable.render(report, locale);
            case JSON -> MachineForms.json(report);
            case CSV -> MachineForms.csv(report);
            case HTML -> HtmlPage.render(report, locale);
        };
    }

    /**
     * Writes the report in this form to a file (UTF-8), atomically: a temporary file beside it replaces it in one
     * step, so the file is the old one or the complete new one, never half written.
     *
     * @throws IOException when the folder is missing or not writable
     */
    public void write(StatsReport report, Path file, Locale locale) throws IOException {
        String text = render(report, locale);
        // only a regular file is replaced (a FIFO or a device is refused): dev.edxml.internal.OutputFile
        dev.edxml.internal.OutputFile.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
