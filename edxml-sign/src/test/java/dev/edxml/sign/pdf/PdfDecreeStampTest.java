package dev.edxml.sign.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import dev.edxml.sign.TrustPolicy;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stamps Decree 30/2020 Appendix I asks for: the organisation's on a separately attached file (top right of page
 * 1, no image, number and notation and the ISO 8601 signing time in Times New Roman 10 pt black), the competent
 * person's signature image (blue PNG) and the organisation's seal image (red PNG) over its left third.
 */
class PdfDecreeStampTest {
    static TestPki pki;
    static SigningKey person;
    static SigningKey organisation;
    static TrustPolicy policy;

    @BeforeAll
    static void keys() throws Exception {
        Decree30Test.keys();
        pki = Decree30Test.pki;
        person = Decree30Test.person;
        organisation = Decree30Test.organisation;
        policy = PdfFixtures.trusting(pki);
    }

    static Path font() {
        return PdfSigner.decreeFont().orElseGet(() -> {
            RequiredTools.font();
            return RequiredTools.DEJAVU_SANS;
        });
    }

    /** A handwritten-looking signature in blue, or a round seal in red, on a transparent background. */
    static Path png(Path dir, String name, Color colour, boolean round) throws Exception {
        BufferedImage img = new BufferedImage(300, round ? 300 : 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.setStroke(new BasicStroke(6));
        if (round) {
            g.drawOval(10, 10, 280, 280);
            g.drawOval(40, 40, 220, 220);
            g.fillOval(135, 135, 30, 30);
        } else {
            g.drawArc(20, 20, 120, 80, 0, 300);
            g.drawLine(120, 90, 280, 30);
            g.drawArc(150, 30, 90, 60, 180, 250);
        }
        g.dispose();
        Path f = dir.resolve(name);
        ImageIO.write(img, "png", f.toFile());
        return f;
    }

    static byte[] sign(PdfSigner s, byte[] pdf) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.sign(new ByteArrayInputStream(pdf), out);
        return out.toByteArray();
    }

