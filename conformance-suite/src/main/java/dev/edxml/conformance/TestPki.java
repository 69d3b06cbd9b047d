package dev.edxml.conformance;

import dev.edxml.sign.SigningKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The suite's test PKI: a root CA with one signer, and a second, untrusted CA with its own signer.
 *
 * <p><b>TEST ONLY. These keys are public</b>: anyone can rebuild them from this source, since every key comes from a
 * fixed-seed deterministic random source (so that the generated packages are byte-for-byte reproducible). Never trust
 * {@link #root()} anywhere but in a conformance run.
 */
final class TestPki {
    /** Certificates are valid from here… */
    static final Instant NOT_BEFORE = Instant.parse("2025-01-01T00:00:00Z");
    /** …to here, so that vendors can still verify the vectors at today's date for years. */
    static final Instant NOT_AFTER = Instant.parse("2045-12-31T23:59:59Z");

    private final BouncyCastleProvider bc = new BouncyCastleProvider();
    private final X509Certificate root;
    private final SigningKey signer;
    private final SigningKey untrustedSigner;

    private TestPki() throws GeneralSecurityException {
        try {
            KeyPair rootKeys = rsa("edxml-conformance root CA");
            root = cert(
                    name("edxml conformance TEST ONLY Root CA", "edxml-java (TEST ONLY)"),
                    rootKeys,
                    name("edxml conformance TEST ONLY Root CA", "edxml-java (TEST ONLY)"),
                    rootKeys,
                    1,
                    true);
            KeyPair signerKeys = rsa("edxml-conformance signer");
            X509Certificate signerCert = cert(
                    name("Văn thư - TEST ONLY", "Văn phòng Chính phủ (TEST ONLY)"),
                    signerKeys,
                    name("edxml conformance TEST ONLY Root CA", "edxml-java (TEST ONLY)"),
                    rootKeys,
                    2,
                    false);
            signer = SigningKey.of(signerKeys.getPrivate(), List.of(signerCert, root));

            KeyPair otherRootKeys = rsa("edxml-conformance untrusted CA");
            X509Certificate otherRoot = cert(
                    name("Untrusted TEST ONLY CA", "Nobody (TEST ONLY)"),
                    otherRootKeys,
                    name("Untrusted TEST ONLY CA", "Nobody (TEST ONLY)"),
                    otherRootKeys,
                    3,
                    true);
            KeyPair otherKeys = rsa("edxml-conformance untrusted signer");
            X509Certificate otherCert = cert(
                    name("Văn thư - TEST ONLY", "Văn phòng Chính phủ (TEST ONLY)"),
                    otherKeys,
                    name("Untrusted TEST ONLY CA", "Nobody (TEST ONLY)"),
                    otherRootKeys,
                    4,
                    false);
            untrustedSigner = SigningKey.of(otherKeys.getPrivate(), List.of(otherCert, otherRoot));
        } catch (org.bouncycastle.operator.OperatorCreationException | java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    static TestPki create() throws GeneralSecurityException {
        return new TestPki();
    }

    /** The trust anchor a conformant verifier is given. */
    X509Certificate root() {
        return root;
    }

    /** A signer whose certificate chains to {@link #root()}. */
    SigningKey signer() {
        return signer;
    }

    /** A signer of the second CA, which nobody is told to trust. */
    SigningKey untrustedSigner() {
        return untrustedSigner;
    }

    /** The root certificate as PEM, with CRLF-free line ends so that the file is the same on every machine. */
    String rootPem() throws GeneralSecurityException {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(root.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n";
    }

    private KeyPair rsa(String seed) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA", bc);
        g.initialize(2048, new DeterministicRandom(seed));
        return g.generateKeyPair();
    }

    private static X500Name name(String cn, String o) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, o)
                .addRDN(BCStyle.CN, cn)
                .build();
    }

    private X509Certificate cert(
            X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys, long serial, boolean ca)
            throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException, java.io.IOException {
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                issuer,
                BigInteger.valueOf(serial),
                Date.from(NOT_BEFORE),
                Date.from(NOT_AFTER),
                subject,
                subjectKeys.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(
                Extension.keyUsage,
                true,
                ca
                        ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                        : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKeys.getPublic()));
        b.addExtension(
                Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
        return new JcaX509CertificateConverter()
                .setProvider(bc)
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA")
                        .setProvider(bc)
                        .build(issuerKeys.getPrivate())));
    }

    /**
     * A {@link SecureRandom} that is not random at all: SHA-256 over a fixed seed and a counter. It exists only to make
     * the test keys reproducible. TEST ONLY.
     */
    static final class DeterministicRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;

        DeterministicRandom(String seed) {
            super(new CounterSpi(seed.getBytes(StandardCharsets.UTF_8)), null);
        }
    }

    private static final class CounterSpi extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;
        private long counter;
        private byte[] block = new byte[0];
        private int used;

        CounterSpi(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        protected void engineSetSeed(byte[] ignored) {
            // fixed seed on purpose: reproducibility is the point
        }

        @Override
        protected synchronized void engineNextBytes(byte[] out) {
            for (int i = 0; i < out.length; i++) {
                if (used == block.length) {
                    block = next();
                    used = 0;
                }
                out[i] = block[used++];
            }
        }

        @Override
        protected byte[] engineGenerateSeed(int n) {
            byte[] b = new byte[n];
            engineNextBytes(b);
            return b;
        }

        private byte[] next() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                sha.update(seed);
                sha.update(BigInteger.valueOf(counter++).toByteArray());
                return sha.digest();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
