package dev.edxml.validate;

import dev.edxml.Finding;
import dev.edxml.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JUnit XML form that CI systems (Jenkins, GitLab, GitHub actions) display: one {@code <testsuite>} per profile
 * run, one {@code <testcase>} per package, one {@code <failure>} per error; warnings and information go to the test
 * case's {@code <system-out>}, so they are visible without failing the build. A suite's {@code failures} counts its
 * failing packages. No timestamps or durations, so that the same packages give the same bytes.
 */
final class JunitForm {
    private static final String SUITE = "edxml-validate.";

    private JunitForm() {}

    static void write(List<ValidationReport> reports, Locale locale, Writer out) throws IOException {
        Map<String, List<ValidationReport>> byProfile = new LinkedHashMap<>();
        for (ValidationReport r : reports) {
            byProfile
                    .computeIfAbsent(r.profile().name(), p -> new ArrayList<>())
                    .add(r);
        }
        long failing = reports.stream().filter(r -> !r.isValid()).count();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"edxml validate\" tests=\"" + reports.size() + "\" failures=\"" + failing
                + "\" errors=\"0\">\n");
        for (Map.Entry<String, List<ValidationReport>> e : byProfile.entrySet()) {
            suite(e.getKey(), e.getValue(), locale, out);
        }
        out.write("</testsuites>\n");
    }

    private static void suite(String profile, List<ValidationReport> reports, Locale locale, Writer out)
            throws IOException {
        long failing = reports.stream().filter(r -> !r.isValid()).count();
        out.write("  <testsuite name=\"" + Escape.xml(SUITE + profile) + "\" tests=\"" + reports.size()
                + "\" failures=\"" + failing + "\" errors=\"0\" skipped=\"0\">\n");
        out.write("    <properties>\n      <property name=\"profile\" value=\"" + Escape.xml(profile) + "\"/>\n"
                + "      <property name=\"description\" value=\""
                + Escape.xml(reports.get(0).profile().description(locale)) + "\"/>\n    </properties>\n");
        for (ValidationReport r : reports) {
            out.write("    <testcase classname=\"" + Escape.xml(SUITE + profile) + "\" name=\"" + Escape.xml(r.source())
                    + "\">\n");
            StringBuilder other = new StringBuilder();
            for (Finding f : r.findings()) {
                if (f.severity() == Severity.ERROR) {
                    out.write("      <failure type=\"" + Escape.xml(f.code()) + "\" message=\""
                            + Escape.xml(f.location().position() + " " + f.code() + " " + f.message(locale)) + "\">");
                    out.write(Escape.xml(ReportWords.line(r, f, locale)));
                    out.write("\n");
                    out.write(Escape.xml(detail(f)));
                    out.write("</failure>\n");
                } else {
                    other.append(Escape.xml(ReportWords.line(r, f, locale))).append('\n');
                }
            }
            if (other.length() > 0) {
                out.write("      <system-out>");
                out.write(other.toString());
                out.write("</system-out>\n");
            }
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
    }

    /** Where and on what basis, under the line: the element path and the clause. */
    private static String detail(Finding f) {
        return (f.location().path().isEmpty() ? "" : f.location().path() + " ") + "(" + f.clause() + ")";
    }
}
