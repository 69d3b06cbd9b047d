package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.SpecVersion;
import dev.edxml.sign.internal.Dom;
import dev.edxml.sign.internal.Dsig;
import dev.edxml.sign.pdf.PdfReport;
import dev.edxml.sign.pdf.PdfSignatureInfo;
import dev.edxml.sign.pdf.PdfSigner;
import dev.edxml.sign.pdf.PdfVerifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The official EdXML102 SDK ({@link OfficialSdk}) as a referee for what a relay that parses and rebuilds packages
 * with it does to signatures: what its parser reads from a package our {@link Signer} signed, and what comes out of
 * its parse-and-rebuild round trip ({@code EdXmlParser.parse}, then {@code EdXmlBuilder.build}). One package is
 * signed, parsed and rebuilt once for all the tests.
 */
class OfficialSdkRefereeTest {
    private static final String QCVN = SpecVersion.QCVN_102_2016.namespace();

    @TempDir
    static Path dir;

    static OfficialSdk sdk;
    static TestPki pki;
    static SigningKey key;
    static Verifier verifier;
    static byte[] signedPdf;
    static byte[] signed;
    static Object parsed;
    static byte[] rebuilt;

    @BeforeAll
    static void roundTrip() throws Exception {
        sdk = OfficialSdk.loadIfPresent();
        if (sdk == null) {
            return;
        }
        pki = new TestPki("CA trọng tài SDK");
        key = pki.signer(TestPki.rsa(), "Phan Văn Trọng");
        verifier = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfSigner.builder(key)
                .reason("Phê duyệt")
                .build()
                .sign(new ByteArrayInputStream(CertificateFitnessTest.onePagePdf()), pdf);
        signedPdf = pdf.toByteArray();
        EdocPackage pkg = Fixtures.letter().toBuilder()
                .addAttachment(Attachment.builder()
                        .contentId("cid:2")
                        .name("to-trinh.pdf")
                        .contentType("application/pdf")
                        .content(signedPdf)
                        .build())
                .addAttachment(Attachment.builder()
                        .contentId("cid:3")
                        .name("ghi-chu.txt")
                        .contentType("text/plain")
                        .content("Ghi chú của văn thư".getBytes(StandardCharsets.UTF_8))
                        .build())
                .build();
        signed = Edxml.toBytes(Signer.builder().key(key).build().sign(pkg));
        assertTrue(verifier.verify(signed).isValid());
        parsed = sdk.parse(signed);
        rebuilt = Files.readAllBytes(sdk.build(parsed, dir));
    }

    @BeforeEach
    void requireSdk() {
        OfficialSdk.require(sdk);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (sdk != null) {
            if (parsed != null) {
                sdk.clean(parsed);
            }
            sdk.close();
        }
    }

