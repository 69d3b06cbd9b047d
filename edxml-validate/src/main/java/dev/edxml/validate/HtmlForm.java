package dev.edxml.validate;

import dev.edxml.Finding;
import dev.edxml.Severity;
import dev.edxml.internal.Messages;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The HTML form: one self-contained page (inline style, no script, nothing fetched) that a clerk can open or mail.
 * Each package is summarised first (kind, number and notation, sender, receivers, subject), then its findings grouped
 * by severity with line, column, element path, message and basis. Every text from a package is escaped.
 */
final class HtmlForm {
    private static final Messages TEXTS =
            new Messages(HtmlForm.class::getResourceAsStream, "/dev/edxml/validate/reports");
    private static final String STYLE =
            """
            body{font-family:"Segoe UI",Roboto,Arial,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;\
            color:#1d1d1f;line-height:1.45}
            h1{font-size:1.6rem;margin-bottom:.3rem}h2{font-size:1.2rem;margin:0 0 .5rem;word-break:break-all}
            h3{font-size:1rem;margin:1rem 0 .4rem}.intro{color:#555}
            section{border:1px solid #ccc;border-left:.4rem solid #2e7d32;border-radius:.3rem;padding:1rem;margin:1rem 0}
            section.invalid{border-left-color:#c62828}
            .verdict{font-weight:600}.ok{color:#2e7d32}.bad{color:#c62828}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}dt{color:#555}dd{margin:0}
            table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{border:1px solid #ddd;padding:.3rem .5rem;\
            text-align:left;vertical-align:top}th{background:#f3f3f3}
            td.where{white-space:nowrap}td.where small{display:block;white-space:normal;color:#666;word-break:break-all}
            h3.ERROR{color:#c62828}h3.WARNING{color:#a15c00}h3.INFO{color:#1565c0}code{font-size:.9em}
            """;

    private HtmlForm() {}

    static void write(List<ValidationReport> reports, Locale locale, Writer out) throws IOException {
        String lang = "vi".equals(locale.getLanguage()) ? "vi" : "en";
        long valid = reports.stream().filter(ValidationReport::isValid).count();
        out.write("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + t("report.title", locale) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<h1>" + t("report.title", locale) + "</h1>\n<p class=\"intro\">" + t("report.intro", locale)
                + "</p>\n<p class=\"verdict\">"
                + t(
                        "report.overview",
                        locale,
                        String.valueOf(reports.size()),
                        String.valueOf(valid),
                        String.valueOf(reports.size() - valid))
                + "</p>\n");
        if (reports.isEmpty()) {
            out.write("<p>" + t("report.empty", locale) + "</p>\n");
        }
        for (ValidationReport r : reports) {
            section(r, locale, out);
        }
        out.write("</body>\n</html>\n");
    }

    private static void section(ValidationReport r, Locale locale, Writer out) throws IOException {
        out.write("<section class=\"" + (r.isValid() ? "valid" : "invalid") + "\">\n<h2>" + Escape.xml(r.source())
                + "</h2>\n");
        out.write("<p class=\"verdict "
                + (r.isValid() ? "ok\">" + t("report.valid", locale) : "bad\">" + t("report.invalid", locale)) + " — "
                + t(
                        "report.counts",
                        locale,
                        count(r, Severity.ERROR),
                        count(r, Severity.WARNING),
                        count(r, Severity.INFO))
                + "</p>\n<dl>\n");
        for (SummaryFields.Row row : SummaryFields.of(r, TEXTS, locale)) {
            out.write("<dt>" + Escape.xml(row.label()) + "</dt><dd>" + Escape.xml(row.value()) + "</dd>\n");
        }
        out.write("<dt>" + t("report.profile", locale) + "</dt><dd>"
                + Escape.xml(r.profile().name()) + " — "
                + Escape.xml(r.profile().description(locale)) + "</dd>\n</dl>\n");
        if (r.findings().isEmpty()) {
            out.write("<p>" + t("report.none", locale) + "</p>\n");
        }
        for (Severity s : Severity.values()) {
            List<Finding> group = r.of(s);
            if (group.isEmpty()) {
                continue;
            }
            out.write("<h3 class=\"" + s.name() + "\">" + t("severity." + s.name(), locale) + " (" + group.size()
                    + ")</h3>\n<table>\n<thead><tr><th>" + t("column.location", locale) + "</th><th>"
                    + t("column.code", locale) + "</th><th>" + t("column.message", locale) + "</th><th>"
                    + t("column.clause", locale) + "</th></tr></thead>\n<tbody>\n");
            for (Finding f : group) {
                out.write("<tr><td class=\"where\">" + f.location().position()
                        + (f.location().path().isEmpty()
                                ? ""
                                : "<small>" + Escape.xml(f.location().path()) + "</small>")
                        + "</td><td><code>" + Escape.xml(f.code()) + "</code></td><td>"
                        + Escape.xml(f.message(locale)) + "</td><td>"
                        + Escape.xml(Clauses.forPeople(f.clause(), locale))
                        + "</td></tr>\n");
            }
            out.write("</tbody>\n</table>\n");
        }
        out.write("</section>\n");
    }

    private static String count(ValidationReport r, Severity s) {
        return String.valueOf(r.of(s).size());
    }

    /** A label, escaped: the bundles are ours, but a translator's '&' must not break the page. */
    private static String t(String key, Locale locale, String... args) {
        return Escape.xml(SummaryFields.t(TEXTS, key, locale, args));
    }
}
