package dev.edxml.sign.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.sign.SignatureAlgorithm;
import dev.edxml.sign.SignerIdentity;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import dev.edxml.sign.TrustPolicy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSignerTest {
    static TestPki pki;
    static SigningKey key;
    static TrustPolicy policy;
    static final StampArea AREA = StampArea.of(1, 330, 40, 230, 60);

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("Root CA thử nghiệm");
        key = pki.signer(TestPki.rsa(), "Vũ Thị Giang");
        policy = PdfFixtures.trusting(pki);
    }

    static byte[] sign(PdfSigner signer, byte[] pdf) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        signer.sign(new ByteArrayInputStream(pdf), out);
        return out.toByteArray();
    }

    /** The page's text with the widgets' appearances flattened into it (text extraction skips annotations). */
    static String textWithStamps(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            form.flatten();
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aVisibleStampShowsTheOrganisationAndVietnamTimeInVietnamese() throws Exception {
        // a clock in another zone: the stamp must still say Vietnam time
        Clock ny = Clock.fixed(PdfFixtures.SIGNING_TIME, ZoneId.of("America/New_York"));
        PdfSigner signer = PdfSigner.builder(key)
                .reason("Phê duyệt")
                .location("Hà Nội")
                .clock(ny)
                .visibleStamp(AREA)
                .font(RequiredTools.font())
                .build();
        byte[] signed = sign(signer, PdfFixtures.textPdf());
        PdfReport r = PdfVerifier.of(policy).examine(new ByteArrayInputStream(signed));
        assertTrue(r.isValid(), r::toString);
        String text = textWithStamps(signed);
        assertTrue(text.contains("Ký bởi: Văn phòng Chính phủ"), text);
        assertTrue(text.contains("Ngày ký: 25/11/2026 14:30:05 +07:00"), text);
        try (PDDocument doc = Loader.loadPDF(signed)) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            int inked = 0;
            for (int y = 842 - 40 - 60; y < 842 - 40; y++) {
                for (int x = 330; x < 330 + 230; x++) {
                    int rgb = img.getRGB(x, y) & 0xFFFFFF;
                    if (rgb != 0xFFFFFF) {
                        inked++;
                    }
                }
            }
            assertTrue(inked > 200, "the stamp is drawn: " + inked + " coloured pixels");
        }
    }

    @Test
    void theStampNeverNamesSomeoneTheCertificateDoesNot() throws Exception {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PdfSigner.builder(key)
                .visibleStamp(StampArea.of(1, 40, 40, 260, 50))
                .stampName("Ủy ban nhân dân tỉnh Quảng Trị")
                .font(RequiredTools.font())
                .build());
        assertTrue(e.getMessage().contains("must not name someone else"), e.getMessage());
        // the certificate's own common name, spaced and cased differently, is allowed
        SigningKey named = pki.signer(TestPki.rsa(), "Ủy ban nhân dân tỉnh Quảng Trị");
        PdfSigner signer = PdfSigner.builder(named)
                .clock(PdfFixtures.CLOCK)
                .visibleStamp(StampArea.of(1, 40, 40, 260, 50))
                .stampName("ủy ban  nhân dân tỉnh quảng trị ")
                .font(RequiredTools.font())
                .build();
        byte[] signed = sign(signer, PdfFixtures.textPdf(2));
        assertTrue(
                textWithStamps(signed).contains("Ký bởi: ủy ban nhân dân tỉnh quảng trị")
                        || textWithStamps(signed).contains("Ký bởi: ủy ban  nhân dân tỉnh quảng trị"),
                textWithStamps(signed));
        assertTrue(signer.toString().contains("quảng trị"), signer::toString);
    }

    @Test
    void aLongAgencyNameWrapsInsteadOfFailing() throws Exception {
        SigningKey longName = pki.signer(
                TestPki.rsa(),
                "Trung tâm Công nghệ thông tin và Truyền thông tỉnh Bà Rịa - "
                        + "Vũng Tàu thuộc Sở Thông tin và Truyền thông");
        PdfSigner signer = PdfSigner.builder(longName)
                .clock(PdfFixtures.CLOCK)
                .visibleStamp(StampArea.of(1, 340, 40, 200, 60))
                .stampName(
                        SignerIdentity.of(longName.chain().get(0)).commonName().orElseThrow())
                .font(RequiredTools.font())
                .build();
        byte[] signed = sign(signer, PdfFixtures.textPdf());
        String text = textWithStamps(signed).replaceAll("\\s+", " ");
        assertTrue(text.contains("Trung tâm Công nghệ thông tin"), text);
        assertTrue(text.contains("Sở Thông tin và Truyền thông"), text);
        assertTrue(
                PdfVerifier.of(policy).examine(new ByteArrayInputStream(signed)).isValid());
    }

    @Test
    void aVisibleStampWithoutAFontIsRefusedNotFoldedToAscii() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> PdfSigner.builder(key).visibleStamp(AREA).build());
        assertTrue(e.getMessage().contains("DejaVuSans"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> PdfSigner.builder(key)
                .visibleStamp(AREA)
                .font(Path.of("/nonexistent/font.ttf"))
                .build());
        assertThrows(
                IllegalStateException.class,
                () -> PdfSigner.builder(key).stampName("X").build());
    }

    @Test
    void aCharacterTheFontLacksIsRefusedBeforeSigning() throws Exception {
        // DejaVuSans has every Vietnamese letter but no CJK ideographs
        PdfSigner signer = PdfSigner.builder(pki.signer(TestPki.rsa(), "Văn phòng 中文"))
                .visibleStamp(AREA)
                .stampName("Văn phòng 中文")
                .font(RequiredTools.font())
                .build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sign(signer, PdfFixtures.textPdf()));
        assertTrue(e.getMessage().contains("cannot show the stamp text"), e.getMessage());
    }

    @Test
    void aStampOffThePageOrTooSmallIsRefusedBeforeWriting(@TempDir Path dir) throws Exception {
        Path in = PdfFixtures.write(dir, "in.pdf", PdfFixtures.textPdf());
        Path out = dir.resolve("out.pdf");
        Path font = RequiredTools.font();
        assertThrows(IllegalArgumentException.class, () -> PdfSigner.builder(key)
                .visibleStamp(StampArea.of(2, 10, 10, 100, 40))
                .font(font)
                .build()
                .sign(in, out));
        assertThrows(IllegalArgumentException.class, () -> PdfSigner.builder(key)
                .visibleStamp(StampArea.of(1, 500, 10, 200, 40))
                .font(font)
                .build()
                .sign(in, out));
        assertThrows(IllegalArgumentException.class, () -> PdfSigner.builder(key)
                .visibleStamp(StampArea.of(1, 10, 10, 20, 6))
                .font(font)
                .build()
                .sign(in, out));
        assertFalse(Files.exists(out));
        assertEquals(1, countFiles(dir), "no temporary file is left behind");
        assertThrows(IllegalArgumentException.class, () -> StampArea.of(0, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> StampArea.of(1, 1, 1, 0, 1));
    }

    @Test
    void signingAFileIsAtomic(@TempDir Path dir) throws Exception {
        PdfSigner signer = PdfSigner.builder(key).clock(PdfFixtures.CLOCK).build();
        Path in = PdfFixtures.write(dir, "to-trinh.pdf", PdfFixtures.textPdf());
        Path out = dir.resolve("to-trinh-da-ky.pdf");
        signer.sign(in, out);
        assertTrue(PdfVerifier.of(policy).examine(out).isValid());

        byte[] before = Files.readAllBytes(out);
        Path garbage = PdfFixtures.write(
                dir, "rac.pdf", "this is not a PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        IOException e = assertThrows(IOException.class, () -> signer.sign(garbage, out));
        assertTrue(e.getMessage().startsWith("the PDF could not be read for signing"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out), "a failed signing leaves the target untouched");
        assertEquals(3, countFiles(dir), "no temporary file is left behind");

        signer.sign(in, in);
        PdfReport r = PdfVerifier.of(policy).examine(in);
        assertTrue(r.isValid(), r::toString);
    }

    @Test
    void anEncryptedPdfIsNotSigned() throws Exception {
        PdfSigner signer = PdfSigner.builder(key).build();
        assertThrows(IOException.class, () -> sign(signer, PdfFixtures.encryptedPdf()));
    }

    @Test
    void ecdsaAndRsaPssKeysSign() throws Exception {
        SigningKey ec = pki.signer(TestPki.ec(), "Đặng Văn Hải");
        PdfReport r = PdfVerifier.of(policy)
                .examine(new ByteArrayInputStream(sign(PdfSigner.builder(ec).build(), PdfFixtures.textPdf())));
        assertTrue(r.isValid(), r::toString);
        PdfReport pss = PdfVerifier.of(policy)
                .examine(new ByteArrayInputStream(sign(
                        PdfSigner.builder(key)
                                .algorithm(SignatureAlgorithm.RSA_PSS_SHA256)
                                .build(),
                        PdfFixtures.textPdf())));
        assertTrue(pss.isValid(), pss::toString);
    }

    @Test
    void sha1IsNeverUsedForSigning() {
        assertThrows(
                IllegalArgumentException.class, () -> PdfSigner.builder(key).algorithm(SignatureAlgorithm.RSA_SHA1));
    }

    @Test
    void theSignerPrintsWhatItWillDo() {
        String s = PdfSigner.builder(key).reason("Phê duyệt").build().toString();
        assertTrue(s.contains("PAdES B-B") && s.contains("Phê duyệt") && s.contains("invisible"), s);
    }

    /**
     * A personal signature made by another tool (PDFBox directly, visible or not), then the organisation's with this
     * signer: the earlier signature's field, widget and appearance are not written again, so no checker can see them
     * changed, and our inspection finds only "further signatures" after the first.
     */
    @Test
    void aSecondSignatureLeavesTheEarlierSignaturesObjectsAlone() throws Exception {
        SigningKey person = pki.signer(TestPki.rsa(), "Nguyễn Văn An");
        byte[] byOtherTool = RawSigning.sign(
                PdfFixtures.textPdf(),
                person,
                org.apache.pdfbox.cos.COSName.getPDFName("ETSI.CAdES.detached"),
                "SHA-256",
                true,
                RawSigning.Ess.CORRECT);
        byte[] visibleFirst = sign(
                PdfSigner.builder(person)
                        .clock(PdfFixtures.CLOCK)
                        .visibleStamp(AREA)
                        .font(RequiredTools.font())
                        .build(),
                PdfFixtures.textPdf());
        for (byte[] first : List.of(byOtherTool, visibleFirst)) {
            byte[] both = sign(
                    PdfSigner.builder(key)
                            .clock(PdfFixtures.CLOCK)
                            .visibleStamp(StampArea.of(1, 330, 140, 230, 60))
                            .font(RequiredTools.font())
                            .build(),
                    first);
            String appended = new String(
                    both, first.length, both.length - first.length, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertFalse(appended.contains("/T (Signature1)"), "the first signature's field was written again");
            PdfReport r = PdfVerifier.of(policy).examine(new java.io.ByteArrayInputStream(both));
            assertTrue(r.isValid(), r::toString);
            assertEquals(PdfChange.SIGNATURES, r.signatures().get(0).changesAfter(), r::toString);
            assertTrue(r.allProblems().stream().noneMatch(p -> p.code().equals(PdfCodes.CHANGED_AFTER)), r::toString);
        }
    }

    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
