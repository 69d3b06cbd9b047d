package dev.edxml.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.sign.Fixtures;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.pdf.PdfSigner;
import dev.edxml.validate.PackageReceiver;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ReceivedPackage;
import dev.edxml.validate.RejectedPackageException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The receiving front door ({@link PackageReceiver}, edxml-validate): one call, one verdict over the XML signature, the PDF
 * signatures and the format. It lives here, beside the examples that use it, because edxml-validate's own tests run
 * inside its named module, which cannot see edxml-sign's test PKI (a test jar splitting the package dev.edxml.sign).
 */
class ReceiverFrontDoorTest {
    static TestPki pki;
    static SigningKey key;
    static PackageReceiver receiver;
    static byte[] signedPdf;
    static byte[] plainPdf;

    @BeforeAll
    static void setUp() throws Exception {
        pki = new TestPki("CA thử nghiệm tiếp nhận");
        key = pki.signer(TestPki.rsa(), "Lê Văn Nhận");
        receiver = PackageReceiver.builder()
                .trust(TrustPolicy.builder().trustAnchor(pki.root).build())
                .build();
        plainPdf = pdf();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSigner.builder(key).build().sign(new ByteArrayInputStream(plainPdf), out);
        signedPdf = out.toByteArray();
    }

    static byte[] pdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 760);
                cs.showText("CONG VAN so 7816/VPCP-TTDT");
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The letter with its PDF attachment replaced by {@code pdf}. */
    static EdocPackage letter(byte[] pdf) {
        EdocPackage l = Fixtures.letter();
        return l.toBuilder()
                .attachments(List.of(Attachment.builder()
                        .contentId("cid:1")
                        .name("cv.pdf")
                        .contentType("application/pdf")
                        .content(pdf)
                        .build()))
                .build();
    }

    static byte[] signed(EdocPackage pkg) throws Exception {
        return Edxml.toBytes(Signer.builder().key(key).build().sign(pkg));
    }

    static Set<String> codes(ReceivedPackage r) {
        return r.reasons().stream().map(ReceivedPackage.Reason::code).collect(Collectors.toSet());
    }

    @Test
    void aSignedPackageWithASignedPdfIsAccepted() throws Exception {
        ReceivedPackage r = receiver.receive(signed(letter(signedPdf)));
        assertTrue(r.isAccepted(), r::toString);
        assertTrue(r.signature().isValid(), () -> r.describe(java.util.Locale.ENGLISH));
        assertEquals(1, r.pdfs().size());
        assertTrue(
                r.pdfs().get(0).report().isValid(),
                () -> r.pdfs().get(0).report().toString());
        assertTrue(r.reasons().stream().noneMatch(ReceivedPackage.Reason::rejects), r::toString);
        assertSame(r.pkg(), r.requireAccepted());
    }

    @Test
    void aRelayedPackageIsAcceptedAndItsHopsAreRoutingInformation() throws Exception {
        String s = new String(signed(letter(signedPdf)), StandardCharsets.UTF_8)
                .replace(
                        "</edXML:TraceHeaderList>",
                        "<edXML:TraceHeader><edXML:OrganId>02.29.W00</edXML:OrganId><edXML:Timestamp>2025/09/30 08:00:01"
                                + "</edXML:Timestamp></edXML:TraceHeader></edXML:TraceHeaderList>");
        ReceivedPackage r = receiver.receive(s.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.isAccepted(), () -> r.describe(java.util.Locale.ENGLISH));
        assertEquals(
                List.of(new SignatureReport.UnsignedHop(
                        2, java.util.Optional.of("02.29.W00"), java.util.Optional.of("2025/09/30 08:00:01"))),
                r.signature().unsignedHops());
        assertTrue(r.reasons().stream().noneMatch(x -> x.code().equals("EDXML-SIG-023")), "routing is not a reason");
    }

    @Test
    void aTamperedPackageIsRejectedAndTheRejectionCannotBeOverlooked() throws Exception {
        String s = new String(signed(letter(signedPdf)), StandardCharsets.UTF_8).replace("V/v kết nối", "V/v sửa");
        ReceivedPackage r = receiver.receive(s.getBytes(StandardCharsets.UTF_8));
        assertEquals(ReceivedPackage.Verdict.REJECT, r.verdict());
        assertTrue(codes(r).contains("EDXML-SIG-011"), r::toString);
        RejectedPackageException e = assertThrows(RejectedPackageException.class, r::requireAccepted);
        assertSame(r, e.received());
        assertTrue(r.describe(java.util.Locale.forLanguageTag("vi")).startsWith("TỪ CHỐI gói tin."));
    }

    @Test
    void unsignedPackagesAndPdfsAreWarningsUnlessRequired() throws Exception {
        byte[] unsigned = Edxml.toBytes(letter(plainPdf));
        // the axis profile (the default) requires a real signature as a format rule
        ReceivedPackage axis = receiver.receive(unsigned);
        assertEquals(ReceivedPackage.Verdict.REJECT, axis.verdict(), axis::toString);
        assertTrue(
                axis.reasons().stream()
                        .anyMatch(x -> x.where().equals("format")
                                && x.rejects()
                                && x.code().equals("EDXML-SIG-030")),
                () -> axis.describe(java.util.Locale.ENGLISH));
        // under the regulation's own profile an unsigned package or PDF is a warning
        PackageReceiver lenient = PackageReceiver.builder()
                .trust(TrustPolicy.builder().trustAnchor(pki.root).build())
                .profile(Profile.QCVN102)
                .build();
        ReceivedPackage r = lenient.receive(unsigned);
        assertEquals(
                ReceivedPackage.Verdict.ACCEPT_WITH_WARNINGS, r.verdict(), () -> r.describe(java.util.Locale.ENGLISH));
        assertTrue(codes(r).contains("EDXML-SIG-001"), r::toString);
        PackageReceiver strict = PackageReceiver.builder()
                .trust(TrustPolicy.builder().trustAnchor(pki.root).build())
                .profile(Profile.QCVN102)
                .requireSignature(true)
                .requireSignedAttachments(true)
                .build();
        ReceivedPackage s = strict.receive(unsigned);
        assertEquals(ReceivedPackage.Verdict.REJECT, s.verdict());
        assertTrue(s.reasons().stream().anyMatch(x -> x.code().equals("EDXML-SIG-001") && x.rejects()), s::toString);
        assertTrue(
                s.reasons().stream().anyMatch(x -> x.where().equals("attachment cv.pdf") && x.rejects()), s::toString);
        // a signed package whose PDF is not signed: rejected by the strict receiver for the PDF alone
        ReceivedPackage p = strict.receive(signed(letter(plainPdf)));
        assertEquals(ReceivedPackage.Verdict.REJECT, p.verdict());
        assertTrue(p.reasons().stream().allMatch(x -> !x.rejects() || x.where().startsWith("attachment")), p::toString);
    }

    @Test
    void aPdfChangedAfterSigningRejectsThePackage() throws Exception {
        byte[] changed = signedPdf.clone();
        String text = new String(changed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/MediaBox");
        changed[at + 1] = 'm'; // inside the signed byte range
        ReceivedPackage r = receiver.receive(signed(letter(changed)));
        assertEquals(ReceivedPackage.Verdict.REJECT, r.verdict(), r::toString);
        assertTrue(r.signature().isValid(), "the package signature itself is fine");
        assertTrue(
                r.reasons().stream().anyMatch(x -> x.rejects() && x.where().equals("attachment cv.pdf")), r::toString);
    }

    @Test
    void theSameBytesGiveTheSameResultFromEverySourceAndTheirHash(@TempDir Path dir) throws Exception {
        byte[] bytes = signed(letter(signedPdf));
        Path file = Files.write(dir.resolve("nhan.edxml"), bytes);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        ReceivedPackage a = receiver.receive(file);
        ReceivedPackage b = receiver.receive(bytes);
        ReceivedPackage c = receiver.receive(new ByteArrayInputStream(bytes), "stream");
        for (ReceivedPackage r : List.of(a, b, c)) {
            assertEquals(sha, r.sha256());
            assertEquals(a.verdict(), r.verdict());
            assertEquals(codes(a), codes(r));
        }
        assertEquals(java.util.Optional.of(file.toString()), a.source());
    }

    @Test
    void aLargePackageIsCheckedOnAPrivateCopyThatIsThenDeleted() throws Exception {
        byte[] big = new byte[17 << 20];
        new Random(3).nextBytes(big);
        EdocPackage pkg = Fixtures.letter().toBuilder()
                .addAttachment(Attachment.builder()
                        .contentId("cid:9")
                        .name("du-lieu.bin")
                        .contentType("application/octet-stream")
                        .content(big)
                        .build())
                .build();
        byte[] bytes = signed(pkg);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = copies(tmp);
        ReceivedPackage r = receiver.receive(new ByteArrayInputStream(bytes), "lon.edxml");
        assertTrue(r.signature().isValid(), r::toString);
        assertEquals(before, copies(tmp), "the private copy is gone");
    }

    private static Set<Path> copies(Path tmp) throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("edxml-received-"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void aReceiverMustSayWhomItTrusts() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> PackageReceiver.builder().build());
        assertTrue(e.getMessage().contains("trust"));
        assertTrue(PackageReceiver.builder().toString().contains("not ready"));
    }
}
