package dev.edxml.sign.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Finding;
import dev.edxml.model.Attachment;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import dev.edxml.sign.TrustPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PdfVerifier#examine} on PDFs signed by {@link PdfSigner}, then damaged one way or another. */
class PdfSignaturesTest {
    static TestPki pki;
    static SigningKey key;
    static TrustPolicy policy;
    static byte[] signed;

    @BeforeAll
    static void sign() throws Exception {
        pki = new TestPki("Root CA thử nghiệm");
        key = pki.signer(TestPki.rsa(), "Nguyễn Văn An");
        policy = PdfFixtures.trusting(pki);
        signed = PdfFixtures.sign(PdfFixtures.textPdf(), key);
    }

    static PdfReport inspect(byte[] pdf) throws Exception {
        return PdfVerifier.of(policy).examine(new ByteArrayInputStream(pdf));
    }

    @Test
    void aSignedPdfIsValidCoveredWholeWithNothingAppended() throws Exception {
        PdfReport r = inspect(signed);
        assertTrue(r.isValid(), r::toString);
        assertEquals(r, r.requireValid());
        assertEquals(1, r.signatures().size());
        assertEquals(0, r.appendedBytes());
        assertEquals(PdfChange.NONE, r.appended());
        assertFalse(r.looksScanned());
        PdfSignatureInfo s = r.signatures().get(0);
        assertTrue(s.coversWholeFile());
        assertEquals(signed.length, s.signedLength());
        assertTrue(s.signatureValueVerifies());
        assertTrue(s.digestMatches());
        assertTrue(s.certificateTrusted());
        assertEquals(PdfSignatureInfo.Kind.SIGNATURE, s.kind());
        assertEquals("ETSI.CAdES.detached", s.subFilter().orElseThrow());
        assertEquals("SHA-256", s.digestAlgorithm().orElseThrow());
        assertEquals("Nguyễn Văn An", s.signer().orElseThrow().commonName().orElseThrow());
        assertEquals(
                "Văn phòng Chính phủ", s.signer().orElseThrow().organization().orElseThrow());
        assertEquals(List.of("0100107370-001"), s.signer().orElseThrow().taxCodes());
        assertEquals(PdfFixtures.SIGNING_TIME, s.claimedSigningTime().orElseThrow());
        // PAdES puts the claimed time in /M only
        assertTrue(s.cmsSigningTime().isEmpty());
        assertEquals(pki.root, s.chain().get(s.chain().size() - 1));
        assertTrue(r.errors().isEmpty());
        assertTrue(r.toString().contains("valid, 1 signature"), r::toString);
        assertTrue(r.describe(Locale.forLanguageTag("vi")).contains("hợp lệ"));
    }

    @Test
    void aPathAndAStreamGiveTheSameVerdict(@TempDir Path dir) throws Exception {
        PdfReport r = PdfVerifier.of(policy).examine(PdfFixtures.write(dir, "quyet-dinh.pdf", signed));
        assertTrue(r.isValid(), r::toString);
        assertEquals("quyet-dinh.pdf", r.name().orElseThrow());
    }

    @Test
    void aChangedByteInsideTheSignedRangeBreaksTheDigest() throws Exception {
        byte[] t = signed.clone();
        // the binary comment on the second line: the file still parses, only the digest tells
        t[11] ^= 0x01;
        PdfReport r = inspect(t);
        assertFalse(r.isValid());
        PdfSignatureInfo s = r.signatures().get(0);
        assertFalse(s.digestMatches());
        assertTrue(s.signatureValueVerifies(), "the signed attributes are intact; the content is what changed");
        assertTrue(r.hasProblem(PdfCodes.DIGEST_MISMATCH), r::toString);
        PdfVerificationException e = assertThrows(PdfVerificationException.class, r::requireValid);
        assertTrue(e.getMessage().contains(PdfCodes.DIGEST_MISMATCH));
        assertTrue(e.describe(Locale.forLanguageTag("vi")).contains("đã bị thay đổi"));
    }

    @Test
    void aChangedSignatureValueDoesNotVerify() throws Exception {
        byte[] t = signed.clone();
        int[] hole = PdfFixtures.lastHole(t);
        // the RSA value is the last field of the SignerInfo: the last non-padding hex digits of the hole
        int end = hole[1] - 1;
        while (t[end] == '0') {
            end--;
        }
        int at = end - 20;
        t[at] = (byte) (t[at] == 'A' ? 'B' : 'A');
        PdfReport r = inspect(t);
        assertFalse(r.isValid());
        assertFalse(r.signatures().get(0).signatureValueVerifies());
        assertTrue(r.hasProblem(PdfCodes.VALUE_FAILS), r::toString);
    }

