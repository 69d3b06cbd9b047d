package dev.edxml.bench;

import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * Issue 15: what a relay can add to the small signed package, verified and validated in a 128 MB heap. The verdicts
 * are asserted in the tests (edxml-cli's {@code HostileShapesProperties}); here, the time, which must grow linearly:
 * a {@code ds:Object} of 2 and 6 MB (the skeleton used to append its text chunk by chunk: 10 MB took 9.5 s), 200,000
 * levels of nesting (refused at 64), and 2,000 and 8,000 one-byte attachments (the validator looked each written
 * element up again for every name: 8,000 took 29 s).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx128m"})
@State(Scope.Benchmark)
public class HostileBenchmark {
    @Param({"object2m", "object6m", "depth200k", "attachments2k", "attachments8k"})
    public String shape;

    private byte[] bytes;
    private Verifier verifier;
    private Validator validator;

    @Setup
    public void setup() throws Exception {
        Workloads w = Workloads.forBenchmarks();
        w.ensureSmall();
        String signed = Files.readString(w.smallSigned(), StandardCharsets.UTF_8);
        bytes = apply(signed, shape).getBytes(StandardCharsets.UTF_8);
        verifier = Verifier.of(TrustPolicy.builder()
                .trustAnchor(BenchKeys.in(w.dir().resolve("keys")).root())
                .build());
        validator = Validator.of(Profile.QCVN102);
    }

    static String apply(String signed, String shape) {
        return switch (shape) {
            case "object2m" -> object(signed, 2 << 20);
            case "object6m" -> object(signed, 6 << 20);
            case "depth200k" -> signed.replace(
                    "</edXML:edXMLBody>",
                    "<x xmlns=\"urn:x\">".repeat(200_000) + "</x>".repeat(200_000) + "</edXML:edXMLBody>");
            case "attachments2k" -> attachments(signed, 2_000);
            case "attachments8k" -> attachments(signed, 8_000);
            default -> throw new IllegalArgumentException(shape);
        };
    }

    private static String object(String signed, int chars) {
        int end = signed.indexOf("</Signature>");
        return signed.substring(0, end) + "<Object xmlns=\"http://www.w3.org/2000/09/xmldsig#\">" + "A".repeat(chars)
                + "</Object>" + signed.substring(end);
    }

    private static String attachments(String signed, int n) {
        StringBuilder refs = new StringBuilder();
        StringBuilder atts = new StringBuilder();
        for (int i = 0; i < n; i++) {
            refs.append("<edXML:Reference><edXML:ContentId>t")
                    .append(i)
                    .append("</edXML:ContentId>" + "<edXML:AttachmentName>t")
                    .append(i)
                    .append(".txt</edXML:AttachmentName>"
                            + "<edXML:ContentType>text/plain</edXML:ContentType></edXML:Reference>");
            atts.append("<Attachment><ContentId>t")
                    .append(i)
                    .append("</ContentId><AttachmentName>t")
                    .append(i)
                    .append(".txt</AttachmentName><ContentType>text/plain</ContentType>"
                            + "<ContentTransferEncoded>eA==</ContentTransferEncoded></Attachment>");
        }
        return signed.replace("</edXML:edXMLManifest>", refs + "</edXML:edXMLManifest>")
                .replace("</AttachmentEncoded>", atts + "</AttachmentEncoded>");
    }

    @Benchmark
    public SignatureReport verify() {
        return verifier.examine(bytes);
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(bytes, "hostile");
    }
}
