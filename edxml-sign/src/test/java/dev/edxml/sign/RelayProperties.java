package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edxml.Edxml;
import dev.edxml.sign.internal.Dom;
import dev.edxml.sign.internal.Dsig;
import dev.edxml.sign.internal.RelayProfile;
import dev.edxml.sign.internal.StreamC14n;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.crypto.dsig.spec.XPathFilter2ParameterSpec;
import javax.xml.crypto.dsig.spec.XPathType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The relay-tolerant profile, as properties: (1) the streaming canonicaliser leaves out exactly what Santuario's
 * XPath Filter 2.0 implementation leaves out, on generated trace lists (hops, other elements, whitespace, text,
 * comments, processing instructions, character references, any number of signed hops); (2) on a signed package,
 * random relay additions verify and any other random edit, alone or with them, does not.
 */
class RelayProperties {
    static final String NS = RelayProfile.NAMESPACE;
    static KeyPair rsa;
    /** A small signed package (the large one is for the example-based tests): many tries in little time. */
    static byte[] signed;

    @BeforeContainer
    static void init() throws Exception {
        rsa = TestPki.rsa();
        RelayToleranceTest.setUp();
        signed = Edxml.toBytes(
                Signer.builder().key(RelayToleranceTest.key).build().sign(Fixtures.letter()));
    }

    @Property(tries = 200)
    void streamingFilterIsSantuariosFilter(@ForAll long seed) throws Exception {
        Random rnd = new Random(seed);
        int[] hops = new int[1];
        String xml = traceDocument(rnd, hops);
        int n = rnd.nextInt(hops[0] + 2);
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        boolean streamed = StreamC14n.canonicalize(new ByteArrayInputStream(bytes), ours, n);
        if (!streamed) {
            assertEquals(true, xml.contains("<![CDATA["), "only CDATA in the list is left to the DOM: " + xml);
            return;
        }
        byte[] expected = santuarioDigest(bytes, n);
        assertArrayEquals(
                expected,
                MessageDigest.getInstance("SHA-256").digest(ours.toByteArray()),
                () -> "n=" + n + "\n" + xml + "\nours:\n" + ours.toString(StandardCharsets.UTF_8));
    }

