package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two-step XML signing resumed in another process: the prepared signature's state is saved, everything else is
 * dropped, and it is restored from the bytes with the package read again, then completed with the service's value.
 */
class PreparedSignatureStateTest {
    static TestPki pki;
    static SigningKey rsa;
    static SigningKey ec;

    @BeforeAll
    static void keys() throws Exception {
        pki = new TestPki("CA thử nghiệm ký từ xa");
        rsa = pki.signer(TestPki.rsa(), "Phạm Văn Từ Xa");
        ec = pki.signer(TestPki.ec(), "Đỗ Thị Elliptic");
    }

    static byte[] service(SigningKey key, byte[] data, SignatureAlgorithm alg) throws Exception {
        Signature s = Signature.getInstance(alg.jcaName());
        s.initSign(key.privateKey());
        s.update(data);
        return s.sign();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aSavedStateCompletesInAnotherProcess(boolean useEc) throws Exception {
        SigningKey key = useEc ? ec : rsa;
        byte[] packageOnDisk = Edxml.toBytes(Fixtures.letter());
        // process 1: prepare, send dataToSign, save the state, forget everything
        PreparedSignature p = Signer.builder()
                .certificateChain(key.chain())
                .build()
                .prepare(Edxml.read(new java.io.ByteArrayInputStream(packageOnDisk)));
        byte[] data = p.dataToSign();
        byte[] state = p.toBytes();
        assertTrue(new String(state, StandardCharsets.UTF_8).startsWith("edxml-prepared-xml-signature: 1\n"));
        p = null;

        // process 2: the package read again, the state, the service's answer
        byte[] value = service(key, data, useEc ? SignatureAlgorithm.ECDSA_SHA256 : SignatureAlgorithm.RSA_SHA256);
        PreparedSignature restored =
                PreparedSignature.restore(state, Edxml.read(new java.io.ByteArrayInputStream(packageOnDisk)));
        assertArrayEquals(data, restored.dataToSign());
        EdocPackage signed = restored.complete(value);
        SignatureReport r =
                Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build()).examine(Edxml.toBytes(signed));
        assertTrue(r.isValid(), r::toString);
        assertThrows(IllegalStateException.class, () -> restored.complete(value), "used once");
    }

    @Test
    void anotherPackageAnotherVersionOrADamagedStateIsRefused() throws Exception {
        PreparedSignature p =
                Signer.builder().certificateChain(rsa.chain()).build().prepare(Fixtures.letter());
        byte[] state = p.toBytes();
        EdocPackage other = Fixtures.letter().toBuilder()
                .header(Fixtures.letter().header().toBuilder()
                        .subject("Trích yếu đã bị sửa")
                        .build())
                .build();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PreparedSignature.restore(state, other));
        assertTrue(e.getMessage().contains("not the one this signature was prepared for"), e.getMessage());
        String v2 = new String(state, StandardCharsets.UTF_8).replace("signature: 1\n", "signature: 2\n");
        IllegalArgumentException version = assertThrows(
                IllegalArgumentException.class,
                () -> PreparedSignature.restore(v2.getBytes(StandardCharsets.UTF_8), Fixtures.letter()));
        assertTrue(version.getMessage().contains("version 2"), version.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> PreparedSignature.restore(
                        "edxml-prepared-xml-signature: 1\nalgorithm: RSA_SHA256\ndata-to-sign: !!\n"
                                .getBytes(StandardCharsets.UTF_8),
                        Fixtures.letter()));
        p.complete(service(rsa, p.dataToSign(), p.algorithm()));
        assertThrows(IllegalStateException.class, p::toBytes, "a completed signature has no state to save");
    }
}
