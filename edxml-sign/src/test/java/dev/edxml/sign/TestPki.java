package dev.edxml.sign;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A throwaway PKI made with BouncyCastle for tests: a root CA and signers with Vietnamese-style subjects
 * (TEST ONLY: keys are generated fresh on every run and never leave the test).
 */
public final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    public final KeyPair rootKey;
    public final X509Certificate root;

    public TestPki(String name) throws Exception {
        rootKey = rsa();
        X500Name n = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, "Ban Cơ yếu Chính phủ (thử nghiệm)").addRDN(BCStyle.CN, name).build();
        Instant now = Instant.now();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(n, serial(), Date.from(now.minus(Duration.ofDays(365))),
                Date.from(now.plus(Duration.ofDays(3650))), n, rootKey.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        b.addExtension(Extension.subjectKeyIdentifier, false,
                new JcaX509ExtensionUtils().createSubjectKeyIdentifier(rootKey.getPublic()));
        root = sign(b, rootKey, "SHA256withRSA");
    }

    public static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048, new SecureRandom());
        return g.generateKeyPair();
    }

    public static KeyPair ec() throws GeneralSecurityException {
        return ec("secp256r1");
    }

    /** An EC key on a named curve ({@code secp384r1}, {@code secp521r1}…). */
    public static KeyPair ec(String curve) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec(curve));
        return g.generateKeyPair();
    }

    /** An RSA key of this size (below 2048 only to test that weak keys are refused). */
    public static KeyPair rsa(int bits) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(bits, new SecureRandom());
        return g.generateKeyPair();
    }

    /** A signer certificate valid from {@code from} to {@code to}, issued by the root. */
    public X509Certificate issue(KeyPair key, String cn, Instant from, Instant to, int keyUsage) throws Exception {
        return issue(key, cn, from, to, keyUsage, new KeyPurposeId[0]);
    }

    /** A signer certificate valid now for a year with this key usage and, unless none are given, extended key usage. */
    @SuppressWarnings("exports") // test code: BouncyCastle types in its signature are fine
    public X509Certificate issue(KeyPair key, String cn, int keyUsage, KeyPurposeId... purposes) throws Exception {
        Instant now = Instant.now();
        return issue(key, cn, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)), keyUsage, purposes);
    }

    private X509Certificate issue(KeyPair key, String cn, Instant from, Instant to, int keyUsage,
                                  KeyPurposeId[] purposes) throws Exception {
        X500Name n = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.L, "Hà Nội")
                .addRDN(BCStyle.O, "Văn phòng Chính phủ").addRDN(BCStyle.UID, "MST:0100107370-001")
                .addRDN(BCStyle.CN, cn).build();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(root, serial(), Date.from(from), Date.from(to), n,
                key.getPublic());
        b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        if (purposes.length > 0) {
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
        }
        JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
        b.addExtension(Extension.authorityKeyIdentifier, false, u.createAuthorityKeyIdentifier(root));
        b.addExtension(Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(key.getPublic()));
        return sign(b, rootKey, "SHA256withRSA");
    }

    /** A signer valid now for a year, key usage digitalSignature + nonRepudiation. */
    public SigningKey signer(KeyPair key, String cn) throws Exception {
        Instant now = Instant.now();
        X509Certificate c = issue(key, cn, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)),
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        return SigningKey.of(key.getPrivate(), List.of(c, root));
    }

    /**
     * A signer valid now for a year whose subject has this organisation and UID (either may be null, then left out),
     * for tests of the signer's binding to the sender.
     */
    public SigningKey signerOf(KeyPair key, String organization, String uid, String cn) throws Exception {
        X500NameBuilder nb = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (organization != null) {
            nb.addRDN(BCStyle.O, organization);
        }
        if (uid != null) {
            nb.addRDN(BCStyle.UID, uid);
        }
        nb.addRDN(BCStyle.CN, cn);
        Instant now = Instant.now();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(root, serial(), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))), nb.build(), key.getPublic());
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
        b.addExtension(Extension.authorityKeyIdentifier, false, u.createAuthorityKeyIdentifier(root));
        b.addExtension(Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(key.getPublic()));
        return SigningKey.of(key.getPrivate(), List.of(sign(b, rootKey, "SHA256withRSA"), root));
    }

    public static Path pem(Path file, X509Certificate c) throws Exception {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(c.getEncoded());
        return Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n");
    }

    public static Path pkcs12(Path file, SigningKey key, char[] password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("signer", key.privateKey(), password, key.chain().toArray(new X509Certificate[0]));
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, password);
        }
        return file;
    }

    /** The private key as unencrypted PKCS#8 PEM (for xmlsec1). */
    public static Path keyPem(Path file, java.security.PrivateKey key) throws IOException {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        return Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + b64 + "\n-----END PRIVATE KEY-----\n");
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair issuer, String alg) throws Exception {
        ContentSigner s = new JcaContentSignerBuilder(alg).build(issuer.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(b.build(s));
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }
}
