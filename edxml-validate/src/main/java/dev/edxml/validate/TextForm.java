package dev.edxml.validate;

import dev.edxml.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The text form of the command-line contract: one finding a line, {@code file:line:col: severity CODE message}.
 * Lines end in {@code \n} whatever the platform, so that scripts and golden files compare the same everywhere.
 */
final class TextForm {
    private TextForm() {}

    static void write(List<ValidationReport> reports, Locale locale, Writer out) throws IOException {
        for (ValidationReport r : reports) {
            for (Finding f : r.findings()) {
                out.write(Escape.oneLine(ReportWords.line(r, f, locale)));
                out.write('\n');
            }
        }
    }
}
