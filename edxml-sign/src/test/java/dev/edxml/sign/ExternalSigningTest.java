package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Signing with a key that is elsewhere (a remote signing service): in two steps ({@code prepare} → sign
 * {@code dataToSign()} → {@code complete}) and in one ({@code externalSigner}), for RSA and ECDSA keys. The "service"
 * here is a {@link Signature} over a key the signer never sees.
 */
class ExternalSigningTest {
    enum KeyType {
        RSA,
        EC
    }

    private static TestPki pki;
    private static SigningKey rsa;
    private static SigningKey ec;

    @BeforeAll
    static void keys() throws Exception {
        pki = new TestPki("CA thử nghiệm ký từ xa");
        rsa = pki.signer(TestPki.rsa(), "Phạm Văn Từ Xa");
        ec = pki.signer(TestPki.ec(), "Đỗ Thị Elliptic");
    }

    private static SigningKey key(KeyType type) {
        return type == KeyType.RSA ? rsa : ec;
    }

    private static Verifier verifier() {
        return Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
    }

    /** The signing service: a JCA signature over the key, returning the JCA value (DER for ECDSA). */
    private static byte[] service(SigningKey key, byte[] data, SignatureAlgorithm alg) throws GeneralSecurityException {
        Signature s = Signature.getInstance(alg.jcaName());
        s.initSign(key.privateKey());
        s.update(data);
        return s.sign();
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void twoStepSigningVerifies(KeyType type) throws Exception {
        SigningKey key = key(type);
        Signer signer = Signer.builder().certificateChain(key.chain()).build();
        assertEquals(key.defaultAlgorithm(), signer.algorithm());
        PreparedSignature prepared = signer.prepare(Fixtures.letter());
        assertEquals(signer.algorithm(), prepared.algorithm());
        byte[] data = prepared.dataToSign();
        assertTrue(
                new String(data, java.nio.charset.StandardCharsets.UTF_8).startsWith("<SignedInfo"),
                "the data to sign is the canonical SignedInfo");
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(data), prepared.digestToSign());

        EdocPackage signed = prepared.complete(service(key, data, prepared.algorithm()));

        SignatureReport r = verifier().verify(signed);
        assertEquals(prepared.algorithm().uri(), r.signatureAlgorithm().orElseThrow());
        assertEquals(key.chain().get(0), r.chain().get(0));
        assertEquals(SignatureReport.Coverage.WHOLE_PACKAGE, r.coverage());
        // and as bytes written to a file and read back
        assertTrue(verifier().examine(Edxml.toBytes(signed)).isValid());
        assertThrows(
                IllegalStateException.class, () -> prepared.complete(new byte[8]), "a prepared signature is used once");
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void aValueFromAnotherKeyDoesNotVerify(KeyType type) throws Exception {
        SigningKey key = key(type);
        SigningKey other = pki.signer(type == KeyType.RSA ? TestPki.rsa() : TestPki.ec(), "Kẻ mạo danh");
        PreparedSignature prepared =
                Signer.builder().certificateChain(key.chain()).build().prepare(Fixtures.letter());
        EdocPackage signed = prepared.complete(service(other, prepared.dataToSign(), prepared.algorithm()));
        SignatureReport r = verifier().examine(Edxml.toBytes(signed));
        assertFalse(r.isValid(), r::toString);
        assertTrue(r.errors().stream().anyMatch(p -> p.code().equals("EDXML-SIG-012")), r::toString);
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void oneStepExternalSignerVerifies(KeyType type) throws Exception {
        SigningKey key = key(type);
        List<byte[]> seen = new ArrayList<>();
        ExternalSigner service = new ExternalSigner() {
            @Override
            public List<X509Certificate> certificateChain() {
                return key.chain();
            }

            @Override
            public byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) throws GeneralSecurityException {
                seen.add(dataToSign.clone());
                return service(key, dataToSign, algorithm);
            }
        };
        Signer signer = Signer.builder().externalSigner(service).build();
        EdocPackage signed = signer.sign(Fixtures.letter());
        assertEquals(1, seen.size(), "the service is called once");
        SignatureReport r = verifier().verify(signed);
        assertEquals(key.defaultAlgorithm().uri(), r.signatureAlgorithm().orElseThrow());
        assertEquals(
                key.chain().get(0).getSubjectX500Principal(), r.chain().get(0).getSubjectX500Principal());
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void aFailingServiceFailsTheSigning(KeyType type) {
        SigningKey key = key(type);
        ExternalSigner broken = new ExternalSigner() {
            @Override
            public List<X509Certificate> certificateChain() {
                return key.chain();
            }

            @Override
            public byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) throws GeneralSecurityException {
                throw new GeneralSecurityException("dịch vụ ký không trả lời");
            }
        };
        assertThrows(
                GeneralSecurityException.class,
                () -> Signer.builder().externalSigner(broken).build().sign(Fixtures.letter()));
    }
}
