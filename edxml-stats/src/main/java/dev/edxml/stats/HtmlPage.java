package dev.edxml.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained HTML page: inline CSS and SVG charts, no script, no font, no image and no link
 * to anything outside the page, so that it opens offline. Every text from the packages is escaped.
 */
final class HtmlPage {
    private static final String[] COLOURS = {"#1a7f37", "#9a6700", "#cf222e", "#8250df", "#6e7781", "#0969da"};

    private HtmlPage() {
    }

    static String render(StatsReport r, Locale locale) {
        Texts t = Texts.of(locale);
        boolean vi = locale != null && "vi".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(vi ? "vi" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(t.t("title"))).append("</title>\n")
                .append("<style>body{font-family:sans-serif;margin:1.5em;color:#1f2328}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #d0d7de;padding:.25em .5em}"
                        + "td.n{text-align:right}th{background:#f6f8fa}caption{text-align:left;font-weight:bold}"
                        + "svg text{font-size:12px}</style>\n</head>\n<body>\n");
        sb.append("<h1>").append(esc(t.t("title"))).append("</h1>\n<p>").append(esc(t.t("source"))).append(": ")
                .append(esc(r.source())).append("<br>").append(esc(t.t("generated"))).append(": ")
                .append(esc(r.generatedAt().toString())).append("<br>").append(esc(t.t("trust"))).append(": ")
                .append(esc(r.trustAnchors() == 0 ? t.t("noTrust") : String.valueOf(r.trustAnchors())))
                .append("<br>").append(esc(t.t("profile"))).append(": ").append(esc(r.profile())).append("</p>\n");
        signatureChart(sb, r, t);
        sharesChart(sb, r, t);
        figuresTable(sb, r, t);
        reasons(sb, r, t);
        unreadable(sb, r, t);
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    /** One stacked bar per agency (and the total): its documents by XML signature class, as shares. */
    private static void signatureChart(StringBuilder sb, StatsReport r, Texts t) {
        List<Figures> rows = rows(r);
        String[] labels = {t.t("xmlValid"), t.t("xmlUntrusted"), t.t("xmlInvalid"), t.t("legacy"), t.t("unsigned"),
            t.t("xmlIndeterminate")};
        int rowH = 22;
        int h = rows.size() * rowH + 40;
        sb.append("<h2>").append(esc(t.t("chartSignatures"))).append("</h2>\n<svg"
                + " role=\"img\" width=\"760\" height=\"").append(h).append("\">\n");
        for (int i = 0; i < rows.size(); i++) {
            Figures f = rows.get(i);
            int y = i * rowH;
            sb.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(esc(label(f, r, t))).append("</text>\n");
            int[] parts = {f.xmldsigValid(), f.xmldsigUntrusted(), f.xmldsigInvalid(), f.legacyPlaceholder(),
                f.unsigned(), f.xmldsigIndeterminate()};
            double x = 180;
            for (int k = 0; k < parts.length; k++) {
                double w = f.documents() == 0 ? 0 : 500.0 * parts[k] / f.documents();
                if (w > 0) {
                    sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(y + 3).append("\" width=\"")
                            .append(num(w)).append("\" height=\"16\" fill=\"").append(COLOURS[k]).append("\"><title>")
                            .append(esc(labels[k] + ": " + parts[k] + " (" + Figures.percent(parts[k], f.documents())
                                    .toPlainString() + "%)")).append("</title></rect>\n");
                }
                x += w;
            }
            sb.append("<text x=\"690\" y=\"").append(y + 15).append("\">").append(f.documents()).append("</text>\n");
        }
        int ly = rows.size() * rowH + 20;
        for (int k = 0; k < labels.length; k++) {
            sb.append("<rect x=\"").append(k * 125).append("\" y=\"").append(ly - 10).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[k]).append("\"/><text x=\"").append(k * 125 + 14).append("\" y=\"").append(ly)
                    .append("\">").append(esc(labels[k])).append("</text>\n");
        }
        sb.append("</svg>\n");
    }

