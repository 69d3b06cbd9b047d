package dev.edxml.sign.pdf;

import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A PDF's signatures did not verify; {@link #report()} says why, problem by problem.
 *
 * @since 0.1.0
 */
public class PdfVerificationException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    private final transient PdfReport report;

    public PdfVerificationException(PdfReport report) {
        super(
                report.isSigned()
                        ? summary(report, Locale.ENGLISH)
                        : "the PDF is not signed"
                                + (report.errors().isEmpty() ? "" : ": " + summary(report, Locale.ENGLISH)));
        this.report = report;
    }

    public PdfReport report() {
        return report;
    }

    /** The errors in the given language, one per line. */
    public String describe(Locale locale) {
        return report.errors().stream()
                .map(p -> p.code() + " " + p.message(locale))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String summary(PdfReport r, Locale locale) {
        return r.errors().stream().map(p -> p.code() + " " + p.message(locale)).collect(Collectors.joining("; "));
    }
}
