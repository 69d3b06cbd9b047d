package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.Finding;
import dev.edxml.Severity;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Paths are built by key, not by name: Vietnamese CAs share names across renewals (CA2 of 2015 and of 2024), so of two
 * CAs with the signer's issuer name the one whose key signed is taken, and one whose key did not sign is never
 * accepted. Also the warnings of a SHA-1-signed chain (VGCA G1) and of an unconfirmed single-source anchor.
 */
class ChainBuildingTest {
    private static final String SAME_NAME = "C=VN,O=NACENCOMM SCT,CN=CA2";

    private static byte[] signed(SigningKey key) throws Exception {
        return Edxml.toBytes(Signer.builder().key(key).build().sign(Fixtures.letter()));
    }

    private static Set<String> codes(SignatureReport r, Severity s) {
        return r.problems().stream()
                .filter(p -> p.severity() == s)
                .map(Finding::code)
                .collect(Collectors.toSet());
    }

    @Test
    void ofTwoIntermediatesWithTheSameNameTheOneWhoseKeySignedIsTaken() throws Exception {
        ChainPki root = ChainPki.root("C=VN,O=Ministry of Information and Communications,CN=Vietnam National Root CA");
        ChainPki old = root.subCa(SAME_NAME, "SHA256withRSA");
        ChainPki renewed = root.subCa(SAME_NAME, "SHA256withRSA");
        byte[] pkg = signed(renewed.signer("Nguyễn Thị Lan", null, null));

        // the old CA is offered first: a builder matching names only would try it, and must not end up with it
        SignatureReport r = Verifier.of(TrustPolicy.builder()
                        .trustAnchor(root.cert)
                        .intermediates(List.of(old.cert, renewed.cert))
                        .build())
                .verify(pkg);
        assertEquals(List.of(renewed.cert, root.cert), r.chain().subList(1, 3), r.toString());

        // only the old CA on offer: same name, other key, so no path
        SignatureReport wrong = Verifier.of(TrustPolicy.builder()
                        .trustAnchor(root.cert)
                        .intermediates(List.of(old.cert))
                        .build())
                .examine(pkg);
        assertEquals(Set.of("EDXML-SIG-014"), VerifierTest.codes(wrong), wrong.toString());
    }

    @Test
    void ofTwoAnchorsWithTheSameNameTheOneWhoseKeySignedIsTaken() throws Exception {
        ChainPki a = ChainPki.root(SAME_NAME);
        ChainPki b = ChainPki.root(SAME_NAME);
        byte[] pkg = signed(b.signer("Trần Văn Hùng", null, null));
        SignatureReport r = Verifier.of(TrustPolicy.builder()
                        .trustAnchor(a.cert)
                        .trustAnchor(b.cert)
                        .build())
                .verify(pkg);
        assertEquals(b.cert, r.chain().get(r.chain().size() - 1));
        SignatureReport wrong =
                Verifier.of(TrustPolicy.builder().trustAnchor(a.cert).build()).examine(pkg);
        assertEquals(Set.of("EDXML-SIG-014"), VerifierTest.codes(wrong), wrong.toString());
    }

    @Test
    void aChainSignedWithSha1IsTrustedWithAWarningThatSaysWhatItMeans() throws Exception {
        ChainPki g1 =
                ChainPki.root("C=VN,O=Ban Co yeu Chinh phu,CN=Co quan chung thuc so chuyen dung Chinh phu (RootCA)");
        ChainPki cp = g1.subCa("C=VN,O=Ban Co yeu Chinh phu,CN=Co quan chung thuc so Chinh phu", "SHA1withRSA");
        byte[] pkg = signed(cp.signer("Lê Văn Nam", null, null));
        SignatureReport r = Verifier.of(TrustPolicy.builder()
                        .trustAnchor(g1.cert)
                        .intermediates(List.of(cp.cert))
                        .build())
                .verify(pkg);
        assertEquals(Set.of("EDXML-SIG-041"), codes(r, Severity.WARNING), r.toString());
        Finding w = r.warnings().get(0);
        assertTrue(w.messageEn().contains("Co quan chung thuc so Chinh phu"), w.messageEn());
        assertTrue(w.messageVi().contains("SHA-1"), w.messageVi());

        ChainPki g2 = ChainPki.root("C=VN,O=Ban Cơ yếu Chính phủ,CN=RootCA chuyên dùng Chính phủ G2");
        ChainPki cp2 = g2.subCa("C=VN,O=Ban Cơ yếu Chính phủ,CN=CA phục vụ các cơ quan Nhà nước G2", "SHA256withRSA");
        SignatureReport ok = Verifier.of(TrustPolicy.builder()
                        .trustAnchor(g2.cert)
                        .intermediates(List.of(cp2.cert))
                        .build())
                .verify(signed(cp2.signer("Lê Văn Nam", null, null)));
        assertFalse(codes(ok, Severity.WARNING).contains("EDXML-SIG-041"), ok.toString());
    }

    @Test
    void theProfilesCasHelpBuildPathsButAreNotAnchors() throws Exception {
        ChainPki root = ChainPki.root("C=VN,CN=Test root");
        byte[] pkg = signed(root.signer("Phạm Thị Hoa", null, null));
        // a policy made of a profile only does not trust a test root
        SignatureReport r = Verifier.of(
                        TrustPolicy.builder().trustProfile(TrustProfile.VN_ALL).build())
                .examine(pkg);
        assertEquals(Set.of("EDXML-SIG-014"), VerifierTest.codes(r));
        // combined with one's own anchor it does
        assertTrue(Verifier.of(TrustPolicy.builder()
                        .trustProfile("vn-gov")
                        .trustAnchor(root.cert)
                        .build())
                .examine(pkg)
                .isValid());
        X509Certificate g2 = TrustProfile.VN_GOV.entries().stream()
                .filter(e -> e.file().equals("vgca/vgca-root-g2.pem"))
                .findFirst()
                .orElseThrow()
                .certificate();
        assertTrue(TrustPolicy.builder()
                .trustProfile(TrustProfile.VN_GOV)
                .build()
                .anchors()
                .contains(g2));
    }
}