    @Test
    void theSdkReadsTheFieldsAndAttachmentsOfAPackageWeSigned() throws Exception {
        Object header = OfficialSdk.get(parsed, "getHeader", "getMessageHeader");
        assertEquals("000.00.00.G22", OfficialSdk.get(header, "getFrom", "getOrganId"));
        assertEquals("Văn phòng Chính phủ", OfficialSdk.get(header, "getFrom", "getOrganName"));
        List<?> to = (List<?>) OfficialSdk.get(header, "getToes");
        assertEquals(1, to.size());
        assertEquals("000.00.00.H41", OfficialSdk.get(to.get(0), "getOrganId"));
        assertEquals("7816", OfficialSdk.get(header, "getCode", "getCodeNumber"));
        assertEquals("VPCP-TTĐT", OfficialSdk.get(header, "getCode", "getCodeNotation"));
        assertEquals("Hà Nội", OfficialSdk.get(header, "getPromulgationInfo", "getPlace"));
        // the SDK reads dates in the JVM's time zone, and so must the comparison
        assertEquals("2025/09/30", new SimpleDateFormat("yyyy/MM/dd", java.util.Locale.ROOT).format((Date)
                        OfficialSdk.get(header, "getPromulgationInfo", "getPromulgationDate")));
        assertEquals("V/v kết nối, liên thông phần mềm quản lý văn bản", OfficialSdk.get(header, "getSubject"));
        List<?> trace = (List<?>) OfficialSdk.get(parsed, "getHeader", "getTraceHeaderList", "getTraceHeaders");
        assertEquals("000.00.00.G22", OfficialSdk.get(trace.get(0), "getOrganId"));

        List<?> attachments = (List<?>) OfficialSdk.get(parsed, "getAttachments");
        assertEquals(3, attachments.size());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Object a = attachments.get(i);
            names.add((String) OfficialSdk.get(a, "getName"));
            byte[] expected = ((EdocPackage) Edxml.parse(signed))
                    .attachments()
                    .get(i)
                    .openStream()
                    .readAllBytes();
            assertArrayEquals(
                    expected,
                    Files.readAllBytes(((File) OfficialSdk.get(a, "getContent")).toPath()),
                    "attachment " + i + " as the SDK unpacked it");
        }
        assertEquals(List.of("cv.pdf", "to-trinh.pdf", "ghi-chu.txt"), names);
    }

    @Test
    void theSdkReadsTheValuesOfOurW3cSignatureButNotItsSigningTimeOrCaCertificate() throws Exception {
        String ours = new String(signed, StandardCharsets.UTF_8);
        Object sig = OfficialSdk.get(parsed, "getHeader", "getSignature");
        Object si = OfficialSdk.get(sig, "getSignedInfo");
        assertEquals("http://www.w3.org/2001/10/xml-exc-c14n#", OfficialSdk.get(si, "getCanonicalizationMethod"));
        assertEquals(SignatureAlgorithm.RSA_SHA256.uri(), OfficialSdk.get(si, "getSignatureMethod"));
        List<?> refs = (List<?>) OfficialSdk.get(si, "getReference");
        assertEquals(2, refs.size());
        assertEquals("", OfficialSdk.get(refs.get(0), "getURI"));
        // the algorithms only: the relay profile's XPath expression (the Filter 2.0 transform's content) is not kept
        assertEquals(
                List.of(
                        "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
                        "http://www.w3.org/2002/06/xmldsig-filter2",
                        "http://www.w3.org/2001/10/xml-exc-c14n#"),
                OfficialSdk.get(refs.get(0), "getTransforms"));
        assertEquals("#" + Signer.SIGNING_TIME_ID, OfficialSdk.get(refs.get(1), "getURI"));
        assertEquals(all(ours, "DigestValue"), List.of((String) OfficialSdk.get(refs.get(0), "getDigestValue"), (String)
                OfficialSdk.get(refs.get(1), "getDigestValue")));
        assertEquals(all(ours, "SignatureValue"), List.of((String) OfficialSdk.get(sig, "getSignatureValue")));
        Object x509 = OfficialSdk.get(sig, "getKeyInfo", "getX509Data");
        assertEquals(
                key.chain().get(0).getSubjectX500Principal().getName(), OfficialSdk.get(x509, "getX509SubjectName"));
        // one certificate only, the signer's: the CA certificate of our X509Data has no place in the SDK's bean
        assertEquals(
                Base64.getEncoder().encodeToString(key.chain().get(0).getEncoded()),
                OfficialSdk.get(x509, "getX509Certificate"));
        assertEquals(2, all(ours, "X509Certificate").size());
        // and the signed SignatureProperty with the signing time (ds:Object) has no place at all
        assertTrue(ours.contains("<SigningTime>"));
    }

    @Test
    void theRoundTripTurnsOurSignatureIntoAQcvnBlockThatNoVerifierAccepts() throws Exception {
        String text = new String(rebuilt, StandardCharsets.UTF_8);
        // the SDK writes its own layout: JDOM's pretty format, CRLF line ends, the envelope in the default namespace
        assertTrue(
                text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<edXML xmlns=\"" + QCVN + "\">\r\n"
                        + "  <edXML:edXMLEnvelope"),
                text.substring(0, 200));
        assertFalse(text.contains("xmlns=\"" + Dsig.NS + "\""), "the XML-DSig namespace is not declared any more");
        Document doc = Dom.parse(rebuilt);
        assertEquals(0, doc.getElementsByTagNameNS(Dsig.NS, "Signature").getLength());
        Element sig = (Element) doc.getElementsByTagNameNS(QCVN, "Signature").item(0);
        // in the same place (edXMLHeader, after the trace) but in the QCVN namespace, without a prefix
        assertEquals("edXMLHeader", sig.getParentNode().getLocalName());
        assertEquals("TraceHeaderList", previousElement(sig).getLocalName());
        assertEquals("Signature", sig.getTagName());
        assertEquals(List.of("SignedInfo", "SignatureValue", "KeyInfo"), childNames(sig));
        assertEquals(1, sig.getElementsByTagNameNS(QCVN, "X509Certificate").getLength());
        assertEquals(0, sig.getElementsByTagNameNS(QCVN, "Object").getLength());
        assertEquals(0, sig.getElementsByTagNameNS(QCVN, "SigningTime").getLength());
        String ours = new String(signed, StandardCharsets.UTF_8);
        assertEquals(all(ours, "SignatureValue"), all(text, "SignatureValue"), "the values are copied unchanged");
        assertEquals(all(ours, "DigestValue"), all(text, "DigestValue"));

        // what a verifier sees: not an XML-DSig signature at all; ours takes it for the SDK's placeholder
        SignatureReport r = verifier.examine(rebuilt);
        assertEquals(SignatureReport.Kind.LEGACY_PLACEHOLDER, r.kind());
        assertEquals(Set.of("EDXML-SIG-002"), VerifierTest.codes(r));
        assertThrows(SignatureVerificationException.class, () -> verifier.verify(rebuilt));
        assertTrue(
                ((EdocPackage) Edxml.parse(rebuilt)).signature().orElseThrow().isLegacyPlaceholder());

        // put back into the XML-DSig namespace (as a repair might try), it still fails: the relay profile's XPath
        // expression is gone from its transform (and the signed signing-time object it references is gone too)
        SignatureReport again = verifier.examine(Crafted.serialize(intoXmlDsig(doc, sig)));
        assertEquals(SignatureReport.Kind.XMLDSIG, again.kind());
        assertEquals(Set.of("EDXML-SIG-007"), VerifierTest.codes(again), again.toString());
        assertTrue(again.problems().get(0).arguments().get(0).startsWith("http://www.w3.org/2002/06/xmldsig-filter2"));
        assertEquals(
                0,
                sig.getElementsByTagNameNS(QCVN, "XPath").getLength()
                        + sig.getElementsByTagNameNS(dev.edxml.sign.internal.RelayProfile.FILTER2, "XPath")
                                .getLength());
    }

    @Test
    void evenWithoutASigningTimeTheRebuiltBytesNoLongerMatchTheDigest() throws Exception {
        // a whole-document signature (no Filter 2.0 transform whose expression the SDK would drop)
        byte[] plain = Edxml.toBytes(Signer.builder()
                .key(key)
                .signingTime(false)
                .relayTolerant(false)
                .build()
                .sign(Fixtures.letter()));
        Object ed = sdk.parse(plain);
        byte[] out;
        try {
            out = Files.readAllBytes(sdk.build(ed, dir));
        } finally {
            sdk.clean(ed);
        }
        Document doc = Dom.parse(out);
        Element sig = (Element) doc.getElementsByTagNameNS(QCVN, "Signature").item(0);
        assertEquals(List.of("SignedInfo", "SignatureValue", "KeyInfo"), childNames(sig));
        // the signature, back in its namespace, is whole, and its value still verifies: Signer lays SignedInfo out
        // as the SDK's pretty printer writes it (whitespace is signed too); but the SDK's writer changed what was
        // signed (content ids "cid:" twice, the text attachment zipped), so the package's digest no longer matches
        SignatureReport r = verifier.examine(Crafted.serialize(intoXmlDsig(doc, sig)));
        assertEquals(Set.of("EDXML-SIG-011"), VerifierTest.codes(r), r.toString());
    }

    @Test
    void aPdfSignatureSurvivesTheRoundTripByteForByteAndOtherAttachmentsAreRepacked() throws Exception {
        EdocPackage back = (EdocPackage) Edxml.parse(rebuilt);
        assertEquals(3, back.attachments().size());
        Attachment pdf = back.attachments().get(1);
        assertEquals("to-trinh.pdf", pdf.name().orElseThrow());
        assertEquals("application/pdf", pdf.contentType().orElseThrow());
        assertArrayEquals(signedPdf, pdf.openStream().readAllBytes(), "the signed PDF, byte for byte");
        PdfReport report = PdfVerifier.of(
                        TrustPolicy.builder().trustAnchor(pki.root).build())
                .examine(pdf);
        assertTrue(report.isValid(), report.toString());
        PdfSignatureInfo info = report.signatures().get(0);
        assertEquals(PdfSignatureInfo.Coverage.WHOLE_FILE, info.coverage());
        assertEquals("Phan Văn Trọng", info.signer().orElseThrow().commonName().orElseThrow());
        // what else the SDK (2018-10-17 build) changes on the way: a second "cid:" before every content id, and an
        // attachment that is neither PDF nor a known office type zipped and declared application/zip
        assertEquals("cid:cid:2", pdf.contentId().orElseThrow());
        Attachment txt = back.attachments().get(2);
        assertEquals("application/zip", txt.contentType().orElseThrow());
        byte[] zip = txt.openStream().readAllBytes();
        assertEquals("PK", new String(zip, 0, 2, StandardCharsets.US_ASCII));
    }

    private static List<String> all(String xml, String element) {
        List<String> found = new ArrayList<>();
        Matcher m =
                Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(xml);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Element previousElement(Node n) {
        Node p = n.getPreviousSibling();
        while (p != null && p.getNodeType() != Node.ELEMENT_NODE) {
            p = p.getPreviousSibling();
        }
        return (Element) p;
    }

    private static List<String> childNames(Element e) {
        List<String> names = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                names.add(c.getLocalName());
            }
        }
        return names;
    }

    /** The document with {@code sig}'s subtree renamed into the XML-DSig namespace (as a repair would try). */
    private static Document intoXmlDsig(Document doc, Element sig) {
        Element renamed = (Element) doc.renameNode(sig, Dsig.NS, "Signature");
        renamed.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", Dsig.NS);
        List<Element> inside = new ArrayList<>();
        collect(renamed, inside);
        for (Element e : inside) {
            doc.renameNode(e, Dsig.NS, e.getLocalName());
        }
        return doc;
    }

    private static void collect(Element e, List<Element> out) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                out.add(child);
                collect(child, out);
            }
        }
    }
}
