package dev.edxml.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.pdf.PdfReport;
import dev.edxml.sign.pdf.PdfVerifier;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The kept signed PDF ({@code signed-test.pdf}) was signed by the test signer and verifies with the test root. To
 * sign it again (PdfSigner's output changes at every run): {@code -Dedxml.updateSignedPdf=true}, then update the digest.
 */
class SignedPdfTest {
    @Test
    void keptPdfIsSignedByTheTestSigner() throws Exception {
        Vectors v = new Vectors(TestPki.create());
        if (Boolean.getBoolean("edxml.updateSignedPdf")) {
            Files.write(
                    Path.of("src/main/resources/dev/edxml/conformance/" + Vectors.SIGNED_PDF_RESOURCE), v.signPdf());
        }
        PdfReport report = PdfVerifier.of(TrustPolicy.builder()
                        .trustAnchor(v.pki.root())
                        .at(Vectors.NOW)
                        .build())
                .examine(new ByteArrayInputStream(v.signedPdf()));
        assertTrue(report.isValid(), report.toString());
        assertEquals(1, report.signatures().size());
        assertArrayEquals(
                v.pki.signer().chain().get(0).getEncoded(),
                report.signatures().get(0).chain().get(0).getEncoded());
    }
}
