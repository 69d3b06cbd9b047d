package dev.edxml.stats;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report as one self-contained HTML page: inline CSS and SVG, no script, no font, no image and no link to
 * anything outside the page, so that it opens offline; printable on A4. Every text from the packages is escaped.
 *
 * <p>What comes first is what oversight teams measure: the agencies ranked by their share of validly signed documents,
 * then how that share moves over time (months or quarters), then the PDF attachments (validly signed, scanned), then
 * every figure in tables small enough for a page. One colour stands for one meaning everywhere on the page.
 */
final class HtmlPage {
    /** The signature classes of a document, in the order of the bars, with their colour (one per meaning). */
    private static final String[][] CLASSES = {
        {"xmldsigValid", "#1a7f37"}, {"xmldsigUntrusted", "#d4a72c"}, {"xmldsigIndeterminate", "#0969da"},
        {"xmldsigInvalid", "#cf222e"}, {"legacyPlaceholder", "#8250df"}, {"unsigned", "#8c959f"}
    };

    private static final String VALID = "#1a7f37";
    private static final String SCANNED = "#bc4c00";
    private static final int TREND_COLUMNS = 12;
    private static final int MAX_SPAN = 36;

    private static final String STYLE =
            """
            *{box-sizing:border-box}
            body{font-family:"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:0 auto;max-width:62rem;\
            padding:1.5rem;color:#1f2328;line-height:1.4;font-size:15px}
            h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin:1.8rem 0 .3rem;border-bottom:2px solid #d0d7de;\
            padding-bottom:.2rem}h3{font-size:1rem;margin:1.2rem 0 .3rem}
            .meta{color:#57606a;margin:.2rem 0}.note{color:#57606a;font-size:.9rem;margin:.2rem 0 .6rem}
            .kpis{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}
            .kpi{flex:1 1 9rem;border:1px solid #d0d7de;border-radius:.4rem;padding:.5rem .7rem}
            .kpi b{display:block;font-size:1.5rem}.kpi span{color:#57606a;font-size:.85rem}
            table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.9rem}
            th,td{border:1px solid #d0d7de;padding:.25rem .4rem;vertical-align:top;text-align:left}
            th{background:#f6f8fa;font-weight:600}td.n,th.n{text-align:right}td.n{white-space:nowrap}
            td.name{overflow-wrap:anywhere}tr.total td{font-weight:600;background:#f6f8fa}
            .bar{display:inline-block;vertical-align:middle;width:8rem;height:.8rem;background:#eaeef2;\
            border-radius:2px;overflow:hidden;margin-right:.4rem}
            .bar i{display:block;height:100%}
            .stack{display:flex;width:100%;min-width:8rem;height:.9rem;background:#eaeef2;border-radius:2px;overflow:hidden}
            .stack i{display:block;height:100%}
            .legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.85rem;margin:.3rem 0}
            .legend span::before{content:"";display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;\
            vertical-align:-.1rem;background:var(--c);border-radius:2px}
            td.nodata{color:#8c959f;text-align:center}
            table.trend{font-size:.8rem;table-layout:fixed}table.trend th:first-child{width:10rem}table.trend th,table.trend td{padding:.2rem .3rem}
            table.trend td small{display:block;color:#57606a;max-width:12rem;overflow:hidden;text-overflow:ellipsis;\
            white-space:nowrap}
            svg{max-width:100%;height:auto}svg text{font-size:11px;fill:#1f2328}
            code{font-size:.85em;overflow-wrap:anywhere}ul.files li{margin:.15rem 0}
            .bar,.stack,.legend span::before,svg,tr.total td,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            @page{size:A4;margin:12mm}
            @media print{body{max-width:none;padding:0;font-size:10pt}h2{break-after:avoid}table{font-size:8.5pt}\
            thead{display:table-header-group}tr{break-inside:avoid}.kpi{break-inside:avoid}.bar{width:5rem}}
            """;

