package dev.edxml.validate.rules;

import static dev.edxml.Severity.ERROR;
import static dev.edxml.Severity.INFO;
import static dev.edxml.Severity.WARNING;
import static dev.edxml.validate.rules.RxFixtures.DOCUMENT_ID;
import static dev.edxml.validate.rules.RxFixtures.SENDER;
import static dev.edxml.validate.rules.RxFixtures.absent;
import static dev.edxml.validate.rules.RxFixtures.business;
import static dev.edxml.validate.rules.RxFixtures.bytes;
import static dev.edxml.validate.rules.RxFixtures.edit;
import static dev.edxml.validate.rules.RxFixtures.edoc;
import static dev.edxml.validate.rules.RxFixtures.expectOne;
import static dev.edxml.validate.rules.RxFixtures.hop;
import static dev.edxml.validate.rules.RxFixtures.senderHop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Finding;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.BusinessDocumentInfo;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.Extensions;
import dev.edxml.model.Organization;
import dev.edxml.model.Receiver;
import dev.edxml.model.ReceiverType;
import dev.edxml.model.ReplacementInfo;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.TraceHeader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The TRC rules: for each, a vector that triggers it (severity per profile, location) and one that does not. */
class TraceRulesTest {
    private static final String LIST = "/edXMLHeader/TraceHeaderList";
    private static final String BUS = LIST + "/Bussiness";
    private static final String OLD_ID = "000.00.00.G22,2025/09/30,7700/VPCP-TTĐT";

    private static byte[] withTrace(Business b, TraceHeader... hops) {
        return bytes(edoc().business(b).traceHeaders(List.of(hops)));
    }

    private static byte[] withBusiness(Business b) {
        return withTrace(b, senderHop());
    }

    private static Business update() {
        return business(BusinessDocType.UPDATE)
                .documentId(OLD_ID)
                .addDocumentInfo(BusinessDocumentInfo.of(
                        true,
                        true,
                        List.of(
                                Receiver.of("000.00.00.H14", ReceiverType.ADDED),
                                Receiver.of("000.00.00.H41", ReceiverType.REMOVED))))
                .build();
    }

    private static Business replace() {
        return business(BusinessDocType.REPLACE)
                .addReplacement(ReplacementInfo.of(OLD_ID, List.of("000.00.00.H41", "000.00.00.H14")))
                .build();
    }

    private static Business revoke() {
        return business(BusinessDocType.REVOKE).build();
    }

    private static byte[] revokeWithResponseFor() {
        return bytes(edoc().header(RxFixtures.header().toBuilder()
                        .addResponseFor(ResponseFor.of(SENDER, "7700/VPCP-TTĐT", OLD_ID, LocalDate.of(2025, 9, 30)))
                        .build())
                .business(revoke())
                .traceHeaders(List.of(senderHop())));
    }

