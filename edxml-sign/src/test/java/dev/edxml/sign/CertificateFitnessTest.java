package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.Finding;
import dev.edxml.sign.pdf.PdfSigner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Certificates unfit to sign: the verifier rejects them (key usage {@code EDXML-SIG-016}, weak key {@code -024},
 * extended key usage for other purposes {@code -025}) and the signers refuse them before signing ({@code -107},
 * {@code -108}, {@code -109}), so that this library never writes a signature it would itself reject.
 */
class CertificateFitnessTest {
    private static final int SIGNING = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
    private static final KeyPurposeId DOCUMENT_SIGNING =
            KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.36"));

    static TestPki pki;
    static KeyPair rsa;
    static Verifier verifier;

    @BeforeAll
    static void setUp() throws Exception {
        pki = new TestPki("CA kiểm tra chứng thư");
        rsa = TestPki.rsa();
        verifier = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
    }

    private static SigningKey key(KeyPair k, X509Certificate c) {
        return SigningKey.of(k.getPrivate(), List.of(c, pki.root));
    }

    private static Set<String> codes(X509Certificate c) {
        return TrustPolicy.builder().trustAnchor(pki.root).build().check(c, List.of()).problems().stream()
                .filter(Finding::isError)
                .map(Finding::code)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aWeakRsaKeyIsRejectedByTheVerifierAndRefusedByTheSigner() throws Exception {
        KeyPair weak = TestPki.rsa(1024);
        X509Certificate c = pki.issue(weak, "Khóa yếu", SIGNING);
        // a signature made by hand: Signer would not make it
        byte[] b = new Crafted().sign(Edxml.toBytes(Fixtures.letter()), weak.getPrivate(), List.of(c, pki.root));
        SignatureReport r = verifier.examine(b);
        assertEquals(Set.of("EDXML-SIG-024"), VerifierTest.codes(r));
        Finding p = r.problems().stream()
                .filter(x -> x.code().equals("EDXML-SIG-024"))
                .findFirst()
                .orElseThrow();
        assertTrue(p.messageEn().contains("RSA 1024 bits"), p.messageEn());
        assertTrue(p.messageVi().contains("quá yếu"), p.messageVi());
        KeyAccessException e = assertThrows(
                KeyAccessException.class,
                () -> Signer.builder().key(key(weak, c)).build().sign(Fixtures.letter()));
        assertEquals("EDXML-SIG-108", e.code());
        assertTrue(e.getMessage().contains("RSA 1024"), e.getMessage());
    }

    @Test
    void aCurveBelowP256IsWeakAndP256AndRsa2048AreNot() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        g.initialize(new ECGenParameterSpec("secp224r1"));
        X509Certificate small = pki.issue(g.generateKeyPair(), "Đường cong nhỏ", SIGNING);
        assertTrue(codes(small).contains("EDXML-SIG-024"), codes(small).toString());
        assertFalse(codes(pki.issue(TestPki.ec(), "P-256", SIGNING)).contains("EDXML-SIG-024"));
        assertFalse(codes(pki.issue(rsa, "RSA 2048", SIGNING)).contains("EDXML-SIG-024"));
    }

    @Test
    void anExtendedKeyUsageOnlyForOtherPurposesIsRejectedByTheVerifierAndRefusedByTheSigner() throws Exception {
        X509Certificate tls =
                pki.issue(rsa, "Máy chủ web", SIGNING, KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_timeStamping);
        byte[] b = new Crafted().sign(Edxml.toBytes(Fixtures.letter()), rsa.getPrivate(), List.of(tls, pki.root));
        SignatureReport r = verifier.examine(b);
        assertEquals(Set.of("EDXML-SIG-025"), VerifierTest.codes(r));
        assertTrue(r.problems().stream()
                .anyMatch(p -> p.code().equals("EDXML-SIG-025")
                        && p.messageEn().contains("serverAuth, timeStamping")
                        && p.messageVi().contains("serverAuth")));
        KeyAccessException e = assertThrows(
                KeyAccessException.class,
                () -> Signer.builder().key(key(rsa, tls)).build().sign(Fixtures.letter()));
        assertEquals("EDXML-SIG-109", e.code());
        for (KeyPurposeId only : List.of(KeyPurposeId.id_kp_OCSPSigning, KeyPurposeId.id_kp_codeSigning)) {
            assertTrue(codes(pki.issue(rsa, "Khác", SIGNING, only)).contains("EDXML-SIG-025"), only.toString());
        }
    }

