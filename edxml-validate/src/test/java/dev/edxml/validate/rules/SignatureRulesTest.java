package dev.edxml.validate.rules;

import static dev.edxml.Severity.ERROR;
import static dev.edxml.Severity.INFO;
import static dev.edxml.Severity.WARNING;
import static dev.edxml.validate.rules.RxFixtures.NS;
import static dev.edxml.validate.rules.RxFixtures.absent;
import static dev.edxml.validate.rules.RxFixtures.bytes;
import static dev.edxml.validate.rules.RxFixtures.edit;
import static dev.edxml.validate.rules.RxFixtures.edoc;
import static dev.edxml.validate.rules.RxFixtures.expectOne;
import static dev.edxml.validate.rules.RxFixtures.status;
import static dev.edxml.validate.rules.RxFixtures.statusHeader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Finding;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.XmlElement;
import dev.edxml.model.XmlNode;
import dev.edxml.model.XmlText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SIG rules: the signature situation, each with a vector that triggers it and one that does not. */
class SignatureRulesTest {
    private static final String DSIG = SignatureBlock.XMLDSIG_NS;
    private static final String HEADER = "/edXMLEnvelope/edXMLHeader";
    private static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    private static final String FOREIGN_DSIG = "<Signature xmlns=\"" + DSIG + "\"><SignedInfo/></Signature>";

    private static XmlElement el(String ns, String name, Map<String, String> attrs, XmlNode... children) {
        return new XmlElement(ns, name, attrs, List.of(children));
    }

    private static XmlElement el(String ns, String name, XmlNode... children) {
        return el(ns, name, Map.of(), children);
    }

    /** The shape of a signature, in a namespace: XML-DSig's, or the edXML one of the SDK's placeholder. */
    static SignatureBlock signature(String ns, String subject) {
        return new SignatureBlock(el(
                ns,
                "Signature",
                el(ns, "SignedInfo", el(ns, "SignatureMethod", Map.of("Algorithm", RSA_SHA256))),
                el(ns, "SignatureValue", new XmlText("GbVb8n9+qFxz466Ag0sbpVdLPs2R0+9JBekp12Uy")),
                el(
                        ns,
                        "KeyInfo",
                        el(
                                ns,
                                "X509Data",
                                el(ns, "X509SubjectName", new XmlText(subject)),
                                el(ns, "X509Certificate", new XmlText("MIIFqTCCBJG"))))));
    }

    private static byte[] signed(SignatureBlock s) {
        return bytes(edoc().signature(s));
    }

    @Test
    void sig030Unsigned() {
        Finding f = expectOne(bytes(edoc()), "EDXML-SIG-030", WARNING, ERROR, INFO, HEADER);
        assertTrue(f.messageEn().startsWith("The package is not signed"), f.messageEn());
        absent(signed(signature(DSIG, "CN=Nguyễn Văn A")), "EDXML-SIG-030");
        absent(bytes(status(statusHeader(StatusCode.ARRIVED))), "EDXML-SIG-030");
    }

    @Test
    void sig031LegacyPlaceholder() {
        Finding f = expectOne(
                signed(signature(NS, "CN=user05")), "EDXML-SIG-031", WARNING, ERROR, INFO, HEADER + "/Signature");
        assertTrue(
                f.messageEn().contains("(subject CN=user05)") && f.messageEn().contains("It is not a signature"),
                f.messageEn());
        assertTrue(f.messageVi().contains("Đây không phải chữ ký số"), f.messageVi());
        absent(signed(signature(NS, "CN=user05")), "EDXML-SIG-030", "EDXML-SIG-032", "EDXML-SIG-033");
        absent(signed(signature(DSIG, "CN=user05")), "EDXML-SIG-031");
    }

