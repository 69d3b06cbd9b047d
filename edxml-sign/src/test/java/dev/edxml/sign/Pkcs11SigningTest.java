package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.edxml.Edxml;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing with keys on a PKCS#11 token, SoftHSM2 standing in for the USB tokens of Vietnamese CAs: a fresh token in a
 * temporary folder, RSA and EC keys with their certificate chains imported through the SunPKCS11 key store, a package
 * signed on the token with {@link SigningKey#fromPkcs11} and verified here. The PKCS#11 part runs in
 * {@link Pkcs11Fork}, a JVM of its own, because SoftHSM reads its configuration from the environment.
 */
class Pkcs11SigningTest {
    @TempDir
    Path dir;

    @Test
    void signsOnATokenAndTheSignatureVerifies() throws Exception {
        SoftHsm token = SoftHsm.create(dir, "123456");
        TestPki pki = new TestPki("CA thử nghiệm PKCS#11");
        TestPki.pkcs12(
                dir.resolve("rsa.p12"),
                pki.signer(TestPki.rsa(), "Nguyễn Văn Token"),
                SoftHsm.P12_PASSWORD.toCharArray());
        TestPki.pkcs12(
                dir.resolve("ec.p12"),
                pki.signer(TestPki.ec(), "Trần Thị Khóa EC"),
                SoftHsm.P12_PASSWORD.toCharArray());
        Edxml.write(Fixtures.letter(), dir.resolve("unsigned.edxml"));
        token.importKeys(dir, Pkcs11Fork.ALIASES.toArray(new String[0]));

        SoftHsm.Run run = token.java(
                Pkcs11Fork.class.getName(), Map.of(), "sign", token.config().toString(), token.pin(), dir.toString());
        Map<String, String> result = run.values();
        if (!"true".equals(result.get("done"))) {
            fail("the PKCS#11 process failed:\n" + run);
        }

        assertTrue(result.get("wrongPin").startsWith("EDXML-SIG-106 "), run::toString);
        assertTrue(result.get("wrongPin").contains("CKR_PIN_INCORRECT"), run::toString);
        assertEquals("EDXML-SIG-102", result.get("noAlias"), run::toString);
        // documented in the README: PKCS#11 keeps the token logged in for the process, the PIN is not checked again
        assertEquals("accepted", result.get("wrongPinAfterLogin"), run::toString);
        assertEquals("RSA_SHA256", result.get("rsa.algorithm"));
        assertEquals("ECDSA_SHA256", result.get("ec.algorithm"));
        for (String alias : Pkcs11Fork.ALIASES) {
            assertTrue(result.get(alias + ".key").contains(", on SunPKCS11-SoftHSM"), run::toString);
            assertEquals("false", result.get(alias + ".extractable"), "the key stays on the token: " + run);
        }

        Verifier verifier =
                Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
        SignatureReport rsa = verifier.verify(dir.resolve("rsa-signed.edxml"));
        assertEquals("Nguyễn Văn Token", rsa.signer().orElseThrow().commonName().orElseThrow());
        assertEquals(
                SignatureAlgorithm.RSA_SHA256.uri(), rsa.signatureAlgorithm().orElseThrow());
        SignatureReport ec = verifier.verify(dir.resolve("ec-signed.edxml"));
        assertEquals("Trần Thị Khóa EC", ec.signer().orElseThrow().commonName().orElseThrow());
        assertEquals(
                SignatureAlgorithm.ECDSA_SHA256.uri(), ec.signatureAlgorithm().orElseThrow());

        // another root does not vouch for the token's certificate
        Verifier stranger = Verifier.of(
                TrustPolicy.builder().trustAnchor(new TestPki("CA lạ").root).build());
        assertTrue(stranger.examine(dir.resolve("rsa-signed.edxml")).errors().stream()
                .anyMatch(p -> p.code().equals("EDXML-SIG-014")));
    }
}