    private HtmlPage() {}

    static String render(StatsReport r, Locale locale) {
        return render(r, StatsFormat.Options.of(locale));
    }

    static String render(StatsReport r, StatsFormat.Options o) {
        Texts t = Texts.of(o.locale());
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"")
                .append(t.vietnamese() ? "vi" : "en")
                .append("\">\n<head>\n")
                .append(
                        "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(esc(t.t("title")))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        sb.append("<h1>")
                .append(esc(t.t("title")))
                .append("</h1>\n<p class=\"meta\">")
                .append(esc(t.t("source")))
                .append(": <code>")
                .append(esc(r.source()))
                .append("</code> · ")
                .append(esc(t.t("generated")))
                .append(": ")
                .append(esc(t.time(r.generatedAt())))
                .append("<br>")
                .append(esc(t.t("trust")))
                .append(": ")
                .append(esc(r.trustAnchors() == 0 ? t.t("noTrust") : String.valueOf(r.trustAnchors())))
                .append(" · ")
                .append(esc(t.t("profile")))
                .append(": ")
                .append(esc(r.profile()))
                .append("</p>\n")
                .append("<p class=\"note\">")
                .append(esc(t.t("howToRead")))
                .append("</p>\n");
        kpis(sb, r, t);
        ranking(sb, r, t, o);
        trend(sb, r, t, o);
        pdf(sb, r, t, o);
        figures(sb, r, t);
        reasons(sb, r, t);
        unreadable(sb, r, t);
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void kpis(StringBuilder sb, StatsReport r, Texts t) {
        Figures f = r.total();
        sb.append("<div class=\"kpis\">\n");
        kpi(sb, String.valueOf(f.documents()), t.t("kpiDocs"));
        kpi(sb, t.percent(f.xmldsigValid(), f.documents()), t.t("kpiValid"));
        kpi(sb, t.percent(f.documentsAllPdfValid(), f.documentsWithPdf()), t.t("kpiPdf"));
        kpi(sb, t.percent(f.pdfScanned(), f.pdfAttachments()), t.t("kpiScanned"));
        kpi(sb, String.valueOf(f.unreadable()), t.t("kpiUnreadable"));
        sb.append("</div>\n");
    }

    private static void kpi(StringBuilder sb, String value, String label) {
        sb.append("<div class=\"kpi\"><b>")
                .append(esc(value))
                .append("</b><span>")
                .append(esc(label))
                .append("</span></div>\n");
    }

    /** The agencies by share of validly signed documents, highest first, with the split of their documents. */
    private static void ranking(StringBuilder sb, StatsReport r, Texts t, StatsFormat.Options o) {
        List<Figures> ranked = new ArrayList<>(r.agencies());
        ranked.sort(Comparator.comparing((Figures f) -> f.documents() == 0)
                .thenComparing(Comparator.comparing(Figures::xmldsigValidShare).reversed())
                .thenComparing(Comparator.comparingInt(Figures::documents).reversed()));
        sb.append("<h2 id=\"ranking\">")
                .append(esc(t.t("ranking")))
                .append("</h2>\n<p class=\"note\">")
                .append(esc(t.t("rankingNote")))
                .append("</p>\n");
        legend(sb, t);
        sb.append("<table class=\"ranking\">\n<thead><tr><th class=\"n\">")
                .append(esc(t.t("rank")))
                .append("</th><th>")
                .append(esc(t.t("agency")))
                .append("</th><th>")
                .append(esc(t.t("name")))
                .append("</th><th class=\"n\">")
                .append(esc(t.t("documents")))
                .append("</th><th>")
                .append(esc(t.t("validShare")))
                .append("</th><th>")
                .append(esc(t.t("breakdown")))
                .append("</th></tr></thead>\n<tbody>\n");
        int rank = 0;
        for (Figures f : ranked) {
            rank++;
            sb.append("<tr><td class=\"n\">")
                    .append(f.documents() == 0 ? Texts.NO_DATA : String.valueOf(rank))
                    .append("</td><td>")
                    .append(esc(t.agency(f)))
                    .append("</td><td class=\"name\">")
                    .append(esc(o.name(f).orElse("")))
                    .append("</td><td class=\"n\">")
                    .append(f.documents())
                    .append("</td><td class=\"n\">");
            share(sb, f.xmldsigValid(), f.documents(), VALID, t);
            sb.append("</td><td>");
            stack(sb, f, t);
            sb.append("</td></tr>\n");
        }
        Figures total = r.total();
        sb.append("<tr class=\"total\"><td></td><td>")
                .append(esc(t.t("total")))
                .append("</td><td></td><td class=\"n\">")
                .append(total.documents())
                .append("</td><td class=\"n\">");
        share(sb, total.xmldsigValid(), total.documents(), VALID, t);
        sb.append("</td><td>");
        stack(sb, total, t);
        sb.append("</td></tr>\n</tbody>\n</table>\n");
    }

    /** A bar of {@code part} of {@code whole} with its percentage; "—" alone for 0/0. */
    private static void share(StringBuilder sb, int part, int whole, String colour, Texts t) {
        if (whole == 0) {
            sb.append(Texts.NO_DATA);
            return;
        }
        sb.append("<span class=\"bar\" title=\"")
                .append(part)
                .append('/')
                .append(whole)
                .append("\"><i style=\"width:")
                .append(Figures.percent(part, whole).toPlainString())
                .append("%;background:")
                .append(colour)
                .append("\"></i></span>")
                .append(esc(t.percent(part, whole)));
    }

    /** The documents split by signature class, one colour per class. */
    private static void stack(StringBuilder sb, Figures f, Texts t) {
        if (f.documents() == 0) {
            sb.append(Texts.NO_DATA);
            return;
        }
        sb.append("<span class=\"stack\">");
        for (String[] c : CLASSES) {
            int n = count(f, c[0]);
            if (n > 0) {
                sb.append("<i style=\"width:")
                        .append(Figures.percent(n, f.documents()).toPlainString())
                        .append("%;background:")
                        .append(c[1])
                        .append("\" title=\"")
                        .append(esc(t.t("k." + c[0]) + ": " + n + " (" + t.percent(n, f.documents()) + ")"))
                        .append("\"></i>");
            }
        }
        sb.append("</span>");
    }

    private static void legend(StringBuilder sb, Texts t) {
        sb.append("<div class=\"legend\">");
        for (String[] c : CLASSES) {
            sb.append("<span style=\"--c:")
                    .append(c[1])
                    .append("\">")
                    .append(esc(t.t("k." + c[0])))
                    .append("</span>");
        }
        sb.append("</div>\n");
    }

    private static int count(Figures f, String key) {
        return Columns.COUNTS.stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow()
                .value()
                .applyAsInt(f);
    }

    /** The share of validly signed documents by period: a column chart of all agencies, then a table per agency. */
    private static void trend(StringBuilder sb, StatsReport r, Texts t, StatsFormat.Options o) {
        TrendPeriod by = o.by();
        sb.append("<h2 id=\"trend\">")
                .append(esc(t.t("trend")))
                .append(" — ")
                .append(esc(t.t("period." + by.cliName())))
                .append("</h2>\n<p class=\"note\">")
                .append(esc(t.t("trendNote")))
                .append("</p>\n");
        List<PeriodFigures> total = r.totalTrend(by);
        if (total.isEmpty()) {
            sb.append("<p>").append(esc(t.t("noTrend"))).append("</p>\n");
            return;
        }
        List<YearMonth> periods = periods(total, by);
        chart(sb, total, periods, by, t);
        Map<Optional<String>, Map<YearMonth, PeriodFigures>> byAgency = new LinkedHashMap<>();
        for (PeriodFigures p : r.trend(by)) {
            byAgency.computeIfAbsent(p.organId(), k -> new LinkedHashMap<>()).put(p.start(), p);
        }
        Map<YearMonth, PeriodFigures> all = new LinkedHashMap<>();
        total.forEach(p -> all.put(p.start(), p));
        // tables of at most TREND_COLUMNS periods, of even widths (15 months: 8 and 7, not 12 and 3)
        int chunk = -Math.floorDiv(-periods.size(), -Math.floorDiv(-periods.size(), TREND_COLUMNS));
        for (int from = 0; from < periods.size(); from += chunk) {
            List<YearMonth> cols = periods.subList(from, Math.min(periods.size(), from + chunk));
            sb.append("<table class=\"trend\">\n<thead><tr><th>")
                    .append(esc(t.t("agency")))
                    .append("</th>");
            cols.forEach(m -> sb.append("<th class=\"n\">")
                    .append(esc(by.label(m, t.locale())))
                    .append("</th>"));
            sb.append("</tr></thead>\n<tbody>\n");
            for (Figures a : r.agencies()) {
                if (!byAgency.containsKey(a.organId())) {
                    continue;
                }
                Map<YearMonth, PeriodFigures> row = byAgency.get(a.organId());
                sb.append("<tr><td>")
                        .append(esc(t.agency(a)))
                        .append(o.name(a)
                                .map(n -> "<small>" + esc(n) + "</small>")
                                .orElse(""))
                        .append("</td>");
                cols.forEach(m -> cell(sb, row.get(m), t));
                sb.append("</tr>\n");
            }
            sb.append("<tr class=\"total\"><td>").append(esc(t.t("total"))).append("</td>");
            cols.forEach(m -> cell(sb, all.get(m), t));
            sb.append("</tr>\n</tbody>\n</table>\n");
        }
        if (r.undatedDocuments() > 0) {
            sb.append("<p class=\"note\">")
                    .append(esc(t.t("undated")))
                    .append(": ")
                    .append(r.undatedDocuments())
                    .append("</p>\n");
        }
    }

    /**
     * The periods shown: every period from the first to the last with documents, the empty ones included so that gaps
     * show, when that is at most {@value #MAX_SPAN} periods; otherwise (a sparse archive over many years) only the
     * periods with documents.
     */
    private static List<YearMonth> periods(List<PeriodFigures> total, TrendPeriod by) {
        List<YearMonth> out = new ArrayList<>();
        YearMonth last = total.get(total.size() - 1).start();
        int step = by == TrendPeriod.QUARTER ? 3 : 1;
        for (YearMonth m = total.get(0).start(); !m.isAfter(last) && out.size() <= MAX_SPAN; m = m.plusMonths(step)) {
            out.add(m);
        }
        if (out.size() > MAX_SPAN) {
            return total.stream().map(PeriodFigures::start).toList();
        }
        return out;
    }

    private static void cell(StringBuilder sb, PeriodFigures p, Texts t) {
        if (p == null || p.documents() == 0) {
            sb.append("<td class=\"nodata\">").append(Texts.NO_DATA).append("</td>");
            return;
        }
        sb.append("<td class=\"n\" title=\"")
                .append(p.xmldsigValid())
                .append('/')
                .append(p.documents())
                .append("\">")
                .append(esc(t.percent(p.xmldsigValid(), p.documents())))
                .append("</td>");
    }

    /** Columns of 0–100 % (valid signatures of all agencies), one per period; the label above, no label for none. */
    private static void chart(
            StringBuilder sb, List<PeriodFigures> total, List<YearMonth> periods, TrendPeriod by, Texts t) {
        Map<YearMonth, PeriodFigures> at = new LinkedHashMap<>();
        total.forEach(p -> at.put(p.start(), p));
        int n = periods.size();
        int left = 40;
        int plot = 180;
        int top = 20;
        int colW = Math.max(14, Math.min(60, 860 / Math.max(1, n)));
        int width = left + n * colW + 10;
        boolean rotate = colW < 48;
        int height = top + plot + (rotate ? 60 : 30);
        sb.append("<svg role=\"img\" aria-label=\"")
                .append(esc(t.t("trend")))
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\">\n");
        for (int pct = 0; pct <= 100; pct += 25) {
            int y = top + plot - plot * pct / 100;
            sb.append("<line x1=\"")
                    .append(left)
                    .append("\" x2=\"")
                    .append(width - 5)
                    .append("\" y1=\"")
                    .append(y)
                    .append("\" y2=\"")
                    .append(y)
                    .append("\" stroke=\"#d0d7de\"/><text x=\"")
                    .append(left - 4)
                    .append("\" y=\"")
                    .append(y + 4)
                    .append("\" text-anchor=\"end\">")
                    .append(pct)
                    .append("%</text>\n");
        }
        for (int i = 0; i < n; i++) {
            PeriodFigures p = at.get(periods.get(i));
            int x = left + i * colW;
            int cx = x + colW / 2;
            if (p != null && p.documents() > 0) {
                double share = Figures.percent(p.xmldsigValid(), p.documents()).doubleValue();
                double h = Math.max(1.5, plot * share / 100);
                sb.append("<rect x=\"")
                        .append(x + 2)
                        .append("\" y=\"")
                        .append(top)
                        .append("\" width=\"")
                        .append(colW - 4)
                        .append("\" height=\"")
                        .append(plot)
                        .append("\" fill=\"#eaeef2\"/>");
                sb.append("<rect x=\"")
                        .append(x + 2)
                        .append("\" y=\"")
                        .append(num(top + plot - h))
                        .append("\" width=\"")
                        .append(colW - 4)
                        .append("\" height=\"")
                        .append(num(h))
                        .append("\" fill=\"")
                        .append(VALID)
                        .append("\"><title>")
                        .append(esc(by.label(p.start(), t.locale()) + ": " + p.xmldsigValid() + "/" + p.documents()
                                + " (" + t.percent(p.xmldsigValid(), p.documents()) + ")"))
                        .append("</title></rect>");
                if (colW >= 34) {
                    sb.append("<text x=\"")
                            .append(cx)
                            .append("\" y=\"")
                            .append(num(top + plot - h - 3))
                            .append("\" text-anchor=\"middle\">")
                            .append(esc(t.percent(p.xmldsigValid(), p.documents())))
                            .append("</text>");
                }
            } else {
                sb.append("<text x=\"")
                        .append(cx)
                        .append("\" y=\"")
                        .append(top + plot - 3)
                        .append("\" text-anchor=\"middle\" fill=\"#8c959f\">")
                        .append(Texts.NO_DATA)
                        .append("</text>");
            }
            String label = esc(by.label(periods.get(i), t.locale()));
            if (rotate) {
                sb.append("<text transform=\"translate(")
                        .append(cx + 4)
                        .append(',')
                        .append(top + plot + 8)
                        .append(") rotate(-60)\" text-anchor=\"end\">")
                        .append(label)
                        .append("</text>\n");
            } else {
                sb.append("<text x=\"")
                        .append(cx)
                        .append("\" y=\"")
                        .append(top + plot + 16)
                        .append("\" text-anchor=\"middle\">")
                        .append(label)
                        .append("</text>\n");
            }
        }
        sb.append("</svg>\n");
    }

