package dev.edxml.validate;

import dev.edxml.Severity;
import dev.edxml.Finding;
import dev.edxml.model.PackageKind;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes validation reports for people and programs: plain text, JSON, JUnit XML or an HTML page (see
 * {@link ReportFormat}). Messages are in Vietnamese for a {@code vi} locale (and for {@code null}: clerks read
 * Vietnamese), otherwise in English. Output depends on nothing but the arguments: no clock, no default locale.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("report.html"))) {   // UTF-8
 *     Reports.write(List.of(report), ReportFormat.HTML, Locale.forLanguageTag("vi"), w);
 * }
 * }</pre>
 */
public final class Reports {
    /** The language of reports when none is given. */
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Reports() {
    }

    /**
     * Writes the reports in a format. The XML and HTML forms declare UTF-8, so give a writer that encodes UTF-8.
     * The writer is flushed, not closed.
     */
    public static void write(List<ValidationReport> reports, ReportFormat format, Locale locale, Writer out)
            throws IOException {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Locale lang = locale == null ? VIETNAMESE : locale;
        switch (format) {
            case TEXT -> TextReport.write(reports, lang, out);
            case JSON -> JsonReport.write(reports, lang, out);
            case JUNIT -> JunitReport.write(reports, lang, out);
            case HTML -> HtmlReport.write(reports, lang, out);
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
        out.flush();
    }

    /**
     * Writes the index page of a batch checked to HTML: the counts, then one line per package (those with errors
     * first) linking to its own page, {@code link.apply(i)} for {@code reports.get(i)} (a relative address such as
     * {@code report-files/00001.html}; each such page is {@link #write} of that one report in {@link ReportFormat#HTML}).
     * A small inline script filters the lines; nothing is fetched. The writer must encode UTF-8; it is flushed.
     */
    public static void writeHtmlIndex(List<ValidationReport> reports, Locale locale, Writer out,
                                      java.util.function.IntFunction<String> link) throws IOException {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(link, "link");
        HtmlIndex.write(reports, locale == null ? VIETNAMESE : locale, out, link);
        out.flush();
    }

    /** The reports in a format, as a string. */
    public static String toString(List<ValidationReport> reports, ReportFormat format, Locale locale) {
        StringWriter w = new StringWriter();
        try {
            write(reports, format, locale, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /** {@code error}, {@code warning} or {@code info}: the word the text form and the JSON use. */
    static String word(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    /** {@code edoc}, {@code status}, or {@code null} when the kind could not be told. */
    static String kind(ValidationReport r) {
        return r.kind().map(PackageKind::wireName).orElse(null);
    }

    /** A finding as a line of the text form: {@code source:line:col: severity CODE message}. */
    static String line(ValidationReport r, Finding f, Locale locale) {
        return r.source() + ":" + f.location().position() + ": " + word(f.severity()) + " " + f.code() + " "
                + f.message(locale);
    }
}
