package dev.edxml.sign.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs this library signs verify with poppler's {@code pdfsig}. It cannot know the test root, so only the signature
 * itself is checked there ({@code -nocert}), not certificate trust.
 */
class PdfsigInteropTest {
    static SigningKey key;

    @BeforeAll
    static void pki() throws Exception {
        key = new TestPki("Root CA thử nghiệm").signer(TestPki.rsa(), "Bùi Văn Khoa");
    }

    static String pdfsig(Path file) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(RequiredTools.pdfsig().toString(), "-nocert", file.toString())
                .redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "pdfsig finished");
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void pdfsigSaysOurSignaturesAreValid(@TempDir Path dir) throws Exception {
        RequiredTools.pdfsig();
        byte[] invisible = PdfFixtures.sign(PdfFixtures.textPdf(), key);
        String out = pdfsig(PdfFixtures.write(dir, "an.pdf", invisible));
        assertTrue(out.contains("Signature Validation: Signature is Valid."), out);
        assertTrue(out.contains("Total document signed"), out);
        assertTrue(out.contains("ETSI.CAdES.detached"), out);

        ByteArrayOutputStream visible = new ByteArrayOutputStream();
        PdfSigner.builder(key)
                .clock(PdfFixtures.CLOCK)
                .visibleStamp(StampArea.of(1, 330, 40, 230, 60))
                .font(RequiredTools.font())
                .build()
                .sign(new ByteArrayInputStream(PdfFixtures.textPdf()), visible);
        String vout = pdfsig(PdfFixtures.write(dir, "hien.pdf", visible.toByteArray()));
        assertTrue(vout.contains("Signature Validation: Signature is Valid."), vout);
    }

    @Test
    void pdfsigAgreesThatATamperedFileIsNotValid(@TempDir Path dir) throws Exception {
        RequiredTools.pdfsig();
        byte[] t = PdfFixtures.sign(PdfFixtures.textPdf(), key);
        t[11] ^= 1;
        String out = pdfsig(PdfFixtures.write(dir, "sua.pdf", t));
        assertFalse(out.contains("Signature is Valid"), out);
    }

    /**
     * Every honest file of the attack corpus that this library signed last (certifications at each DocMDP level, a
     * second signature after a certification, signatures over hand-written PDFs) verifies with pdfsig too; and for
     * the attacks whose last signature is ours, pdfsig at least agrees that the signature no longer covers the whole
     * file.
     */
    @Test
    void pdfsigAgreesWithTheCorpus(@TempDir Path dir) throws Exception {
        RequiredTools.pdfsig();
        PdfAttackCorpusTest.pki();
        int checked = 0;
        for (PdfAttackCorpusTest.Case c : PdfAttackCorpusTest.corpus()) {
            String out = pdfsig(PdfFixtures.write(dir, "c" + checked++ + ".pdf", c.pdf()));
            if (c.valid() && c.code() == null) {
                assertTrue(out.contains("Signature Validation: Signature is Valid."), c.name() + ": " + out);
                assertFalse(out.contains("Signature is Invalid"), c.name() + ": " + out);
            } else if (!c.valid() && !c.name().contains("byte range")) {
                String lower = out.toLowerCase(java.util.Locale.ROOT);
                assertTrue(
                        lower.contains("not total document signed") || lower.contains("signature is invalid"),
                        c.name() + ": " + out);
            }
        }
        assertTrue(checked > 20);
    }
}
