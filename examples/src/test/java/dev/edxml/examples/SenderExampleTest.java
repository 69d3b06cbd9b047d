package dev.edxml.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SenderExampleTest {
    @TempDir
    Path dir;

    @Test
    void theSentPackageVerifiesAndCarriesThePdf() throws Exception {
        Fixtures f = new Fixtures(dir);
        Path out = dir.resolve("gui-di.edxml");
        SenderExample.main(new String[] {f.pdf.toString(), f.p12.toString(), out.toString(), Fixtures.P12_PASSWORD});

        SignatureReport report = Verifier.of(
                        TrustPolicy.builder().trustAnchors(f.anchor).build())
                .verify(out);
        assertEquals(
                "Văn thư Văn phòng Chính phủ",
                report.signer().orElseThrow().commonName().orElseThrow());
        assertEquals(SignatureReport.Coverage.WHOLE_PACKAGE, report.coverage());

        EdocPackage read = (EdocPackage) Edxml.read(out);
        assertEquals(
                "000.00.00.G22,2025/09/30,7816/VPCP-TTĐT",
                read.header().documentId().orElseThrow());
        assertEquals("cong-van-7816.pdf", read.attachments().get(0).name().orElseThrow());
        try (var in = read.attachments().get(0).openStream()) {
            assertArrayEquals(Files.readAllBytes(f.pdf), in.readAllBytes());
        }
        try (var files = Files.list(dir)) {
            assertEquals(4, files.count(), "key, anchor, PDF and the package; no temporary file left");
        }
    }
}
