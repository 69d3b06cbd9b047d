package dev.edxml.testkit;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certification authority of a throwaway test PKI, made with BouncyCastle (TEST ONLY: keys are made per run and
 * never leave the test). A root ({@link #root}) issues intermediates ({@link #intermediate}) and end-entity
 * certificates ({@link #leaf}: key usage, extended key usage, validity, OCSP and CRL pointers as the test needs), and
 * CRLs ({@link #crl}).
 */
@SuppressWarnings("JavaUtilDate") // BouncyCastle's builders take java.util.Date
public final class TestCa {
    // serial numbers unique within the JVM (a counter, not state a test observes)
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() & 0xFFFFFFFFFFL);

    private final KeyPair key;
    private final X509Certificate certificate;
    private final List<X509Certificate> chain;

    private TestCa(KeyPair key, X509Certificate certificate, List<X509Certificate> issuers) {
        this.key = key;
        this.certificate = certificate;
        List<X509Certificate> c = new ArrayList<>();
        c.add(certificate);
        c.addAll(issuers);
        this.chain = List.copyOf(c);
    }

    /**
     * A self-signed root with a Vietnamese-style subject ({@code C=VN, O=Ban Cơ yếu Chính phủ (thử nghiệm), CN=cn}), a
     * fresh RSA key, valid from a year ago for ten years.
     */
    public static TestCa root(String cn) throws GeneralSecurityException {
        return root(
                new X500NameBuilder(BCStyle.INSTANCE)
                        .addRDN(BCStyle.C, "VN")
                        .addRDN(BCStyle.O, "Ban Cơ yếu Chính phủ (thử nghiệm)")
                        .addRDN(BCStyle.CN, cn)
                        .build(),
                TestKeys.rsa());
    }

    /** A self-signed root with this subject (an RFC 4514 name such as {@code C=VN,O=…,CN=…}) and a fresh RSA key. */
    public static TestCa rootNamed(String dn) throws GeneralSecurityException {
        return root(new X500Name(dn), TestKeys.rsa());
    }

    /** A self-signed root with this subject and key, valid from a year ago for ten years. */
    public static TestCa root(X500Name subject, KeyPair key) throws GeneralSecurityException {
        Instant now = Instant.now();
        X509Certificate c = caCertificate(
                subject,
                key,
                subject,
                key,
                null,
                algorithmFor(key),
                now.minus(Duration.ofDays(365)),
                now.plus(Duration.ofDays(3650)));
        return new TestCa(key, c, List.of());
    }

    /** A CA under this one (an RFC 4514 subject), with a fresh RSA key, its certificate signed with {@code alg}. */
    public TestCa intermediate(String dn, String alg) throws GeneralSecurityException {
        KeyPair k = TestKeys.rsa();
        Instant now = Instant.now();
        X509Certificate c = caCertificate(
                new X500Name(dn),
                k,
                subjectOf(certificate),
                key,
                certificate,
                alg,
                now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(3650)));
        return new TestCa(k, c, chain);
    }

    /**
     * An end-entity certificate to issue, with a Vietnamese-style subject ({@code C=VN, L=Hà Nội, O=Văn phòng Chính
     * phủ, UID=MST:0100107370-001, CN=cn}).
     */
    public Leaf leaf(String cn) {
        return leaf(new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.L, "Hà Nội")
                .addRDN(BCStyle.O, "Văn phòng Chính phủ")
                .addRDN(BCStyle.UID, "MST:0100107370-001")
                .addRDN(BCStyle.CN, cn)
                .build());
    }

    /** An end-entity certificate to issue, with this subject. */
    public Leaf leaf(X500Name subject) {
        return new Leaf(subject);
    }

    /** A subject {@code C=VN[, O=organization][, UID=uid], CN=cn} (organization and uid left out when null). */
    public static X500Name subject(String organization, String uid, String cn) {
        X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (organization != null) {
            b.addRDN(BCStyle.O, organization);
        }
        if (uid != null) {
            b.addRDN(BCStyle.UID, uid);
        }
        return b.addRDN(BCStyle.CN, cn).build();
    }

    /** A CRL of this CA, issued five minutes ago and valid for a day, listing these as revoked (key compromise). */
    public X509CRL crl(X509Certificate... revoked) throws GeneralSecurityException {
        Instant now = Instant.now();
        X509v2CRLBuilder b = new X509v2CRLBuilder(subjectOf(certificate), Date.from(now.minus(Duration.ofMinutes(5))));
        b.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
        for (X509Certificate r : revoked) {
            b.addCRLEntry(r.getSerialNumber(), Date.from(now.minus(Duration.ofHours(1))), CRLReason.keyCompromise);
        }
        try {
            b.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
            return new JcaX509CRLConverter()
                    .getCRL(b.build(new JcaContentSignerBuilder(algorithmFor(key)).build(key.getPrivate())));
        } catch (CertIOException | OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** This CA's key pair. */
    public KeyPair key() {
        return key;
    }

    /** This CA's certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** This CA's certificate, then its issuers up to the root. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** The root of this CA's chain (this CA's certificate when it is a root). */
    public X509Certificate rootCertificate() {
        return chain.get(chain.size() - 1);
    }

    @Override
    public String toString() {
        return "TestCa{" + certificate.getSubjectX500Principal() + "}";
    }

    /** A certificate being issued; each setting has a default that suits a document signer. */
    public final class Leaf {
        private final X500Name subject;
        private KeyPair keyPair;
        private Instant notBefore;
        private Instant notAfter;
        private int keyUsage = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
        private KeyPurposeId[] purposes = new KeyPurposeId[0];
        private boolean purposesCritical;
        private String ocspUrl;
        private String crlUrl;
        private String algorithm;
        private boolean authorityKeyId = true;

        private Leaf(X500Name subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
        }

        /** The subject's key pair (default: a fresh 2048-bit RSA key). */
        public Leaf key(KeyPair k) {
            this.keyPair = k;
            return this;
        }

        /** Valid from {@code from} to {@code to} (default: from a day ago for a year). */
        public Leaf validity(Instant from, Instant to) {
            this.notBefore = from;
            this.notAfter = to;
            return this;
        }

        /** The key usage bits, {@link KeyUsage} constants or'd (default: digitalSignature and nonRepudiation). */
        public Leaf keyUsage(int bits) {
            this.keyUsage = bits;
            return this;
        }

        /** Extended key usages, a non-critical extension (default: none). */
        public Leaf extendedKeyUsage(KeyPurposeId... ids) {
            this.purposes = ids.clone();
            this.purposesCritical = false;
            return this;
        }

        /** Extended key usages, a critical extension (as a time-stamping authority's certificate has). */
        public Leaf criticalExtendedKeyUsage(KeyPurposeId... ids) {
            this.purposes = ids.clone();
            this.purposesCritical = true;
            return this;
        }

        /** Names this OCSP responder (authority information access). */
        public Leaf ocsp(String url) {
            this.ocspUrl = url;
            return this;
        }

        /** Names this CRL distribution point. */
        public Leaf crl(String url) {
            this.crlUrl = url;
            return this;
        }

        /** The CA signs with this algorithm (default: SHA-256 with the CA key's algorithm). */
        public Leaf signatureAlgorithm(String alg) {
            this.algorithm = alg;
            return this;
        }

        /** Leaves out the authority and subject key identifiers, as some older certificates do. */
        public Leaf withoutKeyIdentifiers() {
            this.authorityKeyId = false;
            return this;
        }

        /** Issues the certificate. */
        public Issued issue() throws GeneralSecurityException {
            KeyPair k = keyPair != null ? keyPair : TestKeys.rsa();
            Instant now = Instant.now();
            Instant from = notBefore != null ? notBefore : now.minus(Duration.ofDays(1));
            Instant to = notAfter != null ? notAfter : now.plus(Duration.ofDays(365));
            try {
                X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                        certificate, serial(), Date.from(from), Date.from(to), subject, k.getPublic());
                b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                if (purposes.length > 0) {
                    b.addExtension(Extension.extendedKeyUsage, purposesCritical, new ExtendedKeyUsage(purposes));
                }
                if (authorityKeyId) {
                    JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
                    b.addExtension(
                            Extension.authorityKeyIdentifier, false, u.createAuthorityKeyIdentifier(certificate));
                    b.addExtension(Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(k.getPublic()));
                }
                if (ocspUrl != null) {
                    b.addExtension(
                            Extension.authorityInfoAccess,
                            false,
                            new AuthorityInformationAccess(
                                    AccessDescription.id_ad_ocsp,
                                    new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl)));
                }
                if (crlUrl != null) {
                    b.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                        new DistributionPoint(
                                new DistributionPointName(new GeneralNames(
                                        new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl))),
                                null,
                                null)
                    }));
                }
                X509Certificate c = new JcaX509CertificateConverter()
                        .getCertificate(
                                b.build(new JcaContentSignerBuilder(algorithm != null ? algorithm : algorithmFor(key))
                                        .build(key.getPrivate())));
                List<X509Certificate> all = new ArrayList<>();
                all.add(c);
                all.addAll(chain);
                return new Issued(k, c, all);
            } catch (CertIOException | OperatorCreationException e) {
                throw new GeneralSecurityException(e);
            }
        }
    }

    private static X509Certificate caCertificate(
            X500Name subject,
            KeyPair k,
            X500Name issuer,
            KeyPair issuerKey,
            X509Certificate issuerCert,
            String alg,
            Instant from,
            Instant to)
            throws GeneralSecurityException {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                    issuer, serial(), Date.from(from), Date.from(to), subject, k.getPublic());
            JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(k.getPublic()));
            if (issuerCert != null) {
                b.addExtension(Extension.authorityKeyIdentifier, false, u.createAuthorityKeyIdentifier(issuerCert));
            }
            return new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder(alg).build(issuerKey.getPrivate())));
        } catch (CertIOException | OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static X500Name subjectOf(X509Certificate c) {
        return X500Name.getInstance(c.getSubjectX500Principal().getEncoded());
    }

    private static String algorithmFor(KeyPair k) {
        return "EC".equals(k.getPublic().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }
}
