package dev.edxml.bench;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
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
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The large package (one 100 MB attachment, 133 MB of XML), every operation, one shot per iteration: seconds per
 * operation. Our operations work file to file, as a user runs them; the plain-DOM Santuario baseline needs the whole
 * file in memory (the fork has a 3 GB heap for it); the limit runs on the bytes in memory.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class LargeBenchmark {
    private Workloads w;
    private Path out;
    private EdxmlPackage pkg;
    private Signer signer;
    private Verifier verifier;
    private TrustPolicy policy;
    private Validator validator;
    private SigningKey key;

    @Setup
    public void setup() throws Exception {
        w = Workloads.forBenchmarks().ensureLarge();
        out = Files.createTempFile(w.dir(), "signed-", ".edxml");
        pkg = Edxml.read(w.large());
        key = w.signingKey();
        signer = Signer.builder()
                .key(key)
                .clock(Clock.fixed(Workloads.T0, ZoneOffset.UTC))
                .build();
        policy = TrustPolicy.builder()
                .trustAnchor(BenchKeys.in(w.dir().resolve("keys")).root())
                .build();
        verifier = Verifier.of(policy);
        validator = Validator.of(Profile.QCVN102);
    }

    @TearDown
    public void tearDown() throws Exception {
        Files.deleteIfExists(out);
    }

    /** Read the package: the attachment's base64 is decoded into a temporary file. */
    @Benchmark
    public EdxmlPackage read() throws Exception {
        EdocPackage p = (EdocPackage) Edxml.read(w.large());
        p.attachments().get(0).content().size();
        return p;
    }

    @Benchmark
    public void write() throws Exception {
        Ops.write(pkg);
    }

    /** {@code Signer.sign(Path, Path)}: read, sign, write the signed package. */
    @Benchmark
    public void sign() throws Exception {
        signer.sign(w.large(), out);
    }

    /** Signing a package already read (its attachment in a temporary file) and writing it: sign without the read. */
    @Benchmark
    public void signReadPackage() throws Exception {
        Edxml.write(signer.sign(pkg), out);
    }

    /** {@code Verifier.verify(Path)}: the streaming path. */
    @Benchmark
    public SignatureReport verify() throws Exception {
        return verifier.verify(w.largeSigned());
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(w.large());
    }

    @Benchmark
    public int inspect() throws Exception {
        return Ops.inspect(Edxml.read(w.largeSigned()), policy);
    }

    /** Plain-DOM Santuario: read the file, parse, sign, serialise. */
    @Benchmark
    public void santuarioDomSign() throws Exception {
        try (OutputStream o = Files.newOutputStream(out)) {
            DomBaseline.sign(
                    Files.readAllBytes(w.large()), key.privateKey(), key.chain().get(0), o);
        }
    }

    /** Plain-DOM Santuario: read the file, parse, validate. */
    @Benchmark
    public boolean santuarioDomVerify() throws Exception {
        return DomBaseline.verify(Files.readAllBytes(w.largeSigned()));
    }

    /** The machine's limit on the signed package's bytes (in memory). */
    @Benchmark
    public byte[] limitSha256Base64(LimitState s) throws Exception {
        return s.limit.run();
    }

    /** The signed package's bytes, loaded only by the limit benchmark. */
    @State(Scope.Benchmark)
    public static class LimitState {
        Limit limit;

        @Setup
        public void load() throws Exception {
            limit = new Limit(
                    Files.readAllBytes(Workloads.forBenchmarks().ensureLarge().largeSigned()));
        }
    }
}
