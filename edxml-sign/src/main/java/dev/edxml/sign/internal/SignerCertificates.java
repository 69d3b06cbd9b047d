package dev.edxml.sign.internal;

import dev.edxml.sign.KeyAccessException;
import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What makes a certificate fit to sign documents, in one place: the signer refuses what the verifier would reject
 * ({@code EDXML-SIG-107}…{@code 109} against {@code EDXML-SIG-016}, {@code 024}, {@code 025}).
 */
public final class SignerCertificates {
    /** The smallest RSA (and DSA) modulus accepted, in bits. */
    public static final int MIN_RSA_BITS = 2048;
    /** The smallest elliptic curve accepted, by the size of its field in bits (P-256). */
    public static final int MIN_EC_BITS = 256;

    /**
     * Extended key usages that name a purpose other than signing documents (RFC 5280 §4.2.1.12, RFC 4945, RFC
     * 6187). A certificate whose extended key usage lists only these is not for signing documents; any other
     * purpose (anyExtendedKeyUsage, clientAuth, emailProtection, documentSigning, a vendor's own) lets it sign.
     */
    private static final Map<String, String> NOT_FOR_DOCUMENTS = Map.of(
            "1.3.6.1.5.5.7.3.1", "serverAuth",
            "1.3.6.1.5.5.7.3.3", "codeSigning",
            "1.3.6.1.5.5.7.3.5", "ipsecEndSystem",
            "1.3.6.1.5.5.7.3.6", "ipsecTunnel",
            "1.3.6.1.5.5.7.3.7", "ipsecUser",
            "1.3.6.1.5.5.7.3.8", "timeStamping",
            "1.3.6.1.5.5.7.3.9", "OCSPSigning",
            "1.3.6.1.5.5.7.3.17", "ipsecIKE",
            "1.3.6.1.5.5.7.3.21", "secureShellClient",
            "1.3.6.1.5.5.7.3.22", "secureShellServer");

    private SignerCertificates() {}

    /** Whether the key usage, if the certificate has one, includes digitalSignature or nonRepudiation. */
    public static boolean keyUsageAllowsSigning(X509Certificate c) {
        boolean[] usage = c.getKeyUsage();
        return usage == null || usage[0] || usage[1];
    }

    /** The key, as {@code RSA 1024}, when it is smaller than RSA-2048 (DSA alike) or a curve smaller than P-256. */
    public static Optional<String> weakKey(X509Certificate c) {
        PublicKey k = c.getPublicKey();
        int bits;
        int min;
        if (k instanceof RSAPublicKey r) {
            bits = r.getModulus().bitLength();
            min = MIN_RSA_BITS;
        } else if (k instanceof DSAPublicKey d && d.getParams() != null) {
            bits = d.getParams().getP().bitLength();
            min = MIN_RSA_BITS;
        } else if (k instanceof ECPublicKey e) {
            bits = e.getParams().getCurve().getField().getFieldSize();
            min = MIN_EC_BITS;
        } else {
            return Optional.empty();
        }
        return bits < min ? Optional.of(k.getAlgorithm() + " " + bits) : Optional.empty();
    }

    /**
     * The purposes, as {@code serverAuth, timeStamping}, when the certificate has an extended key usage and every
     * purpose in it is one that is not signing documents; empty when it may sign (no such extension, or at least one
     * other purpose). An extension that cannot be read counts against the certificate.
     */
    public static Optional<String> purposesNotForSigning(X509Certificate c) {
        List<String> purposes;
        try {
            purposes = c.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            return Optional.of("(unreadable extendedKeyUsage)");
        }
        if (purposes == null || purposes.isEmpty()) {
            return Optional.empty();
        }
        if (!NOT_FOR_DOCUMENTS.keySet().containsAll(purposes)) {
            return Optional.empty();
        }
        return Optional.of(purposes.stream().map(NOT_FOR_DOCUMENTS::get).collect(Collectors.joining(", ")));
    }

    /**
     * Refuses a signer certificate that this library's verifier would reject for what it is: key usage without
     * digitalSignature and nonRepudiation ({@code EDXML-SIG-107}), a weak key ({@code EDXML-SIG-108}), an extended
     * key usage only for other purposes ({@code EDXML-SIG-109}).
     */
    public static void requireFitForSigning(X509Certificate c) throws KeyAccessException {
        String subject = c.getSubjectX500Principal().getName();
        if (!keyUsageAllowsSigning(c)) {
            throw new KeyAccessException("EDXML-SIG-107", null, subject, keyUsage(c));
        }
        Optional<String> weak = weakKey(c);
        if (weak.isPresent()) {
            throw new KeyAccessException("EDXML-SIG-108", null, subject, weak.get());
        }
        Optional<String> purposes = purposesNotForSigning(c);
        if (purposes.isPresent()) {
            throw new KeyAccessException("EDXML-SIG-109", null, subject, purposes.get());
        }
    }

    /** The key usage bits set, by their RFC 5280 names. */
    public static String keyUsage(X509Certificate c) {
        String[] names = {
            "digitalSignature",
            "nonRepudiation",
            "keyEncipherment",
            "dataEncipherment",
            "keyAgreement",
            "keyCertSign",
            "cRLSign",
            "encipherOnly",
            "decipherOnly"
        };
        boolean[] usage = c.getKeyUsage();
        if (usage == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < usage.length && i < names.length; i++) {
            if (usage[i]) {
                sb.append(sb.length() == 0 ? "" : ", ").append(names[i]);
            }
        }
        return sb.length() == 0 ? "(none)" : sb.toString();
    }
}
