package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.XmlElement;
import dev.edxml.model.XmlNode;
import dev.edxml.sign.internal.Dsig;
import dev.edxml.sign.internal.RelayProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** xmlsec1 (the C implementation) is the referee: what we sign it verifies, what it signs we verify. */
class XmlsecInteropTest {
    static TestPki pki;
    static KeyPair rsa;
    static SigningKey key;

    @BeforeAll
    static void setUp() throws Exception {
        pki = new TestPki("CA thử nghiệm xmlsec");
        rsa = TestPki.rsa();
        key = pki.signer(rsa, "Phạm Thị Dung");
    }

    @Test
    void xmlsec1VerifiesWhatWeSign(@TempDir Path dir) throws Exception {
        Tools.require("xmlsec1");
        Path root = TestPki.pem(dir.resolve("root.pem"), pki.root);
        for (SigningKey k : List.of(key, pki.signer(TestPki.ec(), "Hoàng Văn Em"))) {
            Path f = dir.resolve("signed.edxml");
            Edxml.write(Signer.builder().key(k).build().sign(Fixtures.letter()), f);
            Tools.Result ok = Tools.run(List.of("xmlsec1", "--verify", "--trusted-pem", root.toString(), f.toString()));
            assertEquals(0, ok.exit(), ok.output());
            assertTrue(ok.output().startsWith("OK"), ok.output());
            Files.write(f, VerifierTest.replace(Files.readAllBytes(f), "V/v kết nối", "V/v sửa"));
            Tools.Result bad =
                    Tools.run(List.of("xmlsec1", "--verify", "--trusted-pem", root.toString(), f.toString()));
            assertNotEquals(0, bad.exit(), bad.output());
        }
    }

    @Test
    void xmlsec1VerifiesEcdsaSha512WithAP521Key(@TempDir Path dir) throws Exception {
        Tools.require("xmlsec1");
        Path root = TestPki.pem(dir.resolve("root.pem"), pki.root);
        SigningKey k = pki.signer(TestPki.ec("secp521r1"), "Đinh Văn Khoa");
        Path f = dir.resolve("signed-p521.edxml");
        Edxml.write(
                Signer.builder()
                        .key(k)
                        .algorithm(SignatureAlgorithm.ECDSA_SHA512)
                        .build()
                        .sign(Fixtures.letter()),
                f);
        assertTrue(Files.readString(f).contains(SignatureAlgorithm.ECDSA_SHA512.uri()));
        Tools.Result ok = Tools.run(List.of("xmlsec1", "--verify", "--trusted-pem", root.toString(), f.toString()));
        assertEquals(0, ok.exit(), ok.output());
        assertTrue(ok.output().startsWith("OK"), ok.output());
        Files.write(f, VerifierTest.replace(Files.readAllBytes(f), "V/v kết nối", "V/v sửa"));
        assertNotEquals(
                0,
                Tools.run(List.of("xmlsec1", "--verify", "--trusted-pem", root.toString(), f.toString()))
                        .exit());
    }

    @Test
    void weVerifyWhatXmlsec1Signs(@TempDir Path dir) throws Exception {
        Tools.require("xmlsec1");
        Path template = dir.resolve("template.edxml");
        Edxml.write(
                Fixtures.letter().toBuilder()
                        .signature(new SignatureBlock(template()))
                        .build(),
                template);
        Path keyPem = TestPki.keyPem(dir.resolve("key.pem"), rsa.getPrivate());
        Path certPem = TestPki.pem(dir.resolve("cert.pem"), key.chain().get(0));
        Path out = dir.resolve("xmlsec-signed.edxml");
        Tools.Result r = Tools.run(List.of(
                "xmlsec1",
                "--sign",
                "--privkey-pem",
                keyPem + "," + certPem,
                "--output",
                out.toString(),
                template.toString()));
        assertEquals(0, r.exit(), r.output());
        Verifier v = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
        SignatureReport report = v.verify(out);
        assertEquals("Phạm Thị Dung", report.signer().orElseThrow().commonName().orElseThrow());
        assertEquals(SignatureReport.Coverage.WHOLE_PACKAGE, report.coverage());
        // and the package xmlsec1 signed reads with the library, signature kept as XML-DSig
        EdocPackage read = (EdocPackage) Edxml.read(out);
        assertTrue(read.signature().orElseThrow().isXmlDsig());
        byte[] tampered = VerifierTest.replace(Files.readAllBytes(out), "UBND tỉnh Nghệ An", "UBND tỉnh Hà Tĩnh");
        assertTrue(VerifierTest.codes(v.examine(tampered)).contains("EDXML-SIG-011"));
        String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
        assertTrue(text.contains("<DigestValue>") && !text.contains("<DigestValue/>"), text);
    }

