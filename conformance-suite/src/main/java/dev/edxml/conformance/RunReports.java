package dev.edxml.conformance;

import dev.edxml.internal.Json;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The forms of {@link RunFormat}, written out; see there. */
final class RunReports {
    private RunReports() {}

    /** The run in {@code format}. */
    static String render(RunResult r, RunFormat format) {
        return switch (format) {
            case JSON -> json(r);
            case JUNIT -> junit(r);
            case HTML -> html(r);
            case RECORD -> record(r);
            case BADGE -> badge(r);
        };
    }

    /** The whole run as JSON. */
    static String json(RunResult r) {
        Map<String, Object> m = head(r);
        m.put("adapter", r.adapter());
        m.put("summary", summary(r));
        m.put(
                "results",
                r.results().stream()
                        .map(c -> {
                            Map<String, Object> o = new LinkedHashMap<>();
                            o.put("id", c.id());
                            o.put("title", c.title());
                            o.put("titleVi", c.titleVi());
                            o.put("level", c.level().name());
                            o.put("direction", c.direction().name());
                            o.put("verdict", c.verdict().name());
                            o.put("message", c.message());
                            o.put("messageVi", c.messageVi());
                            o.put("details", c.details());
                            return (Object) o;
                        })
                        .toList());
        return Json.write(m) + "\n";
    }

    /** The certification record: who, what, when, with which suite, and every case's verdict. */
    static String record(RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("record", "edXML conformance certification record (hồ sơ kiểm thử tuân thủ edXML)");
        m.put("regulation", "QCVN 102:2016/BTTTT");
        m.putAll(head(r));
        m.put("conformant", r.conformant());
        m.put("summary", summary(r));
        Map<String, Object> cases = new LinkedHashMap<>();
        for (CaseResult c : r.results()) {
            cases.put(c.id(), c.level().name() + " " + c.verdict().name());
        }
        m.put("cases", cases);
        return Json.write(m) + "\n";
    }

    private static Map<String, Object> head(RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("suiteVersion", r.suiteVersion());
        m.put("suiteDigest", r.suiteDigest());
        m.put("suiteDraft", r.draft());
        m.put("certificationLevel", r.certificationLevel().id());
        m.put("directions", r.directions());
        m.put("certifies", certifies(r, Locale.ENGLISH));
        m.put("certifiesVi", certifies(r, Locale.forLanguageTag("vi")));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("vendor", r.vendor());
        p.put("name", r.productName());
        p.put("version", r.productVersion());
        m.put("product", p);
        m.put("date", DateTimeFormatter.ISO_INSTANT.format(r.date()));
        return m;
    }

    /**
     * What the run certifies, in words: the level, the directions and the suite, saying what it does not cover (a
     * {@code qcvn102} run certifies no signing or verifying; a draft suite is not final).
     */
    static String certifies(RunResult r, Locale locale) {
        boolean vi = locale != null && "vi".equals(locale.getLanguage());
        List<String> d = r.directions();
        String dirs = d.isEmpty()
                ? (vi ? "không hướng nào" : "no direction")
                : String.join(
                        " + ",
                        d.stream()
                                .map(x -> vi
                                        ? switch (x) {
                                            case "consumer" -> "nhận (đọc gói tin)";
                                            case "reply" -> "trả lời (gói tin trạng thái)";
                                            default -> "gửi (tạo gói tin)";
                                        }
                                        : switch (x) {
                                            case "consumer" -> "consumer (reads packages)";
                                            case "reply" -> "reply (status packages)";
                                            default -> "producer (makes packages)";
                                        })
                                .toList());
        String level = r.certificationLevel() == CertificationLevel.AXIS
                ? (vi
                        ? "mức axis: ký số và kiểm tra chữ ký thật (XML và PDF, Nghị định 30/2020)"
                        : "level axis: signs and verifies for real (XML and PDF, Decree 30/2020)")
                : (vi
                        ? "mức qcvn102: đọc và ghi đúng định dạng; KHÔNG chứng nhận việc ký số hay kiểm tra chữ ký"
                        : "level qcvn102: reads and writes the format; does NOT certify signing or verifying signatures");
        String suite = (vi ? "bộ kiểm thử " : "suite ")
                + r.suiteVersion()
                + (r.draft() ? (vi ? " (bản dự thảo, chưa chính thức)" : " (draft, not final)") : "");
        return level + "; " + dirs + "; " + suite;
    }

    private static Map<String, Object> summary(RunResult r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cases", r.results().size());
        for (Verdict v : Verdict.values()) {
            s.put(v.name().toLowerCase(Locale.ROOT), r.with(v).size());
        }
        s.put("mustTotal", r.mustTotal());
        s.put("mustPassed", r.mustPassed());
        s.put("mustFailed", r.mustFailures().size());
        return s;
    }

