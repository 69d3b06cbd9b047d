package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relays (the national axis, provincial gateways, forwarding agencies) append {@code TraceHeader} hops after the
 * sender signed: a signature made by {@link Signer} (the relay-tolerant profile) survives them, whichever way the relay
 * writes, and nothing else may change. Each case runs on packages with attachments, through the streaming verifier
 * and the DOM verifier.
 */
class RelayToleranceTest {
    static final String NS = dev.edxml.model.SpecVersion.QCVN_102_2016.namespace();
    static TestPki pki;
    static SigningKey key;
    static Verifier verifier;
    /** A signed letter with two attachments (one over 1 MB, so the signer takes the writer-thread path). */
    static byte[] signed;

    @BeforeAll
    static void setUp() throws Exception {
        pki = new TestPki("CA thử nghiệm chuyển tiếp");
        key = pki.signer(TestPki.rsa(), "Nguyễn Văn An");
        verifier = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
        signed = Edxml.toBytes(Signer.builder().key(key).build().sign(withLargeAttachment()));
    }

    static EdocPackage withLargeAttachment() {
        byte[] big = new byte[1 << 21];
        new Random(7).nextBytes(big);
        return Fixtures.letter().toBuilder()
                .addAttachment(Attachment.builder()
                        .contentId("cid:2")
                        .name("phu-luc.bin")
                        .contentType("application/octet-stream")
                        .content(big)
                        .build())
                .build();
    }

