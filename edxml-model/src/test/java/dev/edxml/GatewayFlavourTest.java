package dev.edxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.Provenance;
import dev.edxml.model.XmlElement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gateway flavour of {@code ../shared/samples/gateway-built/nonstd_*} (spec §13 F9) carries its file in
 * {@code edXMLAttachments/Attachment/AttachmentData}: it is read as an attachment, not dropped into unknown content.
 */
class GatewayFlavourTest {
    private static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    static final String GATEWAY = "<edXML xmlns=\"" + NS + "\"><edXML:edXMLEnvelope xmlns:edXML=\"" + NS + "\">"
            + "<edXML:edXMLHeader><edXML:MessageHeader><edXML:From><edXML:OrganId>vxp.saas.03</edXML:OrganId></edXML:From>"
            + "<edXML:Subject>1760427207626_b.txt</edXML:Subject></edXML:MessageHeader></edXML:edXMLHeader>"
            + "<edXML:edXMLBody><edXML:Content>File: 1760427207626_b.txt</edXML:Content></edXML:edXMLBody>"
            + "<edXML:edXMLAttachments><edXML:Attachment><edXML:AttachmentName>1760427207626_b.txt</edXML:AttachmentName>"
            + "<edXML:AttachmentType>TXT</edXML:AttachmentType><edXML:AttachmentSize>11</edXML:AttachmentSize>"
            + "<edXML:AttachmentData>eGluIGNow6BvIQ==</edXML:AttachmentData></edXML:Attachment>"
            + "</edXML:edXMLAttachments></edXML:edXMLEnvelope></edXML>";

    @Test
    void theGatewaysFileIsAnAttachment() throws IOException {
        EdocPackage pkg = (EdocPackage) Edxml.parse(GATEWAY);
        assertEquals(Provenance.Flavour.GATEWAY_NONSTANDARD, pkg.provenance().flavour());
        assertTrue(pkg.provenance().quirks().contains(Provenance.Quirk.GATEWAY_ATTACHMENTS));
        assertEquals(1, pkg.attachments().size());
        Attachment a = pkg.attachments().get(0);
        assertEquals("1760427207626_b.txt", a.name().orElseThrow());
        try (InputStream in = a.content().openStream()) {
            assertEquals("xin chào!", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        // nothing dropped: the gateway's type and size stay with the attachment
        assertEquals(
                List.of("AttachmentType", "AttachmentSize"),
                a.extensions().elements().stream().map(XmlElement::localName).toList());
        assertTrue(pkg.toString().indexOf("AttachmentData") < 0, pkg::toString);
        // written back in the regulation's layout, it reads as the same attachment
        EdocPackage again = (EdocPackage) Edxml.parse(Edxml.toBytes(pkg));
        assertEquals(a.content(), again.attachments().get(0).content());
        assertEquals(a.name(), again.attachments().get(0).name());
    }

    @Test
    void badGatewayDataIsRefusedLikeAnyAttachment() {
        EdxmlException e = org.junit.jupiter.api.Assertions.assertThrows(
                EdxmlException.class, () -> Edxml.parse(GATEWAY.replace("eGluIGNow6BvIQ==", "!!!")));
        assertEquals("EDXML-ATT-001", e.code());
    }
}
