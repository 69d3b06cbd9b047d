package dev.edxml.sign.internal;

import dev.edxml.Finding;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The outcome of checking a certificate against a {@code TrustPolicy}: the path found (signer first, anchor last) and
 * the problems.
 */
public record CertificateCheck(List<X509Certificate> path, List<Finding> problems) {
    public CertificateCheck {
        path = List.copyOf(path);
        problems = List.copyOf(problems);
    }

    /** No problem of the path is an error. */
    public boolean isTrusted() {
        return problems.stream().noneMatch(Finding::isError);
    }
}
