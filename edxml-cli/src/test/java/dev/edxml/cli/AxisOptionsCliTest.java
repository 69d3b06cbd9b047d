package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.sign.pdf.PdfReport;
import dev.edxml.sign.pdf.PdfVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small options the axis conformance level needed: signing in new edoc and reply, inspect --verify-pdf. */
class AxisOptionsCliTest {
    @TempDir
    Path dir;

    @Test
    void newEdocSignsThePdfThenThePackage() throws Exception {
        SigningFixtures keys = new SigningFixtures(Files.createDirectories(dir.resolve("keys")));
        Files.write(dir.resolve("cv.pdf"), Packages.SIGNED_PDF);
        Path out = dir.resolve("cv.edxml");
        CliRun run = CliRun.of(
                "new",
                "edoc",
                "--from",
                "000.00.00.G22",
                "--from-name",
                "Văn phòng Chính phủ",
                "--to",
                "000.00.00.H41",
                "--number",
                "12",
                "--notation",
                "VPCP-KSTT",
                "--date",
                "2026-01-14",
                "--subject",
                "V/v thử",
                "--type",
                "Công văn",
                "--attach",
                dir.resolve("cv.pdf").toString(),
                "--key",
                keys.p12.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--sign-pdf",
                "signer",
                "--out",
                out.toString());
        assertEquals(0, run.code(), run::toString);
        TrustPolicy trust = TrustPolicy.builder().trustAnchors(keys.root).build();
        assertTrue(Verifier.of(trust).verify(out).isValid());
        try (EdxmlPackage pkg = Edxml.read(out)) {
            PdfReport pdf = PdfVerifier.of(trust)
                    .examine(((EdocPackage) pkg).attachments().get(0));
            // the PDF was already signed once (by the PDF test PKI): ours is the second signature
            assertEquals(2, pdf.signatures().size(), pdf.toString());
        }
        // a reply signed the same way
        Path reply = dir.resolve("reply.edxml");
        CliRun r = CliRun.withEnv(
                Map.of("EDXML_KEY_PASSWORD", SigningFixtures.PASSWORD),
                "reply",
                out.toString(),
                "--status",
                "03",
                "--out",
                reply.toString(),
                "--key",
                keys.p12.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(Verifier.of(trust).verify(reply).isValid());
    }

    @Test
    void signingOptionsWithoutAKeyAndVerifyPdfWithoutTrustAreUsageErrors() throws Exception {
        CliRun alias = CliRun.of(
                "reply",
                "x.edxml",
                "--status",
                "03",
                "--out",
                dir.resolve("o").toString(),
                "--alias",
                "a",
                "--lang",
                "en");
        assertEquals(2, alias.code(), alias::toString);
        assertTrue(alias.err().contains("give --key too"), alias.err());
        CliRun pdf = CliRun.of("inspect", "--verify-pdf", "x.edxml", "--lang", "en");
        assertEquals(2, pdf.code(), pdf::toString);
        assertTrue(pdf.err().contains("--verify-pdf"), pdf.err());
    }

    @Test
    void inspectVerifyPdfRefusesATamperedPdfAndReportsTheSenderBinding() throws Exception {
        dev.edxml.conformance.Suite.current().generate(dir);
        String trust = dir.resolve("test-root-ca.pem").toString();
        CliRun tampered = CliRun.of(
                "inspect",
                "--json",
                "--trust",
                trust,
                "--verify-pdf",
                "--lang",
                "en",
                dir.resolve("C-PDF-004.edxml").toString());
        assertEquals(1, tampered.code(), tampered::toString);
        assertTrue(tampered.err().contains("EDXML-PDF-011"), tampered.err());
        // without --verify-pdf the same package is read (the qcvn102 behaviour is unchanged)
        assertEquals(
                0,
                CliRun.of(
                                "inspect",
                                "--json",
                                "--trust",
                                trust,
                                dir.resolve("C-PDF-004.edxml").toString())
                        .code());
        assertEquals(
                0,
                CliRun.of(
                                "inspect",
                                "--json",
                                "--trust",
                                trust,
                                "--verify-pdf",
                                dir.resolve("C-PDF-001.edxml").toString())
                        .code());
        CliRun other = CliRun.of(
                "inspect",
                "--json",
                "--trust",
                trust,
                dir.resolve("C-SIG-014.edxml").toString());
        assertEquals(0, other.code(), other::toString);
        assertTrue(
                other.out().replaceAll("\\s", "").contains("\"senderBinding\":{\"status\":\"mismatch\""), other.out());
    }
}