    /** Per agency: documents with PDFs and the share whose every PDF is validly signed; PDFs and the share scanned. */
    @SuppressWarnings("ReferenceEquality") // the total row is that very instance
    private static void pdf(StringBuilder sb, StatsReport r, Texts t, StatsFormat.Options o) {
        sb.append("<h2 id=\"pdf\">")
                .append(esc(t.t("pdfShares")))
                .append("</h2>\n<p class=\"note\">")
                .append(esc(t.t("pdfNote")))
                .append("</p>\n<div class=\"legend\"><span style=\"--c:")
                .append(VALID)
                .append("\">")
                .append(esc(t.t("pdfValid")))
                .append("</span><span style=\"--c:")
                .append(SCANNED)
                .append("\">")
                .append(esc(t.t("scanned")))
                .append("</span></div>\n");
        sb.append("<table class=\"pdf\">\n<thead><tr><th>")
                .append(esc(t.t("agency")))
                .append("</th><th>")
                .append(esc(t.t("name")))
                .append("</th><th class=\"n\">")
                .append(esc(t.t("docsWithPdf")))
                .append("</th><th>")
                .append(esc(t.t("pdfValid")))
                .append("</th><th class=\"n\">")
                .append(esc(t.t("pdfFiles")))
                .append("</th><th>")
                .append(esc(t.t("scanned")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Figures f : rows(r)) {
            boolean total = f == r.total();
            sb.append(total ? "<tr class=\"total\">" : "<tr>")
                    .append("<td>")
                    .append(esc(label(f, r, t)))
                    .append("</td><td class=\"name\">")
                    .append(esc(total ? "" : o.name(f).orElse("")))
                    .append("</td><td class=\"n\">")
                    .append(f.documentsWithPdf())
                    .append("</td><td class=\"n\">");
            share(sb, f.documentsAllPdfValid(), f.documentsWithPdf(), VALID, t);
            sb.append("</td><td class=\"n\">").append(f.pdfAttachments()).append("</td><td class=\"n\">");
            share(sb, f.pdfScanned(), f.pdfAttachments(), SCANNED, t);
            sb.append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    /** Every count, in four tables narrow enough for a page: signatures, attachments, status, format. */
    private static void figures(StringBuilder sb, StatsReport r, Texts t) {
        sb.append("<h2 id=\"figures\">").append(esc(t.t("figures"))).append("</h2>\n");
        countTable(
                sb,
                r,
                t,
                "sigTable",
                List.of(
                        "documents",
                        "xmldsigValid",
                        "xmldsigUntrusted",
                        "xmldsigIndeterminate",
                        "xmldsigInvalid",
                        "legacyPlaceholder",
                        "unsigned",
                        "xmldsigNotBySender"),
                false);
        countTable(
                sb,
                r,
                t,
                "pdfTable",
                List.of(
                        "attachments",
                        "pdfAttachments",
                        "pdfValid",
                        "pdfUntrusted",
                        "pdfInvalid",
                        "pdfUnsigned",
                        "pdfScanned",
                        "pdfUnreadable",
                        "documentsWithPdf",
                        "documentsAllPdfValid"),
                false);
        countTable(
                sb,
                r,
                t,
                "statusTable",
                List.of("statusPackages", "acknowledged", "finished", "rejected", "statusUnmatched"),
                true);
        countTable(sb, r, t, "fmtTable", List.of("packages", "formatErrors", "unreadable"), false);
    }

    @SuppressWarnings("ReferenceEquality") // the total row is that very instance
    private static void countTable(
            StringBuilder sb, StatsReport r, Texts t, String caption, List<String> keys, boolean times) {
        sb.append("<h3>")
                .append(esc(t.t(caption)))
                .append("</h3>\n<table class=\"counts\">\n<thead><tr><th>")
                .append(esc(t.t("agency")))
                .append("</th>");
        keys.forEach(
                k -> sb.append("<th class=\"n\">").append(esc(t.t("k." + k))).append("</th>"));
        if (times) {
            sb.append("<th class=\"n\">")
                    .append(esc(t.t("ackTime")))
                    .append("</th><th class=\"n\">")
                    .append(esc(t.t("finTime")))
                    .append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (Figures f : rows(r)) {
            sb.append(f == r.total() ? "<tr class=\"total\">" : "<tr>")
                    .append("<td>")
                    .append(esc(label(f, r, t)))
                    .append("</td>");
            keys.forEach(k -> sb.append("<td class=\"n\">").append(count(f, k)).append("</td>"));
            if (times) {
                sb.append("<td class=\"n\">")
                        .append(esc(hours(f.timeToAcknowledge(), t)))
                        .append("</td><td class=\"n\">")
                        .append(esc(hours(f.timeToFinish(), t)))
                        .append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private static String hours(TimeSummary s, Texts t) {
        if (s.count() == 0) {
            return Texts.NO_DATA;
        }
        return t.number(TimeSummary.hours(s.median().get())) + " / "
                + t.number(TimeSummary.hours(s.p90().get()));
    }

    private static void reasons(StringBuilder sb, StatsReport r, Texts t) {
        if (r.total().rejected() == 0) {
            return;
        }
        sb.append("<h3>")
                .append(esc(t.t("reasons")))
                .append("</h3>\n<table>\n<thead><tr><th>")
                .append(esc(t.t("agency")))
                .append("</th><th class=\"n\">")
                .append(esc(t.t("k.rejected")))
                .append("</th><th>")
                .append(esc(t.t("reasons")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Figures a : r.agencies()) {
            for (Map.Entry<String, Integer> rc : a.rejectionReasons().entrySet()) {
                sb.append("<tr><td>")
                        .append(esc(t.agency(a)))
                        .append("</td><td class=\"n\">")
                        .append(rc.getValue())
                        .append("</td><td>")
                        .append(esc(rc.getKey().isEmpty() ? t.t("noReason") : rc.getKey()))
                        .append("</td></tr>\n");
            }
        }
        sb.append("</tbody>\n</table>\n");
    }

    private static void unreadable(StringBuilder sb, StatsReport r, Texts t) {
        sb.append("<h2 id=\"unreadable\">")
                .append(esc(t.t("unreadable")))
                .append(": ")
                .append(r.total().unreadable())
                .append("</h2>\n");
        if (!r.unreadablePackages().isEmpty()) {
            sb.append("<ul class=\"files\">\n");
            r.unreadablePackages().forEach(u -> sb.append("<li><code>")
                    .append(esc(u.source()))
                    .append(u.position().isEmpty() ? "" : ":" + esc(u.position()))
                    .append("</code> <code>")
                    .append(esc(u.code()))
                    .append("</code> ")
                    .append(esc(TextTable.meaning(u, t)))
                    .append("</li>\n"));
            sb.append("</ul>\n");
        }
        if (r.otherFiles() > 0) {
            sb.append("<p>")
                    .append(esc(t.t("other")))
                    .append(": ")
                    .append(r.otherFiles())
                    .append("</p>\n");
        }
        if (!r.signatureFindings().isEmpty()) {
            sb.append("<h3>").append(esc(t.t("findings"))).append("</h3>\n<table>\n<tbody>\n");
            for (SignatureFindingCount c : r.signatureFindings()) {
                sb.append("<tr><td class=\"n\">")
                        .append(c.documents())
                        .append("</td><td><code>")
                        .append(esc(c.code()))
                        .append("</code></td><td>")
                        .append(esc(c.meaning(t.locale())))
                        .append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }
    }

    private static List<Figures> rows(StatsReport r) {
        List<Figures> rows = new ArrayList<>(r.agencies());
        rows.add(r.total());
        return rows;
    }

    @SuppressWarnings("ReferenceEquality") // the total row is that very instance, not one equal to it
    private static String label(Figures f, StatsReport r, Texts t) {
        return f == r.total() ? t.t("total") : t.agency(f);
    }

    private static String num(double d) {
        return BigDecimal.valueOf(d).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** Text for element content and attribute values. */
    static String esc(String s) {
        return dev.edxml.internal.Markup.text(s);
    }
}
