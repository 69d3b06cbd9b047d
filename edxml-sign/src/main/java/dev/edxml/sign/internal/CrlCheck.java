package dev.edxml.sign.internal;

import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * A certificate's status from the CRLs at hand, and nothing else. The JDK's PKIX revocation checker is not used for
 * CRLs because, finding no CRL it can use, it downloads one from the certificate's CRL distribution points by itself,
 * unbounded and uncached, even when the caller meant to stay offline.
 *
 * <p>A CRL counts when its issuer is the certificate's issuer (same name, signature verifies with the issuer's key,
 * the issuer may sign CRLs), it is current at the check time (thisUpdate not after it, nextUpdate not before it), it
 * is a complete CRL (no delta, no indirect CRL, no subset of reasons) whose scope includes the certificate, and it
 * has no other critical extension.
 */
public final class CrlCheck {
    /** Clocks differ; a CRL issued a few minutes "in the future" still counts (the JDK allows 15 minutes too). */
    private static final Duration SKEW = Duration.ofMinutes(15);

    private static final Set<String> UNDERSTOOD = Set.of(
            Extension.issuingDistributionPoint.getId(),
            Extension.cRLNumber.getId(),
            Extension.authorityKeyIdentifier.getId());

    /** What the CRLs say. */
    public enum Status {
        GOOD,
        REVOKED,
        UNKNOWN
    }

    private CrlCheck() {}

    public static Status check(X509Certificate cert, X509Certificate issuer, List<X509CRL> crls, Instant when) {
        Status status = Status.UNKNOWN;
        for (X509CRL crl : crls) {
            if (!usable(crl, cert, issuer, when)) {
                continue;
            }
            X509CRLEntry entry = crl.getRevokedCertificate(cert);
            if (entry != null
                    && !entry.getRevocationDate().toInstant().isAfter(when)
                    && entry.getRevocationReason() != CRLReason.REMOVE_FROM_CRL) {
                return Status.REVOKED;
            }
            status = Status.GOOD;
        }
        return status;
    }

    private static boolean usable(X509CRL crl, X509Certificate cert, X509Certificate issuer, Instant when) {
        if (!crl.getIssuerX500Principal().equals(cert.getIssuerX500Principal())) {
            return false;
        }
        Optional<byte[]> aki = crlAuthorityKeyId(crl);
        Optional<byte[]> ski = CertIds.subjectKeyId(issuer);
        if (aki.isPresent() && ski.isPresent() && !Arrays.equals(aki.get(), ski.get())) {
            return false;
        }
        boolean[] ku = issuer.getKeyUsage();
        if (ku != null && (ku.length < 7 || !ku[6])) {
            return false;
        }
        try {
            crl.verify(issuer.getPublicKey());
        } catch (Exception e) {
            return false;
        }
        if (crl.getThisUpdate().toInstant().isAfter(when.plus(SKEW))
                || crl.getNextUpdate() != null
                        && crl.getNextUpdate().toInstant().isBefore(when.minus(SKEW))) {
            return false;
        }
        Set<String> critical = new HashSet<>();
        if (crl.getCriticalExtensionOIDs() != null) {
            critical.addAll(crl.getCriticalExtensionOIDs());
        }
        critical.removeAll(UNDERSTOOD);
        if (!critical.isEmpty()) {
            return false;
        }
        byte[] idp = crl.getExtensionValue(Extension.issuingDistributionPoint.getId());
        if (idp != null) {
            try {
                IssuingDistributionPoint p =
                        IssuingDistributionPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(idp));
                boolean ca = cert.getBasicConstraints() >= 0;
                if (p.isIndirectCRL()
                        || p.getOnlySomeReasons() != null
                        || p.onlyContainsAttributeCerts()
                        || p.onlyContainsCACerts() && !ca
                        || p.onlyContainsUserCerts() && ca) {
                    return false;
                }
            } catch (Exception e) {
                return false;
            }
        }
        return true;
    }

    private static Optional<byte[]> crlAuthorityKeyId(X509CRL crl) {
        try {
            byte[] ext = crl.getExtensionValue(Extension.authorityKeyIdentifier.getId());
            if (ext == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(org.bouncycastle.asn1.x509.AuthorityKeyIdentifier.getInstance(
                            JcaX509ExtensionUtils.parseExtensionValue(ext))
                    .getKeyIdentifierOctets());
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
