package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.internal.io.TempFiles;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code verify(InputStream)} is streamed like {@code verify(Path)} (issue 19) and says the same as the bytes. */
class VerifyStreamTest {
    @Test
    void aStreamIsVerifiedAsItsBytesAreAndLeavesNoTemporaryFile() throws Exception {
        TestPki pki = new TestPki("CA luồng vào");
        Signer signer =
                Signer.builder().key(pki.signer(TestPki.rsa(), "Phạm Văn Dòng")).build();
        Verifier verifier =
                Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
        byte[] content = new byte[3 << 20]; // past the one megabyte kept in memory: the copy is a temporary file
        new Random(19).nextBytes(content);
        EdocPackage pkg = Fixtures.letter().toBuilder()
                .addAttachment(Attachment.builder()
                        .name("lon.bin")
                        .contentType("application/octet-stream")
                        .content(content)
                        .build())
                .build();
        int before = TempFiles.live();
        for (byte[] signed :
                new byte[][] {Edxml.toBytes(signer.sign(Fixtures.letter())), Edxml.toBytes(signer.sign(pkg))}) {
            SignatureReport fromStream = verifier.verify(new ByteArrayInputStream(signed));
            SignatureReport fromBytes = verifier.verify(signed);
            assertTrue(fromStream.isValid(), fromStream.toString());
            assertEquals(fromBytes.chain(), fromStream.chain());
            assertEquals(fromBytes.coverage(), fromStream.coverage());
            assertEquals(before, TempFiles.live(), "the copy is deleted before verify returns");

            byte[] tampered = signed.clone();
            int i = new String(tampered, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Subject>") + 8;
            tampered[i] = (byte) (tampered[i] == 'X' ? 'Y' : 'X'); // one letter of the signed subject
            SignatureVerificationException e = assertThrows(
                    SignatureVerificationException.class, () -> verifier.verify(new ByteArrayInputStream(tampered)));
            assertFalse(e.report().isValid());
            assertEquals(verifier.examine(tampered).problems(), e.report().problems());
            assertEquals(before, TempFiles.live());
        }
    }
}