    @Test
    void anUnreadableSignatureValueIsReported() throws Exception {
        byte[] t = signed.clone();
        int[] hole = PdfFixtures.lastHole(t);
        for (int i = hole[0] + 1; i < hole[1]; i++) {
            t[i] = '0';
        }
        PdfReport r = inspect(t);
        assertFalse(r.isValid());
        assertTrue(r.hasProblem(PdfCodes.BAD_CMS), r::toString);
    }

    @Test
    void aByteRangeThatDoesNotStartAtZeroIsBroken() throws Exception {
        byte[] t = signed.clone();
        int at = PdfFixtures.indexOf(t, "/ByteRange [0 ") + "/ByteRange [".length();
        t[at] = '1';
        PdfReport r = inspect(t);
        assertFalse(r.isValid());
        assertEquals(PdfSignatureInfo.Coverage.BROKEN, r.signatures().get(0).coverage());
        assertTrue(r.hasProblem(PdfCodes.BAD_BYTE_RANGE), r::toString);
    }

    @Test
    void anUnknownSubFilterIsNotChecked() throws Exception {
        byte[] t = signed.clone();
        int at = PdfFixtures.indexOf(t, "ETSI.CAdES.detached") + "ETSI.CAdES.detache".length();
        t[at] = 'X';
        PdfReport r = inspect(t);
        assertFalse(r.isValid());
        assertTrue(r.hasProblem(PdfCodes.UNSUPPORTED), r::toString);
    }

    @Test
    void aRootThePolicyDoesNotTrustIsACertificateProblem() throws Exception {
        TrustPolicy other = PdfFixtures.trusting(new TestPki("Root CA khác"));
        PdfReport r = PdfVerifier.of(other).examine(new ByteArrayInputStream(signed));
        assertFalse(r.isValid());
        PdfSignatureInfo s = r.signatures().get(0);
        assertTrue(s.signatureValueVerifies() && s.digestMatches(), "the signature itself is fine");
        assertFalse(s.certificateTrusted());
        assertTrue(r.hasProblem("EDXML-SIG-014"), r::toString);
    }

    @Test
    void anExpiredCertificateIsACertificateProblem() throws Exception {
        KeyPair kp = TestPki.rsa();
        Instant now = Instant.now();
        SigningKey expired = SigningKey.of(
                kp.getPrivate(),
                List.of(
                        pki.issue(
                                kp,
                                "Trần Thị Bình",
                                now.minus(Duration.ofDays(800)),
                                now.minus(Duration.ofDays(400)),
                                KeyUsage.digitalSignature | KeyUsage.nonRepudiation),
                        pki.root));
        PdfReport r = inspect(PdfFixtures.sign(PdfFixtures.textPdf(), expired));
        assertFalse(r.isValid());
        assertFalse(r.signatures().get(0).certificateTrusted());
        assertTrue(r.hasProblem("EDXML-SIG-015"), r::toString);
    }

    @Test
    void anImageOnlyUnsignedPdfLooksScanned() throws Exception {
        PdfReport r = inspect(PdfFixtures.scannedPdf());
        assertFalse(r.isSigned());
        assertFalse(r.isValid());
        assertTrue(r.looksScanned());
        assertTrue(r.hasProblem(PdfCodes.UNSIGNED));
        assertTrue(r.hasProblem(PdfCodes.LOOKS_SCANNED), r::toString);
        assertThrows(PdfVerificationException.class, r::requireValid);
    }

    @Test
    void anUnsignedTextPdfIsUnsignedButNotScanned() throws Exception {
        PdfReport r = inspect(PdfFixtures.textPdf());
        assertFalse(r.isSigned());
        assertFalse(r.looksScanned());
        assertTrue(r.hasProblem(PdfCodes.UNSIGNED));
        assertFalse(r.hasProblem(PdfCodes.LOOKS_SCANNED));
    }

