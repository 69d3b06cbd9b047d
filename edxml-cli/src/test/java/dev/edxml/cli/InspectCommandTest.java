package dev.edxml.cli;

import static dev.edxml.cli.JsonParser.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.EdxmlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, dev.edxml.model.EdxmlPackage pkg) throws IOException {
        Path file = dir.resolve(name);
        Edxml.write(pkg, file);
        return file;
    }

    private Object json(Path file) {
        CliRun run = CliRun.of("inspect", file.toString(), "--json");
        assertEquals(0, run.code(), run::toString);
        assertEquals("", run.err(), run::toString);
        return JsonParser.parse(run.out());
    }

    @Test
    void jsonOfADocumentPackageHasTheContractsKeys() throws IOException {
        Object o = json(write("edoc.edxml", Packages.edoc(null)));
        assertEquals("edoc", at(o, "kind"));
        assertEquals(Packages.DOCUMENT_ID, at(o, "documentId"));
        assertEquals("000.00.00.G22", at(o, "from.organId"));
        assertEquals("Văn phòng Chính phủ", at(o, "from.name"));
        assertEquals(2, ((List<?>) at(o, "to")).size());
        assertEquals("000.00.00.H41", at(o, "to.0.organId"));
        assertEquals("000.00.00.H14", at(o, "to.1.organId"));
        assertEquals("7816", at(o, "code.number"));
        assertEquals("VPCP-TTĐT", at(o, "code.notation"));
        assertEquals("2025-03-07", at(o, "promulgationDate"));
        assertEquals("V/v \"kiểm thử\" lệnh C:\\edxml", at(o, "subject"));
        assertEquals("0", at(o, "business.type"));
        assertEquals("000.00.00.G22", at(o, "trace.0.organId"));
        assertEquals("2025/03/07 08:30:00", at(o, "trace.0.timestamp"));
        assertEquals("2025-03-07T08:30:00+07:00", at(o, "trace.0.time"));
        assertFalse(((Map<?, ?>) o).containsKey("statusCode"), "statusCode is for status packages only");

        assertEquals("att-1", at(o, "attachments.0.contentId"));
        assertEquals("cong-van.pdf", at(o, "attachments.0.name"));
        assertEquals("application/pdf", at(o, "attachments.0.contentType"));
        assertEquals((long) Packages.SIGNED_PDF.length, at(o, "attachments.0.size"));
        assertEquals("pdf", at(o, "attachments.0.payloadType"));
        assertEquals(true, at(o, "attachments.0.pdfSigned"));
        assertEquals("att-2", at(o, "attachments.1.contentId"));
        assertEquals((long) Packages.NOTE.length, at(o, "attachments.1.size"));
        assertEquals("other", at(o, "attachments.1.payloadType"));
        assertNull(at(o, "attachments.1.pdfSigned"));
        assertEquals("none", at(o, "signature.kind"));

        // each PDF's signatures: signer, time, coverage and verdict; without --trust only their integrity is judged
        assertEquals("intact-untrusted", at(o, "attachments.0.pdf.verdict"));
        assertEquals(false, at(o, "attachments.0.pdf.trustChecked"));
        assertEquals("Văn phòng Chính phủ", at(o, "attachments.0.pdf.signatures.0.signer.commonName"));
        assertEquals("whole-file", at(o, "attachments.0.pdf.signatures.0.coverage"));
        assertTrue(((String) at(o, "attachments.0.pdf.signatures.0.claimedSigningTime")).endsWith("Z"));
        assertNull(at(o, "attachments.1.pdf"));
    }

    @Test
    void withTrustAnchorsThePdfVerdictIsJudged() throws Exception {
        Path file = write("edoc-trust.edxml", Packages.edoc(null));
        Path anchor = dev.edxml.sign.TestPki.pem(dir.resolve("pdf-root.pem"), Packages.PDF_PKI.root);
        CliRun run = CliRun.of("inspect", "--json", "--trust", anchor.toString(), file.toString());
        Object o = JsonParser.parse(run.out());
        assertEquals("valid", at(o, "attachments.0.pdf.verdict"), run::toString);
        assertEquals(true, at(o, "attachments.0.pdf.signatures.0.valid"));
    }

    @Test
    void jsonTellsTheSignatureKind() throws IOException {
        Object signed = json(write("signed.edxml", Packages.edoc(Packages.xmldsig("CN=Nguyễn Văn An, O=VPCP, C=VN"))));
        assertEquals("xmldsig", at(signed, "signature.kind"));
        assertEquals("CN=Nguyễn Văn An, O=VPCP, C=VN", at(signed, "signature.claimedSubject"));
        Object legacy = json(write("legacy.edxml", Packages.edoc(Packages.legacyPlaceholder())));
        assertEquals("legacy-placeholder", at(legacy, "signature.kind"));
    }

    @Test
    void jsonOfAStatusPackageHasTheStatusCode() throws IOException {
        Object o = json(write("status.edxml", Packages.status()));
        assertEquals("status", at(o, "kind"));
        assertEquals("03", at(o, "statusCode"));
        assertEquals("000.00.00.H41", at(o, "from.organId"));
        assertEquals(Packages.DOCUMENT_ID, at(o, "documentId"));
        assertEquals("7816", at(o, "code.number"));
        assertEquals("VPCP-TTĐT", at(o, "code.notation"));
        assertEquals("2025-03-07", at(o, "promulgationDate"));
        assertEquals(List.of(), at(o, "attachments"));
        assertEquals("none", at(o, "signature.kind"));
    }

    @Test
    void textIsVietnameseByDefault() throws IOException {
        Path file = write("edoc.edxml", Packages.edoc(Packages.legacyPlaceholder()));
        CliRun run = CliRun.of("inspect", file.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().startsWith("Gói tin văn bản điện tử theo QCVN 102:2016/BTTTT\n"), run::toString);
        for (String expected : List.of(
                "Đơn vị gửi:",
                "000.00.00.G22  Văn phòng Chính phủ",
                "000.00.00.H14  UBND Tỉnh Cao Bằng",
                "7816/VPCP-TTĐT",
                "07/03/2025 tại Hà Nội",
                "Công văn",
                "KT. BỘ TRƯỞNG, Thứ trưởng, Nguyễn Văn An",
                "Văn bản điện tử mới",
                "000.00.00.G22 lúc 2025/03/07 08:30:00",
                "1. cong-van.pdf",
                "PDF có chữ ký số",
                "2. ghi-chu.txt",
                "khối chữ ký giữ chỗ của SDK cũ")) {
            assertTrue(run.out().contains(expected), () -> "missing \"" + expected + "\" in\n" + run);
        }
    }

    @Test
    void textIsEnglishWithLangEnBeforeOrAfterTheCommand() throws IOException {
        Path file = write("edoc.edxml", Packages.edoc(Packages.xmldsig("CN=Test")));
        CliRun before = CliRun.of("--lang", "en", "inspect", file.toString());
        CliRun after = CliRun.of("inspect", file.toString(), "--lang=en");
        assertEquals(0, before.code(), before::toString);
        assertEquals(before.out(), after.out());
        for (String expected : List.of(
                "Document package, QCVN 102:2016/BTTTT",
                "Sender:",
                "Receivers:",
                "2025-03-07, Hà Nội",
                "Official letter",
                "New document",
                "000.00.00.G22 at 2025/03/07 08:30:00",
                "PDF carries a digital signature",
                "W3C XML-DSig signature present",
                "CN=Test")) {
            assertTrue(before.out().contains(expected), () -> "missing \"" + expected + "\" in\n" + before);
        }
        assertFalse(before.out().contains("Đơn vị"), before::toString);
    }

    @Test
    void malformedXmlIsRejectedWithItsPosition() throws IOException {
        Path file = dir.resolve("broken.edxml");
        Files.writeString(
                file,
                "<?xml version=\"1.0\"?>\n<edXML xmlns=\"" + Edxml.IMPLEMENTS.namespace() + "\">\n  <open>\n</edXML>\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("inspect", file.toString());
        assertEquals(1, run.code(), run::toString);
        assertEquals("", run.out());
        assertTrue(
                run.err()
                        .matches("(?s)" + java.util.regex.Pattern.quote(file.toString())
                                + ":\\d+:\\d+: EDXML-ENV-001 .*"),
                run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void aDoctypeIsRejectedInTheChosenLanguage() throws IOException {
        Path file = dir.resolve("dtd.edxml");
        Files.writeString(
                file,
                "<?xml version=\"1.0\"?>\n<!DOCTYPE edXML [<!ENTITY x \"y\">]>\n<edXML xmlns=\""
                        + Edxml.IMPLEMENTS.namespace() + "\">&x;</edXML>\n",
                StandardCharsets.UTF_8);
        String vi = new EdxmlException("EDXML-ENV-002").message(new Locale("vi"));
        String en = new EdxmlException("EDXML-ENV-002").message(Locale.ENGLISH);
        CliRun runVi = CliRun.of("inspect", file.toString(), "--json");
        assertEquals(1, runVi.code(), runVi::toString);
        assertEquals("", runVi.out());
        assertTrue(runVi.err().startsWith(file + ":"), runVi::toString);
        assertTrue(runVi.err().contains("EDXML-ENV-002 " + vi), runVi::toString);
        CliRun runEn = CliRun.of("--lang", "en", "inspect", file.toString());
        assertEquals(1, runEn.code(), runEn::toString);
        assertTrue(runEn.err().contains("EDXML-ENV-002 " + en), runEn::toString);
        assertNoStackTrace(runVi);
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        Path file = dir.resolve("broken.edxml");
        Files.writeString(file, "<edXML", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("--debug", "inspect", file.toString());
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.err().contains("\tat "), run::toString);
    }

    @Test
    void aMissingFileMeansTheCommandCouldNotRun() {
        Path file = dir.resolve("khong-co.edxml");
        CliRun run = CliRun.of("inspect", file.toString());
        assertEquals(2, run.code(), run::toString);
        assertEquals(file + ": không tìm thấy tệp\n", run.err().replace("\r\n", "\n"));
        CliRun en = CliRun.of("inspect", file.toString(), "--lang", "en");
        assertEquals(file + ": no such file\n", en.err().replace("\r\n", "\n"));
    }

    @Test
    void aFolderMeansTheCommandCouldNotRun() {
        CliRun run = CliRun.of("--lang", "en", "inspect", dir.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("is a folder"), run::toString);
    }

    @Test
    void anUnknownOptionMeansTheCommandCouldNotRun() {
        CliRun run = CliRun.of("inspect", "--jsn", "x.edxml");
        assertEquals(2, run.code(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().contains("--jsn"), run::toString);
        assertNoStackTrace(run);
        assertEquals(2, CliRun.of("--lang", "fr", "demo").code());
        assertEquals(2, CliRun.of().code());
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run::toString);
    }
}
