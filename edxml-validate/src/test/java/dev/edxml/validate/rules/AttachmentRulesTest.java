package dev.edxml.validate.rules;

import static dev.edxml.Severity.ERROR;
import static dev.edxml.Severity.INFO;
import static dev.edxml.Severity.WARNING;
import static dev.edxml.validate.rules.RxFixtures.OLE;
import static dev.edxml.validate.rules.RxFixtures.PDF;
import static dev.edxml.validate.rules.RxFixtures.absent;
import static dev.edxml.validate.rules.RxFixtures.business;
import static dev.edxml.validate.rules.RxFixtures.bytes;
import static dev.edxml.validate.rules.RxFixtures.edit;
import static dev.edxml.validate.rules.RxFixtures.edoc;
import static dev.edxml.validate.rules.RxFixtures.expect;
import static dev.edxml.validate.rules.RxFixtures.expectOne;
import static dev.edxml.validate.rules.RxFixtures.file;
import static dev.edxml.validate.rules.RxFixtures.senderHop;
import static dev.edxml.validate.rules.RxFixtures.zip;
import static dev.edxml.validate.rules.RxFixtures.zipOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Finding;
import dev.edxml.model.Attachment;
import dev.edxml.model.AttachmentContent;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.Extensions;
import dev.edxml.model.Manifest;
import dev.edxml.model.ManifestReference;
import dev.edxml.validate.Profile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ATT rules: for each, a vector that triggers it (severity per profile, location) and one that does not. */
class AttachmentRulesTest {
    private static final String ATT = "/edXML/AttachmentEncoded/Attachment";
    private static final String REF = "/edXMLBody/edXMLManifest/Reference";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static ManifestReference ref(String id, String type, String name) {
        return new ManifestReference(
                Optional.ofNullable(id),
                Optional.ofNullable(type),
                Optional.empty(),
                Optional.ofNullable(name),
                Extensions.NONE);
    }

    /** One attachment, nothing else: the package's manifest is the SDK's (one reference for it). */
    private static byte[] only(Attachment a) {
        return bytes(edoc().attachments(List.of(a)));
    }

    private static Attachment raw(String id, String name, String type, byte[] content) {
        return new Attachment(
                Optional.ofNullable(id),
                Optional.ofNullable(name),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(type),
                Optional.empty(),
                AttachmentContent.ofBytes(content),
                Extensions.NONE);
    }

