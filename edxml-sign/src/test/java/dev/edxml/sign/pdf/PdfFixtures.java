package dev.edxml.sign.pdf;

import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import dev.edxml.sign.TrustPolicy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/** PDFs made with PDFBox for the tests, and the changes an attacker (or an honest tool) appends to signed ones. */
final class PdfFixtures {
    /** 25/11/2026 14:30:05 in Vietnam. */
    static final Instant SIGNING_TIME = Instant.parse("2026-11-25T07:30:05Z");

    static final Clock CLOCK = Clock.fixed(SIGNING_TIME, ZoneOffset.UTC);

    private PdfFixtures() {}

    /** One A4 page of text (ASCII: the standard 14 fonts have no Vietnamese glyphs). */
    static byte[] textPdf() throws IOException {
        return textPdf(1);
    }

    static byte[] textPdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 760);
                    cs.showText("QUYET DINH so 123/QD-VPCP ve viec phe duyet ke hoach chuyen doi so, trang " + (i + 1));
                    cs.endText();
                }
            }
            return save(doc);
        }
    }

    /** A page that is only a picture, as a scanner makes it. */
    static byte[] scannedPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
            Random r = new Random(7);
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int v = 200 + r.nextInt(56);
                    img.getRaster().setSample(x, y, 0, y % 14 < 2 && x > 20 && x < 180 ? 40 : v);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            return save(doc);
        }
    }

    /** A text page plus an unused stream of {@code size} random bytes, to make a file larger than the memory spool. */
    static byte[] largePdf(int size) throws IOException {
        try (PDDocument doc = Loader.loadPDF(textPdf())) {
            COSStream s = doc.getDocument().createCOSStream();
            byte[] data = new byte[size];
            new Random(1).nextBytes(data);
            try (OutputStream out = s.createRawOutputStream()) {
                out.write(data);
            }
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("EdxmlTestPayload"), s);
            return save(doc);
        }
    }

    static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = Loader.loadPDF(textPdf())) {
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "user-secret", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            return save(doc);
        }
    }

    static byte[] sign(byte[] pdf, SigningKey key) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSigner.builder(key)
                .reason("Phê duyệt")
                .location("Hà Nội")
                .clock(CLOCK)
                .build()
                .sign(new java.io.ByteArrayInputStream(pdf), out);
        return out.toByteArray();
    }

    static TrustPolicy trusting(TestPki pki) {
        return TrustPolicy.builder().trustAnchor(pki.root).build();
    }

    /** An incremental update that puts a sticky note on page 1: it changes what a viewer shows. */
    static byte[] appendAnnotation(byte[] signed) throws IOException {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDPage page = doc.getPage(0);
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(100, 100, 20, 20));
            note.setContents("Đã sửa sau khi ký");
            page.getAnnotations().add(note);
            page.getCOSObject().setNeedToBeUpdated(true);
            COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            annots.setNeedToBeUpdated(true);
            return saveIncremental(doc);
        }
    }

    /** An incremental update that replaces page 1's content stream. */
    static byte[] appendContentChange(byte[] signed) throws IOException {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDPage page = doc.getPage(0);
            try (PDPageContentStream cs =
                    new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 760);
                cs.showText("QUYET DINH so 999/QD-VPCP: noi dung da bi thay");
                cs.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            return saveIncremental(doc);
        }
    }

    /** An incremental update that adds a DSS dictionary with a certificate, as long-term validation tools do. */
    static byte[] appendDss(byte[] signed, byte[] certificate) throws IOException {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            COSStream cert = doc.getDocument().createCOSStream();
            try (OutputStream out = cert.createRawOutputStream()) {
                out.write(certificate);
            }
            COSArray certs = new COSArray();
            certs.add(cert);
            COSDictionary dss = new COSDictionary();
            dss.setItem(COSName.getPDFName("Certs"), certs);
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            catalog.setItem(COSName.getPDFName("DSS"), dss);
            catalog.setNeedToBeUpdated(true);
            return saveIncremental(doc);
        }
    }

    /** An incremental update that adds an empty, visible signature field on page 1. */
    static byte[] appendEmptySignatureField(byte[] signed) throws IOException {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName("ChoKy");
            PDAnnotationWidget w = field.getWidgets().get(0);
            w.setRectangle(new PDRectangle(300, 100, 150, 50));
            PDPage page = doc.getPage(0);
            w.setPage(page);
            page.getAnnotations().add(w);
            form.getFields().add(field);
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getCOSObject().getCOSArray(COSName.ANNOTS).setNeedToBeUpdated(true);
            form.getCOSObject().setNeedToBeUpdated(true);
            form.getCOSObject().getCOSArray(COSName.FIELDS).setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            return saveIncremental(doc);
        }
    }

    static byte[] concat(byte[] a, String tail) {
        byte[] t = tail.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = java.util.Arrays.copyOf(a, a.length + t.length);
        System.arraycopy(t, 0, out, a.length, t.length);
        return out;
    }

    static int indexOf(byte[] data, String ascii) {
        return new String(data, StandardCharsets.ISO_8859_1).indexOf(ascii);
    }

    static int lastIndexOf(byte[] data, String ascii) {
        return new String(data, StandardCharsets.ISO_8859_1).lastIndexOf(ascii);
    }

    /** The hex string that holds the last signature's value: the indexes of its '<' and its '>'. */
    static int[] lastHole(byte[] signed) {
        String s = new String(signed, StandardCharsets.ISO_8859_1);
        int start = s.lastIndexOf("/Contents <") + "/Contents ".length();
        return new int[] {start, s.indexOf('>', start)};
    }

    static Path write(Path dir, String name, byte[] data) throws IOException {
        return Files.write(dir.resolve(name), data);
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static byte[] saveIncremental(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.saveIncremental(out);
        return out.toByteArray();
    }
}
