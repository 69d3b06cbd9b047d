package dev.edxml.validate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The forms validation reports are written in, for people and programs (báo cáo kiểm tra): plain text, JSON, JUnit XML
 * or an HTML page; the names are those of {@code edxml validate --format}. Messages are in Vietnamese for a {@code vi}
 * locale (and for {@code null}: clerks read Vietnamese), otherwise in English. Output depends on nothing but the
 * arguments: no clock, no default locale.
 *
 * <pre>{@code
 * String html = ValidationFormat.HTML.render(report, Locale.forLanguageTag("vi"));
 * ValidationFormat.JUNIT.write(reports, Path.of("junit.xml"), Locale.ENGLISH);     // atomically
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ValidationFormat {
    /** One finding a line: {@code file:line:col: severity CODE message}. */
    TEXT("text"),
    /** An array with one object per package and profile, for programs. */
    JSON("json"),
    /** JUnit XML: one test suite per profile, one test case per package, a failure per error; for CI systems. */
    JUNIT("junit"),
    /** One self-contained HTML page a clerk can open: each package summarised, then its findings by severity. */
    HTML("html");

    private final String cliName;

    ValidationFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line: {@code text}, {@code json}, {@code junit}, {@code html}. */
    public String cliName() {
        return cliName;
    }

    /** The format with this command-line name (case ignored). */
    public static Optional<ValidationFormat> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ValidationFormat f : values()) {
            if (f.cliName.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** One report in this form. */
    public String render(ValidationReport report, Locale locale) {
        return render(List.of(Objects.requireNonNull(report, "report")), locale);
    }

    /** The reports in this form, as a string. */
    public String render(List<ValidationReport> reports, Locale locale) {
        StringWriter w = new StringWriter();
        try {
            write(reports, locale, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /**
     * Writes the reports in this form. The XML and HTML forms declare UTF-8, so give a writer that encodes UTF-8.
     * The writer is flushed, not closed.
     */
    public void write(List<ValidationReport> reports, Locale locale, Writer out) throws IOException {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        Locale lang = locale == null ? ReportWords.VIETNAMESE : locale;
        switch (this) {
            case TEXT -> TextForm.write(reports, lang, out);
            case JSON -> JsonForm.write(reports, lang, out);
            case JUNIT -> JunitForm.write(reports, lang, out);
            case HTML -> HtmlForm.write(reports, lang, out);
            default -> throw new IllegalArgumentException("unknown format " + this);
        }
        out.flush();
    }

    /**
     * Writes the reports in this form to a file (UTF-8), atomically: a temporary file beside it replaces it in one
     * step, so the file is the old one or the complete new one, never half written.
     *
     * @throws IOException when the folder is missing or not writable
     */
    public void write(List<ValidationReport> reports, Path file, Locale locale) throws IOException {
        dev.edxml.internal.OutputFile.write(file, render(reports, locale).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the index page of a batch checked to HTML: the counts, then one line per package (those with errors
     * first) linking to its own page, {@code link.apply(i)} for {@code reports.get(i)} (a relative address such as
     * {@code report-files/00001.html}; each such page is {@link #HTML} of that one report). A small inline script
     * filters the lines; nothing is fetched. The writer must encode UTF-8; it is flushed.
     */
    public static void writeHtmlIndex(
            List<ValidationReport> reports, Locale locale, Writer out, IntFunction<String> link) throws IOException {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(link, "link");
        HtmlIndex.write(reports, locale == null ? ReportWords.VIETNAMESE : locale, out, link);
        out.flush();
    }
}
