package dev.edxml.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.sign.SignatureAlgorithm;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import java.nio.file.Path;
import java.security.Signature;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteSignerExampleTest {
    @TempDir
    Path dir;

    @Test
    void signsThroughTheServiceWithRsaAndEc() throws Exception {
        Fixtures f = new Fixtures(dir);
        Path unsigned = dir.resolve("chua-ky.edxml");
        EdocPackage sent = (EdocPackage) Edxml.read(f.sentPackage(dir, "da-ky-truoc.edxml"));
        Edxml.write(sent.toBuilder().signature(null).build(), unsigned);
        Verifier verifier =
                Verifier.of(TrustPolicy.builder().trustAnchors(f.anchor).build());
        for (SigningKey remote : new SigningKey[] {f.signer, f.pki.signer(TestPki.ec(), "Dịch vụ ký số từ xa")}) {
            AtomicInteger calls = new AtomicInteger();
            Path out = dir.resolve("da-ky-" + remote.privateKey().getAlgorithm() + ".edxml");
            RemoteSignerExample.sign(
                    unsigned,
                    remote.chain(),
                    (data, algorithm) -> {
                        calls.incrementAndGet();
                        Signature s = Signature.getInstance(algorithm.jcaName());
                        s.initSign(remote.privateKey());
                        s.update(data);
                        return s.sign();
                    },
                    out);

            SignatureReport report = verifier.verify(out);
            assertEquals(1, calls.get(), "one round trip to the service");
            assertEquals(
                    remote.defaultAlgorithm().uri(), report.signatureAlgorithm().orElseThrow());
        }
    }

    @Test
    void mainUsesALocalStandIn() throws Exception {
        Fixtures f = new Fixtures(dir);
        Path in = f.sentPackage(dir, "vao.edxml");
        Path out = dir.resolve("ra.edxml");
        // main reads the stand-in's password from the environment; a test cannot set it, so the file has none
        TestPki.pkcs12(dir.resolve("stand-in.p12"), f.signer, new char[0]);
        RemoteSignerExample.main(
                new String[] {in.toString(), dir.resolve("stand-in.p12").toString(), out.toString()});
        SignatureReport report = Verifier.of(
                        TrustPolicy.builder().trustAnchors(f.anchor).build())
                .verify(out);
        assertEquals(
                SignatureAlgorithm.RSA_SHA256.uri(), report.signatureAlgorithm().orElseThrow());
    }
}
