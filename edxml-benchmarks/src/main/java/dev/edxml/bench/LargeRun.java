package dev.edxml.bench;

import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.Signer;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Signs and verifies the large package file to file, {@code runs} times each after one warm-up, and prints the
 * median times: run by the comparison script with {@code -Xmx128m} to show both work in a small heap.
 *
 * <pre>java -Xmx128m -cp benchmarks.jar dev.edxml.bench.LargeRun WORKLOADS [runs]</pre>
 *
 * Prints {@code sign_ms=<median> verify_ms=<median> max_heap=<bytes>}.
 */
public final class LargeRun {
    private LargeRun() {}

    public static void main(String[] args) throws Exception {
        Workloads w = new Workloads(Path.of(args[0]), Workloads.LARGE_BYTES, 0);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        BenchKeys keys = BenchKeys.in(w.dir().resolve("keys"));
        Signer signer = Signer.builder()
                .key(keys.signingKey())
                .clock(Clock.fixed(Workloads.T0, ZoneOffset.UTC))
                .build();
        Verifier verifier =
                Verifier.of(TrustPolicy.builder().trustAnchor(keys.root()).build());
        Path out = Files.createTempFile(w.dir(), "largerun-", ".edxml");
        try {
            long[] sign = new long[runs];
            long[] verify = new long[runs];
            for (int i = -1; i < runs; i++) {
                long t0 = System.nanoTime();
                signer.sign(w.large(), out);
                long t1 = System.nanoTime();
                SignatureReport r = verifier.verify(out);
                long t2 = System.nanoTime();
                if (r.coverage() != SignatureReport.Coverage.WHOLE_PACKAGE) {
                    throw new IllegalStateException("not whole: " + r);
                }
                if (i >= 0) {
                    sign[i] = t1 - t0;
                    verify[i] = t2 - t1;
                }
            }
            System.out.println("sign_ms=" + median(sign) + " verify_ms=" + median(verify) + " max_heap="
                    + Runtime.getRuntime().maxMemory());
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static long median(long[] ns) {
        long[] c = ns.clone();
        Arrays.sort(c);
        return c[c.length / 2] / 1_000_000;
    }
}
