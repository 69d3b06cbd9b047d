package dev.edxml.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCaTest {
    @Test
    void aLeafUnderAnIntermediateValidatesToTheRoot() throws Exception {
        TestCa root = TestCa.root("Root thử nghiệm");
        TestCa sub = root.intermediate("C=VN,O=Ban Cơ yếu Chính phủ,CN=CA cấp dưới", "SHA256withRSA");
        Issued leaf = sub.leaf("Nguyễn Văn An").issue();
        assertEquals(List.of(leaf.certificate(), sub.certificate(), root.certificate()), leaf.chain());
        assertSame(root.certificate(), sub.rootCertificate());
        PKIXParameters p = new PKIXParameters(Set.of(new TrustAnchor(root.certificate(), null)));
        p.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX")
                .validate(
                        CertificateFactory.getInstance("X.509")
                                .generateCertPath(leaf.chain().subList(0, 2)),
                        p);
        assertTrue(leaf.certificate().getSubjectX500Principal().getName().contains("Nguyễn Văn An"));
        assertTrue(leaf.certificate().getKeyUsage()[0] && leaf.certificate().getKeyUsage()[1]);
        assertEquals(-1, leaf.certificate().getBasicConstraints(), "an end entity");
        assertEquals(Integer.MAX_VALUE, sub.certificate().getBasicConstraints(), "a CA without a path length");
    }

    @Test
    void theLeafSaysWhatTheTestAskedFor() throws Exception {
        TestCa root = TestCa.root("Root");
        Instant from = Instant.parse("2020-01-01T00:00:00Z");
        Instant to = from.plus(Duration.ofDays(2));
        Issued tsa = root.leaf(TestCa.subject(null, null, "TSA"))
                .key(TestKeys.ec())
                .validity(from, to)
                .keyUsage(KeyUsage.digitalSignature)
                .criticalExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping)
                .ocsp("http://127.0.0.1:1/ocsp")
                .crl("http://127.0.0.1:1/crl")
                .issue();
        X509Certificate c = tsa.certificate();
        assertEquals(from, c.getNotBefore().toInstant());
        assertEquals(to, c.getNotAfter().toInstant().truncatedTo(ChronoUnit.SECONDS));
        assertEquals("EC", c.getPublicKey().getAlgorithm());
        assertTrue(c.getCriticalExtensionOIDs().contains("2.5.29.37"), "extended key usage critical");
        assertEquals(List.of("1.3.6.1.5.5.7.3.8"), c.getExtendedKeyUsage());
        assertFalse(c.getKeyUsage()[1], "no nonRepudiation");
        assertTrue(c.getNonCriticalExtensionOIDs().containsAll(Set.of("1.3.6.1.5.5.7.1.1", "2.5.29.31")));
        assertEquals("CN=TSA,C=VN", c.getSubjectX500Principal().getName());
        assertNull(root.leaf("x").withoutKeyIdentifiers().issue().certificate().getExtensionValue("2.5.29.35"));
    }

    @Test
    void aCrlListsWhatWasRevoked() throws Exception {
        TestCa root = TestCa.rootNamed("C=VN,CN=CA có CRL");
        Issued bad = root.leaf("bị thu hồi").issue();
        Issued good = root.leaf("còn hiệu lực").issue();
        var crl = root.crl(bad.certificate());
        crl.verify(root.key().getPublic());
        assertTrue(crl.isRevoked(bad.certificate()));
        assertFalse(crl.isRevoked(good.certificate()));
        assertNotEquals(bad.certificate().getSerialNumber(), good.certificate().getSerialNumber());
    }

    @Test
    void sharedKeysAreMadeOncePerLabel() {
        assertSame(TestKeys.shared("a"), TestKeys.shared("a"));
        assertNotEquals(TestKeys.shared("a").getPublic(), TestKeys.shared("b").getPublic());
    }

    @Test
    void filesReadBackAsTheyWereWritten(@TempDir Path dir) throws Exception {
        Issued k = TestCa.root("Root").leaf("Văn thư").issue();
        char[] password = "mat-khau".toCharArray(); // the JDK's PKCS#12 takes ASCII passwords only
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(TestFiles.pkcs12(dir.resolve("k.p12"), k, password))) {
            ks.load(in, password);
        }
        assertArrayEquals(
                k.privateKey().getEncoded(), ks.getKey("signer", password).getEncoded());
        assertEquals(2, ks.getCertificateChain("signer").length);
        try (InputStream in = Files.newInputStream(TestFiles.pem(dir.resolve("c.pem"), k.certificate()))) {
            assertEquals(
                    k.certificate(), CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        assertTrue(Files.readString(
                        TestFiles.keyPem(dir.resolve("k.pem"), k.privateKey()),
                        java.nio.charset.StandardCharsets.US_ASCII)
                .startsWith("-----BEGIN PRIVATE KEY-----\n"));
    }
}
