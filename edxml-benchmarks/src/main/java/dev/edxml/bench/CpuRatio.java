package dev.edxml.bench;

import dev.edxml.Edxml;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.TrustAnchor;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Issue 19, for a loaded machine: the small package's sign and verify against plain-DOM Santuario (with and without
 * the PKIX path check) in one JVM, the operations alternated round by round and timed by the thread's CPU time, so
 * that other work on the machine slows all of them alike and does not count. A main, not JMH: {@code java -cp
 * benchmarks.jar dev.edxml.bench.CpuRatio WORK [warm-up rounds] [measured rounds] [CPU ms per round]}; prints
 * {@code op=… per_cpu_s=…} lines (median of the rounds) that render-results.py reads.
 */
public final class CpuRatio {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private CpuRatio() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        long roundNanos = (args.length > 3 ? Long.parseLong(args[3]) : 500) * 1_000_000L;
        byte[] unsigned = Files.readAllBytes(work.resolve("small.edxml"));
        byte[] signed = Files.readAllBytes(work.resolve("small-signed.edxml"));
        EdxmlPackage pkg = Edxml.parse(unsigned);
        SigningKey key = BenchKeys.in(work.resolve("keys")).signingKey();
        Signer signer = Signer.builder()
                .key(key)
                .clock(Clock.fixed(Workloads.T0, ZoneOffset.UTC))
                .build();
        BenchKeys keys = BenchKeys.in(work.resolve("keys"));
        TrustPolicy policy = TrustPolicy.builder().trustAnchor(keys.root()).build();
        Verifier verifier = Verifier.of(policy);
        Set<TrustAnchor> anchors = Set.of(new TrustAnchor(keys.root(), null));
        Date when = Date.from(policy.checkTime());
        Map<String, Callable<Object>> ops = new LinkedHashMap<>();
        ops.put("verify", () -> verifier.verify(signed));
        ops.put("santuarioDomVerifyPkix", () -> DomBaseline.verifyWithPath(signed, anchors, when));
        ops.put("santuarioDomVerify", () -> DomBaseline.verify(signed));
        ops.put("sign", () -> {
            Ops.write(signer.sign(pkg));
            return null;
        });
        ops.put("santuarioDomSign", () -> {
            DomBaseline.sign(unsigned, key.privateKey(), key.chain().get(0), OutputStream.nullOutputStream());
            return null;
        });
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        ops.keySet().forEach(k -> rates.put(k, new ArrayList<>()));
        for (int r = 0; r < warm + rounds; r++) {
            for (Map.Entry<String, Callable<Object>> op : ops.entrySet()) {
                long t0 = CPU.getCurrentThreadCpuTime();
                long n = 0;
                long t;
                do {
                    op.getValue().call();
                    n++;
                    t = CPU.getCurrentThreadCpuTime();
                } while (t - t0 < roundNanos);
                if (r >= warm) {
                    rates.get(op.getKey()).add(n / ((t - t0) / 1e9));
                }
            }
        }
        for (Map.Entry<String, List<Double>> e : rates.entrySet()) {
            List<Double> v = new ArrayList<>(e.getValue());
            v.sort(null);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "op=%s per_cpu_s=%.1f rounds=%s%n",
                    e.getKey(),
                    v.get(v.size() / 2),
                    v.stream()
                            .map(x -> String.format(java.util.Locale.ROOT, "%.0f", x))
                            .toList());
        }
    }
}