    @Test
    void sig032XmlDsigPresentButNotVerifiedHere() {
        Finding f = expectOne(
                signed(signature(DSIG, "CN=Nguyễn Văn A")), "EDXML-SIG-032", INFO, INFO, INFO, HEADER + "/Signature");
        assertEquals(
                "An XML-DSig signature is present (" + RSA_SHA256 + "); this check does not verify it: run edxml "
                        + "verify or the Verifier",
                f.messageEn());
        absent(bytes(edoc()), "EDXML-SIG-032");
        absent(
                bytes(status(statusHeader(StatusCode.ARRIVED)).toBuilder()
                        .signature(signature(DSIG, "CN=A"))
                        .build()),
                "EDXML-SIG-032");
    }

    @Test
    void sig033NeitherXmlDsigNorThePlaceholder() {
        // the Bkav provincial axis's block: an authentication token, not a signature (spec §6.5)
        SignatureBlock token = new SignatureBlock(el(
                NS,
                "Signature",
                el(
                        NS,
                        "KeyInfo",
                        el(NS, "OrganId", new XmlText("000.00.11.H53")),
                        el(NS, "Token", new XmlText("abc")))));
        Finding f = expectOne(signed(token), "EDXML-SIG-033", WARNING, ERROR, INFO, HEADER + "/Signature");
        assertTrue(f.messageEn().contains("(children: KeyInfo)"), f.messageEn());
        Finding empty = expectOne(
                signed(new SignatureBlock(el(NS, "Signature"))),
                "EDXML-SIG-033",
                WARNING,
                ERROR,
                INFO,
                HEADER + "/Signature");
        assertTrue(empty.messageEn().contains("(children: –)"), empty.messageEn());
        absent(signed(signature(NS, "CN=user05")), "EDXML-SIG-033");
        absent(signed(signature(DSIG, "CN=A")), "EDXML-SIG-033");
    }

    @Test
    void sig034SignedStatusPackage() {
        StatusPackage s = status(statusHeader(StatusCode.ACCEPTED)).toBuilder()
                .signature(signature(DSIG, "CN=A"))
                .build();
        Finding f = expectOne(bytes(s), "EDXML-SIG-034", INFO, INFO, null, HEADER + "/Signature");
        assertTrue(f.messageEn().contains("(namespace " + DSIG + ")"), f.messageEn());
        absent(bytes(status(statusHeader(StatusCode.ACCEPTED))), "EDXML-SIG-034");
        absent(signed(signature(DSIG, "CN=A")), "EDXML-SIG-034");
    }

    @Test
    void sig035XmlDsigSignatureOutsideTheHeader() {
        byte[] misplaced = edit(edoc().build(), "</edXML>", FOREIGN_DSIG + "</edXML>");
        Finding f = expectOne(misplaced, "EDXML-SIG-035", WARNING, WARNING, INFO, "/edXML/Signature");
        assertEquals(
                "An XML-DSig Signature is inside edXML instead of edXMLHeader; peers will not find it", f.messageEn());
        expectOne(misplaced, "EDXML-SIG-030", WARNING, ERROR, INFO, HEADER);
        byte[] inMessageHeader =
                edit(edoc().build(), "</edXML:MessageHeader>", FOREIGN_DSIG + "</edXML:MessageHeader>");
        expectOne(inMessageHeader, "EDXML-SIG-035", WARNING, WARNING, INFO, HEADER + "/MessageHeader/Signature");
        absent(signed(signature(DSIG, "CN=A")), "EDXML-SIG-035");
        // a second signature in the header, or an edXML-namespace one elsewhere, is the schema's (ENV-031, ENV-030)
        absent(
                edit(
                        edoc().signature(signature(NS, "CN=user05")).build(),
                        "</edXML:edXMLHeader>",
                        FOREIGN_DSIG + "</edXML:edXMLHeader>"),
                "EDXML-SIG-035");
        absent(edit(edoc().build(), "</edXML>", "<Signature><SignedInfo/></Signature></edXML>"), "EDXML-SIG-035");
    }

    @Test
    void vietnameseAndEnglishTextsInSync() {
        RxFixtures.assertBundlesInSync("sig");
    }
}