    @Test
    void aWellFormedPackageHasNoAttachmentFinding() {
        byte[] pkg = bytes(edoc().addAttachment(
                        file("cid:annex", "Phụ lục.docx", DOCX, zip("[Content_Types].xml", "<x/>")))
                .addAttachment(file("scan", "bản chụp.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}))
                .addAttachment(file("old", "Công văn.doc", "application/msword", OLE)));
        for (Profile p : RxFixtures.PROFILES) {
            List<Finding> att = RxFixtures.validate(p, pkg).findings().stream()
                    .filter(f -> f.code().startsWith("EDXML-ATT"))
                    .toList();
            assertTrue(att.isEmpty(), p + ": " + att);
        }
    }

    @Test
    void att020ReferenceWithoutAttachment() {
        EdocPackage.Builder b = edoc().attachments(List.of(file("cid:a", "a.pdf", "application/pdf", PDF)))
                .manifest(Manifest.of(
                        List.of(ref("cid:a", "application/pdf", "a.pdf"), ref("cid:b", "application/pdf", "b.pdf"))));
        Finding f = expectOne(bytes(b), "EDXML-ATT-020", ERROR, ERROR, WARNING, REF + "[2]/ContentId");
        assertEquals(
                "The manifest references ContentId cid:b (b.pdf), but no attachment has that content id",
                f.messageEn());
        absent(bytes(edoc()), "EDXML-ATT-020");
    }

    @Test
    void att021AttachmentNotReferenced() {
        EdocPackage.Builder b = edoc().attachments(List.of(
                        file("cid:a", "a.pdf", "application/pdf", PDF), file("b", "b.pdf", "application/pdf", PDF)))
                .manifest(Manifest.of(List.of(ref("a", "application/pdf", "a.pdf"))));
        expectOne(bytes(b), "EDXML-ATT-021", ERROR, ERROR, WARNING, ATT + "[2]/ContentId");
        absent(bytes(b), "EDXML-ATT-020");
        absent(bytes(edoc().noManifest()), "EDXML-ATT-021"); // no manifest at all is EDXML-ENV-026
    }

    @Test
    void att022AttachmentContentIdsUnique() {
        EdocPackage.Builder b = edoc().attachments(List.of(
                file("cid:x", "a.pdf", "application/pdf", PDF), file("x", "b.pdf", "application/pdf", PDF)));
        Finding f = expectOne(bytes(b), "EDXML-ATT-022", ERROR, ERROR, WARNING, ATT + "[2]/ContentId");
        assertTrue(f.messageEn().startsWith("The content id x is used by 2 attachments"), f.messageEn());
        absent(bytes(edoc().addAttachment(file("y", "b.pdf", "application/pdf", PDF))), "EDXML-ATT-022");
    }

    @Test
    void att023ReferenceContentIdsUnique() {
        EdocPackage.Builder b = edoc().attachments(List.of(file("x", "a.pdf", "application/pdf", PDF)))
                .manifest(Manifest.of(
                        List.of(ref("x", "application/pdf", "a.pdf"), ref("cid:x", "application/pdf", "a.pdf"))));
        expectOne(bytes(b), "EDXML-ATT-023", WARNING, WARNING, INFO, REF + "[2]/ContentId");
        absent(bytes(edoc()), "EDXML-ATT-023");
    }

    @Test
    void att024PairedOnlyByName() {
        EdocPackage.Builder b = edoc().attachments(List.of(file("cid:209", "a.pdf", "application/pdf", PDF)))
                .manifest(Manifest.of(List.of(ref("cid:210", "application/pdf", "a.pdf"))));
        expectOne(bytes(b), "EDXML-ATT-024", ERROR, ERROR, WARNING, REF + "/ContentId");
        absent(bytes(b), "EDXML-ATT-020", "EDXML-ATT-021");
        absent(bytes(edoc()), "EDXML-ATT-024");
    }

    @Test
    void att025ContentIdWrittenEmpty() {
        EdocPackage p = edoc().attachments(List.of(file("a-id", "a.pdf", "application/pdf", PDF)))
                .build();
        byte[] empty = edit(
                p,
                "<edXML:ContentId>a-id</edXML:ContentId>",
                "<edXML:ContentId></edXML:ContentId>",
                "<ContentId>a-id</ContentId>",
                "<ContentId> </ContentId>");
        List<Finding> fs = expect(empty, "EDXML-ATT-025", ERROR, ERROR, WARNING, 2, "/ContentId");
        assertTrue(
                fs.get(0).location().path().endsWith(REF + "/ContentId")
                        && fs.get(1).location().path().endsWith(ATT + "/ContentId"),
                fs.toString());
        assertEquals(
                "A Reference (a.pdf) has an empty ContentId; manifest and attachments cannot be paired",
                fs.get(0).messageEn());
        absent(bytes(edoc()), "EDXML-ATT-025");
        // missing altogether: the schema's EDXML-ENV-032
        absent(
                bytes(edoc().attachments(List.of(raw(null, "a.pdf", "application/pdf", PDF)))
                        .manifest(Manifest.of(List.of(ref(null, "application/pdf", "a.pdf"))))),
                "EDXML-ATT-025");
    }

    @Test
    void att026NameWrittenEmpty() {
        EdocPackage p = edoc().attachments(List.of(file("a", "a.pdf", "application/pdf", PDF)))
                .build();
        byte[] empty = edit(
                p,
                "<edXML:AttachmentName>a.pdf</edXML:AttachmentName>",
                "<edXML:AttachmentName/>",
                "<AttachmentName>a.pdf</AttachmentName>",
                "<AttachmentName></AttachmentName>");
        List<Finding> fs = expect(empty, "EDXML-ATT-026", ERROR, ERROR, WARNING, 2, "/AttachmentName");
        assertTrue(
                fs.get(0).location().path().endsWith(REF + "/AttachmentName")
                        && fs.get(1).location().path().endsWith(ATT + "/AttachmentName"),
                fs.toString());
        assertEquals(
                "A Attachment (ContentId a) has an empty AttachmentName",
                fs.get(1).messageEn());
        absent(bytes(edoc()), "EDXML-ATT-026");
        absent(only(raw("a", null, "application/pdf", PDF)), "EDXML-ATT-026"); // missing: EDXML-ENV-032
    }

    @Test
    void att027UnsafeName() {
        List<Finding> fs = expect(
                only(file("a", "..\\..\\Windows\\a.pdf", "application/pdf", PDF)),
                "EDXML-ATT-027",
                ERROR,
                ERROR,
                WARNING,
                2,
                "/AttachmentName");
        assertTrue(fs.get(1).messageEn().endsWith("it contains \\"), fs.get(1).messageEn());
        Finding bidi = expect(
                        only(file("a", "hoadon\u202Efdp.exe", "application/pdf", PDF)),
                        "EDXML-ATT-027",
                        ERROR,
                        ERROR,
                        WARNING,
                        2,
                        "/AttachmentName")
                .get(1);
        assertEquals(
                "The file name hoadon\\u202Efdp.exe is not safe to save as given: it contains U+202E",
                bidi.messageEn());
        expect(only(file("a", "..", "application/pdf", PDF)), "EDXML-ATT-027", ERROR, ERROR, WARNING, 2, "");
        absent(only(file("a", "Quyết định số 12..bản cuối.pdf", "application/pdf", PDF)), "EDXML-ATT-027");
    }

    @Test
    void att028NameTooLong() {
        String name = "v".repeat(497) + ".pdf";
        Finding f = expect(
                        only(file("a", name, "application/pdf", PDF)),
                        "EDXML-ATT-028",
                        WARNING,
                        WARNING,
                        INFO,
                        2,
                        "/AttachmentName")
                .get(1);
        assertTrue(f.messageEn().endsWith("has 501 characters, more than 500"), f.messageEn());
        absent(only(file("a", "v".repeat(496) + ".pdf", "application/pdf", PDF)), "EDXML-ATT-028");
    }

    @Test
    void att030ContentTypeWrittenEmpty() {
        EdocPackage p = edoc().attachments(List.of(file("a", "a.pdf", "application/pdf", PDF)))
                .build();
        Finding f = expectOne(
                edit(p, "<ContentType>application/pdf</ContentType>", "<ContentType></ContentType>"),
                "EDXML-ATT-030",
                WARNING,
                WARNING,
                INFO,
                ATT + "/ContentType");
        assertTrue(f.messageEn().endsWith("(its bytes look like application/pdf)"), f.messageEn());
        absent(bytes(edoc()), "EDXML-ATT-030");
        absent(only(raw("a", "a.pdf", null, PDF)), "EDXML-ATT-030"); // missing: EDXML-ENV-032
    }

    @Test
    void att031DeclaredTypeContradictsTheBytes() {
        Finding f = expectOne(
                only(file("a", "a.doc", "application/msword", PDF)),
                "EDXML-ATT-031",
                ERROR,
                ERROR,
                WARNING,
                ATT + "/ContentType");
        assertEquals(
                "The attachment a.doc is declared as application/msword, but its bytes start like PDF (%PDF-)",
                f.messageEn());
        Finding text = expectOne(
                only(file("a", "a.pdf", "application/pdf", "xin chào".getBytes(StandardCharsets.UTF_8))),
                "EDXML-ATT-031",
                ERROR,
                ERROR,
                WARNING,
                ATT + "/ContentType");
        assertTrue(text.messageEn().endsWith("start like 0x78696E20"), text.messageEn());
        expectOne(only(file("a", "a.png", "image/png", PDF)), "EDXML-ATT-031", ERROR, ERROR, WARNING, "/ContentType");
        expectOne(only(file("a", "a.zip", DOCX, OLE)), "EDXML-ATT-031", ERROR, ERROR, WARNING, "/ContentType");
        // issue 15: a "PDF" that is a PNG cannot be opened by the receiver; an error where it was a warning
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        Finding pdfPng = expectOne(
                only(file("a", "cong-van.pdf", "application/pdf", png)),
                "EDXML-ATT-031",
                ERROR,
                ERROR,
                WARNING,
                "/ContentType");
        assertTrue(pdfPng.messageEn().contains("declared as application/pdf"), pdfPng.messageEn());
        absent(bytes(edoc()), "EDXML-ATT-031");
        absent(only(file("a", "a.bin", "application/octet-stream", PDF)), "EDXML-ATT-031");
        absent(only(file("a", "a.doc", "application/zip", zipOf("x.doc", OLE))), "EDXML-ATT-031");
    }

    @Test
    void att032ZipConventionDeclaredAsZip() {
        Finding f = expectOne(
                only(file("a", "Công văn.doc", "application/zip", zipOf("6616e890.doc", OLE))),
                "EDXML-ATT-032",
                WARNING,
                INFO,
                null,
                ATT + "/ContentType");
        assertTrue(
                f.messageVi().startsWith("Tệp đính kèm Công văn.doc là tệp ZIP khai báo application/zip"),
                f.messageVi());
        expectOne(
                only(file("a", "Phụ lục.docx", "application/zip", zipOf("6616e890.docx", PDF))),
                "EDXML-ATT-032",
                WARNING,
                INFO,
                null,
                ATT + "/ContentType");
        absent(only(file("a", "hồ sơ.zip", "application/zip", zipOf("a.pdf", PDF))), "EDXML-ATT-032");
        absent(bytes(edoc()), "EDXML-ATT-032");
    }

    @Test
    void att033ZipConventionDeclaredAsSomethingElse() {
        expectOne(
                only(file("a", "1761211722949_TestTrucLienThong.pdf", "application/pdf", zipOf("x.pdf", PDF))),
                "EDXML-ATT-033",
                WARNING,
                WARNING,
                INFO,
                ATT + "/ContentType");
        absent(only(file("a", "a.pdf", "application/zip", zipOf("x.pdf", PDF))), "EDXML-ATT-033");
        absent(only(file("a", "a.docx", DOCX, zip("[Content_Types].xml", "<x/>"))), "EDXML-ATT-033");
    }

    @Test
    void att034ManifestAndAttachmentTypesAgree() {
        EdocPackage.Builder b = edoc().attachments(List.of(file("a", "a.pdf", "application/zip", zipOf("x.pdf", PDF))))
                .manifest(Manifest.of(List.of(ref("cid:a", "application/pdf", "a.pdf"))));
        Finding f = expectOne(bytes(b), "EDXML-ATT-034", WARNING, WARNING, INFO, REF + "/ContentType");
        assertEquals(
                "The manifest declares a.pdf as application/pdf but the attachment declares application/zip",
                f.messageEn());
        absent(
                bytes(edoc().attachments(List.of(file("a", "a.pdf", "application/pdf", PDF)))
                        .manifest(Manifest.of(List.of(ref("a", "Application/PDF; name=a.pdf", "a.pdf"))))),
                "EDXML-ATT-034");
    }

    @Test
    void att035NonStandardTypeOfTheOldSdk() {
        Finding f = expectOne(
                only(file("a", "a.doc", "application/doc", OLE)),
                "EDXML-ATT-035",
                INFO,
                INFO,
                null,
                ATT + "/ContentType");
        assertTrue(f.messageEn().endsWith("the standard type is application/msword"), f.messageEn());
        absent(only(file("a", "a.doc", "application/doc", OLE)), "EDXML-ATT-031");
        absent(only(file("a", "a.doc", "application/msword", OLE)), "EDXML-ATT-035");
    }

    @Test
    void att036UnusualFileType() {
        expectOne(
                only(file("a", "setup.exe", "application/octet-stream", "MZ".getBytes(StandardCharsets.US_ASCII))),
                "EDXML-ATT-036",
                WARNING,
                WARNING,
                INFO,
                ATT + "/AttachmentName");
        expectOne(
                only(file("a", "README", "text/plain", "x".getBytes(StandardCharsets.US_ASCII))),
                "EDXML-ATT-036",
                WARNING,
                WARNING,
                INFO,
                ATT + "/AttachmentName");
        absent(
                only(file("a", "Bản chụp.TIFF", "image/tiff", "II*".getBytes(StandardCharsets.US_ASCII))),
                "EDXML-ATT-036");
    }

    @Test
    void att040ZippedAttachmentsUnpackUnderTheUnzippersCodes() {
        byte[] corrupt = new byte[60];
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, corrupt, 0, 4);
        Finding f = expectOne(
                only(file("a", "a.doc", "application/zip", corrupt)),
                "EDXML-ATT-010",
                ERROR,
                ERROR,
                ERROR,
                ATT + "/ContentTransferEncoded");
        assertTrue(f.messageEn().startsWith("The zipped attachment a.doc is not a valid ZIP archive"), f.messageEn());
        assertTrue(f.clause().contains("zip convention"), f.clause());
        expectOne(
                only(file("a", "a.doc", "application/zip", zip("a.doc", "x", "b.doc", "y"))),
                "EDXML-ATT-011",
                ERROR,
                ERROR,
                ERROR,
                ATT + "/ContentTransferEncoded");
        expectOne(
                only(file("a", "a.doc", "application/zip", zip("../../a.doc", "x"))),
                "EDXML-ATT-014",
                ERROR,
                ERROR,
                ERROR,
                ATT + "/ContentTransferEncoded");
        absent(
                only(file("a", "a.doc", "application/zip", zipOf("x.doc", OLE))),
                "EDXML-ATT-010",
                "EDXML-ATT-011",
                "EDXML-ATT-014",
                "EDXML-ATT-040");
    }

    @Test
    void att041EmptyAttachment() {
        Finding f = expectOne(
                only(file("a", "a.pdf", "application/pdf", new byte[0])),
                "EDXML-ATT-041",
                ERROR,
                ERROR,
                WARNING,
                ATT + "/ContentTransferEncoded");
        assertEquals("Tệp đính kèm a.pdf rỗng (0 byte)", f.messageVi());
        absent(bytes(edoc()), "EDXML-ATT-041");
    }

    @Test
    void att042NewDocumentWithoutAttachment() {
        expectOne(bytes(edoc().attachments(List.of())), "EDXML-ATT-042", WARNING, WARNING, INFO, "/edXMLEnvelope");
        expectOne(
                bytes(edoc().business(null).traceHeaders(List.of()).attachments(List.of())),
                "EDXML-ATT-042",
                WARNING,
                WARNING,
                INFO,
                "");
        absent(bytes(edoc()), "EDXML-ATT-042");
        absent(
                bytes(edoc().attachments(List.of())
                        .business(
                                business(BusinessDocType.REVOKE).documentId("x").build())
                        .traceHeaders(List.of(senderHop()))),
                "EDXML-ATT-042");
    }

    @Test
    void att043NoPdfAmongTheAttachments() {
        Finding f =
                expectOne(only(file("a", "a.doc", "application/msword", OLE)), "EDXML-ATT-043", INFO, INFO, null, ATT);
        assertTrue(f.messageEn().startsWith("None of the 1 attachments is a PDF"), f.messageEn());
        absent(only(file("a", "a.pdf", "application/zip", zipOf("x.pdf", PDF))), "EDXML-ATT-043");
        absent(bytes(edoc()), "EDXML-ATT-043");
    }

    @Test
    void vietnameseAndEnglishTextsInSync() {
        RxFixtures.assertBundlesInSync("att");
    }
}
