package dev.edxml.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as a plain-text table for a terminal: one line per agency and a total line, then the details. By default
 * the table holds the shares and fits 100 columns (long agency names are cut with "…", the full names follow the
 * table); {@link StatsFormat.Options#wide()} gives every count instead.
 */
final class TextTable {
    /** The width the default table fits. */
    static final int WIDTH = 100;

    private static final int MIN_AGENCY = 16;

    private TextTable() {}

    static String render(StatsReport r, Locale locale) {
        return render(r, StatsFormat.Options.of(locale));
    }

    static String render(StatsReport r, StatsFormat.Options o) {
        Texts t = Texts.of(o.locale());
        StringBuilder sb = new StringBuilder();
        sb.append(t.t("title")).append('\n');
        sb.append(t.t("source")).append(": ").append(oneLine(r.source())).append('\n');
        sb.append(t.t("generated")).append(": ").append(t.time(r.generatedAt())).append('\n');
        sb.append(t.t("trust"))
                .append(": ")
                .append(r.trustAnchors() == 0 ? t.t("noTrust") : String.valueOf(r.trustAnchors()))
                .append('\n');
        sb.append(t.t("profile")).append(": ").append(r.profile()).append("\n\n");
        if (o.wide()) {
            wide(sb, r, t);
        } else {
            narrow(sb, r, t, o);
        }
        boolean any = false;
        for (Figures a : r.agencies()) {
            if (o.name(a).isPresent()) {
                if (!any) {
                    sb.append('\n').append(t.t("names")).append(":\n");
                    any = true;
                }
                sb.append(oneLine(t.agency(a)))
                        .append(": ")
                        .append(oneLine(o.name(a).get()))
                        .append('\n');
            }
        }
        details(sb, r, t);
        if (!o.wide()) {
            sb.append('\n').append(t.t("wideHint")).append('\n');
        }
        return sb.toString();
    }

    /** Shares only, in 100 columns: agency (code and name, cut to fit), documents, signature classes, PDFs. */
    private static void narrow(StringBuilder sb, StatsReport r, Texts t, StatsFormat.Options o) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            t.t("agencyCol"),
            t.t("h.docs"),
            t.t("h.valid"),
            t.t("h.untrusted"),
            t.t("h.indeterminate"),
            t.t("h.invalid"),
            t.t("h.legacy"),
            t.t("h.unsigned"),
            t.t("h.pdfValid"),
            t.t("h.scanned")
        });
        for (Figures a : r.agencies()) {
            String label =
                    t.agency(a) + o.name(a).map(n -> " " + abbreviated(n)).orElse("");
            rows.add(shares(oneLine(label), a, t));
        }
        rows.add(shares(t.t("total"), r.total(), t));
        int[] width = widths(rows);
        int others = 2;
        for (int i = 1; i < width.length; i++) {
            others += width[i] + (i == width.length - 1 ? 0 : 1);
        }
        width[0] = Math.max(MIN_AGENCY, Math.min(width[0], WIDTH - others));
        table(sb, rows, width, " ");
        sb.append('\n');
        wrap(sb, t.t("legend"), "", WIDTH);
    }

    private static String[] shares(String label, Figures f, Texts t) {
        int d = f.documents();
        return new String[] {
            label,
            String.valueOf(d),
            t.percent(f.xmldsigValid(), d),
            t.percent(f.xmldsigUntrusted(), d),
            t.percent(f.xmldsigIndeterminate(), d),
            t.percent(f.xmldsigInvalid(), d),
            t.percent(f.legacyPlaceholder(), d),
            t.percent(f.unsigned(), d),
            t.percent(f.documentsAllPdfValid(), f.documentsWithPdf()),
            t.percent(f.pdfScanned(), f.pdfAttachments())
        };
    }

    /** Every count: the table as wide as it needs to be. */
    private static void wide(StringBuilder sb, StatsReport r, Texts t) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            t.t("agency"),
            t.t("documents"),
            t.t("xmlValid"),
            t.t("xmlUntrusted"),
            t.t("xmlIndeterminate"),
            t.t("xmlInvalid"),
            t.t("legacy"),
            t.t("unsigned"),
            t.t("notBySender"),
            t.t("pdfValid"),
            t.t("scanned"),
            t.t("formatErrors"),
            t.t("status"),
            t.t("ack"),
            t.t("fin"),
            t.t("rejected")
        });
        for (Figures a : r.agencies()) {
            rows.add(row(t.agency(a), a, t));
        }
        rows.add(row(t.t("total"), r.total(), t));
        table(sb, rows, widths(rows), "  ");
    }

    private static String[] row(String label, Figures f, Texts t) {
        return new String[] {
            oneLine(label),
            String.valueOf(f.documents()),
            count(f.xmldsigValid(), f.documents(), t),
            String.valueOf(f.xmldsigUntrusted()),
            String.valueOf(f.xmldsigIndeterminate()),
            String.valueOf(f.xmldsigInvalid()),
            String.valueOf(f.legacyPlaceholder()),
            String.valueOf(f.unsigned()),
            String.valueOf(f.xmldsigNotBySender()),
            count(f.documentsAllPdfValid(), f.documentsWithPdf(), t),
            count(f.pdfScanned(), f.pdfAttachments(), t),
            count(f.formatErrors(), f.packages(), t),
            String.valueOf(f.statusPackages()),
            hours(f.timeToAcknowledge(), t),
            hours(f.timeToFinish(), t),
            String.valueOf(f.rejected())
        };
    }

    private static String hours(TimeSummary s, Texts t) {
        return s.median().map(d -> t.number(TimeSummary.hours(d))).orElse(Texts.NO_DATA);
    }

    private static int[] widths(List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], len(row[i]));
            }
        }
        return width;
    }

    /** The rows under their heading, the total last; the first column left-aligned and cut to its width. */
    private static void table(StringBuilder sb, List<String[]> rows, int[] width, String gap) {
        for (int k = 0; k < rows.size(); k++) {
            if (k == rows.size() - 1 || k == 1) {
                line(sb, width, gap.length());
            }
            String[] row = rows.get(k);
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = i == 0 ? cut(row[i], width[0]) : row[i];
                String pad = " ".repeat(Math.max(0, width[i] - len(cell)));
                l.append(i == 0 ? cell + pad : pad + cell).append(i == row.length - 1 ? "" : i == 0 ? "  " : gap);
            }
            sb.append(l.toString().stripTrailing()).append('\n');
        }
    }

    /** The usual abbreviations of agency names (the full names follow the table): UBND, HĐND, TP, VP. */
    static String abbreviated(String name) {
        return name.replaceAll("(?iuU)\\b[uỦủ][yỷ] ban nhân dân\\b", "UBND")
                .replaceAll("(?iuU)\\bhội đồng nhân dân\\b", "HĐND")
                .replaceAll("(?U)\\bThành phố\\b", "TP")
                .replaceAll("(?U)\\bthành phố\\b", "TP")
                .replaceAll("(?U)\\bVăn phòng\\b", "VP");
    }

    /** The text cut to {@code max} characters, ending with "…" when cut. */
    static String cut(String s, int max) {
        if (len(s) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }

    private static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Words of {@code text} on lines of at most {@code width} characters, each after {@code indent}. */
    static void wrap(StringBuilder sb, String text, String indent, int width) {
        StringBuilder l = new StringBuilder(indent);
        for (String w : text.split(" ", -1)) {
            if (len(l.toString()) > len(indent) && len(l.toString()) + 1 + len(w) > width) {
                sb.append(l).append('\n');
                l = new StringBuilder(indent);
            }
            if (len(l.toString()) > len(indent)) {
                l.append(' ');
            }
            l.append(w);
        }
        sb.append(l).append('\n');
    }

    static String timing(TimeSummary s, Texts t) {
        if (s.count() == 0) {
            return "(" + t.t("none") + ")";
        }
        return "(" + t.t("measured") + " " + s.count() + ", " + t.t("median") + " "
                + t.number(TimeSummary.hours(s.median().get())) + ", " + t.t("mean") + " "
                + t.number(TimeSummary.hours(s.mean().get())) + ", " + t.t("p90") + " "
                + t.number(TimeSummary.hours(s.p90().get())) + ")";
    }

    /** Text that comes from the packages (names, reasons, file names), kept on its line and free of escapes. */
    private static String oneLine(String s) {
        return dev.edxml.internal.Markup.oneLine(s);
    }

    private static String count(int part, int whole, Texts t) {
        return part + "/" + whole + " (" + t.percent(part, whole) + ")";
    }

    private static void line(StringBuilder sb, int[] width, int gap) {
        int n = 2 - 2 * gap;
        for (int w : width) {
            n += w + gap;
        }
        sb.append("-".repeat(n)).append('\n');
    }

    /** An unreadable package in the reader's language: source, position, code and what the code means. */
    static String unreadable(UnreadablePackage u, Texts t) {
        String pos = u.position();
        return u.source() + (pos.isEmpty() ? "" : ":" + pos) + ": " + u.code() + " " + meaning(u, t);
    }

    /**
     * What an unreadable package's code means: this module's codes and the reader's in the report's language; the
     * reader's message (English, with the parser's details) only in English.
     */
    static String meaning(UnreadablePackage u, Texts t) {
        if (t.has("code." + u.code())) {
            return t.t("code." + u.code()) + (t.vietnamese() ? "" : ": " + u.message());
        }
        if (!t.vietnamese()) {
            return u.message();
        }
        if (dev.edxml.internal.Messages.codes("vi").contains(u.code())) {
            // the parser's details are English: the code's Vietnamese text without them
            return dev.edxml.internal.Messages.format(u.code(), List.of("…", "…", "…"), t.locale()) + " ("
                    + t.t("seeJson") + ")";
        }
        return "(" + t.t("seeJson") + ")";
    }

    private static void details(StringBuilder sb, StatsReport r, Texts t) {
        Figures total = r.total();
        sb.append('\n');
        wrap(
                sb,
                t.t("timing") + ": 03 " + timing(total.timeToAcknowledge(), t) + "; 06 "
                        + timing(total.timeToFinish(), t) + "; " + t.t("unmatched") + ": " + total.statusUnmatched(),
                "",
                WIDTH);
        if (total.rejected() > 0) {
            sb.append('\n').append(t.t("reasons")).append(":\n");
            for (Figures a : r.agencies()) {
                for (Map.Entry<String, Integer> rc : a.rejectionReasons().entrySet()) {
                    sb.append("  ")
                            .append(oneLine(t.agency(a)))
                            .append("  ")
                            .append(rc.getValue())
                            .append(" × ")
                            .append(rc.getKey().isEmpty() ? t.t("noReason") : oneLine(rc.getKey()))
                            .append('\n');
                }
            }
        }
        sb.append('\n')
                .append(t.t("unreadable"))
                .append(": ")
                .append(total.unreadable())
                .append('\n');
        for (UnreadablePackage u : r.unreadablePackages()) {
            wrap(sb, oneLine(unreadable(u, t)), "  ", WIDTH);
        }
        if (r.otherFiles() > 0) {
            sb.append(t.t("other")).append(": ").append(r.otherFiles()).append('\n');
        }
        if (!r.signatureFindings().isEmpty()) {
            sb.append('\n').append(t.t("findings")).append(":\n");
            for (SignatureFindingCount c : r.signatureFindings()) {
                wrap(
                        sb,
                        c.documents() + " × " + c.severity() + " " + c.code() + "  " + oneLine(c.meaning(t.locale())),
                        "  ",
                        WIDTH);
            }
        }
    }
}
