package dev.edxml.stats;

import dev.edxml.Severity;
import dev.edxml.sign.internal.SignMessages;
import java.util.Locale;
import java.util.Objects;

/**
 * How many document packages' XML signatures had a finding with this code and severity: revoked signers
 * ({@code EDXML-SIG-017}), unknown revocation status ({@code -018}), revocation not checked ({@code -020}), checked and
 * good ({@code -042}), SHA-1 in the chain ({@code -041}), an unconfirmed single-source anchor ({@code -040}), and every
 * other code the verifier reports. A document counts once per code, however many certificates of its chain the
 * finding concerns.
 *
 * @param code      the stable code ({@code EDXML-SIG-NNN})
 * @param severity  its severity
 * @param documents the documents with it
 * @since 0.1.0
 */
public record SignatureFindingCount(String code, Severity severity, int documents) {
    public SignatureFindingCount {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
    }

    /** What the code means, in Vietnamese ({@code vi}) or English, its details left out ("…"). */
    public String meaning(Locale locale) {
        return SignMessages.text(code, java.util.List.of("…", "…", "…"), locale);
    }

    @Override
    public String toString() {
        return documents + " × " + severity + " " + code + " (" + meaning(Locale.ENGLISH) + ")";
    }
}
