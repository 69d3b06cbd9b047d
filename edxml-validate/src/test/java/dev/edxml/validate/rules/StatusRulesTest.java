package dev.edxml.validate.rules;

import static dev.edxml.Severity.ERROR;
import static dev.edxml.Severity.INFO;
import static dev.edxml.Severity.WARNING;
import static dev.edxml.validate.rules.RxFixtures.DOCUMENT_ID;
import static dev.edxml.validate.rules.RxFixtures.SENDER;
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
import dev.edxml.model.EdxmlTimestamp;
import dev.edxml.model.Organization;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusPackage;
import dev.edxml.validate.Profile;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The STA rules: for each, a vector that triggers it (severity per profile, location) and one that does not. */
class StatusRulesTest {
    private static final String MH = "/edXMLHeader/MessageHeader";

    private static byte[] arrived() {
        return bytes(status(statusHeader(StatusCode.ARRIVED)));
    }

    @Test
    void theNineStatusesAsTheSdkWritesThemHaveNoStatusFinding() {
        for (StatusCode c : StatusCode.known()) {
            byte[] pkg = bytes(status(statusHeader(c).description("Văn thư: " + c.nameVi())));
            for (Profile p : RxFixtures.PROFILES) {
                List<Finding> sta = RxFixtures.validate(p, pkg).findings().stream()
                        .filter(f ->
                                f.code().startsWith("EDXML-STA") || f.code().startsWith("EDXML-SIG"))
                        .toList();
                assertTrue(sta.isEmpty(), c + " under " + p + ": " + sta);
            }
        }
    }

    @Test
    void sta010UnknownStatusCode() {
        Finding f = expectOne(
                bytes(status(statusHeader(StatusCode.of("07")))),
                "EDXML-STA-010",
                ERROR,
                ERROR,
                WARNING,
                MH + "/StatusCode");
        assertEquals("Mã trạng thái 07 không thuộc chín mã 01, 02, 03, 04, 05, 06, 13, 15, 16", f.messageVi());
        absent(arrived(), "EDXML-STA-010");
        absent(bytes(edoc()), "EDXML-STA-010");
    }

    @Test
    void sta011ResponseForMissing() {
        expectOne(
                bytes(status(statusHeader(StatusCode.ARRIVED).responseFor(null))),
                "EDXML-STA-011",
                ERROR,
                ERROR,
                WARNING,
                MH);
        absent(arrived(), "EDXML-STA-011");
    }

    @Test
    void sta012ResponseForIncomplete() {
        Finding f = expectOne(
                bytes(status(
                        statusHeader(StatusCode.ARRIVED).responseFor(ResponseFor.of(null, null, DOCUMENT_ID, null)))),
                "EDXML-STA-012",
                ERROR,
                ERROR,
                WARNING,
                MH + "/ResponseFor");
        assertTrue(f.messageEn().startsWith("ResponseFor lacks OrganId, Code;"), f.messageEn());
        absent(arrived(), "EDXML-STA-012");
        absent(
                bytes(status(statusHeader(StatusCode.ARRIVED)
                        .responseFor(ResponseFor.of(SENDER, "7816/VPCP-TTĐT", DOCUMENT_ID, null)))),
                "EDXML-STA-012");
    }

    @Test
    void sta013TimestampMissing() {
        expectOne(
                bytes(status(statusHeader(StatusCode.ARRIVED).timestamp((EdxmlTimestamp) null))),
                "EDXML-STA-013",
                ERROR,
                ERROR,
                WARNING,
                MH);
        absent(arrived(), "EDXML-STA-013");
    }

    @Test
    void sta014TimestampUnreadable() {
        Finding f = expectOne(
                bytes(status(statusHeader(StatusCode.ARRIVED).timestamp(EdxmlTimestamp.parse("20/09/2015 17:25")))),
                "EDXML-STA-014",
                ERROR,
                ERROR,
                WARNING,
                MH + "/Timestamp");
        assertTrue(f.messageEn().contains("20/09/2015 17:25"), f.messageEn());
        absent(arrived(), "EDXML-STA-014");
        absent(
                bytes(status(
                        statusHeader(StatusCode.ARRIVED).timestamp(EdxmlTimestamp.parse("2025-10-13T11:00:00+07:00")))),
                "EDXML-STA-014");
    }

    @Test
    void sta015TimestampNotCanonical() {
        Finding f = expectOne(
                bytes(status(statusHeader(StatusCode.ARRIVED).timestamp(EdxmlTimestamp.parse("2025-10-13T04:00:00Z")))),
                "EDXML-STA-015",
                WARNING,
                WARNING,
                INFO,
                MH + "/Timestamp");
        assertTrue(f.messageEn().endsWith("write 2025/10/13 11:00:00"), f.messageEn());
        absent(arrived(), "EDXML-STA-015");
    }

    @Test
    void sta016TimestampInTheFuture() {
        expectOne(
                bytes(status(statusHeader(StatusCode.ARRIVED).timestamp(EdxmlTimestamp.parse("2025/10/15 08:00:00")))),
                "EDXML-STA-016",
                WARNING,
                WARNING,
                INFO,
                MH + "/Timestamp");
        absent(
                bytes(status(statusHeader(StatusCode.ARRIVED).timestamp(EdxmlTimestamp.parse("2025/10/14 10:09:00")))),
                "EDXML-STA-016");
    }

