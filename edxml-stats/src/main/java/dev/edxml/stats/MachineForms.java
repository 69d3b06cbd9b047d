package dev.edxml.stats;

import dev.edxml.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON and CSV forms of a report: stable English keys, for scripts and spreadsheets. */
final class MachineForms {
    private MachineForms() {}

    static String json(StatsReport r) {
        return json(r, StatsFormat.Options.of(java.util.Locale.ENGLISH));
    }

    static String json(StatsReport r, StatsFormat.Options options) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", r.source());
        root.put("generatedAt", r.generatedAt().toString());
        root.put("trustAnchors", r.trustAnchors());
        root.put("profile", r.profile());
        root.put("otherFiles", r.otherFiles());
        root.put("total", figures(r.total(), false));
        root.put(
                "agencies",
                r.agencies().stream().map(a -> (Object) figures(a, true)).toList());
        List<Object> bad = new ArrayList<>();
        for (UnreadablePackage u : r.unreadablePackages()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", u.source());
            m.put("code", u.code());
            m.put("line", u.line().isPresent() ? (Object) u.line().getAsInt() : null);
            m.put("column", u.column().isPresent() ? (Object) u.column().getAsInt() : null);
            m.put("message", u.message());
            bad.add(m);
        }
        root.put("unreadablePackages", bad);
        root.put(
                "signatureFindings",
                r.signatureFindings().stream()
                        .map(c -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("code", c.code());
                            m.put("severity", c.severity().name().toLowerCase(java.util.Locale.ROOT));
                            m.put("documents", c.documents());
                            m.put("meaningVi", c.meaning(java.util.Locale.forLanguageTag("vi")));
                            m.put("meaningEn", c.meaning(java.util.Locale.ENGLISH));
                            return (Object) m;
                        })
                        .toList());
        Map<String, Object> trend = new LinkedHashMap<>();
        trend.put("by", options.by().cliName());
        trend.put("undatedDocuments", r.undatedDocuments());
        trend.put(
                "total",
                r.totalTrend(options.by()).stream()
                        .map(p -> period(p, options.by(), false))
                        .toList());
        trend.put(
                "agencies",
                r.trend(options.by()).stream()
                        .map(p -> period(p, options.by(), true))
                        .toList());
        root.put("trend", trend);
        return Json.write(root) + "\n";
    }

    /** One period of the trend: its key, first day, counts and the share of valid signatures (null for 0/0). */
    private static Object period(PeriodFigures p, TrendPeriod by, boolean agency) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (agency) {
            m.put("organId", p.organId().orElse(null));
        }
        m.put("period", by.key(p.start()));
        m.put("from", p.start().atDay(1).toString());
        m.put("documents", p.documents());
        m.put("xmldsigValid", p.xmldsigValid());
        m.put("xmldsigUntrusted", p.xmldsigUntrusted());
        m.put("documentsWithPdf", p.documentsWithPdf());
        m.put("documentsAllPdfValid", p.documentsAllPdfValid());
        m.put("pdfAttachments", p.pdfAttachments());
        m.put("pdfScanned", p.pdfScanned());
        m.put("xmldsigValidPercent", p.xmldsigValidShare().orElse(null));
        return m;
    }

    private static Map<String, Object> figures(Figures f, boolean agency) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (agency) {
            m.put("organId", f.organId().orElse(null));
            m.put("name", f.name().orElse(null));
        }
        Columns.COUNTS.forEach(c -> m.put(c.key(), c.value().applyAsInt(f)));
        m.put("sharesPercent", new LinkedHashMap<String, Object>(Columns.shares(f)));
        m.put("hoursToAcknowledge", Columns.hours(f.timeToAcknowledge()));
        m.put("hoursToFinish", Columns.hours(f.timeToFinish()));
        m.put(
                "rejectionReasons",
                f.rejectionReasons().entrySet().stream()
                        .map(rc -> {
                            Map<String, Object> o = new LinkedHashMap<>();
                            o.put("reason", rc.getKey());
                            o.put("count", rc.getValue());
                            return (Object) o;
                        })
                        .toList());
        return m;
    }

    /** RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted. */
    static String csv(StatsReport r) {
        List<String> header = new ArrayList<>(List.of("scope", "organId", "name"));
        Columns.COUNTS.forEach(c -> header.add(c.key()));
        Columns.shares(r.total()).keySet().forEach(k -> header.add(k + "Percent"));
        for (String t : List.of("hoursToAcknowledge", "hoursToFinish")) {
            for (String s : List.of("Count", "Median", "Mean", "P90")) {
                header.add(t + s);
            }
        }
        header.add("rejectionReasons");
        StringBuilder sb = new StringBuilder();
        line(sb, header);
        line(sb, row("total", r.total()));
        r.agencies().forEach(a -> line(sb, row("agency", a)));
        return sb.toString();
    }

    private static List<String> row(String scope, Figures f) {
        List<String> row =
                new ArrayList<>(List.of(scope, f.organId().orElse(""), f.name().orElse("")));
        Columns.COUNTS.forEach(c -> row.add(String.valueOf(c.value().applyAsInt(f))));
        Columns.shares(f).values().forEach(v -> row.add(v.toPlainString()));
        for (TimeSummary t : List.of(f.timeToAcknowledge(), f.timeToFinish())) {
            row.add(String.valueOf(t.count()));
            row.add(Columns.hoursText(t.median()));
            row.add(Columns.hoursText(t.mean()));
            row.add(Columns.hoursText(t.p90()));
        }
        row.add(f.rejectionReasons().entrySet().stream()
                .map(rc -> rc.getValue() + "× " + rc.getKey())
                .collect(Collectors.joining(" | ")));
        return row;
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(i)));
        }
        sb.append("\r\n");
    }

    /**
     * One field, quoted when needed. Text a spreadsheet would run as a formula ({@code = + - @} first) gets a leading
     * apostrophe: names and reasons come from the packages, which anyone can write.
     */
    static String field(String raw) {
        // line breaks are quoted; ESC, C1 and the bidirectional controls would still reach a terminal running cat
        String s = dev.edxml.internal.Markup.noControls(raw);
        String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?") ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