    @Test
    void xmlsec1VerifiesWhatRelaysPassOn(@TempDir Path dir) throws Exception {
        Tools.require("xmlsec1");
        Path root = TestPki.pem(dir.resolve("root.pem"), pki.root);
        byte[] signed = Edxml.toBytes(Signer.builder().key(key).build().sign(RelayToleranceTest.withLargeAttachment()));
        byte[] sdk = RelayToleranceTest.appendHopSdkLayout(signed, "02.29.W00", "2025/09/30 08:00:02");
        byte[] jdom = RelayToleranceTest.jdomRelay(signed, null, "2025/09/30 08:00:03");
        byte[] both = RelayToleranceTest.jdomRelay(sdk, "000.00.00.H41", "2025/09/30 08:00:04");
        Path f = dir.resolve("relayed.edxml");
        for (byte[] relayed : List.of(signed, sdk, jdom, both)) {
            Files.write(f, relayed);
            Tools.Result ok = Tools.run(List.of("xmlsec1", "--verify", "--trusted-pem", root.toString(), f.toString()));
            assertEquals(0, ok.exit(), ok.output());
            assertTrue(ok.output().startsWith("OK"), ok.output());
        }
        Files.write(f, VerifierTest.replace(both, "V/v kết nối", "V/v sửa"));
        Tools.Result bad = Tools.run(List.of("xmlsec1", "--verify", "--trusted-pem", root.toString(), f.toString()));
        assertNotEquals(0, bad.exit(), bad.output());
    }