    /** Appends a hop as the official SDK lays it out (CR LF, two spaces a level), before the list's end tag. */
    static byte[] appendHopSdkLayout(byte[] pkg, String organId, String timestamp) {
        String s = new String(pkg, StandardCharsets.UTF_8);
        String hop = "  <edXML:TraceHeader>\r\n"
                + (organId == null ? "" : "          <edXML:OrganId>" + organId + "</edXML:OrganId>\r\n")
                + "          <edXML:Timestamp>" + timestamp + "</edXML:Timestamp>\r\n"
                + "        </edXML:TraceHeader>\r\n      </edXML:TraceHeaderList>";
        int at = s.indexOf("</edXML:TraceHeaderList>");
        return (s.substring(0, at) + hop + s.substring(at + "</edXML:TraceHeaderList>".length()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A relay built on jdom2: parse, append a hop, write the whole package again with jdom's pretty format. */
    static byte[] jdomRelay(byte[] pkg, String organId, String timestamp) throws Exception {
        SAXBuilder b = new SAXBuilder();
        b.setExpandEntities(false);
        Document doc = b.build(new ByteArrayInputStream(pkg));
        Namespace ns = Namespace.getNamespace("edXML", NS);
        Element list = doc.getRootElement()
                .getChild("edXMLEnvelope", ns)
                .getChild("edXMLHeader", ns)
                .getChild("TraceHeaderList", ns);
        Element hop = new Element("TraceHeader", ns);
        if (organId != null) {
            hop.addContent(new Element("OrganId", ns).setText(organId));
        }
        hop.addContent(new Element("Timestamp", ns).setText(timestamp));
        list.addContent(hop);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XMLOutputter(Format.getPrettyFormat()).output(doc, out);
        return out.toByteArray();
    }

    /** The report, checked to be the same on the streaming path (taken) and the DOM path. */
    static SignatureReport examine(byte[] pkg) throws Exception {
        SignatureReport streamed = verifier.examineStreamingOnly(pkg);
        SignatureReport dom = verifier.examineDom(pkg);
        assertEquals(VerifierTest.codes(dom), VerifierTest.codes(streamed));
        assertEquals(dom.unsignedHops(), streamed.unsignedHops());
        assertEquals(streamed.isValid(), verifier.examine(pkg).isValid());
        return streamed;
    }

    @Test
    void theSignatureDeclaresTheProfile() {
        String text = new String(signed, StandardCharsets.UTF_8);
        assertTrue(text.contains("<Transform Algorithm=\"http://www.w3.org/2002/06/xmldsig-filter2\">"), text);
        assertTrue(
                text.contains(dev.edxml.sign.internal.RelayProfile.expression(1).replace(">", "&gt;")), text);
    }

    @Test
    void aHopAppendedInTheSdkLayoutKeepsTheSignatureValid() throws Exception {
        SignatureReport before = examine(signed);
        assertTrue(before.isValid(), before::toString);
        assertEquals(List.of(), before.unsignedHops());
        SignatureReport r = examine(appendHopSdkLayout(signed, null, "2025/09/30 08:00:01"));
        assertTrue(r.isValid(), r::toString);
        assertEquals(
                List.of(new SignatureReport.UnsignedHop(
                        2, java.util.Optional.empty(), java.util.Optional.of("2025/09/30 08:00:01"))),
                r.unsignedHops());
        assertTrue(r.problems().stream().anyMatch(x -> x.code().equals("EDXML-SIG-023")), r::toString);
        assertTrue(r.describe(java.util.Locale.ENGLISH).contains("except 1 trace hop"), r::toString);
    }

    @Test
    void aJdomRelayThatRewritesTheWholePackageKeepsTheSignatureValid() throws Exception {
        byte[] relayed = jdomRelay(signed, "02.29.W00", "2025/09/30 08:00:02");
        // the relay really wrote the package again (its own declaration, line breaks and empty-element form)
        assertFalse(java.util.Arrays.equals(signed, relayed));
        SignatureReport r = examine(relayed);
        assertTrue(r.isValid(), r::toString);
        assertEquals("02.29.W00", r.unsignedHops().get(0).organId().orElseThrow());
    }

    @Test
    void severalRelaysInARow() throws Exception {
        byte[] p = appendHopSdkLayout(signed, "000.00.20.TT2", "2025/09/30 08:00:01");
        p = jdomRelay(p, "02.29.W00", "2025/09/30 08:00:02");
        p = appendHopSdkLayout(p, "000.00.00.H41", "2025/09/30 08:00:03");
        p = jdomRelay(p, null, "2025/09/30 08:00:04");
        SignatureReport r = examine(p);
        assertTrue(r.isValid(), r::toString);
        assertEquals(
                List.of(2, 3, 4, 5),
                r.unsignedHops().stream()
                        .map(SignatureReport.UnsignedHop::position)
                        .toList());
    }

    @Test
    void everyOtherChangeStillFails() throws Exception {
        byte[] relayed = appendHopSdkLayout(signed, "02.29.W00", "2025/09/30 08:00:02");
        String s = new String(relayed, StandardCharsets.UTF_8);
        List<String> changed = List.of(
                s.replace("V/v kết nối", "V/v kếT nối"), // a byte of the subject
                s.replace("<edXML:BussinessDocType>0<", "<edXML:BussinessDocType>3<"), // Bussiness: new -> replace
                s.replace(
                        "<edXML:OrganId>000.00.00.G22</edXML:OrganId>\r\n          <edXML:Timestamp>",
                        "<edXML:OrganId>000.00.00.G23</edXML:OrganId>\r\n          <edXML:Timestamp>"), // the sender's
                // hop
                s.replace(
                        "<edXML:TraceHeaderList>",
                        "<edXML:TraceHeaderList><edXML:TraceHeader><edXML:Timestamp>"
                                + "2025/09/29 08:00:00</edXML:Timestamp></edXML:TraceHeader>"), // a hop before the
                // sender's
                s.replace("</edXML:TraceHeaderList>", "x</edXML:TraceHeaderList>"), // text in the list
                moveSenderHopFirst(s), // an element moved
                changeAttachment(s)); // a byte of an attachment
        for (String c : changed) {
            assertFalse(c.equals(s), "the change must apply");
            SignatureReport r = examine(c.getBytes(StandardCharsets.UTF_8));
            assertFalse(r.isValid(), r::toString);
            assertTrue(VerifierTest.codes(r).contains("EDXML-SIG-011"), r::toString);
            assertEquals(List.of(), r.unsignedHops(), "no hop is listed as routing information of a broken signature");
        }
    }

    static String moveSenderHopFirst(String s) {
        int start = s.indexOf("<edXML:TraceHeader>");
        int end = s.indexOf("</edXML:TraceHeader>", start) + "</edXML:TraceHeader>".length();
        String hop = s.substring(start, end);
        String without = s.substring(0, start) + s.substring(end);
        return without.replace("<edXML:TraceHeaderList>", "<edXML:TraceHeaderList>" + hop);
    }

    static String changeAttachment(String s) {
        int at = s.indexOf("<edXML:ContentTransferEncoded", Math.max(0, s.indexOf("phu-luc.bin")));
        int from = s.indexOf('>', at) + 1;
        int v = from + Math.min(100, (s.indexOf('<', from) - from) / 2);
        char c = s.charAt(v);
        return s.substring(0, v) + (c == 'A' ? 'B' : 'A') + s.substring(v + 1);
    }

    @Test
    void aWholeDocumentSignatureStillVerifiesAndStillBreaksAtTheFirstRelay() throws Exception {
        byte[] whole = Edxml.toBytes(
                Signer.builder().key(key).relayTolerant(false).build().sign(Fixtures.letter()));
        assertFalse(new String(whole, StandardCharsets.UTF_8).contains("xmldsig-filter2"));
        assertTrue(examine(whole).isValid());
        SignatureReport r = examine(appendHopSdkLayout(whole, "02.29.W00", "2025/09/30 08:00:02"));
        assertTrue(VerifierTest.codes(r).contains("EDXML-SIG-011"), r::toString);
    }
}
