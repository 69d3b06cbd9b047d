package dev.edxml.validate;

import dev.edxml.Finding;
import dev.edxml.Severity;
import dev.edxml.internal.Messages;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The index page of a batch validated to HTML: the counts, then one row per package, those with errors first (most
 * errors first, then by name), each linking to its own page. A small inline script (no network) filters the rows by
 * text and by verdict (the address's {@code #text} fills the filter, so that a filtered view can be shared); without
 * script every row shows. About 200 bytes a package, so thousands of packages keep the
 * page small.
 */
final class HtmlIndex {
    private static final Messages TEXTS =
            new Messages(HtmlIndex.class::getResourceAsStream, "/dev/edxml/validate/reports");
    private static final String STYLE =
            """
            body{font-family:"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:1.5rem auto;\
            max-width:70rem;padding:0 1rem;color:#1d1d1f;line-height:1.4}
            h1{font-size:1.5rem;margin:0 0 .3rem}.intro{color:#555}
            .counts{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}
            .counts div{flex:1 1 8rem;border:1px solid #ccc;border-radius:.3rem;padding:.4rem .6rem}
            .counts b{display:block;font-size:1.4rem}.counts span{color:#555;font-size:.85rem}
            .tools{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:.5rem 0}
            input[type=search]{font-size:1rem;padding:.3rem .5rem;min-width:20rem}
            table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ddd;padding:.25rem .45rem;\
            text-align:left;vertical-align:top}th{background:#f3f3f3}td.n{text-align:right;white-space:nowrap}
            td.f{overflow-wrap:anywhere}tr.bad td:first-child{border-left:.3rem solid #c62828}
            tr.ok td:first-child{border-left:.3rem solid #2e7d32}tr.warn td:first-child{border-left:.3rem solid #a15c00}
            td.bad{color:#c62828}td.ok{color:#2e7d32}code{font-size:.9em}th.f{width:35%}
            @media print{.tools{display:none}body{max-width:none;margin:0}}
            """;
    private static final String SCRIPT =
            """
            (function(){var q=document.getElementById('q'),e=document.getElementById('e'),
            rows=document.querySelectorAll('#files tbody tr'),n=document.getElementById('n');
            function f(){var t=q.value.toLowerCase(),k=0;for(var i=0;i<rows.length;i++){var r=rows[i];
            var s=(!e.checked||r.className==='bad')&&(t===''||r.textContent.toLowerCase().indexOf(t)>=0);
            r.style.display=s?'':'none';if(s)k++;}n.textContent=k;}
            if(location.hash.length>1){q.value=decodeURIComponent(location.hash.slice(1));}
            q.addEventListener('input',f);e.addEventListener('change',f);f();})();
            """;

    private HtmlIndex() {}

    static void write(List<ValidationReport> reports, Locale locale, Writer out, IntFunction<String> link)
            throws IOException {
        String lang = "vi".equals(locale.getLanguage()) ? "vi" : "en";
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(
                        i -> -reports.get(i).of(Severity.ERROR).size())
                .thenComparing(i -> -reports.get(i).of(Severity.WARNING).size())
                .thenComparing(i -> reports.get(i).source()));
        long valid = reports.stream().filter(ValidationReport::isValid).count();
        long warned = reports.stream()
                .filter(r -> r.isValid() && !r.of(Severity.WARNING).isEmpty())
                .count();
        long errors =
                reports.stream().mapToLong(r -> r.of(Severity.ERROR).size()).sum();
        long warnings =
                reports.stream().mapToLong(r -> r.of(Severity.WARNING).size()).sum();
        long notes = reports.stream().mapToLong(r -> r.of(Severity.INFO).size()).sum();
        out.write("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + t("index.title", locale) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<h1>" + t("index.title", locale) + "</h1>\n<p class=\"intro\">" + t("index.intro", locale)
                + "</p>\n<div class=\"counts\">\n");
        count(out, reports.size(), t("index.files", locale));
        count(out, valid, t("index.valid", locale));
        count(out, reports.size() - valid, t("index.invalid", locale));
        count(out, warned, t("index.warningsOnly", locale));
        count(out, errors, t("index.errors", locale));
        count(out, warnings, t("index.warnings", locale));
        count(out, notes, t("index.notes", locale));
        out.write("</div>\n<div class=\"tools\"><label>" + t("index.filter", locale)
                + " <input type=\"search\" id=\"q\" autocomplete=\"off\"></label><label><input type=\"checkbox\" id=\"e\"> "
                + t("index.onlyErrors", locale) + "</label><span><b id=\"n\">" + reports.size() + "</b> "
                + t("index.shown", locale) + "</span></div>\n");
        out.write("<table id=\"files\">\n<thead><tr><th class=\"f\">" + t("index.file", locale) + "</th><th>"
                + t("index.verdict", locale) + "</th><th class=\"n\">" + t("index.errors", locale)
                + "</th><th class=\"n\">" + t("index.warnings", locale) + "</th><th class=\"n\">"
                + t("index.notes", locale) + "</th><th>" + t("index.first", locale) + "</th></tr></thead>\n<tbody>\n");
        for (int i : order) {
            ValidationReport r = reports.get(i);
            List<Finding> errs = r.of(Severity.ERROR);
            String cls = !r.isValid() ? "bad" : r.of(Severity.WARNING).isEmpty() ? "ok" : "warn";
            out.write("<tr class=\"" + cls + "\"><td class=\"f\"><a href=\"" + Escape.xml(link.apply(i)) + "\">"
                    + Escape.xml(r.source()) + "</a></td><td class=\""
                    + (r.isValid() ? "ok\">" + t("report.valid", locale) : "bad\">" + t("report.invalid", locale))
                    + "</td><td class=\"n\">"
                    + errs.size() + "</td><td class=\"n\">"
                    + r.of(Severity.WARNING).size() + "</td><td class=\"n\">"
                    + r.of(Severity.INFO).size() + "</td><td>"
                    + (errs.isEmpty()
                            ? ""
                            : "<code>" + Escape.xml(errs.get(0).code()) + "</code> "
                                    + Escape.xml(shorten(errs.get(0).message(locale))))
                    + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
    }

    private static void count(Writer out, long n, String label) throws IOException {
        out.write("<div><b>" + n + "</b><span>" + label + "</span></div>\n");
    }

    /** A message cut to about 120 characters: the page for the package has the whole of it. */
    private static String shorten(String s) {
        return s.codePointCount(0, s.length()) <= 120 ? s : s.substring(0, s.offsetByCodePoints(0, 119)) + "…";
    }

    private static String t(String key, Locale locale, String... args) {
        return Escape.xml(SummaryFields.t(TEXTS, key, locale, args));
    }
}
