package dev.edxml.sign;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.XmlElement;
import dev.edxml.model.XmlNode;
import dev.edxml.sign.internal.Dsig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            Tools.Result bad = Tools.run(List.of("xmlsec1", "--verify", "--trusted-pem", root.toString(), f.toString()));
            assertNotEquals(0, bad.exit(), bad.output());
        }
    }

    @Test
    void xmlsec1VerifiesEcdsaSha512WithAP521Key(@TempDir Path dir) throws Exception {
        Tools.require("xmlsec1");
        Path root = TestPki.pem(dir.resolve("root.pem"), pki.root);
        SigningKey k = pki.signer(TestPki.ec("secp521r1"), "Đinh Văn Khoa");
        Path f = dir.resolve("signed-p521.edxml");
        Edxml.write(Signer.builder().key(k).algorithm(SignatureAlgorithm.ECDSA_SHA512).build()
                .sign(Fixtures.letter()), f);
        assertTrue(Files.readString(f).contains(SignatureAlgorithm.ECDSA_SHA512.uri()));
        Tools.Result ok = Tools.run(List.of("xmlsec1", "--verify", "--trusted-pem", root.toString(), f.toString()));
        assertEquals(0, ok.exit(), ok.output());
        assertTrue(ok.output().startsWith("OK"), ok.output());
        Files.write(f, VerifierTest.replace(Files.readAllBytes(f), "V/v kết nối", "V/v sửa"));
        assertNotEquals(0, Tools.run(List.of("xmlsec1", "--verify", "--trusted-pem", root.toString(), f.toString()))
                .exit());
    }

    @Test
    void weVerifyWhatXmlsec1Signs(@TempDir Path dir) throws Exception {
        Tools.require("xmlsec1");
        Path template = dir.resolve("template.edxml");
        Edxml.write(Fixtures.letter().toBuilder().signature(new SignatureBlock(template())).build(), template);
        Path keyPem = TestPki.keyPem(dir.resolve("key.pem"), rsa.getPrivate());
        Path certPem = TestPki.pem(dir.resolve("cert.pem"), key.chain().get(0));
        Path out = dir.resolve("xmlsec-signed.edxml");
        Tools.Result r = Tools.run(List.of("xmlsec1", "--sign", "--privkey-pem", keyPem + "," + certPem, "--output",
                out.toString(), template.toString()));
        assertEquals(0, r.exit(), r.output());
        Verifier v = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
        SignatureReport report = v.verify(out);
        assertEquals("Phạm Thị Dung", report.signer().orElseThrow().commonName().orElseThrow());
        assertEquals(SignatureReport.Coverage.WHOLE_PACKAGE, report.coverage());
        // and the package xmlsec1 signed reads with the library, signature kept as XML-DSig
        EdocPackage read = (EdocPackage) Edxml.read(out);
        assertEquals(SignatureBlock.Kind.XMLDSIG, read.signature().orElseThrow().kind());
        byte[] tampered = VerifierTest.replace(Files.readAllBytes(out), "UBND tỉnh Nghệ An", "UBND tỉnh Hà Tĩnh");
        assertTrue(VerifierTest.codes(v.examine(tampered)).contains("EDXML-SIG-011"));
        String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
        assertTrue(text.contains("<DigestValue>") && !text.contains("<DigestValue/>"), text);
    }

    /** An xmlsec1 signing template: the structure with empty values, which xmlsec1 fills in. */
    private static XmlElement template() {
        return el("Signature", el("SignedInfo",
                el("CanonicalizationMethod", Map.of("Algorithm", "http://www.w3.org/2001/10/xml-exc-c14n#")),
                el("SignatureMethod", Map.of("Algorithm", SignatureAlgorithm.RSA_SHA256.uri())),
                el("Reference", Map.of("URI", ""), el("Transforms",
                        el("Transform", Map.of("Algorithm", "http://www.w3.org/2000/09/xmldsig#enveloped-signature")),
                        el("Transform", Map.of("Algorithm", "http://www.w3.org/2001/10/xml-exc-c14n#"))),
                        el("DigestMethod", Map.of("Algorithm", "http://www.w3.org/2001/04/xmlenc#sha256")),
                        el("DigestValue"))),
                el("SignatureValue"), el("KeyInfo", el("X509Data", el("X509Certificate"))));
    }

    private static XmlElement el(String name, XmlElement... children) {
        return el(name, Map.of(), children);
    }

    private static XmlElement el(String name, Map<String, String> attrs, XmlElement... children) {
        return new XmlElement(Dsig.NS, name, attrs, List.<XmlNode>of(children));
    }
}
