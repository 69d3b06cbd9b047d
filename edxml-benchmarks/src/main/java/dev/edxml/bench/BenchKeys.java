package dev.edxml.bench;

import dev.edxml.sign.SigningKey;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The benchmarks' throwaway PKI, made with BouncyCastle once per workload folder: a root CA and an RSA-2048 signer
 * ({@code signer.p12}, password {@value #PASSWORD}), and the same as PEM files for xmlsec1 ({@code key.pem},
 * {@code cert.pem}, {@code ca.pem}).
 */
public final class BenchKeys {
    /** The PKCS#12 password (a throwaway key). */
    public static final String PASSWORD = "bench";

    private final Path dir;

    private BenchKeys(Path dir) {
        this.dir = dir;
    }

    /** The keys in {@code dir}, made first if missing. */
    public static BenchKeys in(Path dir) throws Exception {
        BenchKeys k = new BenchKeys(dir);
        if (!Files.exists(dir.resolve("signer.p12"))) {
            k.make();
        }
        return k;
    }

    public Path caPem() {
        return dir.resolve("ca.pem");
    }

    public Path keyPem() {
        return dir.resolve("key.pem");
    }

    public Path certPem() {
        return dir.resolve("cert.pem");
    }

    public SigningKey signingKey() throws Exception {
        return SigningKey.fromPkcs12(dir.resolve("signer.p12"), PASSWORD.toCharArray(), null);
    }

    /** The root certificate (the trust anchor of the verifiers). */
    public X509Certificate root() throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve("ca.der"))) {
            return (X509Certificate)
                    java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private void make() throws Exception {
        Files.createDirectories(dir);
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair rootKey = g.generateKeyPair();
        KeyPair signerKey = g.generateKeyPair();
        Instant now = Instant.now();
        X500Name rootName = new X500Name("C=VN,O=Benchmarks,CN=Benchmark Root CA");
        X509v3CertificateBuilder rb = new JcaX509v3CertificateBuilder(
                rootName,
                BigInteger.ONE,
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))),
                rootName,
                rootKey.getPublic());
        rb.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        rb.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        X509Certificate root = new JcaX509CertificateConverter()
                .getCertificate(rb.build(new JcaContentSignerBuilder("SHA256withRSA").build(rootKey.getPrivate())));
        X509v3CertificateBuilder sb = new JcaX509v3CertificateBuilder(
                root,
                BigInteger.TWO,
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))),
                new X500Name("C=VN,O=Van phong Chinh phu,CN=Benchmark Signer"),
                signerKey.getPublic());
        sb.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        sb.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        sb.addExtension(
                Extension.authorityKeyIdentifier,
                false,
                new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(root));
        X509Certificate signer = new JcaX509CertificateConverter()
                .getCertificate(sb.build(new JcaContentSignerBuilder("SHA256withRSA").build(rootKey.getPrivate())));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("signer", signerKey.getPrivate(), PASSWORD.toCharArray(), new X509Certificate[] {signer, root});
        try (OutputStream out = Files.newOutputStream(dir.resolve("signer.p12"))) {
            ks.store(out, PASSWORD.toCharArray());
        }
        Files.write(dir.resolve("ca.der"), root.getEncoded());
        pem(caPem(), "CERTIFICATE", root.getEncoded());
        pem(certPem(), "CERTIFICATE", signer.getEncoded());
        PrivateKey pk = signerKey.getPrivate();
        pem(keyPem(), "PRIVATE KEY", pk.getEncoded());
    }

    private static void pem(Path f, String type, byte[] der) throws java.io.IOException {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        Files.writeString(
                f,
                "-----BEGIN " + type + "-----\n" + b64 + "\n-----END " + type + "-----\n",
                StandardCharsets.US_ASCII);
    }
}
