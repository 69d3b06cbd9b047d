package dev.edxml.sign;

import dev.edxml.Finding;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A package's signature did not verify; {@link #report()} says why, problem by problem.
 *
 * @since 0.1.0
 */
public class SignatureVerificationException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    private final transient SignatureReport report;

    public SignatureVerificationException(SignatureReport report) {
        super(report.problems().stream()
                .filter(Finding::isError)
                .map(p -> p.code() + " " + p.messageEn())
                .collect(Collectors.joining("; ")));
        this.report = report;
    }

    public SignatureReport report() {
        return report;
    }

    /** The errors in the given language, one per line. */
    public String describe(Locale locale) {
        return report.problems().stream()
                .filter(Finding::isError)
                .map(p -> p.code() + " " + p.message(locale))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