    static PDRectangle lastWidget(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDAnnotation> annots = doc.getPage(0).getAnnotations();
            return annots.get(annots.size() - 1).getRectangle();
        }
    }

    /** The widget's appearance: content streams, then [image classes] and {font names}, nested forms included. */
    static String appearance(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDAnnotation> annots = doc.getPage(0).getAnnotations();
            StringBuilder sb = new StringBuilder();
            describe(annots.get(annots.size() - 1).getNormalAppearanceStream(), sb, 0);
            return sb.toString();
        }
    }

    private static void describe(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f, StringBuilder sb, int depth)
            throws Exception {
        sb.append(new String(f.getContentStream().toByteArray(), StandardCharsets.ISO_8859_1))
                .append('\n');
        if (f.getResources() == null || depth > 4) {
            return;
        }
        for (COSName k : f.getResources().getFontNames()) {
            sb.append(" {").append(f.getResources().getFont(k).getName()).append('}');
        }
        for (COSName n : f.getResources().getXObjectNames()) {
            var x = f.getResources().getXObject(n);
            sb.append(" [").append(x.getClass().getSimpleName()).append(']');
            if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject ff) {
                describe(ff, sb, depth + 1);
            }
        }
    }

    @Test
    void theOrganisationsStampOnAnAttachedFileFollowsAppendixI() throws Exception {
        PdfSigner signer = PdfSigner.builder(organisation)
                .clock(PdfFixtures.CLOCK)
                .attachmentStamp("123/QĐ-VPCP")
                .build();
        byte[] signed = sign(signer, PdfFixtures.textPdf(2));
        String text = PdfSignerTest.textWithStamps(signed);
        assertTrue(text.contains("123/QĐ-VPCP"), text);
        assertTrue(text.contains("2026-11-25T14:30:05+07:00"), text);
        assertFalse(text.contains("Ký bởi"), "the decree's attachment stamp shows only number, notation and time");
        PDRectangle r = lastWidget(signed);
        float right = PDRectangle.A4.getWidth() - 15 * 72 / 25.4f;
        assertEquals(right, r.getUpperRightX(), 0.5, r::toString);
        assertTrue(r.getUpperRightY() > PDRectangle.A4.getHeight() - 20 && r.getLowerLeftY() > 700, r::toString);
        String ap = appearance(signed);
        assertTrue(ap.contains(" 10 Tf") || ap.contains(" 10.0 Tf"), ap);
        assertTrue(ap.contains("0 g") || ap.contains("0.0 g") || ap.contains("0 0 0 rg"), ap);
        assertFalse(ap.contains("[PDImageXObject]"), "no image: " + ap);
        assertFalse(ap.contains(" re\n") && ap.contains(" S\n"), "no frame: " + ap);
        if (PdfSigner.decreeFont().isPresent()) {
            assertTrue(ap.contains("LiberationSerif") || ap.contains("Times"), ap);
            assertTrue(
                    signer.toString().contains("metric-compatible")
                            || signer.toString().contains("Times"),
                    signer::toString);
        }
        PdfReport report = PdfVerifier.of(policy).examine(new ByteArrayInputStream(signed));
        assertTrue(report.isValid(), report::toString);
    }

    @Test
    void thePersonalSignatureImageAndTheSealOverItsLeftThird(@TempDir Path dir) throws Exception {
        Path blue = png(dir, "chu-ky.png", new Color(20, 40, 200), false);
        Path red = png(dir, "con-dau.png", new Color(220, 20, 30), true);
        StampArea signatureArea = StampArea.of(1, 360, 120, 150, 60);
        byte[] once = sign(
                PdfSigner.builder(person)
                        .clock(PdfFixtures.CLOCK)
                        .personalSignatureImage(blue, signatureArea)
                        .build(),
                PdfFixtures.textPdf());
        PDRectangle p = lastWidget(once);
        assertEquals(360, p.getLowerLeftX(), 0.01);
        assertEquals(150, p.getWidth(), 0.01);
        assertTrue(appearance(once).contains("[PDImageXObject]"), appearance(once));

        byte[] twice = sign(
                PdfSigner.builder(organisation)
                        .clock(PdfFixtures.CLOCK)
                        .sealImage(red, signatureArea, 102)
                        .build(),
                once);
        PDRectangle s = lastWidget(twice);
        assertEquals(360 + 150 / 3f, s.getUpperRightX(), 0.01, "the seal reaches a third into the signature");
        assertEquals(102, s.getWidth(), 0.01);
        assertEquals(120 + 30, (s.getLowerLeftY() + s.getUpperRightY()) / 2, 0.01, "centred on the signature");

        PdfReport r = PdfVerifier.of(policy).examine(new ByteArrayInputStream(twice));
        assertTrue(r.isValid(), r::toString);
        assertEquals(PdfChange.SIGNATURES, r.signatures().get(0).changesAfter(), r::toString);
        List<dev.edxml.Finding> f = Decree30.check(r, List.of());
        assertTrue(f.stream().allMatch(x -> x.code().equals(Decree30.ROLE)), f::toString);
        Files.write(dir.resolve("da-ky.pdf"), twice);
        String out = PdfsigInteropTest.pdfsig(dir.resolve("da-ky.pdf"));
        assertEquals(2, out.split("Signature is Valid", -1).length - 1, out);
    }

    @Test
    void imagesThatAreNotWhatTheDecreeAsksForAreRefused(@TempDir Path dir) throws Exception {
        StampArea a = StampArea.of(1, 360, 120, 150, 60);
        Path red = png(dir, "do.png", new Color(220, 20, 30), true);
        IllegalStateException wrong = assertThrows(
                IllegalStateException.class,
                () -> PdfSigner.builder(person).personalSignatureImage(red, a).build());
        assertTrue(wrong.getMessage().contains("not blue"), wrong.getMessage());
        BufferedImage opaque = new BufferedImage(50, 20, BufferedImage.TYPE_INT_RGB);
        Path noAlpha = dir.resolve("nen-trang.png");
        ImageIO.write(opaque, "png", noAlpha.toFile());
        IllegalStateException alpha = assertThrows(IllegalStateException.class, () -> PdfSigner.builder(person)
                .personalSignatureImage(noAlpha, a)
                .build());
        assertTrue(alpha.getMessage().contains("transparent"), alpha.getMessage());
        Path jpeg =
                Files.write(dir.resolve("anh.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0, 0, 0});
        IllegalStateException notPng = assertThrows(
                IllegalStateException.class,
                () -> PdfSigner.builder(organisation).sealImage(jpeg, a, 100).build());
        assertTrue(notPng.getMessage().contains("not a PNG"), notPng.getMessage());
        IllegalArgumentException off = assertThrows(
                IllegalArgumentException.class,
                () -> sign(
                        PdfSigner.builder(organisation)
                                .sealImage(png(dir, "dau.png", Color.RED, true), StampArea.of(1, 10, 120, 60, 60), 102)
                                .build(),
                        PdfFixtures.textPdf()));
        assertTrue(off.getMessage().contains("would leave the page"), off.getMessage());
    }

    @Test
    void renderForALook(@TempDir Path dir) throws Exception {
        // not an assertion of looks: writes the pages for a person to view when -Dedxml.stampPreview=DIR is given
        String preview = System.getProperty("edxml.stampPreview");
        if (preview == null) {
            return;
        }
        Path blue = png(dir, "chu-ky.png", new Color(20, 40, 200), false);
        Path red = png(dir, "con-dau.png", new Color(220, 20, 30), true);
        StampArea area = StampArea.of(1, 360, 120, 150, 60);
        byte[] main = sign(
                PdfSigner.builder(organisation)
                        .clock(PdfFixtures.CLOCK)
                        .sealImage(red, area, 102)
                        .build(),
                sign(
                        PdfSigner.builder(person)
                                .clock(PdfFixtures.CLOCK)
                                .personalSignatureImage(blue, area)
                                .build(),
                        PdfFixtures.textPdf()));
        byte[] attached = sign(
                PdfSigner.builder(organisation)
                        .clock(PdfFixtures.CLOCK)
                        .attachmentStamp("123/QĐ-VPCP")
                        .build(),
                PdfFixtures.textPdf());
        Files.createDirectories(Path.of(preview));
        Files.write(Path.of(preview, "chinh.pdf"), main);
        Files.write(Path.of(preview, "kem-theo.pdf"), attached);
    }
}
