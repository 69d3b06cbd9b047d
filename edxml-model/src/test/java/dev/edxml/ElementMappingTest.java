package dev.edxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.DocumentCategory;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.OtherInfo;
import dev.edxml.model.Priority;
import dev.edxml.model.Provenance;
import dev.edxml.model.ReceiverType;
import dev.edxml.model.ReplacementInfo;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.StaffInfo;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.SteeringType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every element of both package kinds lands in its own field: a package where each element has a distinct value is
 * read, and each value is checked where it belongs (a round trip alone would not notice two fields swapped).
 */
class ElementMappingTest {
    private static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    private static String org(String tag, String p) {
        return "<" + tag + "><OrganId>" + p + ".id</OrganId><OrganizationInCharge>" + p
                + ".charge</OrganizationInCharge>"
                + "<OrganName>" + p + ".name</OrganName><OrganAdd>" + p + ".add</OrganAdd><Email>" + p + ".mail</Email>"
                + "<Telephone>" + p + ".tel</Telephone><Fax>" + p + ".fax</Fax><Website>" + p + ".web</Website></" + tag
                + ">";
    }

    private static String staff(String p) {
        return "<StaffInfo><Department>" + p + ".dep</Department><DepartmentId>" + p + ".depid</DepartmentId><Staff>"
                + p
                + ".staff</Staff><StaffId>" + p + ".staffid</StaffId><Email>" + p + ".mail</Email><Mobile>" + p
                + ".mob</Mobile></StaffInfo>";
    }

    static final String EDOC = "<edXML xmlns=\"" + NS + "\"><edXMLEnvelope><edXMLHeader><MessageHeader>"
            + org("From", "f") + org("To", "t1") + org("To", "t2")
            + "<Code><CodeNumber>num</CodeNumber><CodeNotation>not</CodeNotation></Code>"
            + "<PromulgationInfo><Place>place</Place><PromulgationDate>2020/01/02</PromulgationDate></PromulgationInfo>"
            + "<DocumentType><Type>2</Type><TypeDetail>18</TypeDetail><TypeName>tname</TypeName></DocumentType>"
            + "<Subject>subj</Subject><Content>cont</Content>"
            + "<SignerInfo><Competence>comp</Competence><Position>pos</Position><FullName>fname</FullName></SignerInfo>"
            + "<DueDate>2020/02/03</DueDate><ToPlaces><Place>tp1</Place><Place>tp2</Place></ToPlaces>"
            + "<OtherInfo><Priority>3</Priority><SphereOfPromulgation>sphere</SphereOfPromulgation>"
            + "<TyperNotation>typer</TyperNotation><PromulgationAmount>7</PromulgationAmount><PageAmount>8</PageAmount>"
            + "<ReplyFors>rf</ReplyFors><Direction>true</Direction><ReferenceCodes>refc</ReferenceCodes>"
            + "<Appendixes><Appendix>ap1</Appendix><Appendix>ap2</Appendix></Appendixes></OtherInfo>"
            + "<ResponseFor><OrganId>r1.id</OrganId><Code>r1.code</Code><PromulgationDate>2019/03/04</PromulgationDate>"
            + "<DocumentId>r1.doc</DocumentId></ResponseFor>"
            + "<ResponseFor><OrganId>r2.id</OrganId><Code>r2.code</Code><DocumentId>r2.doc</DocumentId></ResponseFor>"
            + "<SteeringType>2</SteeringType><DocumentId>docid</DocumentId>"
            + "<ResponseForTask><TaskCode>task1</TaskCode><TaskCode>task2</TaskCode></ResponseForTask>"
            + "<ApplicationType>app</ApplicationType></MessageHeader>"
            + "<TraceHeaderList><TraceHeader><OrganId>h1</OrganId><Timestamp>2020/01/02 03:04:05</Timestamp></TraceHeader>"
            + "<TraceHeader><Timestamp>2020/01/02 03:04:06</Timestamp></TraceHeader>"
            + "<Business><DocumentId>bdoc</DocumentId><BusinessDocType>3</BusinessDocType>"
            + "<BusinessDocReason>why</BusinessDocReason><Paper>1</Paper>"
            + "<BusinessDocumentInfo><DocumentInfo>1</DocumentInfo><DocumentReceiver>0</DocumentReceiver>"
            + "<ReceiverList><Receiver><ReceiverType>1</ReceiverType><OrganId>rc1</OrganId></Receiver></ReceiverList>"
            + "</BusinessDocumentInfo>"
            + "<ReplacementInfoList><ReplacementInfo><DocumentId>old</DocumentId><OrganIdList><OrganId>o1</OrganId>"
            + "<OrganId>o2</OrganId></OrganIdList></ReplacementInfo></ReplacementInfoList>" + staff("s")
            + "</Business></TraceHeaderList></edXMLHeader>"
            + "<edXMLBody><Manifest version=\"1.0\"><Reference><ContentId>cid:a</ContentId><ContentType>mct</ContentType>"
            + "<Description>mdesc</Description><AttachmentName>mname</AttachmentName></Reference></Manifest></edXMLBody>"
            + "</edXMLEnvelope><AttachmentEncoded><Attachment><ContentId>cid:a</ContentId><AttachmentName>aname</AttachmentName>"
            + "<Description>adesc</Description><FieldName>field</FieldName><MimeType>mime</MimeType>"
            + "<ContentType>act</ContentType><Format>fmt</Format>"
            + "<ContentTransferEncoded>QUJD</ContentTransferEncoded></Attachment></AttachmentEncoded></edXML>";