    @Test
    void signingPurposesAnyPurposeAndNoExtendedKeyUsageAreAccepted() throws Exception {
        List<KeyPurposeId[]> fine = List.of(
                new KeyPurposeId[0],
                new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection},
                new KeyPurposeId[] {KeyPurposeId.anyExtendedKeyUsage},
                new KeyPurposeId[] {DOCUMENT_SIGNING},
                // a signing purpose beside a TLS one: the certificate may sign
                new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth},
                // a purpose this library does not know (a CA's own): the benefit of the doubt
                new KeyPurposeId[] {KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.3.1"))});
        for (KeyPurposeId[] purposes : fine) {
            X509Certificate c = pki.issue(rsa, "Người ký", SIGNING, purposes);
            byte[] b = Edxml.toBytes(Signer.builder().key(key(rsa, c)).build().sign(Fixtures.letter()));
            assertTrue(verifier.verify(b).isValid(), List.of(purposes).toString());
        }
    }

    @Test
    void aTimestampAuthorityIsNotASignerButIsStillCheckedForItsKey() throws Exception {
        TrustPolicy policy = TrustPolicy.builder().trustAnchor(pki.root).build();
        X509Certificate tsa = pki.issue(rsa, "TSA", KeyUsage.digitalSignature, KeyPurposeId.id_kp_timeStamping);
        assertTrue(
                policy.checkTimestampAuthority(tsa, List.of()).isTrusted(),
                policy.checkTimestampAuthority(tsa, List.of()).problems().toString());
        assertFalse(policy.check(tsa, List.of()).isTrusted());
        X509Certificate weakTsa =
                pki.issue(TestPki.rsa(1024), "TSA yếu", KeyUsage.digitalSignature, KeyPurposeId.id_kp_timeStamping);
        assertTrue(policy.checkTimestampAuthority(weakTsa, List.of()).problems().stream()
                .anyMatch(p -> p.code().equals("EDXML-SIG-024")));
    }

    @Test
    void aCertificateWithoutSigningKeyUsageIsRefusedByEverySigner() throws Exception {
        X509Certificate enc = pki.issue(rsa, "Mã hóa", KeyUsage.keyEncipherment | KeyUsage.dataEncipherment);
        SigningKey k = key(rsa, enc);
        KeyAccessException e = assertThrows(
                KeyAccessException.class, () -> Signer.builder().key(k).build().sign(Fixtures.letter()));
        assertEquals("EDXML-SIG-107", e.code());
        assertTrue(
                e.message(Locale.ENGLISH).contains("keyEncipherment, dataEncipherment")
                        && e.message(Locale.ENGLISH).contains("CN=Mã hóa"),
                e.message(Locale.ENGLISH));
        assertTrue(e.message(Locale.forLanguageTag("vi")).contains("không dùng để ký được"));
        // an external signer and the two-step way are refused too, before the signing service is asked
        ExternalSigner never = new ExternalSigner() {
            @Override
            public List<X509Certificate> certificateChain() {
                return k.chain();
            }

            @Override
            public byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) {
                throw new AssertionError("the signing service must not be asked");
            }
        };
        assertEquals(
                "EDXML-SIG-107",
                assertThrows(KeyAccessException.class, () -> Signer.builder()
                                .externalSigner(never)
                                .build()
                                .sign(Fixtures.letter()))
                        .code());
        assertEquals(
                "EDXML-SIG-107",
                assertThrows(KeyAccessException.class, () -> Signer.builder()
                                .certificateChain(k.chain())
                                .build()
                                .prepare(Fixtures.letter()))
                        .code());
        // and the PDF signer: a PDF signature with this certificate would be rejected for the same reason
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(
                "EDXML-SIG-107",
                assertThrows(
                                KeyAccessException.class,
                                () -> PdfSigner.builder(k).build().sign(new ByteArrayInputStream(onePagePdf()), out))
                        .code());
        assertEquals(0, out.size());
    }

    static byte[] onePagePdf() throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
