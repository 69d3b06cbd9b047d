package dev.edxml.cli;

import static dev.edxml.cli.JsonParser.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.sign.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edxml verify}: 0 only for valid, trusted, whole-package signatures; 1 for every rejection; 2 when it can't run. */
class VerifyCommandTest {
    @TempDir
    Path dir;

    private SigningFixtures keys;
    private Path signed;

    @BeforeEach
    void setUp() throws Exception {
        keys = new SigningFixtures(dir);
        signed = keys.signed(dir.resolve("da-ky.edxml"), Packages.edoc(null));
    }

    private CliRun verify(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("verify"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(new String[0]));
    }

    @Test
    void aValidSignaturePassesInBothLanguages() {
        CliRun vi = verify(signed.toString(), "--trust", keys.root.toString());
        assertEquals(0, vi.code(), vi::toString);
        assertEquals("", vi.err(), vi::toString);
        assertTrue(vi.out().startsWith(signed + ": Chữ ký số hợp lệ. Người ký: Nguyễn Văn Ký"), vi::toString);
        assertTrue(vi.out().contains("Phạm vi: toàn bộ gói tin."), vi::toString);
        CliRun en = verify("--lang", "en", signed.toString(), "--trust", keys.root.toString());
        assertEquals(0, en.code(), en::toString);
        assertTrue(en.out().startsWith(signed + ": Valid signature. Signed by: Nguyễn Văn Ký"), en::toString);
        assertTrue(en.out().contains("INFO EDXML-SIG-020"), en::toString);
    }

    @Test
    void aTrustFolderWorksLikeAFile() throws Exception {
        Path anchors = Files.createDirectories(dir.resolve("anchors"));
        TestPki.pem(anchors.resolve("other.pem"), new TestPki("CA khác").root);
        Files.copy(keys.root, anchors.resolve("root.crt"));
        assertEquals(0, verify(signed.toString(), "--trust", anchors.toString()).code());
    }

    @Test
    void aTamperedPackageIsRejected() throws Exception {
        Path tampered = SigningFixtures.tampered(signed, dir.resolve("sua.edxml"), "kiểm thử", "kiểm tra");
        CliRun run = verify(tampered.toString(), "--trust", keys.root.toString());
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().startsWith(tampered + ": Chữ ký số KHÔNG hợp lệ."), run::toString);
        assertTrue(run.out().contains("LỖI EDXML-SIG-011"), run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void anUntrustedRootIsRejected() throws Exception {
        Path stranger = TestPki.pem(dir.resolve("la.pem"), new TestPki("CA lạ").root);
        CliRun run = verify(signed.toString(), "--trust", stranger.toString());
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().contains("LỖI EDXML-SIG-014"), run::toString);
    }

