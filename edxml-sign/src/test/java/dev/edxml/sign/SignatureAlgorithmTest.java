package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every signing algorithm signs and verifies, ECDSA-SHA512 with a P-521 key among them. */
class SignatureAlgorithmTest {
    static TestPki pki;
    static KeyPair rsa;
    static KeyPair p521;
    static Verifier verifier;

    @BeforeAll
    static void setUp() throws Exception {
        pki = new TestPki("CA thuật toán");
        rsa = TestPki.rsa();
        p521 = TestPki.ec("secp521r1");
        verifier = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
    }

    @Test
    void everyAlgorithmButSha1SignsAndVerifies() throws Exception {
        SigningKey rsaKey = pki.signer(rsa, "Người ký RSA");
        SigningKey ecKey = pki.signer(p521, "Người ký P-521");
        for (SignatureAlgorithm a : SignatureAlgorithm.values()) {
            if (a.isLegacy()) {
                continue;
            }
            SigningKey k = a.name().startsWith("ECDSA") ? ecKey : rsaKey;
            byte[] b =
                    Edxml.toBytes(Signer.builder().key(k).algorithm(a).build().sign(Fixtures.letter()));
            SignatureReport r = verifier.verify(b);
            assertEquals(a.uri(), r.signatureAlgorithm().orElseThrow(), a.name());
            assertEquals(a.digest().uri(), r.digestAlgorithm().orElseThrow(), a.name());
        }
    }

    @Test
    void ecdsaSha512WithP521IsWrittenAsTheRecommendationSaysAndRefusedWhenChanged() throws Exception {
        SigningKey k = pki.signer(p521, "Lý Thị Hoa");
        byte[] b = Edxml.toBytes(Signer.builder()
                .key(k)
                .algorithm(SignatureAlgorithm.ECDSA_SHA512)
                .build()
                .sign(Fixtures.letter()));
        String xml = new String(b, StandardCharsets.UTF_8);
        assertTrue(xml.contains("Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512\""));
        assertTrue(xml.contains("Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha512\""));
        Matcher m = Pattern.compile("<SignatureValue>([^<]+)</SignatureValue>").matcher(xml);
        assertTrue(m.find());
        // r ‖ s, each the 66 bytes of the P-521 order (RFC 4050), not DER
        assertEquals(132, Base64.getDecoder().decode(m.group(1)).length);
        assertTrue(verifier.verify(b).isValid());
        assertTrue(VerifierTest.codes(verifier.examine(VerifierTest.replace(b, "V/v kết nối", "V/v ngắt")))
                .contains("EDXML-SIG-011"));
    }

    @Test
    void ecdsaSha512InTwoStepsWithADerValueFromTheService() throws Exception {
        SigningKey k = pki.signer(TestPki.ec("secp384r1"), "Vũ Văn Long");
        PreparedSignature p = Signer.builder()
                .certificateChain(k.chain())
                .algorithm(SignatureAlgorithm.ECDSA_SHA512)
                .build()
                .prepare(Fixtures.letter());
        assertEquals(SignatureAlgorithm.ECDSA_SHA512, p.algorithm());
        Signature s = Signature.getInstance("SHA512withECDSA");
        s.initSign(k.privateKey());
        s.update(p.dataToSign());
        EdocPackage signed = p.complete(s.sign());
        assertTrue(verifier.verify(Edxml.toBytes(signed)).isValid());
    }
}
