package dev.edxml.axis;

import dev.edxml.sign.SigningKey;
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
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A throwaway root CA and signer made with BouncyCastle (TEST ONLY: fresh keys on every run). */
final class Pki {
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    final KeyPair rootKey;
    final X509Certificate root;

    Pki(String name) throws Exception {
        rootKey = rsa();
        X500Name n = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.CN, name).build();
        Instant now = Instant.now();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(n, serial(),
                Date.from(now.minus(Duration.ofDays(365))), Date.from(now.plus(Duration.ofDays(3650))), n,
                rootKey.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        b.addExtension(Extension.subjectKeyIdentifier, false,
                new JcaX509ExtensionUtils().createSubjectKeyIdentifier(rootKey.getPublic()));
        root = sign(b);
    }

    static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    /** A signer valid now for a year, key usage digitalSignature + nonRepudiation, with this root in its chain. */
    SigningKey signer(String cn) throws Exception {
        KeyPair key = rsa();
        Instant now = Instant.now();
        X500Name n = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.CN, cn).build();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(root, serial(),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), n,
                key.getPublic());
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
        b.addExtension(Extension.authorityKeyIdentifier, false, u.createAuthorityKeyIdentifier(root));
        b.addExtension(Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(key.getPublic()));
        return SigningKey.of(key.getPrivate(), List.of(sign(b), root));
    }

    static Path pem(Path file, X509Certificate c) throws Exception {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(c.getEncoded());
        return Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n");
    }

    private X509Certificate sign(X509v3CertificateBuilder b) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(b.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(rootKey.getPrivate())));
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }
}