    @Test
    void anUnsignedPackageIsRejected() throws Exception {
        Path unsigned = SigningFixtures.write(dir.resolve("chua-ky.edxml"), Packages.edoc(null));
        CliRun run = verify(unsigned.toString(), "--trust", keys.root.toString());
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().startsWith(unsigned + ": Gói tin không có chữ ký số."), run::toString);
        assertTrue(run.out().contains("EDXML-SIG-001"), run::toString);
    }

    @Test
    void theLegacyPlaceholderIsRejectedInPlainWords() throws Exception {
        Path legacy = SigningFixtures.write(dir.resolve("sdk-cu.edxml"), Packages.edoc(Packages.legacyPlaceholder()));
        CliRun vi = verify(legacy.toString(), "--trust", keys.root.toString());
        assertEquals(1, vi.code(), vi::toString);
        assertTrue(
                vi.out()
                        .startsWith(legacy + ": Gói tin chỉ có khối chữ ký giữ chỗ của SDK cũ: các giá trị cố định, "
                                + "không ai kiểm tra được."),
                vi::toString);
        assertTrue(vi.out().contains("EDXML-SIG-002"), vi::toString);
        CliRun en = verify("--lang", "en", legacy.toString(), "--trust", keys.root.toString(), "--json");
        assertEquals(1, en.code(), en::toString);
        Object o = JsonParser.parse(en.out());
        assertEquals("legacy-placeholder", at(o, "kind"));
        assertEquals(false, at(o, "valid"));
        assertTrue(((String) at(o, "problems.0.message")).contains("nobody can verify it"), en::toString);
    }

    @Test
    void malformedInputIsRejected() throws Exception {
        Path broken = Files.writeString(dir.resolve("hong.edxml"), "<edXML><khong-dong>");
        CliRun run = verify(broken.toString(), "--trust", keys.root.toString());
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().contains("EDXML-SIG-021"), run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void jsonHasTheDocumentedKeys() {
        CliRun run = verify(signed.toString(), "--trust", keys.root.toString(), "--json");
        assertEquals(0, run.code(), run::toString);
        Object o = JsonParser.parse(run.out());
        assertTrue(o instanceof Map, "one file, one object");
        assertEquals(signed.toString(), at(o, "file"));
        assertEquals(true, at(o, "valid"));
        assertEquals("xmldsig", at(o, "kind"));
        assertEquals("Nguyễn Văn Ký", at(o, "signer.commonName"));
        assertEquals("Văn phòng Chính phủ", at(o, "signer.organization"));
        assertEquals(List.of("0100107370-001"), at(o, "signer.taxCodes"));
        assertEquals(List.of(), at(o, "signer.personalIds"));
        assertTrue(((String) at(o, "signer.subject")).contains("CN=Nguyễn Văn Ký"), run::toString);
        assertTrue(
                ((String) at(o, "signingTime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), run::toString);
        assertEquals("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", at(o, "signatureAlgorithm"));
        assertEquals("whole-package", at(o, "coverage"));
        assertEquals("EDXML-SIG-020", at(o, "problems.0.code"));
        assertEquals("info", at(o, "problems.0.severity"));
        assertTrue(((String) at(o, "problems.0.message")).startsWith("Chưa kiểm tra thu hồi"), run::toString);
    }

    @Test
    void severalFilesGiveAnArrayAndTheWorstCode() throws Exception {
        Path unsigned = SigningFixtures.write(dir.resolve("chua-ky.edxml"), Packages.edoc(null));
        CliRun run = verify(signed.toString(), unsigned.toString(), "--trust", keys.root.toString(), "--json");
        assertEquals(1, run.code(), run::toString);
        Object o = JsonParser.parse(run.out());
        assertEquals(2, ((List<?>) o).size());
        assertEquals(true, at(o, "0.valid"));
        assertEquals(false, at(o, "1.valid"));
        assertEquals("none", at(o, "1.kind"));
        assertNull(at(o, "1.signer"));
        assertEquals("nothing", at(o, "1.coverage"));

        CliRun text = verify("--lang", "en", signed.toString(), unsigned.toString(), "--trust", keys.root.toString());
        assertEquals(1, text.code(), text::toString);
        assertTrue(text.out().contains("Files: 2; valid: 1, rejected: 1, could not be read: 0"), text::toString);
        assertEquals(
                0,
                verify(signed.toString(), signed.toString(), "--trust", keys.root.toString())
                        .code());
    }

    @Test
    void aMissingFileMeansTheCommandCouldNotRunButTheOthersAreReported() {
        Path missing = dir.resolve("khong-co.edxml");
        CliRun run = verify(signed.toString(), missing.toString(), "--trust", keys.root.toString(), "--json");
        assertEquals(2, run.code(), run::toString);
        assertEquals(missing + ": không tìm thấy tệp\n", run.err().replace("\r\n", "\n"));
        assertEquals(1, ((List<?>) JsonParser.parse(run.out())).size());

        CliRun alone = verify(missing.toString(), "--trust", keys.root.toString(), "--json");
        assertEquals(2, alone.code(), alone::toString);
        assertEquals("", alone.out());
    }

    @Test
    void aFolderIsVerifiedPackageByPackage() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("den"));
        keys.signed(folder.resolve("a.edxml"), Packages.edoc(null));
        java.nio.file.Files.createDirectories(folder.resolve("con"));
        keys.signed(folder.resolve("con").resolve("b.xml"), Packages.edoc(null));
        java.nio.file.Files.writeString(folder.resolve("ghi-chu.txt"), "không phải gói tin");
        CliRun ok = verify(folder.toString(), "--trust", keys.root.toString(), "--json");
        assertEquals(0, ok.code(), ok::toString);
        assertEquals(2, ((List<?>) JsonParser.parse(ok.out())).size(), "an array, one object a package");
        SigningFixtures.tampered(folder.resolve("a.edxml"), folder.resolve("c.edxml"), "Nghệ An", "Hà Tĩnh");
        CliRun bad = verify(folder.toString(), "--trust", keys.root.toString());
        assertEquals(1, bad.code(), bad::toString);
    }

    @Test
    void unusableTrustAnchorsMeanTheCommandCouldNotRun() throws Exception {
        Path missing = dir.resolve("khong-co.pem");
        CliRun run = verify(signed.toString(), "--trust", missing.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().startsWith(missing + ": không tìm thấy tệp"), run::toString);
        Path notPem = Files.writeString(dir.resolve("rac.pem"), "không phải chứng thư");
        CliRun bad = verify("--lang", "en", signed.toString(), "--trust", notPem.toString());
        assertEquals(2, bad.code(), bad::toString);
        assertTrue(bad.err().startsWith(notPem + ": no certificate found"), bad::toString);
        assertNoStackTrace(bad);
        assertEquals(2, verify(signed.toString()).code(), "--trust is required");
        assertEquals(2, verify("--trust", keys.root.toString()).code(), "a FILE is required");
    }

    @Test
    void sha1IsRejectedUnlessAllowedAndThenWarned() throws Exception {
        Path old = keys.sha1Signed(dir.resolve("sha1.edxml"), Packages.edoc(null));
        CliRun strict = verify("--lang", "en", old.toString(), "--trust", keys.root.toString());
        assertEquals(1, strict.code(), strict::toString);
        assertTrue(strict.out().contains("ERROR EDXML-SIG-008"), strict::toString);

        CliRun lenient = verify("--lang", "en", old.toString(), "--trust", keys.root.toString(), "--allow-sha1");
        assertEquals(0, lenient.code(), lenient::toString);
        assertTrue(lenient.err().contains("WARNING: --allow-sha1 accepts SHA-1 signatures"), lenient::toString);
        assertTrue(lenient.out().contains("WARNING EDXML-SIG-009"), lenient::toString);
        assertTrue(lenient.out().contains("rsa-sha1"), lenient::toString);

        CliRun json = verify(old.toString(), "--trust", keys.root.toString(), "--allow-sha1", "--json");
        assertEquals(0, json.code(), json::toString);
        assertTrue(json.err().contains("CẢNH BÁO"), json::toString);
        assertTrue(json.out().contains("\"severity\": \"warning\""), json::toString);

        // allowing SHA-1 does not make a tampered SHA-1 package pass
        Path tampered = SigningFixtures.tampered(old, dir.resolve("sha1-sua.edxml"), "kiểm thử", "kiểm tra");
        assertEquals(
                1,
                verify(tampered.toString(), "--trust", keys.root.toString(), "--allow-sha1")
                        .code());
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run::toString);
    }

    /** An unsigned one-page PDF, and the test PDF changed after signing (a byte of its signed part flipped). */
    private static byte[] unsignedPdf() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] tamperedPdf() {
        byte[] t = Packages.SIGNED_PDF.clone();
        t[11] ^= 1;
        return t;
    }

    @Test
    void aPackageWithAnInvalidPdfSignatureIsRejected() throws Exception {
        Path p = keys.signed(dir.resolve("pdf-sua.edxml"), Packages.edoc(null, tamperedPdf()));
        CliRun run = verify(p.toString(), "--trust", keys.root.toString());
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().contains("PDF cong-van.pdf: BỊ TỪ CHỐI"), run::toString);
        assertTrue(run.out().contains("EDXML-PDF-011"), run::toString);
        CliRun json = verify("--json", p.toString(), "--trust", keys.root.toString());
        Object o = JsonParser.parse(json.out());
        assertEquals(false, at(o, "valid"));
        assertEquals("xmldsig", at(o, "kind"));
        assertEquals("invalid", at(o, "pdfAttachments.0.verdict"));
        assertEquals("cong-van.pdf", at(o, "pdfAttachments.0.name"));
    }

    @Test
    void anUnsignedPdfIsAWarningUnlessSignedAttachmentsAreRequired() throws Exception {
        Path p = keys.signed(dir.resolve("pdf-chua-ky.edxml"), Packages.edoc(null, unsignedPdf()));
        CliRun lenient = verify("--lang", "en", p.toString(), "--trust", keys.root.toString());
        assertEquals(0, lenient.code(), lenient::toString);
        assertTrue(lenient.out().contains("PDF cong-van.pdf: WARNING: the PDF is not signed"), lenient::toString);
        CliRun strict = verify(p.toString(), "--trust", keys.root.toString(), "--require-signed-attachments");
        assertEquals(1, strict.code(), strict::toString);
    }

    @Test
    void theSignaturesOfTheValidPdfAreListedInJson() {
        CliRun run = verify("--json", signed.toString(), "--trust", keys.root.toString());
        assertEquals(0, run.code(), run::toString);
        Object o = JsonParser.parse(run.out());
        assertEquals(true, at(o, "valid"));
        assertEquals("valid", at(o, "pdfAttachments.0.verdict"));
        assertEquals("Văn phòng Chính phủ", at(o, "pdfAttachments.0.signatures.0.signer.commonName"));
        assertEquals("whole-file", at(o, "pdfAttachments.0.signatures.0.coverage"));
        assertEquals(0L, ((Number) at(o, "pdfAttachments.0.signatures.0.certificationLevel")).longValue());
        // Decree 30: the test PDF carries the organisation's signature only (CN = O, tax code): no personal one
        assertEquals("EDXML-PDF-046", at(o, "decree30.0.code"));
        assertTrue(((String) at(o, "decree30.0.message")).contains("organisation"), run::toString);
        assertEquals("EDXML-PDF-041", at(o, "decree30.1.code"));
        assertTrue(((String) at(o, "decree30.1.clause")).contains("Phụ lục I"), run::toString);
    }

    @Test
    void aBarePdfIsVerifiedWithTheSamePolicy() throws Exception {
        Path good = Files.write(dir.resolve("quyet-dinh.pdf"), Packages.SIGNED_PDF);
        CliRun ok = verify(good.toString(), "--trust", keys.root.toString());
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().contains("PDF quyet-dinh.pdf: chữ ký số trên PDF hợp lệ"), ok::toString);
        Path bad = Files.write(dir.resolve("sua.pdf"), tamperedPdf());
        assertEquals(1, verify(bad.toString(), "--trust", keys.root.toString()).code());
        Path unsigned = Files.write(dir.resolve("chua-ky.pdf"), unsignedPdf());
        assertEquals(
                0, verify(unsigned.toString(), "--trust", keys.root.toString()).code());
        assertEquals(
                1,
                verify(unsigned.toString(), "--trust", keys.root.toString(), "--require-signed-attachments")
                        .code());
        // another trust anchor: the PDF's signer is not trusted
        Path other = TestPki.pem(dir.resolve("other.pem"), new TestPki("CA khác").root);
        CliRun untrusted = verify("--json", good.toString(), "--trust", other.toString());
        assertEquals(1, untrusted.code(), untrusted::toString);
        Object o = JsonParser.parse(untrusted.out());
        assertEquals("pdf", at(o, "kind"));
        assertEquals("untrusted", at(o, "pdf.verdict"));
    }
}
