package dev.edxml.conformance;

import dev.edxml.sign.SignatureReport;
import java.util.Locale;

/** The library adapter's rejection of an XML-DSig signature that does not verify (chữ ký không hợp lệ). */
final class SignatureRejected extends Exception {
    private static final long serialVersionUID = 1L;

    SignatureRejected(SignatureReport report) {
        super(report.describe(Locale.ENGLISH).strip().replace('\n', ' '));
    }
}
