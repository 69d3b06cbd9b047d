package dev.edxml.stats;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.TraceHeader;
import dev.edxml.model.XmlElement;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.pdf.PdfSigner;
import dev.edxml.testkit.TestCa;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Packages of every kind the statistics tell apart, made with the library and a throwaway test PKI (TEST ONLY): the
 * generated folder whose hand count {@link ComplianceStatsTest} asserts.
 */
final class TestFolder {
    static final String A = "000.00.00.G01";
    static final String B = "000.00.00.G02";
    static final String R = "000.00.00.H41";
    static final String S = "000.00.00.H14";
    /** A name with what CSV must quote and HTML must escape. */
    static final String B_NAME = "Bộ \"B\", <&>";

    static final Instant SENT = Instant.parse("2025-03-07T01:00:00Z");
    static final LocalDate DATE = LocalDate.of(2025, 3, 7);

    final TestCa pki;
    final SigningKey key;
    final SigningKey stranger;
    final byte[] signedPdf;
    final byte[] strangerPdf;
    final byte[] scannedPdf;
    final byte[] blankPdf;

    TestFolder() throws Exception {
        pki = TestCa.root("CA thử nghiệm thống kê");
        key = signer(pki, null, "Văn thư Bộ A");
        stranger = signer(TestCa.root("CA lạ"), null, "Người ký lạ");
        blankPdf = blankPdf();
        signedPdf = signPdf(blankPdf, key);
        strangerPdf = signPdf(blankPdf, stranger);
        scannedPdf = scannedPdf();
    }

    /** A signer (subject C=VN[, O=organization], CN=cn) issued by {@code ca}, with its chain up to the root. */
    static SigningKey signer(TestCa ca, String organization, String cn) throws java.security.GeneralSecurityException {
        dev.edxml.testkit.Issued i =
                ca.leaf(TestCa.subject(organization, null, cn)).issue();
        return SigningKey.of(i.privateKey(), i.chain());
    }

    TrustPolicy trust() {
        return TrustPolicy.builder().trustAnchor(pki.certificate()).build();
    }

