package dev.edxml.sign.internal;

import java.security.cert.Certificate;
import java.security.cert.PKIXCertPathChecker;
import java.util.Collection;
import java.util.Set;

/**
 * Marks as understood two extensions that the JDK's PKIX validator does not list but this library processes: CRL
 * distribution points (RFC 5280 §4.2.1.13) and Authority Information Access (§4.2.2.1), the places revocation data
 * is fetched from. NEAC's newer CA certificates (under VIETNAM NATIONAL ROOT CA - RS and - USBTOKEN) mark their CRL
 * distribution points critical, and the FPT timestamping certificate its Authority Information Access; without this
 * checker the JDK refuses every path through them ("unrecognized critical extension"), while OpenSSL accepts them.
 * Every other critical extension the JDK does not know still fails the path.
 */
public final class UnderstoodExtensions extends PKIXCertPathChecker {
    private static final Set<String> OIDS = Set.of("2.5.29.31", "1.3.6.1.5.5.7.1.1");

    @Override
    public void init(boolean forward) {
        // stateless
    }

    @Override
    public boolean isForwardCheckingSupported() {
        return true;
    }

    @Override
    public Set<String> getSupportedExtensions() {
        return OIDS;
    }

    @Override
    public void check(Certificate cert, Collection<String> unresolvedCritExts) {
        unresolvedCritExts.removeAll(OIDS);
    }
}
