package dev.edxml.sign.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import dev.edxml.sign.TrustPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two-step signing with a remote service that takes a hash and answers later (as VNPT SmartCA or Viettel MySign do
 * once the user approves on a phone): prepare, save the state, forget everything, restore, complete.
 */
class PdfRemoteSigningTest {
    static TestPki pki;
    static SigningKey key;
    static TrustPolicy policy;

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("Root CA thử nghiệm");
        key = pki.signer(TestPki.rsa(), "Văn phòng Chính phủ");
        policy = PdfFixtures.trusting(pki);
    }

    /**
     * A fake remote signing service: {@link #submit} takes a SHA-256 hash and returns a transaction id; the signature
     * is ready only after the user "approves" (here: after {@code pollsUntilApproved} polls), signed over the hash
     * as such services do (RSA PKCS#1 v1.5 over the DigestInfo).
     */
    static final class FakeRemoteService {
        private final PrivateKey key;
        private final int pollsUntilApproved;
        private final Map<String, byte[]> pending = new HashMap<>();
        private final Map<String, Integer> polls = new HashMap<>();

        FakeRemoteService(PrivateKey key, int pollsUntilApproved) {
            this.key = key;
            this.pollsUntilApproved = pollsUntilApproved;
        }

        String submit(byte[] sha256) {
            String id = "tx-" + (pending.size() + 1);
            pending.put(id, sha256.clone());
            polls.put(id, 0);
            return id;
        }

        Optional<byte[]> poll(String id) throws Exception {
            int n = polls.merge(id, 1, Integer::sum);
            if (n <= pollsUntilApproved) {
                return Optional.empty();
            }
            Signature raw = Signature.getInstance("NONEwithRSA");
            raw.initSign(key);
            raw.update(new DigestInfo(
                            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE), pending.get(id))
                    .getEncoded("DER"));
            return Optional.of(raw.sign());
        }
    }

    @Test
    void preparedSavedRestoredAndCompletedAfterTheServiceAnswers(@TempDir Path dir) throws Exception {
        Path pdf = PdfFixtures.write(dir, "to-trinh.pdf", PdfFixtures.textPdf());
        Path prepared = dir.resolve("to-trinh.prepared.pdf");
        Path state = dir.resolve("to-trinh.state");
        FakeRemoteService service = new FakeRemoteService(key.privateKey(), 3);

        // process 1: only the certificate chain is here; prepare, send the hash, save what is needed, stop
        PdfSigner remote = PdfSigner.builder(key.chain())
                .clock(PdfFixtures.CLOCK)
                .attachmentStamp("45/TTr-VPCP")
                .build();
        PreparedPdfSignature p = remote.prepare(pdf, prepared);
        String tx = service.submit(p.digestToSign());
        Files.write(state, p.toBytes());
        assertTrue(new String(Files.readAllBytes(state), StandardCharsets.UTF_8)
                .startsWith("edxml-prepared-pdf-signature: 1\nalgorithm: RSA_SHA256\n"));
        assertFalse(PdfVerifier.of(policy).examine(prepared).isValid(), "the prepared PDF is not signed yet");

        // the user has not approved yet
        assertTrue(service.poll(tx).isEmpty());
        assertTrue(service.poll(tx).isEmpty());
        assertTrue(service.poll(tx).isEmpty());

        // process 2, after a restart: the saved state and the prepared file are all there is
        PreparedPdfSignature restored = PreparedPdfSignature.fromBytes(Files.readAllBytes(state));
        assertEquals(p, restored);
        assertArrayEquals(p.digestToSign(), restored.digestToSign());
        byte[] value = service.poll(tx).orElseThrow();
        Path signed = dir.resolve("to-trinh-da-ky.pdf");
        restored.complete(prepared, value, signed);

        PdfReport r = PdfVerifier.of(policy).examine(signed);
        assertTrue(r.isValid(), r::toString);
        assertEquals(PdfSignatureInfo.Coverage.WHOLE_FILE, r.signatures().get(0).coverage());
        assertTrue(PdfSignerTest.textWithStamps(Files.readAllBytes(signed)).contains("45/TTr-VPCP"));
        String out = PdfsigInteropTest.pdfsig(signed);
        assertTrue(out.contains("Signature is Valid"), out);
    }

    @Test
    void aWrongAnswerAChangedFileOrAnotherVersionIsRefused(@TempDir Path dir) throws Exception {
        Path pdf = PdfFixtures.write(dir, "a.pdf", PdfFixtures.textPdf());
        Path prepared = dir.resolve("a.prepared.pdf");
        PreparedPdfSignature p =
                PdfSigner.builder(key.chain()).clock(PdfFixtures.CLOCK).build().prepare(pdf, prepared);
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(TestPki.rsa().getPrivate());
        s.update(p.dataToSign());
        byte[] otherKey = s.sign();
        Path out = dir.resolve("out.pdf");
        assertThrows(java.security.SignatureException.class, () -> p.complete(prepared, otherKey, out));
        assertFalse(Files.exists(out), "nothing written");

        byte[] changed = Files.readAllBytes(prepared);
        changed[20] ^= 1;
        Path tampered = Files.write(dir.resolve("b.prepared.pdf"), changed);
        Signature good = Signature.getInstance("SHA256withRSA");
        good.initSign(key.privateKey());
        good.update(p.dataToSign());
        byte[] value = good.sign();
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> p.complete(tampered, value, out));
        assertTrue(e.getMessage().contains("changed since prepare"), e.getMessage());

        String v2 = new String(p.toBytes(), StandardCharsets.UTF_8).replace("signature: 1\n", "signature: 2\n");
        IllegalArgumentException version = assertThrows(
                IllegalArgumentException.class,
                () -> PreparedPdfSignature.fromBytes(v2.getBytes(StandardCharsets.UTF_8)));
        assertTrue(version.getMessage().contains("version 2"), version.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> PreparedPdfSignature.fromBytes("rác".getBytes(StandardCharsets.UTF_8)));

        // the same value with the right file completes (a one-step signer-less PdfSigner cannot sign directly)
        p.complete(prepared, value, out);
        assertTrue(PdfVerifier.of(policy).examine(out).isValid());
        assertThrows(
                IllegalStateException.class,
                () -> PdfSigner.builder(key.chain()).build().sign(pdf, dir.resolve("x.pdf")));
    }

    @Test
    void anEcdsaKeySignsInTwoStepsToo(@TempDir Path dir) throws Exception {
        SigningKey ec = pki.signer(TestPki.ec(), "Sở Tài chính");
        Path pdf = PdfFixtures.write(dir, "ec.pdf", PdfFixtures.textPdf());
        Path prepared = dir.resolve("ec.prepared.pdf");
        PreparedPdfSignature p = PdfSigner.builder(ec.chain()).build().prepare(pdf, prepared);
        assertEquals(dev.edxml.sign.SignatureAlgorithm.ECDSA_SHA256, p.algorithm());
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initSign(ec.privateKey());
        s.update(PreparedPdfSignature.fromBytes(p.toBytes()).dataToSign());
        Path out = dir.resolve("ec-da-ky.pdf");
        p.complete(prepared, s.sign(), out);
        assertTrue(PdfVerifier.of(policy).examine(out).isValid());
    }

    @Test
    void theSavedStateIsCompletedInAnotherProcess(@TempDir Path dir) throws Exception {
        Path pdf = PdfFixtures.write(dir, "quyet-dinh.pdf", PdfFixtures.textPdf());
        Path prepared = dir.resolve("quyet-dinh.prepared.pdf");
        Path state = dir.resolve("quyet-dinh.state");
        FakeRemoteService service = new FakeRemoteService(key.privateKey(), 1);
        PreparedPdfSignature p =
                PdfSigner.builder(key.chain()).clock(PdfFixtures.CLOCK).build().prepare(pdf, prepared);
        String tx = service.submit(p.digestToSign());
        Files.write(state, p.toBytes());
        assertTrue(service.poll(tx).isEmpty());
        Path value = Files.write(dir.resolve("value.bin"), service.poll(tx).orElseThrow());
        Path signed = dir.resolve("quyet-dinh-da-ky.pdf");
        // the restart: a JVM of its own, with the state, the prepared file and the answer only
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process proc = new ProcessBuilder(
                        javaBin,
                        "-cp",
                        System.getProperty("java.class.path"),
                        RemoteCompleteMain.class.getName(),
                        state.toString(),
                        prepared.toString(),
                        value.toString(),
                        signed.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), out);
        assertEquals(0, proc.exitValue(), out);
        PdfReport r = PdfVerifier.of(policy).examine(signed);
        assertTrue(r.isValid(), r::toString);
    }
}
