package dev.edxml.sign;

import java.util.Arrays;
import java.util.Optional;

/**
 * Signature algorithms for XML-DSig: their URI, the JCA name and the digest used for the references.
 *
 * @since 0.1.0
 */
public enum SignatureAlgorithm {
    /** RSA PKCS#1 v1.5 with SHA-256: the default, and what Vietnamese CA tokens support everywhere. */
    RSA_SHA256("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "SHA256withRSA", DigestAlgorithm.SHA256),
    RSA_SHA384("http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "SHA384withRSA", DigestAlgorithm.SHA384),
    RSA_SHA512("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "SHA512withRSA", DigestAlgorithm.SHA512),
    /** RSASSA-PSS with SHA-256 and MGF1-SHA-256 (RFC 6931). */
    RSA_PSS_SHA256(
            "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1", "SHA256withRSAandMGF1", DigestAlgorithm.SHA256),
    ECDSA_SHA256("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", "SHA256withECDSA", DigestAlgorithm.SHA256),
    ECDSA_SHA384("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", "SHA384withECDSA", DigestAlgorithm.SHA384),
    /** ECDSA with SHA-512 (RFC 6931), the natural pair of a P-521 key. */
    ECDSA_SHA512("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512", "SHA512withECDSA", DigestAlgorithm.SHA512),
    /** RSA with SHA-1: never used for signing; accepted in verification only when a policy explicitly allows legacy SHA-1. */
    RSA_SHA1("http://www.w3.org/2000/09/xmldsig#rsa-sha1", "SHA1withRSA", DigestAlgorithm.SHA1);

    private final String uri;
    private final String jcaName;
    private final DigestAlgorithm digest;

    SignatureAlgorithm(String uri, String jcaName, DigestAlgorithm digest) {
        this.uri = uri;
        this.jcaName = jcaName;
        this.digest = digest;
    }

    /** The XML-DSig algorithm identifier. */
    public String uri() {
        return uri;
    }

    /** The name of the algorithm for {@link java.security.Signature#getInstance(String)}. */
    public String jcaName() {
        return jcaName;
    }

    /** The digest this library uses for the references of a signature made with this algorithm. */
    DigestAlgorithm digest() {
        return digest;
    }

    /**
     * The JCA name of the digest this algorithm signs ({@code SHA-256}…), for
     * {@link java.security.MessageDigest#getInstance(String)}: a service that signs a hash wants this hash.
     */
    public String digestName() {
        return digest.jcaName();
    }

    /** Whether this algorithm rests on SHA-1, which is broken for signatures. */
    public boolean isLegacy() {
        return digest == DigestAlgorithm.SHA1;
    }

    /** The algorithm with this URI, if it is one of these. */
    public static Optional<SignatureAlgorithm> forUri(String uri) {
        return Arrays.stream(values()).filter(a -> a.uri.equals(uri)).findFirst();
    }

    /** Digest algorithms of references. */
    enum DigestAlgorithm {
        SHA256("http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256"),
        SHA384("http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384"),
        SHA512("http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512"),
        /** Accepted in verification only when a policy explicitly allows legacy SHA-1. */
        SHA1("http://www.w3.org/2000/09/xmldsig#sha1", "SHA-1");

        private final String uri;
        private final String jcaName;

        DigestAlgorithm(String uri, String jcaName) {
            this.uri = uri;
            this.jcaName = jcaName;
        }

        public String uri() {
            return uri;
        }

        public String jcaName() {
            return jcaName;
        }

        public static Optional<DigestAlgorithm> forUri(String uri) {
            return Arrays.stream(values()).filter(a -> a.uri.equals(uri)).findFirst();
        }
    }
}
