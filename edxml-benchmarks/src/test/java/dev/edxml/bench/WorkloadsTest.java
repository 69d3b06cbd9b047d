package dev.edxml.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.PayloadType;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workload generators and baselines work (scaled down: a 1 MB "large" attachment, a batch of 20); the
 * benchmarks themselves run only from the benchmarks jar, never in the build.
 */
class WorkloadsTest {
    @Test
    void generatorsMakeValidSignedDeterministicWorkloads(@TempDir Path dir) throws Exception {
        Workloads w = new Workloads(dir, 1_000_000, 20).generate();
        assertEquals(20, w.batchFiles().size());
        EdocPackage typical = (EdocPackage) Edxml.read(w.typical());
        assertEquals(PayloadType.PDF, typical.attachments().get(0).payloadType());
        long pdf = typical.attachments().get(0).content().size();
        assertTrue(pdf > 280_000 && pdf < 340_000, "the typical PDF is about 300 KB: " + pdf);
        assertEquals(
                1_000_000,
                ((EdocPackage) Edxml.read(w.large()))
                        .attachments()
                        .get(0)
                        .content()
                        .size());
        Verifier v = Verifier.of(TrustPolicy.builder()
                .trustAnchor(BenchKeys.in(dir.resolve("keys")).root())
                .build());
        for (Path signed : new Path[] {w.smallSigned(), w.typicalSigned(), w.largeSigned()}) {
            assertTrue(v.examine(signed).isValid(), signed.toString());
            assertTrue(DomBaseline.verify(Files.readAllBytes(signed)), signed.toString());
        }
        // the same seeds give the same PDF and packages
        assertArrayEquals(Workloads.pdf(300 * 1024, 20261125), Workloads.pdf(300 * 1024, 20261125));
        assertArrayEquals(
                Edxml.toBytes(Workloads.small(3)),
                Files.readAllBytes(w.batchFiles().get(3)));
    }

    @Test
    void santuarioBaselineSignsWhatTheVerifierAccepts(@TempDir Path dir) throws Exception {
        Workloads w = new Workloads(dir, 1_000, 0).ensureSmall();
        BenchKeys keys = BenchKeys.in(dir.resolve("keys"));
        var key = keys.signingKey();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DomBaseline.sign(
                Files.readAllBytes(w.small()), key.privateKey(), key.chain().get(0), out);
        assertTrue(DomBaseline.verify(out.toByteArray()));
        Verifier v = Verifier.of(TrustPolicy.builder().trustAnchor(keys.root()).build());
        // the baseline's KeyInfo has the signer's certificate only; the root is the policy's anchor
        assertTrue(
                v.examine(out.toByteArray()).isValid(),
                v.examine(out.toByteArray()).toString());
    }

    @Test
    void limitFindsTheAttachmentText(@TempDir Path dir) throws Exception {
        Workloads w = new Workloads(dir, 300_000, 0).ensureLarge();
        Limit l = new Limit(Files.readAllBytes(w.largeSigned()));
        assertEquals(400_000, l.base64Chars());
        assertEquals(32, l.run().length);
    }
}
