package dev.edxml.bench;

import dev.edxml.Edxml;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The small and the typical package, every operation, one thread: operations per second. Packages are held as bytes
 * (or as the model, for write and sign), so the figures are the library's work, not the disk's.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class PackageBenchmark {
    /** Which workload: {@code small} (one 2 KB attachment) or {@code typical} (one 300 KB PDF). */
    @Param({"small", "typical"})
    public String workload;

    private byte[] unsigned;
    private byte[] signed;
    private EdxmlPackage pkg;
    private Signer signer;
    private Verifier verifier;
    private TrustPolicy policy;
    private Validator validator;
    private PrivateKey key;
    private X509Certificate cert;
    private Limit limit;
    private java.util.Set<java.security.cert.TrustAnchor> anchors;
    private java.util.Date checkTime;

    @Setup
    public void setup() throws Exception {
        Workloads w = Workloads.forBenchmarks();
        Path u;
        Path s;
        if (workload.equals("small")) {
            w.ensureSmall();
            u = w.small();
            s = w.smallSigned();
        } else {
            w.ensureTypical();
            u = w.typical();
            s = w.typicalSigned();
        }
        unsigned = Files.readAllBytes(u);
        signed = Files.readAllBytes(s);
        pkg = Edxml.parse(unsigned);
        SigningKey k = w.signingKey();
        key = k.privateKey();
        cert = k.chain().get(0);
        signer = Signer.builder()
                .key(k)
                .clock(Clock.fixed(Workloads.T0, ZoneOffset.UTC))
                .build();
        BenchKeys keys = BenchKeys.in(w.dir().resolve("keys"));
        policy = TrustPolicy.builder().trustAnchor(keys.root()).build();
        verifier = Verifier.of(policy);
        validator = Validator.of(Profile.QCVN102);
        limit = new Limit(signed);
        anchors = java.util.Set.of(new java.security.cert.TrustAnchor(keys.root(), null));
        checkTime = java.util.Date.from(policy.checkTime());
        if (!verifier.examine(signed).isValid()
                || !DomBaseline.verify(signed)
                || !DomBaseline.verifyWithPath(signed, anchors, checkTime)) {
            throw new IllegalStateException("the workload's signature does not verify");
        }
    }

    @Benchmark
    public EdxmlPackage read() throws Exception {
        return Edxml.parse(unsigned);
    }

    @Benchmark
    public void write() throws Exception {
        Ops.write(pkg);
    }

    /** Sign the package and write the signed package (what {@code edxml sign} does after reading). */
    @Benchmark
    public void sign() throws Exception {
        Ops.write(signer.sign(pkg));
    }

    @Benchmark
    public SignatureReport verify() throws Exception {
        return verifier.verify(signed);
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(unsigned, "workload");
    }

    @Benchmark
    public int inspect() throws Exception {
        return Ops.inspect(Edxml.parse(signed), policy);
    }

    /** Plain-DOM Santuario: parse, sign, serialise. */
    @Benchmark
    public void santuarioDomSign() throws Exception {
        DomBaseline.sign(unsigned, key, cert, OutputStream.nullOutputStream());
    }

    /** Plain-DOM Santuario: parse, validate (no certificate path check). */
    @Benchmark
    public boolean santuarioDomVerify() throws Exception {
        return DomBaseline.verify(signed);
    }

    /** Plain-DOM Santuario with the same certificate path check as ours (PKIX builder, revocation off). */
    @Benchmark
    public boolean santuarioDomVerifyPkix() throws Exception {
        return DomBaseline.verifyWithPath(signed, anchors, checkTime);
    }

    /** The machine's limit: SHA-256 over the signed package plus base64 decoding of its attachment, one core. */
    @Benchmark
    public byte[] limitSha256Base64() throws Exception {
        return limit.run();
    }
}
