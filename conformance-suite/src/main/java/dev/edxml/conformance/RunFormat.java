package dev.edxml.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The forms a {@link RunResult} is written in (báo cáo kiểm thử): JSON (everything, readable back with
 * {@link RunResult#fromJson}), JUnit XML for CI, a self-contained HTML page for people, the certification record (hồ
 * sơ chứng nhận) and a badge; each has its file name in a report folder. The forms are bilingual or language-neutral
 * today; the locale is taken so that every report type renders the same way ({@code FORMAT.render(report, locale)}).
 *
 * <pre>{@code
 * String html = RunFormat.HTML.render(run, Locale.forLanguageTag("vi"));
 * RunFormat.writeAll(run, Path.of("report"), Locale.forLanguageTag("vi"));   // results.json, junit.xml, …
 * }</pre>
 *
 * @since 0.1.0
 */
public enum RunFormat {
    /** {@code results.json}: the whole run. */
    JSON("results.json"),
    /** {@code junit.xml}: one test case per conformance case; MUST failures are failures, SHOULD ones skipped. */
    JUNIT("junit.xml"),
    /** {@code report.html}: for people, no external resource. */
    HTML("report.html"),
    /** {@code certification.json}: suite version and digest, product, date, every case's verdict. */
    RECORD("certification.json"),
    /** {@code badge.svg}: {@code edXML axis consumer+reply | 77/77 MUST pass · 1.1.0-draft}. */
    BADGE("badge.svg");

    private final String file;

    RunFormat(String file) {
        this.file = file;
    }

    /** The file name in a report folder. */
    public String file() {
        return file;
    }

    /** The run in this form. */
    public String render(RunResult run, Locale locale) {
        Objects.requireNonNull(run, "run");
        return RunReports.render(run, this);
    }

    /**
     * Writes the run in this form to a file (UTF-8), atomically: a temporary file beside it replaces it in one step.
     *
     * @throws IOException when the folder is missing or not writable
     */
    public void write(RunResult run, Path file, Locale locale) throws IOException {
        Suite.writeAtomically(file, render(run, locale).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes every form into {@code dir} (created if needed) under its {@link #file() file name}, each atomically. */
    public static void writeAll(RunResult run, Path dir, Locale locale) throws IOException {
        Files.createDirectories(dir);
        for (RunFormat f : values()) {
            f.write(run, dir.resolve(f.file()), locale);
        }
    }
}