    @Test
    void sta017ReasonForRejectionAndRecall() {
        for (StatusCode c : List.of(StatusCode.REJECTED, StatusCode.RECALL_REQUESTED, StatusCode.CHANGE_REJECTED)) {
            Finding f = expectOne(
                    bytes(status(statusHeader(c))), "EDXML-STA-017", WARNING, WARNING, INFO, MH + "/StatusCode");
            assertTrue(f.messageEn().startsWith("Status " + c.code() + " needs a reason"), f.messageEn());
            absent(bytes(status(statusHeader(c).description("Gửi nhầm đơn vị nhận"))), "EDXML-STA-017");
        }
        byte[] blank = edit(
                status(statusHeader(StatusCode.REJECTED)),
                "<edXML:StatusCode>",
                "<edXML:Description>   </edXML:Description><edXML:StatusCode>");
        expectOne(blank, "EDXML-STA-017", WARNING, WARNING, INFO, MH + "/Description");
        absent(arrived(), "EDXML-STA-017");
    }

    @Test
    void sta018FromIncomplete() {
        Finding f = expectOne(
                bytes(status(statusHeader(StatusCode.ARRIVED)
                        .from(Organization.builder()
                                .organId("000.00.00.H41")
                                .email("vanthu@nghean.gov.vn")
                                .build()))),
                "EDXML-STA-018",
                ERROR,
                ERROR,
                WARNING,
                MH + "/From");
        assertEquals("From of the status package lacks OrganName", f.messageEn());
        Finding both = expectOne(
                edit(
                        status(statusHeader(StatusCode.ARRIVED)),
                        "<edXML:OrganId>000.00.00.H41</edXML:OrganId>",
                        "<edXML:OrganId></edXML:OrganId>",
                        "<edXML:OrganName>UBND tỉnh Nghệ An</edXML:OrganName>",
                        ""),
                "EDXML-STA-018",
                ERROR,
                ERROR,
                WARNING,
                MH + "/From");
        assertEquals("From của gói tin trạng thái thiếu OrganId, OrganName", both.messageVi());
        absent(arrived(), "EDXML-STA-018");
        // no From, or a From without OrganId, is the schema's (EDXML-ENV-032)
        absent(bytes(status(statusHeader(StatusCode.ARRIVED).from(null))), "EDXML-STA-018");
        absent(
                bytes(status(statusHeader(StatusCode.ARRIVED)
                        .from(Organization.builder().name("UBND tỉnh Nghệ An").build()))),
                "EDXML-STA-018");
    }

    @Test
    void sta019DocumentContentInAStatusPackage() {
        StatusPackage s = status(statusHeader(StatusCode.ARRIVED));
        expectOne(
                edit(
                        s,
                        "</edXML:MessageHeader>",
                        "</edXML:MessageHeader><edXML:TraceHeaderList><edXML:TraceHeader>"
                                + "<edXML:OrganId>000.00.00.H41</edXML:OrganId></edXML:TraceHeader></edXML:TraceHeaderList>"),
                "EDXML-STA-019",
                WARNING,
                WARNING,
                INFO,
                "/edXMLHeader/TraceHeaderList");
        expectOne(
                edit(
                        s,
                        "</edXML:edXMLHeader>",
                        "</edXML:edXMLHeader><edXML:edXMLBody><edXML:edXMLManifest "
                                + "version=\"1.0\"/></edXML:edXMLBody>"),
                "EDXML-STA-019",
                WARNING,
                WARNING,
                INFO,
                "/edXMLBody");
        Finding f = expectOne(
                edit(s, "<edXML:StatusCode>", "<edXML:Subject>V/v thử</edXML:Subject><edXML:StatusCode>"),
                "EDXML-STA-019",
                WARNING,
                WARNING,
                INFO,
                MH + "/Subject");
        assertTrue(f.messageEn().startsWith("The status package carries Subject,"), f.messageEn());
        absent(arrived(), "EDXML-STA-019");
        absent(bytes(edoc()), "EDXML-STA-019");
    }

    @Test
    void sta020ResponseForCodeAgreesWithDocumentId() {
        Finding f = expectOne(
                bytes(status(statusHeader(StatusCode.ARRIVED)
                        .responseFor(
                                ResponseFor.of(SENDER, "7861/VPCP-TTĐT", DOCUMENT_ID, LocalDate.of(2025, 10, 13))))),
                "EDXML-STA-020",
                INFO,
                INFO,
                null,
                MH + "/ResponseFor/Code");
        assertTrue(f.messageEn().startsWith("ResponseFor/Code 7861/VPCP-TTĐT differs"), f.messageEn());
        absent(arrived(), "EDXML-STA-020");
        absent(
                bytes(status(statusHeader(StatusCode.ARRIVED)
                        .responseFor(ResponseFor.of(
                                SENDER, "7861/VPCP-TTĐT", "9fbfbad2-f1f8-4256-a2eb-50fb1061cddb", null)))),
                "EDXML-STA-020");
    }

    @Test
    void vietnameseAndEnglishTextsInSync() {
        RxFixtures.assertBundlesInSync("sta");
    }
}
