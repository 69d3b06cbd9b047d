package dev.edxml.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The forms a {@link StatsReport} is written in: a text table for people, JSON and CSV (RFC 4180) for scripts and
 * spreadsheets (English keys, the same in every language), and a self-contained HTML page with charts. The locale
 * picks the language of the text table and the HTML page ({@code vi} or English).
 *
 * @since 0.1.0
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

    /** The report in this form, with the default options in this language. */
    public String render(StatsReport report, Locale locale) {
        return render(report, Options.of(locale));
    }

    /** The report in this form, with these options (the forms a choice does not concern ignore it). */
    public String render(StatsReport report, Options options) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        return switch (this) {
            case TEXT -> TextTable.render(report, options);
            case JSON -> MachineForms.json(report, options);
            case CSV -> (options.byteOrderMark() ? "\uFEFF" : "") + MachineForms.csv(report);
            case HTML -> HtmlPage.render(report, options);
        };
    }

    /** Writes the report in this form to a file (UTF-8), atomically, with these options; see {@link #write(StatsReport, Path, Locale)}. */
    public void write(StatsReport report, Path file, Options options) throws IOException {
        dev.edxml.internal.OutputFile.write(file, render(report, options).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * How a report is shaped for people.
     *
     * @param locale        the language of the text table and the HTML page ({@code vi} or English)
     * @param wide          the text table with every count (wider than 100 columns) instead of the shares that fit
     *                      100 columns
     * @param by            the periods of the trend: months (default) or quarters (HTML page, JSON {@code trend})
     * @param byteOrderMark CSV: begin with the UTF-8 byte-order mark, so that Excel reads the file as UTF-8
     * @param directory     an agency directory whose names are shown beside the codes (before the names the
     *                      packages give)
     *
     * @since 0.1.0
     */
    public record Options(
            Locale locale,
            boolean wide,
            TrendPeriod by,
            boolean byteOrderMark,
            java.util.Optional<dev.edxml.sign.AgencyDirectory> directory) {
        public Options {
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(directory, "directory");
        }

        /** The defaults in a language: narrow table, months, no byte-order mark, no directory. */
        public static Options of(Locale locale) {
            return new Options(
                    locale == null ? Locale.forLanguageTag("vi") : locale,
                    false,
                    TrendPeriod.MONTH,
                    false,
                    java.util.Optional.empty());
        }

        public Options withWide(boolean w) {
            return new Options(locale, w, by, byteOrderMark, directory);
        }

        public Options withBy(TrendPeriod p) {
            return new Options(locale, wide, p, byteOrderMark, directory);
        }

        public Options withByteOrderMark(boolean b) {
            return new Options(locale, wide, by, b, directory);
        }

        public Options withDirectory(dev.edxml.sign.AgencyDirectory d) {
            return new Options(locale, wide, by, byteOrderMark, java.util.Optional.of(d));
        }

        /** The agency's name: the directory's, else the one its packages give most often. */
        java.util.Optional<String> name(Figures f) {
            return f.organId()
                    .flatMap(id -> directory.flatMap(d -> d.find(id)).flatMap(e -> e.name()))
                    .filter(n -> !n.isBlank())
                    .or(f::name);
        }

        /** The agency's name by code, as {@link #name(Figures)}. */
        java.util.Optional<String> name(java.util.Optional<String> organId, StatsReport r) {
            return r.agencies().stream()
                    .filter(a -> a.organId().equals(organId))
                    .findFirst()
                    .flatMap(this::name);
        }
    }

    /**
     * Writes the report in this form to a file (UTF-8), atomically: a temporary file beside it replaces it in one
     * step, so the file is the old one or the complete new one, never half written.
     *
     * @throws IOException when the folder is missing or not writable
     */
    public void write(StatsReport report, Path file, Locale locale) throws IOException {
        // only a regular file is replaced (a FIFO or a device is refused): dev.edxml.internal.OutputFile
        write(report, file, Options.of(locale));
    }
}