    @Test
    void garbageEmptyAndTruncatedInputGiveCodesNotExceptions() throws Exception {
        assertEquals(
                List.of(PdfCodes.NOT_PDF),
                codes(inspect("GIF89a not a pdf at all".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(List.of(PdfCodes.NOT_PDF), codes(inspect(new byte[0])));
        assertEquals(
                List.of(PdfCodes.UNREADABLE),
                codes(inspect("%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII))));
        PdfReport cut = inspect(java.util.Arrays.copyOf(signed, signed.length / 2));
        assertFalse(cut.isValid());
        assertTrue(cut.hasProblem(PdfCodes.DAMAGED_END), cut::toString);
    }

    @Test
    void aPasswordProtectedPdfIsReported() throws Exception {
        assertEquals(List.of(PdfCodes.ENCRYPTED), codes(inspect(PdfFixtures.encryptedPdf())));
    }

    @Test
    void aLargePdfIsSpooledToATemporaryFileAndStillChecked(@TempDir Path dir) throws Exception {
        byte[] large = PdfFixtures.sign(PdfFixtures.largePdf(PdfSource.MEMORY_LIMIT + (1 << 20)), key);
        assertTrue(large.length > PdfSource.MEMORY_LIMIT);
        assertTrue(inspect(large).isValid());
        Path f = PdfFixtures.write(dir, "lon.pdf", large);
        PdfReport r = PdfVerifier.of(policy).examine(f);
        assertTrue(r.isValid(), r::toString);
    }

    @Test
    void anAttachmentZippedByTheSdkConventionIsUnpackedFirst() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("9f1c2d3e-0000-4000-8000-000000000001.pdf"));
            z.write(signed);
            z.closeEntry();
        }
        Attachment zipped = Attachment.builder()
                .name("quyet-dinh.pdf")
                .contentType("application/zip")
                .content(zip.toByteArray())
                .build();
        PdfReport r = PdfVerifier.of(policy).examine(zipped);
        assertTrue(r.isValid(), r::toString);
        assertEquals("quyet-dinh.pdf", r.name().orElseThrow());

        Attachment plain =
                Attachment.builder().name("quyet-dinh.pdf").content(signed).build();
        assertTrue(PdfVerifier.of(policy).examine(plain).isValid());

        byte[] broken = java.util.Arrays.copyOf(zip.toByteArray(), zip.size() - 30);
        Attachment bad =
                Attachment.builder().name("quyet-dinh.pdf").content(broken).build();
        PdfReport b = PdfVerifier.of(policy).examine(bad);
        assertEquals(List.of(PdfCodes.ATTACHMENT_UNPACK), codes(b), b::toString);
    }

    /**
     * A two-faced zip: the stream reader sees the signed PDF, while the central directory (what unzip, 7-Zip and
     * java.util.zip.ZipFile read) points past a fake marker to an unsigned forgery. Refused before any PDF is read.
     */
    @Test
    void aZipWhoseCentralDirectoryNamesAnotherEntryIsRefused() throws Exception {
        byte[] forged = PdfFixtures.appendContentChange(signed);
        byte[] a = zipOf("van-ban.pdf", signed);
        byte[] b = zipOf("van-ban.pdf", forged);
        int cdA = u32(a, a.length - 22 + 16);
        int cdB = u32(b, b.length - 22 + 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(a, 0, cdA);
        out.write(new byte[] {'P', 'K', 1, 2, 0, 0, 0, 0});
        int shift = out.size();
        out.write(b, 0, cdB);
        byte[] cd = java.util.Arrays.copyOfRange(b, cdB, b.length - 22);
        put32(cd, 42, u32(cd, 42) + shift);
        int cdAt = out.size();
        out.write(cd);
        byte[] eocd = java.util.Arrays.copyOfRange(b, b.length - 22, b.length);
        put32(eocd, 16, cdAt);
        out.write(eocd);
        Attachment twoFaced = Attachment.builder()
                .name("van-ban.pdf")
                .contentType("application/zip")
                .content(out.toByteArray())
                .build();
        PdfReport r = PdfVerifier.of(policy).examine(twoFaced);
        assertEquals(List.of(PdfCodes.ATTACHMENT_UNPACK), codes(r), r::toString);
        assertTrue(r.toString().contains("EDXML-ATT-010"), r::toString);
    }

    private static byte[] zipOf(String name, byte[] content) throws java.io.IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return zip.toByteArray();
    }

    private static int u32(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }

    private static void put32(byte[] b, int i, long v) {
        for (int k = 0; k < 4; k++) {
            b[i + k] = (byte) (v >>> (8 * k));
        }
    }

    static List<String> codes(PdfReport r) {
        return r.allProblems().stream().map(Finding::code).toList();
    }
}