    private static void assertOrg(String p, Organization o) {
        assertEquals(p + ".id", o.organId().orElseThrow().value());
        assertEquals(p + ".charge", o.organizationInCharge().orElseThrow());
        assertEquals(p + ".name", o.name().orElseThrow());
        assertEquals(p + ".add", o.address().orElseThrow());
        assertEquals(p + ".mail", o.email().orElseThrow());
        assertEquals(p + ".tel", o.telephone().orElseThrow());
        assertEquals(p + ".fax", o.fax().orElseThrow());
        assertEquals(p + ".web", o.website().orElseThrow());
        assertTrue(o.extensions().isEmpty());
    }

    private static void assertStaff(String p, StaffInfo s) {
        assertEquals(
                List.of(p + ".dep", p + ".depid", p + ".staff", p + ".staffid", p + ".mail", p + ".mob"),
                List.of(
                        s.department().orElseThrow(),
                        s.departmentId().orElseThrow(),
                        s.staff().orElseThrow(),
                        s.staffId().orElseThrow(),
                        s.email().orElseThrow(),
                        s.mobile().orElseThrow()));
    }

    @Test
    void everyDocumentPackageElementHasItsField() throws Exception {
        EdocPackage p = (EdocPackage) Edxml.parse(EDOC);
        MessageHeader h = p.header();
        assertOrg("f", h.from().orElseThrow());
        assertOrg("t1", h.to().get(0));
        assertOrg("t2", h.to().get(1));
        assertEquals("docid", h.documentId().orElseThrow());
        assertEquals("num", h.code().orElseThrow().number().orElseThrow());
        assertEquals("not", h.code().orElseThrow().notation().orElseThrow());
        assertEquals("place", h.promulgationInfo().orElseThrow().place().orElseThrow());
        assertEquals(
                "2020/01/02",
                h.promulgationInfo().orElseThrow().date().orElseThrow().text());
        assertEquals(
                DocumentCategory.ADMINISTRATIVE,
                h.documentType().orElseThrow().category().orElseThrow());
        assertEquals(18, h.documentType().orElseThrow().detail().orElseThrow());
        assertEquals("tname", h.documentType().orElseThrow().name().orElseThrow());
        assertEquals("subj", h.subject().orElseThrow());
        assertEquals("cont", h.content().orElseThrow());
        assertEquals("comp", h.signerInfo().orElseThrow().competence().orElseThrow());
        assertEquals("pos", h.signerInfo().orElseThrow().position().orElseThrow());
        assertEquals("fname", h.signerInfo().orElseThrow().fullName().orElseThrow());
        assertEquals("2020/02/03", h.dueDate().orElseThrow().text());
        assertEquals(List.of("tp1", "tp2"), h.toPlaces());
        OtherInfo o = h.otherInfo().orElseThrow();
        assertEquals(Priority.FLASH, o.priority().orElseThrow());
        assertEquals("sphere", o.sphereOfPromulgation().orElseThrow());
        assertEquals("typer", o.typerNotation().orElseThrow());
        assertEquals(7, o.promulgationAmount().orElseThrow());
        assertEquals(8, o.pageAmount().orElseThrow());
        assertEquals("rf", o.replyFors().orElseThrow());
        assertEquals(true, o.direction().orElseThrow());
        assertEquals("refc", o.referenceCodes().orElseThrow());
        assertEquals(List.of("ap1", "ap2"), o.appendixes());
        ResponseFor r1 = h.responseFor().get(0);
        assertEquals(
                List.of("r1.id", "r1.code", "r1.doc", "2019/03/04"),
                List.of(
                        r1.organId().orElseThrow().value(),
                        r1.code().orElseThrow(),
                        r1.documentId().orElseThrow(),
                        r1.promulgationDate().orElseThrow().text()));
        assertEquals("r2.doc", h.responseFor().get(1).documentId().orElseThrow());
        assertEquals(SteeringType.STEERING_REPORT, h.steeringType().orElseThrow());
        assertEquals(List.of("task1", "task2"), h.responseForTask());
        assertEquals("app", h.applicationType().orElseThrow());
        assertTrue(h.extensions().isEmpty(), "nothing left over: " + h.extensions());

        EdocPackage t = p;
        assertEquals("h1", t.traceHeaders().get(0).organId().orElseThrow().value());
        assertEquals(
                "2020/01/02 03:04:05",
                t.traceHeaders().get(0).timestamp().orElseThrow().text());
        assertTrue(t.traceHeaders().get(1).organId().isEmpty());
        Business b = t.business().orElseThrow();
        assertEquals("bdoc", b.documentId().orElseThrow());
        assertEquals(BusinessDocType.REPLACE, b.type().orElseThrow());
        assertEquals("why", b.reason().orElseThrow());
        assertEquals(1, b.paper().orElseThrow());
        assertEquals(1, b.documentInfos().get(0).documentInfo().orElseThrow());
        assertEquals(0, b.documentInfos().get(0).documentReceiver().orElseThrow());
        var receiver = b.documentInfos().get(0).receivers().get(0);
        assertEquals("rc1", receiver.organId().orElseThrow().value());
        assertEquals(ReceiverType.ADDED, receiver.type().orElseThrow());
        ReplacementInfo ri = b.replacements().get(0);
        assertEquals("old", ri.documentId().orElseThrow());
        assertEquals(
                List.of("o1", "o2"),
                ri.organIds().stream().map(Object::toString).toList());
        assertStaff("s", b.staffInfos().get(0));
        assertTrue(b.extensions().isEmpty(), "nothing left over: " + b.extensions());
        assertTrue(p.provenance()
                .quirks()
                .containsAll(List.of(
                        Provenance.Quirk.BUSINESS_SPELLING,
                        Provenance.Quirk.MANIFEST_ALIAS,
                        Provenance.Quirk.CID_PREFIX)));

        var ref = p.manifest().orElseThrow().references().get(0);
        assertEquals(
                List.of("cid:a", "mct", "mdesc", "mname"),
                List.of(
                        ref.contentId().orElseThrow(),
                        ref.contentType().orElseThrow(),
                        ref.description().orElseThrow(),
                        ref.attachmentName().orElseThrow()));
        assertEquals("1.0", p.manifest().orElseThrow().version().orElseThrow());
        var a = p.attachments().get(0);
        assertEquals(
                List.of("cid:a", "aname", "adesc", "field", "mime", "act", "fmt"),
                List.of(
                        a.contentId().orElseThrow(),
                        a.name().orElseThrow(),
                        a.description().orElseThrow(),
                        a.fieldName().orElseThrow(),
                        a.mimeType().orElseThrow(),
                        a.contentType().orElseThrow(),
                        a.format().orElseThrow()));
        assertEquals(3, a.content().size());
        assertTrue(!p.hasExtensions(), "nothing left over: " + p);
        // and the regulation's spelling is what comes out
        String written = new String(Edxml.toBytes(p), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(written.contains("<edXML:BussinessDocType>3</edXML:BussinessDocType>")
                && !written.contains("Business"));
        assertEquals(p, Edxml.parse(written));
    }

    @Test
    void everyStatusPackageElementHasItsField() throws Exception {
        String xml = "<edXML xmlns=\"" + NS + "\"><edXMLEnvelope><edXMLHeader><MessageHeader>" + org("From", "f")
                + "<ResponseFor><OrganId>r.id</OrganId><Code>r.code</Code><DocumentId>r.doc</DocumentId>"
                + "<PromulgationDate>2019/03/04</PromulgationDate></ResponseFor>" + staff("s")
                + "<StatusCode> 02 </StatusCode><Description>desc</Description><Timestamp>2020/01/02 03:04:05</Timestamp>"
                + "</MessageHeader></edXMLHeader></edXMLEnvelope></edXML>";
        StatusPackage p = (StatusPackage) Edxml.parse(xml);
        StatusHeader h = p.header();
        assertOrg("f", h.from().orElseThrow());
        ResponseFor r = h.responseFor().orElseThrow();
        assertEquals(
                List.of("r.id", "r.code", "r.doc", "2019/03/04"),
                List.of(
                        r.organId().orElseThrow().value(),
                        r.code().orElseThrow(),
                        r.documentId().orElseThrow(),
                        r.promulgationDate().orElseThrow().text()));
        assertStaff("s", h.staffInfo().orElseThrow());
        assertEquals(StatusCode.REJECTED, h.statusCode().orElseThrow(), "codes are trimmed as the SDK does");
        assertEquals("desc", h.description().orElseThrow());
        assertEquals(
                java.time.Instant.parse("2020-01-01T20:04:05Z"),
                h.timestamp().orElseThrow().instant().orElseThrow());
        assertTrue(h.extensions().isEmpty(), "nothing left over: " + h.extensions());
    }

    @Test
    void unknownContentIsKeptWhereItStood() throws Exception {
        String xml = "<edXML xmlns=\"" + NS + "\" xmlns:v=\"urn:vendor\" v:build=\"7\"><edXMLEnvelope><edXMLHeader>"
                + "<MessageHeader><From><OrganId>G22</OrganId><v:Note lang=\"vi\">ghi chú</v:Note></From>"
                + "<ToPlaces><Place>a</Place><v:Extra>x</v:Extra></ToPlaces><Subject>s</Subject><Subject>again</Subject>"
                + "</MessageHeader><v:HeaderThing/></edXMLHeader><edXMLBody><Content>gateway text</Content></edXMLBody>"
                + "</edXMLEnvelope><v:Trailer>t</v:Trailer></edXML>";
        EdocPackage p = (EdocPackage) Edxml.parse(xml);
        var note = p.header().from().orElseThrow().extensions().elements().get(0);
        assertEquals("urn:vendor", note.namespace());
        assertEquals("ghi chú", note.text());
        assertEquals("vi", note.attributes().get("lang"));
        assertEquals(List.of("a"), p.header().toPlaces());
        var left = p.header().extensions().elements();
        assertEquals(
                List.of("Subject", "ToPlaces"),
                left.stream().map(e -> e.localName()).toList());
        assertEquals("again", left.get(0).text());
        assertEquals("HeaderThing", p.headerExtensions().elements().get(0).localName());
        assertEquals("Content", p.bodyExtensions().elements().get(0).localName());
        assertEquals("Trailer", p.rootExtensions().elements().get(0).localName());
        assertEquals("7", p.rootExtensions().attributes().get("{urn:vendor}build"));
        assertTrue(p.provenance().quirks().contains(Provenance.Quirk.UNKNOWN_CONTENT));
        byte[] once = Edxml.toBytes(p);
        EdocPackage again = (EdocPackage) Edxml.parse(once);
        assertEquals(p, again);
        assertEquals(
                new String(once, java.nio.charset.StandardCharsets.UTF_8),
                new String(Edxml.toBytes(again), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void statusPackagesKeepABodyAndNeedAStatusCode() throws Exception {
        String xml =
                "<edXML xmlns=\"" + NS + "\"><edXMLEnvelope><edXMLHeader><MessageHeader><StatusCode>01</StatusCode>"
                        + "</MessageHeader></edXMLHeader><edXMLBody><Note>n</Note></edXMLBody></edXMLEnvelope></edXML>";
        StatusPackage p = (StatusPackage) Edxml.parse(xml);
        assertEquals("Note", p.bodyExtensions().elements().get(0).localName());
        assertEquals(p, Edxml.parse(Edxml.toBytes(p)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> StatusPackage.builder()
                .header(StatusHeader.builder().description("no code").build())
                .build());
    }
}