    /** JUnit XML: a MUST case that fails is a failure, one that errs an error; SHOULD failures and cases not run are skipped. */
    static String junit(RunResult r) {
        long failures = r.results().stream()
                .filter(c -> c.failsCertification() && c.verdict() == Verdict.FAIL)
                .count();
        long errors = r.results().stream()
                .filter(c -> c.failsCertification() && c.verdict() == Verdict.ERROR)
                .count();
        long skipped = r.results().stream()
                .filter(c -> c.verdict() != Verdict.PASS && !c.failsCertification())
                .count();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuite name=\"edXML conformance ")
                .append(xml(r.suiteVersion()))
                .append("\" tests=\"")
                .append(r.results().size())
                .append("\" failures=\"")
                .append(failures)
                .append("\" errors=\"")
                .append(errors)
                .append("\" skipped=\"")
                .append(skipped)
                .append("\" timestamp=\"")
                .append(DateTimeFormatter.ISO_INSTANT.format(r.date()))
                .append("\">\n");
        sb.append("  <properties>\n");
        prop(sb, "suiteDigest", r.suiteDigest());
        prop(sb, "certificationLevel", r.certificationLevel().id());
        prop(sb, "directions", String.join(",", r.directions()));
        prop(sb, "vendor", r.vendor());
        prop(sb, "product", r.productName());
        prop(sb, "productVersion", r.productVersion());
        prop(sb, "adapter", r.adapter());
        sb.append("  </properties>\n");
        for (CaseResult c : r.results()) {
            sb.append("  <testcase classname=\"edxml.conformance.")
                    .append(c.direction().name().toLowerCase(Locale.ROOT))
                    .append("\" name=\"")
                    .append(xml(c.id() + " " + c.level() + " " + c.title()))
                    .append('"');
            if (c.verdict() == Verdict.PASS) {
                sb.append("/>\n");
                continue;
            }
            sb.append(">\n    ");
            String text = xml(c.message() + (c.details().isEmpty() ? "" : "\n" + String.join("\n", c.details())));
            if (!c.failsCertification()) {
                sb.append("<skipped message=\"")
                        .append(xml(c.verdict() + " (" + c.level() + "): " + c.message()))
                        .append("\"/>");
            } else {
                String tag = c.verdict() == Verdict.ERROR ? "error" : "failure";
                sb.append('<')
                        .append(tag)
                        .append(" message=\"")
                        .append(xml(c.message()))
                        .append("\">")
                        .append(text)
                        .append("</")
                        .append(tag)
                        .append('>');
            }
            sb.append("\n  </testcase>\n");
        }
        return sb.append("</testsuite>\n").toString();
    }

    private static void prop(StringBuilder sb, String name, String value) {
        sb.append("    <property name=\"")
                .append(name)
                .append("\" value=\"")
                .append(xml(value))
                .append("\"/>\n");
    }

    /** A self-contained HTML page (no script, no external resource). */
    static String html(RunResult r) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">\n")
                .append("<title>edXML conformance — ")
                .append(xml(r.product()))
                .append("</title>\n")
                .append(
                        "<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
                                + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 8px;"
                                + "text-align:left;vertical-align:top}th{background:#f3f3f3}.PASS{color:#186a1f}"
                                + ".FAIL,.ERROR{color:#b00020;font-weight:bold}.NOT_RUN{color:#777}"
                                + ".ok{background:#e7f5e9;padding:1em}.ko{background:#fde8ea;padding:1em}"
                                + "ul{margin:0;padding-left:1.2em}code{font-size:90%}"
                                + ".scope{border-left:6px solid #555;padding:.6em 1em;background:#f6f6f6}"
                                + ".scope.axis{border-color:#1565c0}.scope.qcvn102{border-color:#ef6c00}</style></head><body>\n");
        sb.append("<h1>edXML conformance (kiểm thử tuân thủ QCVN 102:2016)</h1>\n");
        sb.append("<p class=\"scope ")
                .append(r.certificationLevel().id())
                .append("\"><b>Level ")
                .append(xml(r.certificationLevel().id()))
                .append(" · ")
                .append(xml(String.join(" + ", r.directions().isEmpty() ? List.of("nothing run") : r.directions())))
                .append(" · suite ")
                .append(xml(r.suiteVersion()))
                .append(r.draft() ? " (DRAFT)" : "")
                .append("</b><br>")
                .append(xml(certifies(r, Locale.ENGLISH)))
                .append("<br><i>")
                .append(xml(certifies(r, Locale.forLanguageTag("vi"))))
                .append("</i></p>\n");
        sb.append("<p class=\"")
                .append(r.conformant() ? "ok" : "ko")
                .append("\"><b>")
                .append(r.conformant() ? "Conformant — đạt" : "Not conformant — không đạt")
                .append(" (level ")
                .append(xml(r.certificationLevel().id()))
                .append(")</b>: ")
                .append(r.mustPassed())
                .append('/')
                .append(r.mustTotal())
                .append(" MUST cases pass; ")
                .append(r.with(Verdict.FAIL).size())
                .append(" fail, ")
                .append(r.with(Verdict.ERROR).size())
                .append(" errors, ")
                .append(r.with(Verdict.NOT_RUN).size())
                .append(" not run, ")
                .append(r.results().size())
                .append(" cases in all.</p>\n");
        sb.append("<table><tr><th>Product</th><td>")
                .append(xml(r.product()))
                .append("</td></tr>")
                .append("<tr><th>Level</th><td>")
                .append(xml(r.certificationLevel().id()))
                .append("</td></tr>")
                .append("<tr><th>Directions</th><td>")
                .append(xml(String.join(", ", r.directions())))
                .append("</td></tr>")
                .append("<tr><th>Suite</th><td>")
                .append(xml(r.suiteVersion()))
                .append(r.draft() ? " (draft)" : "")
                .append(", SHA-256 <code>")
                .append(xml(r.suiteDigest()))
                .append("</code></td></tr><tr><th>Date (UTC)</th><td>")
                .append(DateTimeFormatter.ISO_INSTANT.format(r.date()))
                .append("</td></tr><tr><th>Adapter</th><td><code>")
                .append(xml(r.adapter()))
                .append("</code></td></tr></table>\n<h2>Cases</h2>\n");
        sb.append(
                "<table><tr><th>Case</th><th>Level</th><th>Direction</th><th>Verdict</th><th>What happened</th></tr>\n");
        List<CaseResult> ordered = new java.util.ArrayList<>(r.results());
        ordered.sort(java.util.Comparator.comparing((CaseResult c) -> c.verdict() == Verdict.PASS));
        for (CaseResult c : ordered) {
            sb.append("<tr><td><b>")
                    .append(xml(c.id()))
                    .append("</b><br>")
                    .append(xml(c.title()))
                    .append("<br><i>")
                    .append(xml(c.titleVi()))
                    .append("</i></td><td>")
                    .append(c.level())
                    .append("</td><td>")
                    .append(c.direction().name().toLowerCase(Locale.ROOT))
                    .append("</td><td class=\"")
                    .append(c.verdict())
                    .append("\">")
                    .append(c.verdict())
                    .append("</td><td>")
                    .append(xml(c.message()))
                    .append("<br><i>")
                    .append(xml(c.messageVi()))
                    .append("</i>");
            if (!c.details().isEmpty()) {
                sb.append("<ul>");
                c.details().forEach(d -> sb.append("<li>").append(xml(d)).append("</li>"));
                sb.append("</ul>");
            }
            sb.append("</td></tr>\n");
        }
        return sb.append("</table>\n</body></html>\n").toString();
    }

    /**
     * The badge: {@code edXML axis consumer+reply | 77/77 MUST pass · 1.1.0-draft}, naming the level, the directions and
     * the suite version; green when conformant at {@code axis}, orange when conformant at {@code qcvn102} only (it
     * certifies no signing), red otherwise.
     */
    static String badge(RunResult r) {
        List<String> d = r.directions();
        String left = "edXML " + r.certificationLevel().id() + " " + (d.isEmpty() ? "-" : String.join("+", d));
        String right = r.mustPassed() + "/" + r.mustTotal() + " MUST pass · " + r.suiteVersion();
        int lw = 8 + left.length() * 7;
        int rw = 8 + right.length() * 7;
        String color =
                !r.conformant() ? "#c62828" : r.certificationLevel() == CertificationLevel.AXIS ? "#2e7d32" : "#ef6c00";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (lw + rw) + "\" height=\"20\" role=\"img\" "
                + "aria-label=\"" + xml(left + ": " + right) + "\"><title>" + xml(left + ": " + right) + "</title>"
                + "<rect width=\"" + lw + "\" height=\"20\" fill=\"#555\"/><rect x=\"" + lw + "\" width=\"" + rw
                + "\" height=\"20\" fill=\"" + color
                + "\"/><g fill=\"#fff\" font-family=\"Verdana,DejaVu Sans,sans-serif\""
                + " font-size=\"11\" text-anchor=\"middle\"><text x=\"" + lw / 2 + "\" y=\"14\">" + xml(left)
                + "</text><text x=\"" + (lw + rw / 2) + "\" y=\"14\">" + xml(right) + "</text></g></svg>\n";
    }

    private static String xml(String s) {
        return dev.edxml.internal.Markup.text(s);
    }
}