    @Test
    void weVerifyWhatXmlsec1SignsWithTheRelayProfile(@TempDir Path dir) throws Exception {
        Tools.require("xmlsec1");
        Verifier v = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
        Path out = xmlsecSign(dir, relayTemplate(RelayProfile.expression(1)));
        SignatureReport report = v.verify(out);
        assertEquals(List.of(), report.unsignedHops());
        // hops appended in place (a relay that re-indents the whole package would also re-indent xmlsec1's compact
        // SignedInfo, which breaks any signature value: our Signer lays its signature out for that, xmlsec1 does not)
        byte[] relayed = RelayToleranceTest.appendHopSdkLayout(
                RelayToleranceTest.appendHopSdkLayout(Files.readAllBytes(out), "02.29.W00", "2025/09/30 08:00:02"),
                null,
                "2025/09/30 08:00:03");
        SignatureReport r = v.verify(relayed);
        assertEquals(2, r.unsignedHops().size(), r::toString);
        assertTrue(VerifierTest.codes(
                        v.examine(RelayToleranceTest.moveSenderHopFirst(new String(relayed, StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8)))
                .contains("EDXML-SIG-011"));
    }

    @Test
    void aBroaderXPathThatXmlsec1AcceptsIsRefused(@TempDir Path dir) throws Exception {
        Tools.require("xmlsec1");
        Verifier v = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
        // leaves the attachments out of the signature: xmlsec1 signs and verifies it, we must not call it valid
        String broader = "/edXML:edXML/edXML:AttachmentEncoded | " + RelayProfile.expression(1);
        Path out = xmlsecSign(dir, relayTemplate(broader));
        Path root = TestPki.pem(dir.resolve("root.pem"), pki.root);
        Tools.Result ok = Tools.run(List.of("xmlsec1", "--verify", "--trusted-pem", root.toString(), out.toString()));
        assertEquals(0, ok.exit(), ok.output());
        SignatureReport r = v.examine(out);
        assertFalse(r.isValid(), r::toString);
        assertTrue(VerifierTest.codes(r).contains("EDXML-SIG-007"), r::toString);
    }

    private Path xmlsecSign(Path dir, XmlElement template) throws Exception {
        Path t = dir.resolve("template.edxml");
        Edxml.write(
                Fixtures.letter().toBuilder()
                        .signature(new SignatureBlock(template))
                        .build(),
                t);
        Path keyPem = TestPki.keyPem(dir.resolve("key.pem"), rsa.getPrivate());
        Path certPem = TestPki.pem(dir.resolve("cert.pem"), key.chain().get(0));
        Path out = dir.resolve("xmlsec-signed.edxml");
        Tools.Result r = Tools.run(List.of(
                "xmlsec1",
                "--sign",
                "--privkey-pem",
                keyPem + "," + certPem,
                "--output",
                out.toString(),
                t.toString()));
        assertEquals(0, r.exit(), r.output());
        return out;
    }

    /** A template with the relay profile's Filter 2.0 transform (or another expression in its place). */
    private static XmlElement relayTemplate(String expression) {
        XmlElement xpath = new XmlElement(
                RelayProfile.FILTER2,
                "XPath",
                Map.of("Filter", "subtract"),
                List.of(new dev.edxml.model.XmlText(expression)));
        return el(
                "Signature",
                el(
                        "SignedInfo",
                        el("CanonicalizationMethod", Map.of("Algorithm", "http://www.w3.org/2001/10/xml-exc-c14n#")),
                        el("SignatureMethod", Map.of("Algorithm", SignatureAlgorithm.RSA_SHA256.uri())),
                        el(
                                "Reference",
                                Map.of("URI", ""),
                                el(
                                        "Transforms",
                                        el(
                                                "Transform",
                                                Map.of(
                                                        "Algorithm",
                                                        "http://www.w3.org/2000/09/xmldsig#enveloped-signature")),
                                        el("Transform", Map.of("Algorithm", RelayProfile.FILTER2), xpath),
                                        el(
                                                "Transform",
                                                Map.of("Algorithm", "http://www.w3.org/2001/10/xml-exc-c14n#"))),
                                el("DigestMethod", Map.of("Algorithm", "http://www.w3.org/2001/04/xmlenc#sha256")),
                                el("DigestValue"))),
                el("SignatureValue"),
                el("KeyInfo", el("X509Data", el("X509Certificate"))));
    }

    /** An xmlsec1 signing template: the structure with empty values, which xmlsec1 fills in. */
    private static XmlElement template() {
        return el(
                "Signature",
                el(
                        "SignedInfo",
                        el("CanonicalizationMethod", Map.of("Algorithm", "http://www.w3.org/2001/10/xml-exc-c14n#")),
                        el("SignatureMethod", Map.of("Algorithm", SignatureAlgorithm.RSA_SHA256.uri())),
                        el(
                                "Reference",
                                Map.of("URI", ""),
                                el(
                                        "Transforms",
                                        el(
                                                "Transform",
                                                Map.of(
                                                        "Algorithm",
                                                        "http://www.w3.org/2000/09/xmldsig#enveloped-signature")),
                                        el(
                                                "Transform",
                                                Map.of("Algorithm", "http://www.w3.org/2001/10/xml-exc-c14n#"))),
                                el("DigestMethod", Map.of("Algorithm", "http://www.w3.org/2001/04/xmlenc#sha256")),
                                el("DigestValue"))),
                el("SignatureValue"),
                el("KeyInfo", el("X509Data", el("X509Certificate"))));
    }

    private static XmlElement el(String name, XmlElement... children) {
        return el(name, Map.of(), children);
    }

    private static XmlElement el(String name, Map<String, String> attrs, XmlElement... children) {
        return new XmlElement(Dsig.NS, name, attrs, List.<XmlNode>of(children));
    }
}
