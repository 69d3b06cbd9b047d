package dev.edxml.validate;

import dev.edxml.Finding;
import dev.edxml.Severity;
import java.util.Locale;

/** The words the validation report forms share (see {@link ValidationFormat}). */
final class ReportWords {
    /** The language of reports when none is given. */
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private ReportWords() {}

    /** {@code error}, {@code warning} or {@code info}: the word the text form and the JSON use. */
    static String word(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    /** {@code edoc}, {@code status}, or {@code null} when the kind could not be told. */
    static String kind(ValidationReport r) {
        return r.kind().orElse(null);
    }

    /** A finding as a line of the text form: {@code source:line:col: severity CODE message}. */
    static String line(ValidationReport r, Finding f, Locale locale) {
        return r.source() + ":" + f.location().position() + ": " + word(f.severity()) + " " + f.code() + " "
                + f.message(locale);
    }
}
