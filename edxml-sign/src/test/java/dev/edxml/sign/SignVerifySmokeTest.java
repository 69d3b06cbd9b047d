package dev.edxml.sign;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

class SignVerifySmokeTest {
    @Test
    void signsAndVerifies(@TempDir Path dir) throws Exception {
        TestPki pki = new TestPki("CA thử nghiệm");
        SigningKey key = pki.signer(TestPki.rsa(), "Nguyễn Văn A");
        EdocPackage pkg = Edxml.edoc().header(MessageHeader.builder()
                .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ")).subject("Thử ký số").build())
                .addAttachment(Attachment.builder().name("a.pdf").content("%PDF-1.4 x".getBytes()).build()).build();
        EdocPackage signed = Signer.builder().key(key).build().sign(pkg);
        Path f = dir.resolve("signed.edxml");
        Edxml.write(signed, f);
        Files.copy(f, Path.of("/tmp/signed.edxml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        TestPki.pem(Path.of("/tmp/root.pem"), pki.root);
        SignatureReport r = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build()).examine(f);
        System.out.println(r);
        assertTrue(r.isValid(), r.toString());
    }
}
