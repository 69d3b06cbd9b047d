package dev.edxml.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlDate;
import dev.edxml.model.OrganId;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusPackage;
import dev.edxml.sign.Signer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiverExampleTest {
    @TempDir
    Path dir;

    @Test
    void aGoodPackageIsAcceptedWith03() throws Exception {
        Fixtures f = new Fixtures(dir);
        Path received = f.sentPackage(dir, "nhan-duoc.edxml");
        Path out = dir.resolve("trang-thai.edxml");
        ReceiverExample.main(new String[] {received.toString(), f.anchor.toString(), out.toString()});

        StatusPackage status = (StatusPackage) Edxml.read(out);
        assertEquals(StatusCode.ACCEPTED, status.header().statusCode().orElseThrow(), status::toString);
        assertTrue(status.header().description().isEmpty(), status::toString);
        assertEquals(
                OrganId.of("000.00.00.H41"),
                status.header().from().orElseThrow().organId().orElseThrow());
        ResponseFor about = status.header().responseFor().orElseThrow();
        assertEquals(OrganId.of("000.00.00.G22"), about.organId().orElseThrow());
        assertEquals("7816/VPCP-TTĐT", about.code().orElseThrow());
        assertEquals(
                "000.00.00.G22,2025/09/30,7816/VPCP-TTĐT", about.documentId().orElseThrow());
        assertEquals(
                EdxmlDate.of(LocalDate.of(2025, 9, 30)),
                about.promulgationDate().orElseThrow());
        Instant stamped = status.header().timestamp().orElseThrow().instant().orElseThrow();
        assertTrue(Duration.between(stamped, Instant.now()).abs().toMinutes() < 5, "now, read back as Vietnam time");
    }

    @Test
    void aTamperedPackageIsRejectedWith02AndTheReason() throws Exception {
        Fixtures f = new Fixtures(dir);
        Path received = f.sentPackage(dir, "nhan-duoc.edxml");
        // someone changed the subject on the way: the signature no longer matches
        String xml = Files.readString(received, StandardCharsets.UTF_8);
        Files.writeString(received, xml.replace("V/v kết nối", "V/v ngắt kết nối"), StandardCharsets.UTF_8);
        Path out = dir.resolve("trang-thai.edxml");

        StatusPackage status = ReceiverExample.receive(received, f.anchor, out);

        assertEquals(status, Edxml.read(out));
        assertEquals(StatusCode.REJECTED, status.header().statusCode().orElseThrow());
        String reason = status.header().description().orElseThrow();
        assertTrue(reason.startsWith("Chữ ký số không hợp lệ: "), reason);
        assertEquals(
                "7816/VPCP-TTĐT",
                status.header().responseFor().orElseThrow().code().orElseThrow());
    }

    @Test
    void aPackageFromAnUntrustedSignerIsRejected() throws Exception {
        Fixtures f = new Fixtures(dir);
        Path received = f.sentPackage(dir, "nhan-duoc.edxml");
        Path stranger = dev.edxml.sign.TestPki.pem(dir.resolve("ca-la.pem"), new dev.edxml.sign.TestPki("CA lạ").root);

        StatusPackage status = ReceiverExample.receive(received, stranger, dir.resolve("trang-thai.edxml"));

        assertEquals(StatusCode.REJECTED, status.header().statusCode().orElseThrow());
        assertTrue(status.header().description().orElseThrow().startsWith("Chữ ký số không hợp lệ"), status::toString);
    }

    @Test
    void aSignedPackageThatBreaksTheRulesIsRejectedWithTheFinding() throws Exception {
        Fixtures f = new Fixtures(dir);
        EdocPackage sent = (EdocPackage) Edxml.read(f.sentPackage(dir, "goc.edxml"));
        // correctly signed, but without its subject (trích yếu), which the axis requires
        EdocPackage noSubject = sent.toBuilder()
                .header(sent.header().toBuilder().subject(null).build())
                .build();
        Path received = dir.resolve("thieu-trich-yeu.edxml");
        Edxml.write(Signer.builder().key(f.signer).build().sign(noSubject), received);

        StatusPackage status = ReceiverExample.receive(received, f.anchor, dir.resolve("trang-thai.edxml"));

        assertEquals(StatusCode.REJECTED, status.header().statusCode().orElseThrow(), status::toString);
        String reason = status.header().description().orElseThrow();
        assertTrue(reason.startsWith("Gói tin không đạt yêu cầu ("), reason);
        assertTrue(reason.contains("EDXML-HDR-"), reason);
    }
}