    private static EdocPackage parse(byte[] pkg) {
        try {
            return (EdocPackage) dev.edxml.Edxml.parse(pkg);
        } catch (dev.edxml.EdxmlException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void wellFormedPackagesOfEachBusinessTypeHaveNoTraceFinding() {
        for (byte[] pkg : List.of(
                bytes(edoc()),
                withBusiness(update()),
                withBusiness(replace()),
                revokeWithResponseFor(),
                withTrace(
                        business(BusinessDocType.NEW).documentId(DOCUMENT_ID).build(),
                        senderHop(),
                        hop(null, "2025/10/13 10:00:01"),
                        hop("02.29.W00", "2025/10/13 10:07:00")))) {
            for (dev.edxml.validate.Profile p : RxFixtures.PROFILES) {
                List<Finding> trc = RxFixtures.validate(p, pkg).findings().stream()
                        .filter(f ->
                                f.code().startsWith("EDXML-TRC") && !f.code().equals("EDXML-TRC-009"))
                        .toList();
                assertTrue(trc.isEmpty(), p + ": " + trc);
            }
        }
    }

    @Test
    void trc001NoTrace() {
        expectOne(
                bytes(edoc().business(null).traceHeaders(List.of())),
                "EDXML-TRC-001",
                WARNING,
                WARNING,
                INFO,
                "/edXMLEnvelope/edXMLHeader");
        absent(bytes(edoc()), "EDXML-TRC-001");
        absent(
                RxFixtures.bytes(RxFixtures.status(RxFixtures.statusHeader(dev.edxml.model.StatusCode.ARRIVED))),
                "EDXML-TRC-001");
    }

    @Test
    void trc002HopWithoutOrganId() {
        // the sender's own hop (the first) without a usable OrganId: the sender can mend it
        Finding literalNull = expectOne(
                withTrace(business(BusinessDocType.NEW).build(), hop("null", "2025/10/13 10:00:00"), senderHop()),
                "EDXML-TRC-002",
                WARNING,
                WARNING,
                INFO,
                LIST + "/TraceHeader/OrganId");
        assertTrue(literalNull.messageVi().contains("giá trị ghi: null"), literalNull.messageVi());
        // a hop added on the way (the axis writes a Timestamp only) is TRC-009, for information
        Finding relay = expectOne(
                withTrace(business(BusinessDocType.NEW).build(), senderHop(), hop(null, "2025/10/13 10:00:01")),
                "EDXML-TRC-009",
                INFO,
                INFO,
                null,
                LIST + "/TraceHeader[2]");
        assertTrue(relay.messageEn().startsWith("TraceHeader #2 "), relay.messageEn());
        absent(
                withTrace(business(BusinessDocType.NEW).build(), senderHop(), hop(null, "2025/10/13 10:00:01")),
                "EDXML-TRC-002");
        absent(bytes(edoc()), "EDXML-TRC-002");
    }

    @Test
    void trc003HopTimestampMissingOrUnreadable() {
        Finding f = expectOne(
                withTrace(business(BusinessDocType.NEW).build(), hop(SENDER, "13/10/2025 10:00")),
                "EDXML-TRC-003",
                WARNING,
                WARNING,
                INFO,
                LIST + "/TraceHeader/Timestamp");
        assertTrue(f.messageEn().contains("13/10/2025 10:00"), f.messageEn());
        expectOne(
                withTrace(business(BusinessDocType.NEW).build(), hop(SENDER, "2025/02/30 10:00:00")),
                "EDXML-TRC-003",
                WARNING,
                WARNING,
                INFO,
                LIST + "/TraceHeader/Timestamp");
        Finding empty = expectOne(
                edit(
                        edoc().build(),
                        "<edXML:Timestamp>2025/10/13 10:00:00</edXML:Timestamp>",
                        "<edXML:Timestamp> </edXML:Timestamp>"),
                "EDXML-TRC-003",
                WARNING,
                WARNING,
                INFO,
                LIST + "/TraceHeader/Timestamp");
        assertTrue(empty.messageEn().contains("(written: –)"), empty.messageEn());
        absent(bytes(edoc()), "EDXML-TRC-003");
        // a missing Timestamp is the schema's (EDXML-ENV-032), not reported twice
        absent(withTrace(business(BusinessDocType.NEW).build(), hop(SENDER, null)), "EDXML-TRC-003");
        absent(
                withTrace(business(BusinessDocType.NEW).build(), hop(SENDER, "2025-10-13T10:00:00+07:00")),
                "EDXML-TRC-003");
    }

    @Test
    void trc004HopTimestampUnderstoodButNotCanonical() {
        Finding f = expectOne(
                withTrace(business(BusinessDocType.NEW).build(), hop(SENDER, "2025-10-13T03:00:00Z")),
                "EDXML-TRC-004",
                WARNING,
                WARNING,
                INFO,
                LIST + "/TraceHeader/Timestamp");
        assertTrue(f.messageEn().endsWith("write 2025/10/13 10:00:00"), f.messageEn());
        absent(bytes(edoc()), "EDXML-TRC-004");
        absent(withTrace(business(BusinessDocType.NEW).build(), hop(SENDER, "hôm qua")), "EDXML-TRC-004");
    }

    @Test
    void trc005HopsOutOfTimeOrder() {
        Finding f = expectOne(
                withTrace(business(BusinessDocType.NEW).build(), senderHop(), hop("02.29.W00", "2025/10/13 09:59:00")),
                "EDXML-TRC-005",
                WARNING,
                WARNING,
                INFO,
                LIST + "/TraceHeader[2]/Timestamp");
        assertTrue(
                f.messageEn().contains("#2 (2025/10/13 09:59:00)")
                        && f.messageEn().contains("#1 (2025/10/13 10:00:00)"),
                f.messageEn());
        absent(
                withTrace(
                        business(BusinessDocType.NEW).build(),
                        senderHop(),
                        hop("02.29.W00", "2025/10/13 10:00:00"),
                        hop("001.00.20.TT2", "2025/10/13 10:40:04")),
                "EDXML-TRC-005");
    }

    @Test
    void trc006HopInTheFuture() {
        expectOne(
                withTrace(business(BusinessDocType.NEW).build(), senderHop(), hop("02.29.W00", "2025/10/14 10:30:00")),
                "EDXML-TRC-006",
                WARNING,
                WARNING,
                INFO,
                LIST + "/TraceHeader[2]/Timestamp");
        absent(
                withTrace(business(BusinessDocType.NEW).build(), senderHop(), hop("02.29.W00", "2025/10/14 10:05:00")),
                "EDXML-TRC-006");
    }

    @Test
    void trc007SenderNotInTrace() {
        Finding f = expectOne(
                withTrace(
                        business(BusinessDocType.NEW).build(),
                        hop("02.29.W00", "2025/10/13 10:00:00"),
                        hop(null, "2025/10/13 10:01:00")),
                "EDXML-TRC-007",
                WARNING,
                WARNING,
                INFO,
                LIST);
        assertTrue(f.messageEn().contains(SENDER) && f.messageEn().contains("02.29.W00, –"), f.messageEn());
        absent(bytes(edoc()), "EDXML-TRC-007");
        absent(
                withTrace(
                        business(BusinessDocType.NEW).build(),
                        hop("02.29.W00", "2025/10/13 09:00:00"),
                        hop(SENDER.toLowerCase(java.util.Locale.ROOT), "2025/10/13 10:00:00")),
                "EDXML-TRC-007");
    }

    @Test
    void trc008TraceWithoutHops() {
        byte[] none = withTrace(business(BusinessDocType.NEW).build());
        expectOne(none, "EDXML-TRC-008", WARNING, WARNING, INFO, LIST);
        absent(none, "EDXML-TRC-007");
        absent(bytes(edoc()), "EDXML-TRC-008");
    }

    @Test
    void trc010TraceWithoutBusiness() {
        expectOne(withTrace(null, senderHop()), "EDXML-TRC-010", WARNING, WARNING, INFO, LIST);
        absent(bytes(edoc()), "EDXML-TRC-010");
    }

    @Test
    void trc011BusinessTypeWrittenEmpty() {
        expectOne(
                edit(
                        edoc().build(),
                        "<edXML:BussinessDocType>0</edXML:BussinessDocType>",
                        "<edXML:BussinessDocType></edXML:BussinessDocType>"),
                "EDXML-TRC-011",
                ERROR,
                ERROR,
                WARNING,
                BUS + "/BussinessDocType");
        absent(bytes(edoc()), "EDXML-TRC-011");
        // a missing BussinessDocType is the schema's (EDXML-ENV-032)
        absent(withBusiness(Business.builder().reason("Văn bản mới").paper(0).build()), "EDXML-TRC-011");
    }

    @Test
    void trc012UnknownBusinessType() {
        Finding f = expectOne(
                withBusiness(business(BusinessDocType.of("5")).build()),
                "EDXML-TRC-012",
                ERROR,
                ERROR,
                WARNING,
                BUS + "/BussinessDocType");
        assertTrue(f.messageVi().startsWith("BussinessDocType 5 không thuộc"), f.messageVi());
        absent(bytes(edoc()), "EDXML-TRC-012");
        absent(withBusiness(replace()), "EDXML-TRC-012");
    }

    @Test
    void trc013BusinessSpelledWithOneS() {
        EdocPackage p = edoc().build();
        Finding f = expectOne(
                edit(p, "Bussiness", "Business"), "EDXML-TRC-013", WARNING, WARNING, INFO, LIST + "/Business");
        assertTrue(
                f.messageEn().startsWith("Spelled with one 's': Business, BusinessDocType, BusinessDocReason;"),
                f.messageEn());
        absent(bytes(p), "EDXML-TRC-013");
    }

    @Test
    void trc014RevocationUpdateReplacementNameTheDocument() {
        Finding f = expectOne(withBusiness(revoke()), "EDXML-TRC-014", WARNING, WARNING, INFO, BUS);
        assertTrue(f.messageEn().startsWith("A package of business type 1 "), f.messageEn());
        expectOne(
                withBusiness(business(BusinessDocType.UPDATE)
                        .addDocumentInfo(BusinessDocumentInfo.of(true, false, List.of()))
                        .build()),
                "EDXML-TRC-014",
                WARNING,
                WARNING,
                INFO,
                BUS);
        expectOne(
                withBusiness(business(BusinessDocType.REPLACE)
                        .addReplacement(ReplacementInfo.of(null, List.of("000.00.00.H41")))
                        .build()),
                "EDXML-TRC-014",
                WARNING,
                WARNING,
                INFO,
                BUS);
        absent(revokeWithResponseFor(), "EDXML-TRC-014");
        absent(withBusiness(business(BusinessDocType.REVOKE).documentId(OLD_ID).build()), "EDXML-TRC-014");
        absent(withBusiness(update()), "EDXML-TRC-014");
        absent(withBusiness(replace()), "EDXML-TRC-014");
        absent(bytes(edoc()), "EDXML-TRC-014");
    }

    @Test
    void trc015NewDocumentNamesAnotherDocument() {
        Finding f = expectOne(
                withBusiness(business(BusinessDocType.NEW).documentId(OLD_ID).build()),
                "EDXML-TRC-015",
                WARNING,
                WARNING,
                INFO,
                BUS + "/DocumentId");
        assertTrue(f.messageEn().contains(OLD_ID) && f.messageEn().contains(DOCUMENT_ID), f.messageEn());
        absent(
                withBusiness(
                        business(BusinessDocType.NEW).documentId(DOCUMENT_ID).build()),
                "EDXML-TRC-015");
        absent(withBusiness(update()), "EDXML-TRC-015");
    }

    @Test
    void trc016UpdateWithoutDocumentInfo() {
        expectOne(
                withBusiness(business(BusinessDocType.UPDATE).documentId(OLD_ID).build()),
                "EDXML-TRC-016",
                WARNING,
                WARNING,
                INFO,
                BUS);
        absent(withBusiness(update()), "EDXML-TRC-016");
    }

    @Test
    void trc017UpdateFlagsAreZeroOrOne() {
        BusinessDocumentInfo info =
                new BusinessDocumentInfo(Optional.of(2), Optional.of(0), List.of(), Extensions.NONE);
        Finding f = expectOne(
                withBusiness(business(BusinessDocType.UPDATE)
                        .documentId(OLD_ID)
                        .addDocumentInfo(info)
                        .build()),
                "EDXML-TRC-017",
                WARNING,
                WARNING,
                INFO,
                BUS + "/BussinessDocumentInfo/DocumentInfo");
        assertEquals("DocumentInfo is 2; it must be 0 (unchanged) or 1 (changed)", f.messageEn());
        absent(withBusiness(update()), "EDXML-TRC-017");
    }

    @Test
    void trc018ChangedReceiversAreListed() {
        expectOne(
                withBusiness(business(BusinessDocType.UPDATE)
                        .documentId(OLD_ID)
                        .addDocumentInfo(BusinessDocumentInfo.of(false, true, List.of()))
                        .build()),
                "EDXML-TRC-018",
                WARNING,
                WARNING,
                INFO,
                BUS + "/BussinessDocumentInfo/DocumentReceiver");
        absent(withBusiness(update()), "EDXML-TRC-018");
        absent(
                withBusiness(business(BusinessDocType.UPDATE)
                        .documentId(OLD_ID)
                        .addDocumentInfo(BusinessDocumentInfo.of(true, false, List.of()))
                        .build()),
                "EDXML-TRC-018");
    }

    private static byte[] withReceiver(Receiver r) {
        return withBusiness(business(BusinessDocType.UPDATE)
                .documentId(OLD_ID)
                .addDocumentInfo(new BusinessDocumentInfo(
                        Optional.of(0),
                        Optional.of(1),
                        List.of(Receiver.of("000.00.00.H14", ReceiverType.ADDED), r),
                        Extensions.NONE))
                .build());
    }

    @Test
    void trc019ReceiverTypeIsKnown() {
        String receiver = BUS + "/BussinessDocumentInfo/ReceiverList/Receiver[2]";
        Finding f = expectOne(
                withReceiver(Receiver.of("000.00.00.H41", ReceiverType.of("3"))),
                "EDXML-TRC-019",
                WARNING,
                WARNING,
                INFO,
                receiver + "/ReceiverType");
        assertTrue(f.messageEn().startsWith("Receiver 000.00.00.H41 has ReceiverType 3;"), f.messageEn());
        byte[] empty = edit(
                parse(withReceiver(Receiver.of("000.00.00.H41", ReceiverType.REMOVED))),
                "<edXML:ReceiverType>0</edXML:ReceiverType>",
                "<edXML:ReceiverType/>");
        expectOne(empty, "EDXML-TRC-019", WARNING, WARNING, INFO, receiver + "/ReceiverType");
        absent(withBusiness(update()), "EDXML-TRC-019");
        absent(withReceiver(Receiver.of("000.00.00.H41", null)), "EDXML-TRC-019"); // missing: EDXML-ENV-032
    }

    @Test
    void trc020ReceiverOrganIdWrittenEmpty() {
        byte[] empty = edit(
                parse(withReceiver(Receiver.of("000.00.00.H99", ReceiverType.REMOVED))),
                "<edXML:OrganId>000.00.00.H99</edXML:OrganId>",
                "<edXML:OrganId></edXML:OrganId>");
        Finding f = expectOne(
                empty,
                "EDXML-TRC-020",
                WARNING,
                WARNING,
                INFO,
                BUS + "/BussinessDocumentInfo/ReceiverList/Receiver[2]/OrganId");
        assertEquals("A Receiver (ReceiverType 0) has an empty OrganId", f.messageEn());
        absent(withBusiness(update()), "EDXML-TRC-020");
        absent(withReceiver(Receiver.of(null, ReceiverType.REMOVED)), "EDXML-TRC-020"); // missing: EDXML-ENV-032
    }

    @Test
    void trc021ReplacementWithoutReplacementInfo() {
        expectOne(
                withBusiness(
                        business(BusinessDocType.REPLACE).documentId(OLD_ID).build()),
                "EDXML-TRC-021",
                WARNING,
                WARNING,
                INFO,
                BUS);
        absent(withBusiness(replace()), "EDXML-TRC-021");
    }

    @Test
    void trc022ReplacementInfoDocumentIdWrittenEmpty() {
        byte[] pkg = edit(
                parse(withBusiness(business(BusinessDocType.REPLACE)
                        .addReplacement(ReplacementInfo.of(OLD_ID, List.of("000.00.00.H41")))
                        .addReplacement(ReplacementInfo.of("X-REPLACED", List.of("000.00.00.H41")))
                        .build())),
                "<edXML:DocumentId>X-REPLACED</edXML:DocumentId>",
                "<edXML:DocumentId> </edXML:DocumentId>");
        Finding f = expectOne(
                pkg,
                "EDXML-TRC-022",
                WARNING,
                WARNING,
                INFO,
                BUS + "/ReplacementInfoList/ReplacementInfo[2]/DocumentId");
        assertTrue(f.messageEn().startsWith("ReplacementInfo #2 "), f.messageEn());
        absent(withBusiness(replace()), "EDXML-TRC-022");
        absent(
                withBusiness(business(BusinessDocType.REPLACE)
                        .addReplacement(ReplacementInfo.of(null, List.of("000.00.00.H41")))
                        .build()),
                "EDXML-TRC-022"); // EDXML-ENV-032
    }

    @Test
    void trc023ReplacementInfoListsOrganisations() {
        Finding f = expectOne(
                withBusiness(business(BusinessDocType.REPLACE)
                        .addReplacement(ReplacementInfo.of(OLD_ID, List.of()))
                        .build()),
                "EDXML-TRC-023",
                WARNING,
                WARNING,
                INFO,
                BUS + "/ReplacementInfoList/ReplacementInfo");
        assertTrue(f.messageEn().contains("(document " + OLD_ID + ")"), f.messageEn());
        absent(withBusiness(replace()), "EDXML-TRC-023");
    }

    @Test
    void trc024PaperIsAFlag() {
        Finding f = expectOne(
                withBusiness(business(BusinessDocType.NEW).paper(12).build()),
                "EDXML-TRC-024",
                WARNING,
                WARNING,
                INFO,
                BUS + "/Paper");
        assertTrue(f.messageVi().startsWith("Paper có giá trị 12;"), f.messageVi());
        absent(withBusiness(business(BusinessDocType.NEW).paper(1).build()), "EDXML-TRC-024");
        absent(withBusiness(Business.builder().type(BusinessDocType.NEW).build()), "EDXML-TRC-024");
    }

    @Test
    void trc025StaffInfo() {
        expectOne(
                withBusiness(
                        Business.builder().type(BusinessDocType.NEW).paper(0).build()),
                "EDXML-TRC-025",
                INFO,
                INFO,
                null,
                BUS);
        absent(bytes(edoc()), "EDXML-TRC-025");
    }

    @Test
    void trc026DetailsOfAnotherBusinessType() {
        Business mixed = business(BusinessDocType.NEW)
                .addReplacement(ReplacementInfo.of(OLD_ID, List.of("000.00.00.H41")))
                .build();
        Finding f = expectOne(withBusiness(mixed), "EDXML-TRC-026", INFO, INFO, null, BUS + "/ReplacementInfoList");
        assertEquals(
                "ReplacementInfoList belongs to another business type than this package's (0); receivers will "
                        + "ignore it",
                f.messageEn());
        Business revokeWithInfo = business(BusinessDocType.REVOKE)
                .documentId(OLD_ID)
                .addDocumentInfo(BusinessDocumentInfo.of(true, false, List.of()))
                .build();
        expectOne(withBusiness(revokeWithInfo), "EDXML-TRC-026", INFO, INFO, null, BUS + "/BussinessDocumentInfo");
        absent(withBusiness(update()), "EDXML-TRC-026");
        absent(withBusiness(replace()), "EDXML-TRC-026");
    }

    @Test
    void realSamplesShapes() {
        // the 2025 axis packages: the axis's own hop has only a Timestamp; the sender is a system id (spec §4.3)
        byte[] axis2025 = bytes(edoc().header(RxFixtures.header().toBuilder()
                        .from(Organization.of("vxp.saas.03", "Hệ thống"))
                        .build())
                .business(null)
                .traceHeaders(List.of(hop("null", "2025/10/13 10:00:00"), hop(null, "2025/10/13 10:00:01"))));
        RxFixtures.expect(axis2025, "EDXML-TRC-002", WARNING, WARNING, INFO, 1, "");
        RxFixtures.expect(axis2025, "EDXML-TRC-009", INFO, INFO, null, 1, "");
        expectOne(axis2025, "EDXML-TRC-007", WARNING, WARNING, INFO, LIST);
        expectOne(axis2025, "EDXML-TRC-010", WARNING, WARNING, INFO, LIST);
        absent(axis2025, "EDXML-TRC-005", "EDXML-TRC-006");
    }

    @Test
    void vietnameseAndEnglishTextsInSync() {
        RxFixtures.assertBundlesInSync("trc");
    }
}
