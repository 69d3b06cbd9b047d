package dev.edxml.cli;

import dev.edxml.sign.SigningKey;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
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
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo's throwaway PKI, made in memory: a root that nobody trusts and a signer it certifies. The keys live only
 * as long as the demo runs; only the root's certificate is written out, so that {@code edxml verify} can be tried.
 */
final class DemoKeys {
    private final X509Certificate root;
    private final SigningKey signer;

    private DemoKeys(X509Certificate root, SigningKey signer) {
        this.root = root;
        this.signer = signer;
    }

    /** A fresh root and signer, valid from an hour before {@code now} for a day. */
    static DemoKeys create(Instant now) throws GeneralSecurityException {
        SecureRandom random = new SecureRandom();
        KeyPair rootKey = rsa(random);
        KeyPair signerKey = rsa(random);
        X500Name rootName = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, "edxml demo")
                .addRDN(BCStyle.CN, "edxml demo CA: throwaway and not trusted")
                .build();
        X500Name signerName = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.L, "Hà Nội")
                .addRDN(BCStyle.O, "Văn phòng Chính phủ (demo)")
                .addRDN(BCStyle.CN, "Trần Văn Minh")
                .build();
        Date from = Date.from(now.minus(Duration.ofHours(1)));
        Date to = Date.from(now.plus(Duration.ofDays(1)));
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder r =
                    new JcaX509v3CertificateBuilder(rootName, serial(random), from, to, rootName, rootKey.getPublic());
            r.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            r.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            r.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(rootKey.getPublic()));
            X509Certificate root = certificate(r, rootKey);

            X509v3CertificateBuilder s =
                    new JcaX509v3CertificateBuilder(root, serial(random), from, to, signerName, signerKey.getPublic());
            s.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            s.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            s.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(root));
            s.addExtension(
                    Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(signerKey.getPublic()));
            X509Certificate cert = certificate(s, rootKey);
            return new DemoKeys(root, SigningKey.of(signerKey.getPrivate(), List.of(cert, root)));
        } catch (IOException | OperatorCreationException e) {
            throw new GeneralSecurityException("the demo certificates could not be made: " + e.getMessage(), e);
        }
    }

    X509Certificate root() {
        return root;
    }

    SigningKey signer() {
        return signer;
    }

    /** Writes the root certificate as PEM, for {@code edxml verify --trust}; atomically, like every output file. */
    Path writeRoot(Path file) throws IOException, GeneralSecurityException {
        String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(root.getEncoded());
        dev.edxml.internal.OutputFile.write(
                file,
                ("-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n")
                        .getBytes(StandardCharsets.US_ASCII));
        return file;
    }

    private static KeyPair rsa(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048, random);
        return g.generateKeyPair();
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(64, random).add(BigInteger.ONE);
    }

    private static X509Certificate certificate(X509v3CertificateBuilder b, KeyPair issuer)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.getPrivate())));
    }
}