    /** Per agency: valid XML signatures, valid PDFs, scanned PDFs and format errors, as bars of 0–100 %. */
    private static void sharesChart(StringBuilder sb, StatsReport r, Texts t) {
        List<Figures> rows = rows(r);
        String[] labels = {t.t("xmlValid"), t.t("pdfValid"), t.t("scanned"), t.t("formatErrors")};
        int group = labels.length * 12 + 10;
        int h = rows.size() * group + 40;
        sb.append("<h2>").append(esc(t.t("chartShares"))).append("</h2>\n<svg"
                + " role=\"img\" width=\"760\" height=\"").append(h).append("\">\n");
        for (int i = 0; i < rows.size(); i++) {
            Figures f = rows.get(i);
            BigDecimal[] v = {f.xmldsigValidShare(), f.pdfValidShare(), f.scannedShare(), f.formatErrorShare()};
            int y = i * group;
            sb.append("<text x=\"0\" y=\"").append(y + 12).append("\">").append(esc(label(f, r, t))).append("</text>\n");
            for (int k = 0; k < v.length; k++) {
                double w = 4.0 * v[k].doubleValue();
                sb.append("<rect x=\"180\" y=\"").append(y + k * 12).append("\" width=\"").append(num(w))
                        .append("\" height=\"10\" fill=\"").append(COLOURS[k]).append("\"><title>")
                        .append(esc(labels[k] + ": " + v[k].toPlainString() + "%")).append("</title></rect>")
                        .append("<text x=\"").append(num(185 + w)).append("\" y=\"").append(y + k * 12 + 9)
                        .append("\">").append(v[k].toPlainString()).append("%</text>\n");
            }
        }
        int ly = rows.size() * group + 20;
        for (int k = 0; k < labels.length; k++) {
            sb.append("<rect x=\"").append(k * 180).append("\" y=\"").append(ly - 10).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[k]).append("\"/><text x=\"").append(k * 180 + 14).append("\" y=\"").append(ly)
                    .append("\">").append(esc(labels[k])).append("</text>\n");
        }
        sb.append("</svg>\n");
    }

    private static void figuresTable(StringBuilder sb, StatsReport r, Texts t) {
        sb.append("<table>\n<caption>").append(esc(t.t("figures"))).append("</caption>\n<tr><th>")
                .append(esc(t.t("agency"))).append("</th><th>").append(esc(t.t("name"))).append("</th>");
        Columns.COUNTS.forEach(c -> sb.append("<th>").append(esc(c.key())).append("</th>"));
        sb.append("<th>").append(esc(t.t("ack"))).append("</th><th>").append(esc(t.t("fin"))).append("</th></tr>\n");
        for (Figures f : rows(r)) {
            sb.append("<tr><td>").append(esc(label(f, r, t))).append("</td><td>").append(esc(f.name().orElse("")))
                    .append("</td>");
            Columns.COUNTS.forEach(c -> sb.append("<td class=\"n\">").append(c.value().applyAsInt(f)).append("</td>"));
            sb.append("<td class=\"n\">").append(esc(TextTable.timing(f.timeToAcknowledge(), t)))
                    .append("</td><td class=\"n\">").append(esc(TextTable.timing(f.timeToFinish(), t)))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void reasons(StringBuilder sb, StatsReport r, Texts t) {
        if (r.total().rejected() == 0) {
            return;
        }
        sb.append("<table>\n<caption>").append(esc(t.t("reasons"))).append("</caption>\n");
        for (Figures a : r.agencies()) {
            for (ReasonCount rc : a.rejectionReasons()) {
                sb.append("<tr><td>").append(esc(t.agency(a))).append("</td><td class=\"n\">").append(rc.count())
                        .append("</td><td>").append(esc(rc.reason().isEmpty() ? t.t("noReason") : rc.reason()))
                        .append("</td></tr>\n");
            }
        }
        sb.append("</table>\n");
    }

    private static void unreadable(StringBuilder sb, StatsReport r, Texts t) {
        sb.append("<h2>").append(esc(t.t("unreadable"))).append(": ").append(r.total().unreadable()).append("</h2>\n");
        if (!r.unreadablePackages().isEmpty()) {
            sb.append("<ul>\n");
            r.unreadablePackages().forEach(u -> sb.append("<li><code>").append(esc(u.toString())).append("</code></li>\n"));
            sb.append("</ul>\n");
        }
        if (r.otherFiles() > 0) {
            sb.append("<p>").append(esc(t.t("other"))).append(": ").append(r.otherFiles()).append("</p>\n");
        }
        if (!r.signatureFindings().isEmpty()) {
            sb.append("<table>\n<caption>").append(esc(t.t("findings"))).append("</caption>\n");
            for (SignatureFindingCount c : r.signatureFindings()) {
                sb.append("<tr><td class=\"n\">").append(c.documents()).append("</td><td>")
                        .append(esc(c.severity() + " " + c.code())).append("</td><td>")
                        .append(esc(c.meaning(t.locale()))).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
    }

    private static List<Figures> rows(StatsReport r) {
        List<Figures> rows = new java.util.ArrayList<>(r.agencies());
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
