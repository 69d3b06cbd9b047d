package dev.edxml.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.SoftHsm;
import dev.edxml.sign.TestPki;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link TokenSignerExample#main} against a fresh SoftHSM2 token standing in for a USB token. SoftHSM reads
 * {@code SOFTHSM2_CONF} when its library loads, so the example runs in a JVM of its own ({@link SoftHsm#java});
 * without softhsm2-util the test is skipped, or fails with {@code -Dedxml.requireTools=true}.
 */
class TokenSignerExampleTest {
    @TempDir
    Path dir;

    @Test
    void signsOnTheTokenAndTheSignatureVerifies() throws Exception {
        SoftHsm token = SoftHsm.create(dir, "246810");
        TestPki pki = new TestPki("CA thử nghiệm token");
        TestPki.pkcs12(
                dir.resolve("token-key.p12"),
                pki.signer(TestPki.rsa(), "Nguyễn Thị Token"),
                SoftHsm.P12_PASSWORD.toCharArray());
        token.importKeys(dir, "token-key");
        Fixtures f = new Fixtures(dir);
        EdocPackage sent = (EdocPackage) Edxml.read(f.sentPackage(dir, "da-ky-phan-mem.edxml"));
        Path unsigned = dir.resolve("chua-ky.edxml");
        Edxml.write(sent.toBuilder().signature(null).build(), unsigned);
        Path out = dir.resolve("da-ky-token.edxml");

        SoftHsm.Run run = token.java(
                TokenSignerExample.class.getName(),
                Map.of("EDXML_KEY_PASSWORD", token.pin()),
                token.config().toString(),
                unsigned.toString(),
                out.toString());

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.output().contains("on SunPKCS11-SoftHSM"), run::toString);
        SignatureReport report =
                Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build()).verify(out);
        assertEquals(
                "Nguyễn Thị Token", report.signer().orElseThrow().commonName().orElseThrow());
    }
}
