package dev.edxml.sign;

import dev.edxml.Finding;
import java.security.cert.Certificate;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The certificate paths one {@link TrustPolicy} has built, so that the packages of one signer (a batch, a server)
 * do not each run the PKIX path builder again (issue 19). Bounded: the {@link #CAPACITY} paths used last. A path is
 * reused only at a time inside the validity of every certificate on it (the anchor's own dates play no part in PKIX);
 * everything else the builder checks (names, signatures, basic constraints, key usage, critical extensions) does not
 * depend on the time, and revocation is checked after the path is found, every time. Failures are not kept: they
 * are classified anew. Thread-safe.
 */
final class ValidatedPaths {
    /** How many paths are kept: far more signers than one agency's correspondents, and well under a megabyte. */
    static final int CAPACITY = 256;

    /** What the builder was asked: for documents or for a time-stamping authority, the signer and what it sent. */
    record Key(boolean documents, X509Certificate signer, List<X509Certificate> others) {
        Key {
            others = List.copyOf(others);
        }
    }

    /**
     * A path the builder found: the certificates from the signer up, without the anchor, then the anchor's; and what
     * the policy found wrong with the path's key identifiers, which depends on the path alone (checked once).
     */
    record Found(
            List<X509Certificate> certificates,
            X509Certificate anchor,
            Instant notBefore,
            Instant notAfter,
            Optional<Finding> keyIdentifiers) {
        Found(List<X509Certificate> certificates, X509Certificate anchor, Instant notBefore, Instant notAfter) {
            this(certificates, anchor, notBefore, notAfter, Optional.empty());
        }

        /** The same path with the key identifiers' check done. */
        Found withKeyIdentifiers(Optional<Finding> problem) {
            return new Found(certificates, anchor, notBefore, notAfter, problem);
        }

        static Found of(PKIXCertPathBuilderResult r) {
            List<X509Certificate> certs = new ArrayList<>();
            Instant from = Instant.MIN;
            Instant to = Instant.MAX;
            for (Certificate c : r.getCertPath().getCertificates()) {
                X509Certificate x = (X509Certificate) c;
                certs.add(x);
                Instant nb = x.getNotBefore().toInstant();
                Instant na = x.getNotAfter().toInstant();
                from = nb.isAfter(from) ? nb : from;
                to = na.isBefore(to) ? na : to;
            }
            return new Found(List.copyOf(certs), r.getTrustAnchor().getTrustedCert(), from, to);
        }

        /** Whether every certificate on the path is valid at {@code when} (as {@code checkValidity} says). */
        boolean validAt(Instant when) {
            return !when.isBefore(notBefore) && !when.isAfter(notAfter);
        }
    }

    private final Map<Key, Found> paths = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Found> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The path built before for {@code key}, if it holds at {@code when}; else null. */
    synchronized Found get(Key key, Instant when) {
        Found f = paths.get(key);
        return f != null && f.validAt(when) ? f : null;
    }

    synchronized void put(Key key, Found found) {
        paths.put(key, found);
    }

    synchronized int size() {
        return paths.size();
    }
}