    /** The digest Santuario computes for a URI="" reference with enveloped, the relay filter for n and exc-c14n. */
    static byte[] santuarioDigest(byte[] xml, int n) throws Exception {
        Document doc = Dom.parse(xml);
        // the signature takes the placeholder's place (the enveloped transform removes only the signature itself)
        Element placeholder =
                (Element) doc.getElementsByTagNameNS(Dsig.NS, "Signature").item(0);
        org.w3c.dom.Node parent = placeholder.getParentNode();
        org.w3c.dom.Node next = placeholder.getNextSibling();
        parent.removeChild(placeholder);
        XMLSignatureFactory f = Dsig.factory();
        Reference ref = f.newReference(
                "",
                f.newDigestMethod("http://www.w3.org/2001/04/xmlenc#sha256", null),
                List.of(
                        f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        f.newTransform(
                                Transform.XPATH2,
                                new XPathFilter2ParameterSpec(List.of(new XPathType(
                                        RelayProfile.expression(n), XPathType.Filter.SUBTRACT, Map.of("edXML", NS))))),
                        f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                null,
                null);
        SignedInfo si = f.newSignedInfo(
                f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                f.newSignatureMethod(SignatureAlgorithm.RSA_SHA256.uri(), null),
                List.of(ref));
        f.newXMLSignature(si, null).sign(new DOMSignContext(rsa.getPrivate(), parent, next));
        return ref.getDigestValue();
    }

    /** A package-shaped document whose trace list holds a random mix; {@code hops[0]} gets the number of hops. */
    static String traceDocument(Random rnd, int[] hops) {
        String[] ws = {"", "\n", "\r\n        ", "  ", "\t", "&#xD;", "&#10;  "};
        StringBuilder list = new StringBuilder();
        int parts = rnd.nextInt(8);
        for (int i = 0; i < parts; i++) {
            list.append(ws[rnd.nextInt(ws.length)]);
            switch (rnd.nextInt(10)) {
                case 0:
                    list.append(
                            "<edXML:Bussiness><edXML:BussinessDocType>0</edXML:BussinessDocType></edXML:Bussiness>");
                    break;
                case 1:
                    list.append("<!-- chú thích -->");
                    break;
                case 2:
                    list.append("<?pi dữ liệu?>");
                    break;
                case 3:
                    list.append(rnd.nextBoolean() ? "chữ" : " x ");
                    break;
                case 4:
                    list.append(rnd.nextInt(4) == 0 ? "<![CDATA[ ]]>" : "<e:Other xmlns:e=\"urn:e\" e:a=\"1\"/>");
                    break;
                default:
                    hops[0]++;
                    list.append("<edXML:TraceHeader")
                            .append(rnd.nextBoolean() ? " xmlns:t=\"urn:t\" t:x=\"&amp;\"" : "")
                            .append("><edXML:OrganId>00")
                            .append(hops[0])
                            .append("</edXML:OrganId>")
                            .append(rnd.nextBoolean() ? "\n  " : "")
                            .append("<edXML:Timestamp>2025/10/23 15:46:1")
                            .append(hops[0] % 10)
                            .append("</edXML:Timestamp></edXML:TraceHeader>");
            }
        }
        list.append(ws[rnd.nextInt(ws.length)]);
        String placeholder = "<Signature xmlns=\"" + Dsig.NS + "\"/>";
        boolean before = rnd.nextInt(4) == 0;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<edXML xmlns=\"" + NS
                + "\">\n  <edXML:edXMLEnvelope xmlns:edXML=\""
                + NS + "\">\n    <edXML:edXMLHeader>\n      <edXML:MessageHeader><edXML:Subject>V/v thử</edXML:Subject>"
                + "</edXML:MessageHeader>\n      " + (before ? placeholder : "")
                + "<edXML:TraceHeaderList" + (rnd.nextBoolean() ? " id=\"t\"" : "") + ">" + list
                + "</edXML:TraceHeaderList>\n      " + (before ? "" : placeholder)
                + "\n    </edXML:edXMLHeader>\n  </edXML:edXMLEnvelope>\n  <AttachmentEncoded>QUJD</AttachmentEncoded>\n</edXML>\n";
    }

    @Property(tries = 80)
    void relayAdditionsVerifyAndOtherEditsDoNot(@ForAll long seed) throws Exception {
        Random rnd = new Random(seed);
        byte[] p = signed;
        int relays = rnd.nextInt(4);
        for (int i = 0; i < relays; i++) {
            String organ = rnd.nextBoolean() ? null : "02.29.W0" + i;
            String time = "2025/10/23 15:46:1" + i;
            p = rnd.nextBoolean()
                    ? RelayToleranceTest.appendHopSdkLayout(p, organ, time)
                    : RelayToleranceTest.jdomRelay(p, organ, time);
        }
        boolean edited = rnd.nextBoolean();
        String s = new String(p, StandardCharsets.UTF_8);
        if (edited) {
            s = edit(s, rnd);
        }
        SignatureReport r = RelayToleranceTest.examine(s.getBytes(StandardCharsets.UTF_8));
        assertEquals(!edited, r.isValid(), () -> r + "\nedited: " + edited);
        if (!edited) {
            assertEquals(relays, r.unsignedHops().size());
        }
    }

    /** One change to something the signature covers. */
    static String edit(String s, Random rnd) {
        switch (rnd.nextInt(5)) {
            case 0: { // a character of a text in the header
                String[] texts = {"V/v kết nối", "Văn phòng Chính phủ", "7816", "VPCP-TTĐT", "000.00.00.H41"};
                String t = texts[rnd.nextInt(texts.length)];
                int at = rnd.nextInt(t.length());
                char c = t.charAt(at);
                return s.replaceFirst(
                        java.util.regex.Pattern.quote(t),
                        java.util.regex.Matcher.quoteReplacement(
                                t.substring(0, at) + (c == 'X' ? 'Y' : 'X') + t.substring(at + 1)));
            }
            case 1: // a byte of an attachment
                return RelayToleranceTest.changeAttachment(s);
            case 2: // a hop before the sender's
                return s.replaceFirst(
                        "<edXML:TraceHeaderList>",
                        "<edXML:TraceHeaderList><edXML:TraceHeader>"
                                + "<edXML:Timestamp>2025/09/29 08:00:00</edXML:Timestamp></edXML:TraceHeader>");
            case 3: // the sender's hop moved
                return RelayToleranceTest.moveSenderHopFirst(s);
            default: // Bussiness changed
                return s.replaceFirst("<edXML:BussinessDocType>0<", "<edXML:BussinessDocType>2<");
        }
    }
}
