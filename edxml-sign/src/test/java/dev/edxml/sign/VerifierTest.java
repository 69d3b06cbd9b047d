package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.Finding;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.XmlElement;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every rejection, each built from a real signature. */
class VerifierTest {
    static TestPki pki;
    static KeyPair keyPair;
    static SigningKey key;
    static Verifier verifier;

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("CA thử nghiệm edxml");
        keyPair = TestPki.rsa();
        key = pki.signer(keyPair, "Nguyễn Văn A");
        verifier = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
    }

    static byte[] signed() throws Exception {
        return Edxml.toBytes(Signer.builder().key(key).build().sign(Fixtures.letter()));
    }

    static Set<String> codes(SignatureReport r) {
        return r.problems().stream().filter(Finding::isError).map(Finding::code).collect(Collectors.toSet());
    }

    static byte[] replace(byte[] b, String from, String to) {
        String s = new String(b, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), from);
        return s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSignedPackageVerifiesAndSaysWhoAndWhen() throws Exception {
        SignatureReport r = verifier.verify(signed());
        assertTrue(r.isValid());
        assertEquals(SignatureReport.Coverage.WHOLE_PACKAGE, r.coverage());
        SignerIdentity who = r.signer().orElseThrow();
        assertEquals("Nguyễn Văn A", who.commonName().orElseThrow());
        assertEquals("Văn phòng Chính phủ", who.organization().orElseThrow());
        assertEquals(List.of("0100107370-001"), who.taxCodes());
        assertTrue(r.signingTime().orElseThrow().isAfter(Instant.now().minus(Duration.ofMinutes(5))));
        assertEquals(SignatureAlgorithm.RSA_SHA256.uri(), r.signatureAlgorithm().orElseThrow());
        assertEquals(pki.root, r.chain().get(r.chain().size() - 1));
        assertTrue(r.describe(java.util.Locale.forLanguageTag("vi")).contains("Chữ ký số hợp lệ"));
    }

    @Test
    void ecdsaAndPssSignaturesVerify() throws Exception {
        SigningKey ec = pki.signer(TestPki.ec(), "Trần Thị B");
        assertTrue(
                verifier.verify(Edxml.toBytes(Signer.builder().key(ec).build().sign(Fixtures.letter())))
                        .isValid());
        byte[] pss = Edxml.toBytes(Signer.builder()
                .key(key)
                .algorithm(SignatureAlgorithm.RSA_PSS_SHA256)
                .build()
                .sign(Fixtures.letter()));
        assertEquals(
                SignatureAlgorithm.RSA_PSS_SHA256.uri(),
                verifier.verify(pss).signatureAlgorithm().orElseThrow());
    }

    @Test
    void statusPackagesCanBeSignedToo() throws Exception {
        StatusPackage s = Edxml.status()
                .header(StatusHeader.builder()
                        .statusCode(StatusCode.ACCEPTED)
                        .description("Đã tiếp nhận")
                        .build())
                .build();
        StatusPackage signed = Signer.builder().key(key).build().sign(s);
        assertTrue(verifier.verify(signed).isValid());
    }

    @Test
    void aSignedPackageReadAndWrittenAgainStillVerifies() throws Exception {
        byte[] once = signed();
        byte[] again = Edxml.toBytes(Edxml.parse(once));
        assertEquals(new String(once, StandardCharsets.UTF_8), new String(again, StandardCharsets.UTF_8));
        assertTrue(verifier.verify(again).isValid());
    }

    @Test
    void tamperedMetadataIsDetected() throws Exception {
        byte[] bad = replace(signed(), "V/v kết nối", "V/v ngắt kết nối");
        SignatureVerificationException e =
                assertThrows(SignatureVerificationException.class, () -> verifier.verify(bad));
        assertEquals(Set.of("EDXML-SIG-011"), codes(e.report()));
        // Vietnamese text is compared as bytes were signed: a decomposed (NFD) rewrite is a change too
        byte[] nfd = replace(
                signed(),
                "Văn phòng Chính phủ</edXML:OrganName>",
                java.text.Normalizer.normalize("Văn phòng Chính phủ", java.text.Normalizer.Form.NFD)
                        + "</edXML:OrganName>");
        assertTrue(codes(verifier.examine(nfd)).contains("EDXML-SIG-011"));
    }

    @Test
    void tamperedAttachmentIsDetected() throws Exception {
        byte[] good = signed();
        String b64 = java.util.Base64.getEncoder().encodeToString("%PDF-1.4 công văn".getBytes(StandardCharsets.UTF_8));
        String other =
                java.util.Base64.getEncoder().encodeToString("%PDF-1.4 công văm".getBytes(StandardCharsets.UTF_8));
        assertTrue(codes(verifier.examine(replace(good, b64, other))).contains("EDXML-SIG-011"));
    }

    @Test
    void untrustedRootIsRejected() throws Exception {
        TestPki other = new TestPki("CA khác");
        Verifier v = Verifier.of(TrustPolicy.builder().trustAnchor(other.root).build());
        assertEquals(Set.of("EDXML-SIG-014"), codes(v.examine(signed())));
        assertEquals(
                Set.of("EDXML-SIG-014"),
                codes(Verifier.of(TrustPolicy.builder().build()).examine(signed())));
    }

    @Test
    void expiredCertificateIsRejectedButValidAtItsTime() throws Exception {
        Instant from = Instant.now().minus(Duration.ofDays(800));
        Instant to = Instant.now().minus(Duration.ofDays(400));
        X509Certificate old = pki.issue(keyPair, "Lê Văn C", from, to, KeyUsage.digitalSignature);
        byte[] b = Edxml.toBytes(Signer.builder()
                .key(SigningKey.of(keyPair.getPrivate(), List.of(old, pki.root)))
                .build()
                .sign(Fixtures.letter()));
        assertEquals(Set.of("EDXML-SIG-015"), codes(verifier.examine(b)));
        Verifier then = Verifier.of(TrustPolicy.builder()
                .trustAnchor(pki.root)
                .at(from.plus(Duration.ofDays(10)))
                .build());
        assertTrue(then.verify(b).isValid());
    }

    @Test
    void certificateNotMeantForSigningIsRejected() throws Exception {
        X509Certificate enc = pki.issue(
                keyPair,
                "Mã hóa",
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)),
                KeyUsage.keyEncipherment);
        // made by hand: Signer refuses such a certificate (EDXML-SIG-107)
        byte[] b = new Crafted().sign(Edxml.toBytes(Fixtures.letter()), keyPair.getPrivate(), List.of(enc, pki.root));
        assertTrue(codes(verifier.examine(b)).contains("EDXML-SIG-016"));
    }

    @Test
    void sha1IsRejectedUnlessThePolicyAllowsItThenWarned() throws Exception {
        Crafted c = new Crafted();
        c.signatureMethod = SignatureAlgorithm.RSA_SHA1.uri();
        c.digestMethod = SignatureAlgorithm.DigestAlgorithm.SHA1.uri();
        byte[] b = c.sign(Edxml.toBytes(Fixtures.letter()), keyPair.getPrivate(), key.chain());
        assertEquals(Set.of("EDXML-SIG-008"), codes(verifier.examine(b)));
        Verifier legacy = Verifier.of(TrustPolicy.builder()
                .trustAnchor(pki.root)
                .allowInsecureLegacySha1()
                .build());
        SignatureReport r = legacy.verify(b);
        assertTrue(r.isValid());
        assertEquals(
                2,
                r.warnings().stream()
                        .filter(p -> p.code().equals("EDXML-SIG-009"))
                        .count());
    }

    @Test
    void aSignatureOverOnlyTheHeaderIsRejected() throws Exception {
        Crafted c = new Crafted();
        c.headerId = "hdr";
        c.referenceUri = "#hdr";
        byte[] b = c.sign(Edxml.toBytes(Fixtures.letter()), keyPair.getPrivate(), key.chain());
        SignatureReport r = verifier.examine(b);
        assertTrue(codes(r).contains("EDXML-SIG-005"), r.toString());
        assertEquals(SignatureReport.Coverage.PART_OF_PACKAGE, r.coverage());
    }

    @Test
    void xpathTransformsAndExternalReferencesAreRejected() throws Exception {
        Crafted x = new Crafted();
        x.xpathTransform = true;
        assertTrue(codes(verifier.examine(x.sign(Edxml.toBytes(Fixtures.letter()), keyPair.getPrivate(), key.chain())))
                .contains("EDXML-SIG-007"));
        byte[] external = replace(signed(), "<Reference URI=\"\">", "<Reference URI=\"http://127.0.0.1:9/x\">");
        assertTrue(codes(verifier.examine(external)).contains("EDXML-SIG-010"));
    }

    @Test
    void aSignatureInTheWrongPlaceIsRejected() throws Exception {
        Crafted c = new Crafted();
        c.parent = "edXMLBody";
        assertTrue(codes(verifier.examine(c.sign(Edxml.toBytes(Fixtures.letter()), keyPair.getPrivate(), key.chain())))
                .contains("EDXML-SIG-004"));
    }

    @Test
    void twoSignaturesAreRejected() throws Exception {
        byte[] once = signed();
        Crafted c = new Crafted();
        byte[] twice = c.sign(once, keyPair.getPrivate(), key.chain());
        assertTrue(codes(verifier.examine(twice)).contains("EDXML-SIG-003"));
    }

    @Test
    void aWrappedOrMovedMessageHeaderIsRejected() throws Exception {
        String s = new String(signed(), StandardCharsets.UTF_8);
        String header = s.substring(s.indexOf("<edXML:MessageHeader>"), s.indexOf("</edXML:MessageHeader>") + 22);
        String forged = header.replace("V/v kết nối", "Nội dung giả");
        // the forged header goes first, the signed one is moved into the body where a naive reader would not look
        String wrapped = s.replace(header, forged).replace("<edXML:edXMLBody>", "<edXML:edXMLBody>" + header);
        SignatureReport r = verifier.examine(wrapped.getBytes(StandardCharsets.UTF_8));
        assertTrue(codes(r).contains("EDXML-SIG-006"), r.toString());
        assertFalse(r.isValid());
    }

    @Test
    void noSignatureAndTheLegacyPlaceholderAreSaidPlainly() throws Exception {
        SignatureReport none = verifier.examine(Edxml.toBytes(Fixtures.letter()));
        assertEquals(SignatureReport.Kind.NONE, none.kind());
        assertEquals(Set.of("EDXML-SIG-001"), codes(none));
        XmlElement placeholder = new XmlElement(
                dev.edxml.model.SpecVersion.QCVN_102_2016.namespace(),
                "Signature",
                Map.of(),
                List.of(XmlElement.ofText(
                        dev.edxml.model.SpecVersion.QCVN_102_2016.namespace(),
                        "SignatureValue",
                        "GbVb8n9+qFxz466Ag0sbpVdLPs2R0+9JBekp12Uy")));
        EdocPackage legacy = Fixtures.letter().toBuilder()
                .signature(new SignatureBlock(placeholder))
                .build();
        SignatureVerificationException e =
                assertThrows(SignatureVerificationException.class, () -> verifier.verify(legacy));
        assertEquals(SignatureReport.Kind.LEGACY_PLACEHOLDER, e.report().kind());
        assertEquals(Set.of("EDXML-SIG-002"), codes(e.report()));
        assertTrue(e.describe(java.util.Locale.forLanguageTag("vi")).contains("không ai kiểm tra được"));
    }

    @Test
    @SuppressWarnings("JavaUtilDate")
    void revocationFromAGivenCrl() throws Exception {
        byte[] b = signed();
        X509Certificate leaf = key.chain().get(0);
        Verifier revoked = Verifier.of(TrustPolicy.builder()
                .trustAnchor(pki.root)
                .crls(List.of(crl(leaf)))
                .build());
        assertEquals(
                Set.of("EDXML-SIG-017"),
                codes(revoked.examine(b)),
                revoked.examine(b).toString());
        Verifier clean = Verifier.of(TrustPolicy.builder()
                .trustAnchor(pki.root)
                .crls(List.of(crl(null)))
                .build());
        SignatureReport ok = clean.verify(b);
        assertTrue(ok.problems().stream().noneMatch(p -> p.code().equals("EDXML-SIG-020")), ok.toString());
        // a CRL that says nothing about this certificate: the status is unknown, which is a warning unless required
        TestPki other = new TestPki("CA khác");
        X509CRL foreign = new JcaX509CRLConverter()
                .getCRL(new X509v2CRLBuilder(
                                org.bouncycastle.asn1.x500.X500Name.getInstance(
                                        other.root.getSubjectX500Principal().getEncoded()),
                                new Date())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(other.rootKey.getPrivate())));
        SignatureReport unknown = Verifier.of(TrustPolicy.builder()
                        .trustAnchor(pki.root)
                        .crls(List.of(foreign))
                        .build())
                .verify(b);
        assertTrue(unknown.warnings().stream().anyMatch(p -> p.code().equals("EDXML-SIG-018")), unknown.toString());
        Verifier strict = Verifier.of(TrustPolicy.builder()
                .trustAnchor(pki.root)
                .requireRevocationCheck()
                .build());
        assertEquals(Set.of("EDXML-SIG-018"), codes(strict.examine(b)));
    }

    private static X509CRL crl(X509Certificate revoked) throws Exception {
        Instant now = Instant.now();
        X509v2CRLBuilder b = new X509v2CRLBuilder(
                org.bouncycastle.asn1.x500.X500Name.getInstance(
                        pki.root.getSubjectX500Principal().getEncoded()),
                Date.from(now.minus(Duration.ofHours(1))));
        b.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
        if (revoked != null) {
            b.addCRLEntry(
                    revoked.getSerialNumber(), Date.from(now.minus(Duration.ofMinutes(30))), CRLReason.keyCompromise);
        }
        return new JcaX509CRLConverter()
                .getCRL(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(pki.rootKey.getPrivate())));
    }

    @Test
    void hostileAndBrokenInputGivesAReportNotAnException() throws Exception {
        String ns = dev.edxml.model.SpecVersion.QCVN_102_2016.namespace();
        List<String> bad = List.of(
                "",
                "not xml at all",
                "<edXML xmlns=\"" + ns + "\"><edXMLEnvelope>",
                "<!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><edXML xmlns=\"" + ns + "\">&x;</edXML>",
                "<!DOCTYPE edXML [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><edXML xmlns=\"" + ns + "\">&c;</edXML>");
        for (String s : bad) {
            SignatureReport r = verifier.examine(s.getBytes(StandardCharsets.UTF_8));
            assertEquals(Set.of("EDXML-SIG-021"), codes(r), s);
            assertFalse(r.toString().contains("root:"), "no file content leaks into the report");
        }
        byte[] whole = signed();
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertEquals(Set.of("EDXML-SIG-021"), codes(verifier.examine(truncated)));
    }

    @Test
    void anEmptyX509SubjectNameAsInTheOfficialTemplateIsAccepted() throws Exception {
        byte[] b = signed();
        String s = new String(b, StandardCharsets.UTF_8)
                .replaceAll("<X509SubjectName>[^<]*</X509SubjectName>", "<X509SubjectName/>");
        assertTrue(s.contains("<X509SubjectName/>"));
        SignatureReport r = verifier.examine(s.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.isValid(), r::toString);
        assertTrue(verifier.examineDom(s.getBytes(StandardCharsets.UTF_8)).isValid());
    }

    @Test
    void anUnknownAlgorithmIsNamedNotAJavaException() throws Exception {
        String s = new String(signed(), StandardCharsets.UTF_8);
        String t = s.replaceFirst(
                "<Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>",
                "<Transform Algorithm=\"urn:unknown-transform\"/>");
        String d = s.replaceFirst("xmlenc#sha256", "xmldsig-more#unknown-digest");
        String m = s.replaceFirst("xmldsig-more#rsa-sha256", "xmldsig-more#unknown-signature");
        for (String[] c : new String[][] {
            {t, "EDXML-SIG-007", "urn:unknown-transform"},
            {d, "EDXML-SIG-008", "http://www.w3.org/2001/04/xmldsig-more#unknown-digest"},
            {m, "EDXML-SIG-008", "http://www.w3.org/2001/04/xmldsig-more#unknown-signature"}
        }) {
            SignatureReport r = verifier.examine(c[0].getBytes(StandardCharsets.UTF_8));
            assertEquals(Set.of(c[1]), codes(r), r::toString);
            assertEquals(List.of(c[2]), r.errors().get(0).arguments(), r::toString);
            assertFalse(r.toString().contains("Exception"), r::toString);
        }
    }

    @Test
    void anXPointerToTheDocumentIsRefusedForWhatItIs() throws Exception {
        String s = new String(signed(), StandardCharsets.UTF_8).replaceFirst("URI=\"\"", "URI=\"#xpointer(/)\"");
        SignatureReport r = verifier.examine(s.getBytes(StandardCharsets.UTF_8));
        assertEquals(Set.of("EDXML-SIG-022"), codes(r), r::toString);
    }
}
