package dev.edxml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Builders, cross-field defaults and the printed form of packages. */
class BuildersTest {

    private static Attachment pdf(String id, String name) {
        return Attachment.builder()
                .contentId(id)
                .name(name)
                .description("Văn bản " + name)
                .contentType("application/pdf")
                .content(("%PDF-1.4 " + name).getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private static MessageHeader header() {
        return MessageHeader.builder()
                .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"))
                .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                .addTo(Organization.of("G12", "Bộ Tài chính"))
                .code("7816", "VPCP-TTĐT")
                .promulgation("Hà Nội", LocalDate.of(2015, 9, 30))
                .documentType(DocumentType.OFFICIAL_LETTER)
                .subject("V/v kết nối, liên thông phần mềm quản lý văn bản")
                .build();
    }

    @Test
    void conventionalDocumentIdFromSenderDateAndCode() {
        MessageHeader h = header().toBuilder().conventionalDocumentId().build();
        // spec §9: <issuer OrganId>,<yyyy/MM/dd>,<CodeNumber>/<CodeNotation>
        assertEquals(Optional.of("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT"), h.documentId());
    }

    @Test
    void conventionalDocumentIdNeedsEveryPart() {
        MessageHeader full = header();
        assertThrows(
                IllegalStateException.class, () -> full.toBuilder().from(null).conventionalDocumentId());
        assertThrows(IllegalStateException.class, () -> full.toBuilder()
                .from(Organization.builder().name("no id").build())
                .conventionalDocumentId());
        assertThrows(
                IllegalStateException.class,
                () -> full.toBuilder().promulgationInfo(null).conventionalDocumentId());
        assertThrows(
                IllegalStateException.class,
                () -> full.toBuilder().promulgation("Hà Nội", null).conventionalDocumentId());
        assertThrows(
                IllegalStateException.class, () -> full.toBuilder().code(null).conventionalDocumentId());
        assertThrows(
                IllegalStateException.class,
                () -> full.toBuilder().code("7816", null).conventionalDocumentId());
        assertThrows(
                IllegalStateException.class,
                () -> full.toBuilder().code(null, "VPCP-TTĐT").conventionalDocumentId());
        assertThrows(IllegalStateException.class, () -> MessageHeader.builder().conventionalDocumentId());
    }

    @Test
    void builderSynthesisesOneManifestReferencePerAttachment() {
        Attachment a = pdf("cid:a-1", "a.pdf");
        Attachment b = pdf("b-2", "b.pdf");
        EdocPackage p = EdocPackage.builder()
                .header(header())
                .addAttachment(a)
                .addAttachment(b)
                .build();
        Manifest m = p.manifest().orElseThrow();
        assertEquals(Optional.of("1.0"), m.version());
        assertEquals(2, m.references().size());
        for (int i = 0; i < 2; i++) {
            Attachment att = p.attachments().get(i);
            ManifestReference r = m.references().get(i);
            assertEquals(att.contentId(), r.contentId());
            assertEquals(att.name(), r.attachmentName());
            assertEquals(att.contentType(), r.contentType());
            assertEquals(att.description(), r.description());
            assertEquals(att.bareContentId(), r.bareContentId());
        }
        assertEquals(Optional.of("a-1"), m.references().get(0).bareContentId());
    }

    @Test
    void noAttachmentsNoManifest() {
        assertEquals(Optional.empty(), EdocPackage.builder().build().manifest());
    }

    @Test
    void explicitManifestIsKeptAsGiven() {
        Manifest given = new Manifest(
                Optional.of("2.0"),
                List.of(new ManifestReference(
                        Optional.of("cid:other"),
                        Optional.of("application/zip"),
                        Optional.empty(),
                        Optional.of("x.zip"),
                        Extensions.NONE)),
                Extensions.NONE);
        EdocPackage p = EdocPackage.builder()
                .addAttachment(pdf("a", "a.pdf"))
                .manifest(given)
                .build();
        assertEquals(Optional.of(given), p.manifest());
        EdocPackage restored = p.toBuilder().manifest(null).build();
        assertEquals(1, restored.manifest().orElseThrow().references().size());
        assertEquals(
                Optional.of("a"),
                restored.manifest().orElseThrow().references().get(0).contentId());
    }

    @Test
    void noManifestMeansNone() {
        EdocPackage p = EdocPackage.builder()
                .addAttachment(pdf("a", "a.pdf"))
                .noManifest()
                .build();
        assertEquals(Optional.empty(), p.manifest());
        assertEquals(1, p.attachments().size());
        assertEquals(Optional.empty(), p.toBuilder().build().manifest(), "toBuilder keeps the absence");
        assertNotEquals(
                p, EdocPackage.builder().addAttachment(pdf("a", "a.pdf")).build());
    }

    @Test
    void toBuilderRoundTrips() {
        EdocPackage p = EdocPackage.builder()
                .header(header().toBuilder().conventionalDocumentId().build())
                .business(Business.builder().type(BusinessDocType.NEW).build())
                .traceHeaders(List.of(TraceHeader.of("000.00.00.G22", Instant.parse("2018-09-28T10:25:11Z"))))
                .addAttachment(pdf("a", "a.pdf"))
                .headerExtensions(Extensions.of(List.of(XmlElement.ofText("urn:x", "Xv", "1"))))
                .build();
        assertEquals(p, p.toBuilder().build());
        assertEquals(p.hashCode(), p.toBuilder().build().hashCode());
        assertEquals(p.header(), p.header().toBuilder().build());
        Organization o = p.header().from().orElseThrow();
        assertEquals(o, o.toBuilder().build());

        StatusPackage s = StatusPackage.builder()
                .header(StatusHeader.builder()
                        .statusCode(StatusCode.ARRIVED)
                        .from(o)
                        .timestamp(Instant.parse("2018-09-28T10:25:11Z"))
                        .build())
                .build();
        assertEquals(s, s.toBuilder().build());
        assertEquals(Provenance.BUILT, s.toBuilder().build().provenance());
    }

    @Test
    void builtPackagesHaveBuiltProvenanceWhichIsNotPartOfTheValue() {
        EdocPackage p = EdocPackage.builder().header(header()).build();
        assertEquals(Provenance.BUILT, p.provenance());
        EdocPackage q = p.toBuilder()
                .provenance(new Provenance(
                        Optional.of("x.edxml"),
                        Provenance.Flavour.STANDARD,
                        java.util.Set.of(Provenance.Quirk.CID_PREFIX)))
                .build();
        assertEquals(p, q);
        assertEquals(p.hashCode(), q.hashCode());
    }

    @Test
    void businessReasonDefaultsToTheTypesVietnameseName() {
        assertEquals(
                Optional.of("Văn bản điện tử mới"),
                Business.builder().type(BusinessDocType.NEW).build().reason());
        assertEquals(
                Optional.of("riêng"),
                Business.builder()
                        .type(BusinessDocType.NEW)
                        .reason("riêng")
                        .build()
                        .reason());
        assertEquals(
                Optional.empty(),
                Business.builder().type(BusinessDocType.of("9")).build().reason());
    }

    @Test
    void emptyStringsAreAbsent() {
        Organization o =
                Organization.builder().organId("G12").name("").email("").build();
        assertEquals(Optional.empty(), o.name());
        assertEquals(Optional.empty(), o.email());
        assertEquals(o, Organization.builder().organId("G12").build());
        MessageHeader h = MessageHeader.builder().subject("").documentId("").build();
        assertEquals(Optional.empty(), h.subject());
        assertEquals(Optional.empty(), h.documentId());
        assertEquals(
                Optional.of(" "), MessageHeader.builder().subject(" ").build().subject(), "a space is text");
    }

    @Test
    void valuesAreImmutable() {
        List<Organization> to = new java.util.ArrayList<>(List.of(Organization.of("G12", "Bộ Tài chính")));
        MessageHeader h = MessageHeader.builder().to(to).build();
        to.clear();
        assertEquals(1, h.to().size());
        assertThrows(UnsupportedOperationException.class, () -> h.to().add(Organization.of("G01", "x")));
        Map<String, String> attrs = new java.util.HashMap<>(Map.of("Xa", "1"));
        XmlElement e = new XmlElement("", "Xe", attrs, List.of());
        attrs.put("Xb", "2");
        assertEquals(Map.of("Xa", "1"), e.attributes());
    }

    @Test
    void attachmentBuilderGeneratesAContentIdAndNeedsContent() {
        Attachment a =
                Attachment.builder().name("a.pdf").content(new byte[] {1}).build();
        assertTrue(a.contentId().isPresent());
        assertNotEquals(
                a.contentId(),
                Attachment.builder()
                        .name("a.pdf")
                        .content(new byte[] {1})
                        .build()
                        .contentId());
        assertThrows(
                IllegalStateException.class,
                () -> Attachment.builder().name("a.pdf").build());
        assertEquals(
                Optional.of("x"),
                Attachment.builder()
                        .contentId("cid:x")
                        .content(new byte[0])
                        .build()
                        .bareContentId());
        assertEquals(
                Optional.of("x"),
                Attachment.builder()
                        .contentId("CID:x")
                        .content(new byte[0])
                        .build()
                        .bareContentId());
    }

    @Test
    void edocPackagePrintsItsSummary() {
        EdocPackage p = EdocPackage.builder()
                .header(header())
                .addAttachment(pdf("a", "a.pdf"))
                .business(Business.builder().type(BusinessDocType.REVOKE).build())
                .traceHeaders(List.of())
                .build();
        String s = p.toString();
        assertTrue(s.contains("7816/VPCP-TTĐT"), s);
        assertTrue(s.contains("000.00.00.G22"), s);
        assertTrue(s.contains("000.00.00.H41"), s);
        assertTrue(s.contains("G12"), s);
        assertTrue(s.contains("2015/09/30"), s);
        assertTrue(s.contains("1 attachment"), s);
        assertTrue(s.contains("unsigned"), s);
        assertFalse(s.contains("Optional"), s);

        String signed = p.toBuilder()
                .signature(
                        new SignatureBlock(new XmlElement(SignatureBlock.XMLDSIG_NS, "Signature", Map.of(), List.of())))
                .build()
                .toString();
        assertTrue(signed.contains("XML-DSig"), signed);
        String legacy = p.toBuilder()
                .signature(new SignatureBlock(
                        new XmlElement(SpecVersion.QCVN_102_2016.namespace(), "Signature", Map.of(), List.of())))
                .build()
                .toString();
        assertTrue(legacy.toLowerCase(java.util.Locale.ROOT).contains("placeholder"), legacy);
    }

    @Test
    void statusPackagePrintsItsSummary() {
        StatusPackage s = StatusPackage.builder()
                .header(StatusHeader.builder()
                        .from(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                        .responseFor(ResponseFor.of(
                                "000.00.00.G22",
                                "7816/VPCP-TTĐT",
                                "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT",
                                LocalDate.of(2015, 9, 30)))
                        .statusCode(StatusCode.REJECTED)
                        .description("Sai đơn vị nhận")
                        .timestamp(Instant.parse("2018-09-28T10:25:11Z"))
                        .build())
                .build();
        String t = s.toString();
        assertTrue(t.contains("02"), t);
        assertTrue(t.contains("000.00.00.H41"), t);
        assertTrue(t.contains("7816/VPCP-TTĐT"), t);
        assertTrue(t.contains("2018/09/28 17:25:11"), t);
        assertTrue(t.contains("Sai đơn vị nhận"), t);
        assertFalse(t.contains("Optional"), t);
        assertFalse(s.header().toString().contains("Optional"), s.header().toString());
    }

    @Test
    void organizationPrintsItsFields() {
        Organization o = Organization.builder()
                .organId("000.00.00.G22")
                .name("Văn phòng Chính phủ")
                .email("vpcp@chinhphu.vn")
                .build();
        String s = o.toString();
        assertTrue(
                s.contains("000.00.00.G22") && s.contains("Văn phòng Chính phủ") && s.contains("vpcp@chinhphu.vn"), s);
        assertFalse(s.contains("Optional"), s);
        assertFalse(s.contains("fax"), "absent fields are left out: " + s);
    }

    @Test
    void signatureBlockMustBeASignatureElement() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new SignatureBlock(new XmlElement(SignatureBlock.XMLDSIG_NS, "SignedInfo", Map.of(), List.of())));
        assertTrue(new SignatureBlock(new XmlElement(SignatureBlock.XMLDSIG_NS, "Signature", Map.of(), List.of()))
                .isXmlDsig());
        assertTrue(new SignatureBlock(
                        new XmlElement(SpecVersion.QCVN_102_2016.namespace(), "Signature", Map.of(), List.of()))
                .isLegacyPlaceholder());
    }
}
