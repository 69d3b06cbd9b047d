package dev.edxml.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report as a plain-text table for a terminal: one line per agency and a total line, then the details. */
final class TextTable {
    private TextTable() {
    }

    static String render(StatsReport r, Locale locale) {
        Texts t = Texts.of(locale);
        StringBuilder sb = new StringBuilder();
        sb.append(t.t("title")).append('\n');
        sb.append(t.t("source")).append(": ").append(r.source()).append('\n');
        sb.append(t.t("trust")).append(": ").append(r.trustAnchors() == 0 ? t.t("noTrust")
                : String.valueOf(r.trustAnchors())).append('\n');
        sb.append(t.t("profile")).append(": ").append(r.profile()).append("\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t.t("agency"), t.t("documents"), t.t("xmlValid"), t.t("xmlUntrusted"),
            t.t("xmlInvalid"), t.t("legacy"), t.t("unsigned"), t.t("pdfValid"), t.t("scanned"), t.t("formatErrors"),
            t.t("status"), t.t("ack"), t.t("fin"), t.t("rejected")});
        for (Figures a : r.agencies()) {
            rows.add(row(t.agency(a), a));
        }
        rows.add(row(t.t("total"), r.total()));
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            if (k == rows.size() - 1 || k == 1) {
                line(sb, width);
            }
            String[] row = rows.get(k);
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                String pad = " ".repeat(width[i] - cell.codePointCount(0, cell.length()));
                sb.append(i == 0 ? cell + pad : pad + cell).append(i == row.length - 1 ? "\n" : "  ");
            }
        }
        for (Figures a : r.agencies()) {
            a.name().ifPresent(n -> sb.append(oneLine(t.agency(a))).append(": ").append(oneLine(n)).append('\n'));
        }
        details(sb, r, t);
        return sb.toString();
    }

    private static String[] row(String label, Figures f) {
        return new String[] {oneLine(label), String.valueOf(f.documents()), count(f.xmldsigValid(), f.documents()),
            String.valueOf(f.xmldsigUntrusted()), String.valueOf(f.xmldsigInvalid()),
            String.valueOf(f.legacyPlaceholder()), String.valueOf(f.unsigned()),
            count(f.documentsAllPdfValid(), f.documentsWithPdf()), count(f.pdfScanned(), f.pdfAttachments()),
            count(f.formatErrors(), f.packages()), String.valueOf(f.statusPackages()),
            Columns.hoursText(f.timeToAcknowledge().median()), Columns.hoursText(f.timeToFinish().median()),
            String.valueOf(f.rejected())};
    }

    static String timing(TimeSummary s, Texts t) {
        if (s.count() == 0) {
            return "(" + t.t("none") + ")";
        }
        return "(" + t.t("measured") + " " + s.count() + ", " + t.t("median") + " " + Columns.hoursText(s.median())
                + ", " + t.t("mean") + " " + Columns.hoursText(s.mean()) + ", " + t.t("p90") + " "
                + Columns.hoursText(s.p90()) + ")";
    }

    /** Text that comes from the packages (names, reasons, file names), kept on its line and free of escapes. */
    private static String oneLine(String s) {
        return dev.edxml.internal.Markup.oneLine(s);
    }

    private static String count(int part, int whole) {
        return part + "/" + whole + " (" + Figures.percent(part, whole).toPlainString() + "%)";
    }

    private static void line(StringBuilder sb, int[] width) {
        int n = 0;
        for (int w : width) {
            n += w + 2;
        }
        sb.append("-".repeat(n - 2)).append('\n');
    }

    private static void details(StringBuilder sb, StatsReport r, Texts t) {
        Figures total = r.total();
        sb.append('\n').append(t.t("timing")).append(": 03 ").append(timing(total.timeToAcknowledge(), t))
                .append("; 06 ").append(timing(total.timeToFinish(), t)).append("; ").append(t.t("unmatched"))
                .append(": ").append(total.statusUnmatched()).append('\n');
        if (total.rejected() > 0) {
            sb.append('\n').append(t.t("reasons")).append(":\n");
            for (Figures a : r.agencies()) {
                for (ReasonCount rc : a.rejectionReasons()) {
                    sb.append("  ").append(oneLine(t.agency(a))).append("  ").append(rc.count()).append(" × ")
                            .append(rc.reason().isEmpty() ? t.t("noReason") : oneLine(rc.reason())).append('\n');
                }
            }
        }
        sb.append('\n').append(t.t("unreadable")).append(": ").append(total.unreadable()).append('\n');
        for (UnreadablePackage u : r.unreadablePackages()) {
            sb.append("  ").append(oneLine(u.toString())).append('\n');
        }
        if (r.otherFiles() > 0) {
            sb.append(t.t("other")).append(": ").append(r.otherFiles()).append('\n');
        }
        if (!r.signatureFindings().isEmpty()) {
            sb.append('\n').append(t.t("findings")).append(":\n");
            for (SignatureFindingCount c : r.signatureFindings()) {
                sb.append("  ").append(c.documents()).append(" × ").append(c.severity()).append(' ').append(c.code())
                        .append("  ").append(oneLine(c.meaning(t.locale()))).append('\n');
            }
        }
    }
}
