package dev.edxml.validate.rules;

import static dev.edxml.Severity.ERROR;
import static dev.edxml.Severity.INFO;
import static dev.edxml.Severity.WARNING;
import static dev.edxml.validate.rules.RxFixtures.absent;
import static dev.edxml.validate.rules.RxFixtures.expectOne;
import static dev.edxml.validate.rules.RxFixtures.file;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Finding;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.pdf.PdfSigner;
import dev.edxml.testkit.Issued;
import dev.edxml.testkit.TestCa;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** EDXML-ATT-050..052: unsigned, broken and scanned-looking PDF attachments, judged without trust anchors. */
class PdfRulesTest {
    private static final String ATT = "/edXML/AttachmentEncoded/Attachment";
    static byte[] text;
    static byte[] signed;
    static byte[] scan;

    @BeforeAll
    static void pdfs() throws Exception {
        text = textPdf();
        SigningKey key = selfSigned("Văn phòng Chính phủ");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSigner.builder(key).build().sign(new ByteArrayInputStream(text), out);
        signed = out.toByteArray();
        scan = scannedPdf();
    }

    /** A throwaway key and certificate (TEST ONLY) from the test kit, its chain only its own certificate. */
    static SigningKey selfSigned(String cn) throws Exception {
        Issued i = TestCa.root("CA thử nghiệm")
                .leaf(TestCa.subject(null, null, cn))
                .issue();
        return SigningKey.of(i.privateKey(), java.util.List.of(i.certificate()));
    }

    static byte[] textPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 760);
                cs.showText("QUYET DINH so 123/QD-VPCP ve viec phe duyet ke hoach chuyen doi so");
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] scannedPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(100, 140, BufferedImage.TYPE_BYTE_GRAY);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 0, 0, 595, 842);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] only(byte[] pdf) {
        return RxFixtures.bytes(RxFixtures.edoc()
                .attachments(java.util.List.of(file("cid:a", "quyet-dinh.pdf", "application/pdf", pdf))));
    }

    @Test
    void att050AnUnsignedPdf() {
        Finding f = expectOne(only(text), "EDXML-ATT-050", INFO, WARNING, null, ATT);
        assertTrue(f.messageEn().contains("quyet-dinh.pdf carries no digital signature"), f.messageEn());
        absent(only(signed), "EDXML-ATT-050");
        absent(only(scan), "EDXML-ATT-050");
    }

    @Test
    void att051ASignatureThatDoesNotHold() {
        byte[] t = signed.clone();
        t[11] ^= 1;
        Finding f = expectOne(only(t), "EDXML-ATT-051", WARNING, ERROR, WARNING, ATT);
        assertTrue(f.messageEn().contains("EDXML-PDF-011"), f.messageEn());
        // an intact signature by a signer the validator cannot judge (no trust anchors) is no finding
        absent(only(signed), "EDXML-ATT-051");
    }

    @Test
    void att052AScannedPdf() {
        Finding f = expectOne(only(scan), "EDXML-ATT-052", INFO, WARNING, null, ATT);
        assertTrue(f.messageVi().contains("bản quét"), f.messageVi());
        absent(only(text), "EDXML-ATT-052");
    }
}
