package dev.edxml.validate;

import dev.edxml.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form: an array with one object per report, keys always in the same order, so that two runs on the same
 * packages give the same bytes.
 *
 * <pre>
 * [{"source": …, "profile": "axis", "kind": "edoc"|"status"|null, "summary": …, "valid": true|false,
 *   "findings": [{"code", "severity", "line", "column", "path", "clause", "message"}]}]
 * </pre>
 */
final class JsonForm {
    private JsonForm() {}

    static void write(List<ValidationReport> reports, Locale locale, Writer out) throws IOException {
        out.write('[');
        for (int i = 0; i < reports.size(); i++) {
            ValidationReport r = reports.get(i);
            out.write(i == 0 ? "\n" : ",\n");
            out.write("  {\"source\": " + Escape.json(r.source()));
            out.write(", \"profile\": " + Escape.json(r.profile().name()));
            out.write(", \"kind\": " + Escape.json(ReportWords.kind(r)));
            out.write(", \"summary\": " + Escape.json(r.summary()));
            out.write(", \"valid\": " + r.isValid());
            out.write(", \"findings\": [");
            List<Finding> findings = r.findings();
            for (int j = 0; j < findings.size(); j++) {
                Finding f = findings.get(j);
                out.write(j == 0 ? "\n" : ",\n");
                out.write("    {\"code\": " + Escape.json(f.code()));
                out.write(", \"severity\": " + Escape.json(ReportWords.word(f.severity())));
                out.write(", \"line\": " + f.location().line());
                out.write(", \"column\": " + f.location().column());
                out.write(", \"path\": " + Escape.json(f.location().path()));
                out.write(", \"clause\": " + Escape.json(f.clause()));
                out.write(", \"message\": " + Escape.json(f.message(locale)) + "}");
            }
            out.write(findings.isEmpty() ? "]}" : "\n  ]}");
        }
        out.write(reports.isEmpty() ? "]\n" : "\n]\n");
    }
}