    /**
     * The hand-counted folder (see the test for the count). Documents of A: a1 signed + signed PDF, a2 signed +
     * scanned PDF, a3 legacy placeholder + blank unsigned PDF, a4 unsigned + text file, a5 signed by a stranger + PDF
     * signed by a stranger, a6 signed then altered. Documents of B: b1 signed + signed PDF + scanned PDF, b2 unsigned
     * + "PDF" that is not one, b3 legacy placeholder. Status of R: 03 a1 +2 h, 06 a1 +26 h, 03 a2 +4 h, 02 a3. Status
     * of S: 03 a1 +1 h, 02 b1, 02 b2, an unknown code 99 (a format error), 03 about a document not in the folder. Unreadable: garbage, a cut package, a
     * package with a DTD. One other file.
     */
    void write(Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("B/2025"));
        signed(dir.resolve("a1.edxml"), edoc(A, "Bộ A", "1", pdf("a1.pdf", signedPdf)), key);
        signed(dir.resolve("a2.edxml"), edoc(A, "Bộ A", "2", pdf("a2.pdf", scannedPdf)), key);
        plain(
                dir.resolve("a3.xml"),
                edoc(A, "Bộ A", "3", pdf("a3.pdf", blankPdf)).toBuilder()
                        .signature(legacyPlaceholder())
                        .build());
        plain(dir.resolve("a4.edxml"), edoc(A, "Bộ A", "4", text("ghi-chu.txt")));
        signed(dir.resolve("a5.edxml"), edoc(A, "Bộ A", "5", pdf("a5.pdf", strangerPdf)), stranger);
        Path a6 = signed(dir.resolve("a6.edxml"), edoc(A, "Bộ A", "6", text("a6.txt")), key);
        String t = Files.readString(a6, StandardCharsets.UTF_8);
        Files.writeString(a6, t.replace("Công văn số 6", "Công văn số 9"), StandardCharsets.UTF_8);
        signed(
                sub.resolve("b1.edxml"),
                edoc(B, B_NAME, "1", pdf("b1.pdf", signedPdf), pdf("b1-scan.pdf", scannedPdf)),
                key);
        plain(
                sub.resolve("b2.EDXML"),
                edoc(
                        B,
                        B_NAME,
                        "2",
                        Attachment.builder()
                                .contentId("cid:x")
                                .name("b2.pdf")
                                .contentType("application/pdf")
                                .content("không phải PDF".getBytes(StandardCharsets.UTF_8))
                                .build()));
        plain(
                sub.resolve("b3.edxml"),
                edoc(B, B_NAME, "3").toBuilder().signature(legacyPlaceholder()).build());
        Path st = Files.createDirectories(dir.resolve("status"));
        plain(st.resolve("r-03-a1.edxml"), status(R, "UBND Nghệ An", A, "1", StatusCode.ACCEPTED, null, hours(2)));
        plain(st.resolve("r-06-a1.edxml"), status(R, "UBND Nghệ An", A, "1", StatusCode.FINISHED, null, hours(26)));
        plain(st.resolve("r-03-a2.edxml"), status(R, "UBND Nghệ An", A, "2", StatusCode.ACCEPTED, null, hours(4)));
        plain(
                st.resolve("r-02-a3.edxml"),
                status(R, "UBND Nghệ An", A, "3", StatusCode.REJECTED, "Sai thể thức", hours(3)));
        plain(st.resolve("s-03-a1.edxml"), status(S, "UBND Cao Bằng", A, "1", StatusCode.ACCEPTED, null, hours(1)));
        plain(
                st.resolve("s-02-b1.edxml"),
                status(S, "UBND Cao Bằng", B, "1", StatusCode.REJECTED, "Sai thể thức", hours(5)));
        plain(
                st.resolve("s-02-b2.edxml"),
                status(S, "UBND Cao Bằng", B, "2", StatusCode.REJECTED, "  Thiếu\n  chữ ký ", hours(5)));
        plain(st.resolve("s-99-a2.edxml"), status(S, "UBND Cao Bằng", A, "2", StatusCode.of("99"), null, hours(6)));
        plain(st.resolve("s-03-x.edxml"), status(S, "UBND Cao Bằng", A, "77", StatusCode.ACCEPTED, null, hours(1)));
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("garbage.edxml"), "đây không phải XML");
        byte[] whole = Edxml.toBytes(edoc(A, "Bộ A", "8"));
        Files.write(bad.resolve("cut.edxml"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(
                bad.resolve("dtd.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"e\">]>\n<x>&e;</x>\n");
        Files.writeString(dir.resolve("README.txt"), "not a package");
    }

    static Instant hours(int h) {
        return SENT.plus(Duration.ofHours(h));
    }

    static String documentId(String organ, String number) {
        return organ + ",2025/03/07," + number + "/CV";
    }

    static EdocPackage edoc(String organ, String name, String number, Attachment... attachments) {
        MessageHeader header = MessageHeader.builder()
                .from(Organization.of(organ, name))
                .addTo(Organization.of(R, "UBND Nghệ An"))
                .code(number, "CV")
                .promulgation("Hà Nội", DATE)
                .documentType(DocumentType.OFFICIAL_LETTER)
                .subject("Công văn số " + number)
                .documentId(documentId(organ, number))
                .build();
        return Edxml.edoc()
                .header(header)
                .business(Business.builder().type(BusinessDocType.NEW).build())
                .traceHeaders(List.of(TraceHeader.of(organ, SENT)))
                .attachments(List.of(attachments))
                .build();
    }

    static StatusPackage status(
            String from, String name, String organ, String number, StatusCode code, String description, Instant at) {
        StatusHeader.Builder h = StatusHeader.builder()
                .from(Organization.of(from, name))
                .responseFor(ResponseFor.of(organ, number + "/CV", documentId(organ, number), DATE))
                .statusCode(code)
                .timestamp(at);
        if (description != null) {
            h.description(description);
        }
        return Edxml.status().header(h.build()).build();
    }

    static Attachment pdf(String name, byte[] content) {
        return Attachment.builder()
                .contentId("cid:" + name)
                .name(name)
                .contentType("application/pdf")
                .content(content)
                .build();
    }

    static Attachment text(String name) {
        return Attachment.builder()
                .contentId("cid:" + name)
                .name(name)
                .contentType("text/plain")
                .content("xin chào".getBytes(StandardCharsets.UTF_8))
                .build();
    }

    static SignatureBlock legacyPlaceholder() {
        return new SignatureBlock(new XmlElement(
                Edxml.IMPLEMENTS.namespace(),
                "Signature",
                Map.of(),
                List.of(XmlElement.ofText(Edxml.IMPLEMENTS.namespace(), "SignatureValue", "AAAA"))));
    }

    static Path plain(Path file, dev.edxml.model.EdxmlPackage pkg) throws Exception {
        Edxml.write(pkg, file);
        return file;
    }

    static Path signed(Path file, dev.edxml.model.EdxmlPackage pkg, SigningKey key) throws Exception {
        Edxml.write(Signer.builder().key(key).build().sign(pkg), file);
        return file;
    }

    /** The folder's packages in a zip archive, entry by entry with their relative paths. */
    static Path zip(Path dir, Path zip) throws Exception {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                var files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return zip;
    }

    static byte[] blankPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** One page that is an image and nothing else, as a scanner makes it. */
    static byte[] scannedPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            byte[] gray = new byte[60 * 80];
            for (int i = 0; i < gray.length; i++) {
                gray[i] = (byte) ((i * 7) % 3 == 0 ? 0x20 : 0xF0);
            }
            java.util.zip.Deflater deflater = new java.util.zip.Deflater();
            deflater.setInput(gray);
            deflater.finish();
            byte[] buf = new byte[gray.length + 64];
            int n = deflater.deflate(buf);
            deflater.end();
            PDImageXObject image = new PDImageXObject(
                    doc, new ByteArrayInputStream(buf, 0, n), COSName.FLATE_DECODE, 60, 80, 8, PDDeviceGray.INSTANCE);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 600, 800);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] signPdf(byte[] pdf, SigningKey key) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSigner.builder(key).build().sign(new ByteArrayInputStream(pdf), out);
        return out.toByteArray();
    }
}
