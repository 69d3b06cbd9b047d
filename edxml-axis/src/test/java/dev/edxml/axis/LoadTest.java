package dev.edxml.axis;

import static dev.edxml.axis.Letters.H41;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load on loopback: at most {@value #COUNT} packages from {@value #THREADS} senders, stopped after
 * {@value #SECONDS} s whatever the count; every acknowledged package is listed to its receiver. The throughput is
 * reported, not asserted (speed is measured in JMH, not in unit tests).
 */
class LoadTest {
    private static final int COUNT = 100;
    private static final int THREADS = 4;
    private static final int SECONDS = 60;

    @TempDir
    Path tmp;

    @Test
    void boundedLoadOnLoopbackReportsThroughput() throws Exception {
        try (LocalAxis axis = ExchangeTest.configured(LocalAxis.builder().dataDir(tmp.resolve("axis")))
                .start()) {
            AxisClient g22 = ExchangeTest.client(axis.endpoint(), "vxp.g22", "bi-mat-g22");
            Path letter = Letters.write(tmp, "load.edxml", Letters.letter("6001", Letters.pdf(50_000), H41));
            long size = Files.size(letter);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            AtomicInteger sent = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            long start = System.nanoTime();
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    int mine = 0;
                    while (System.nanoTime() < deadline && sent.getAndIncrement() < COUNT) {
                        g22.send(letter);
                        mine++;
                    }
                    return mine;
                }));
            }
            int total = 0;
            for (Future<Integer> w : workers) {
                total += w.get(SECONDS + 30, TimeUnit.SECONDS);
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    java.util.Locale.ROOT,
                    "local axis load: %d packages of %d bytes by %d senders in %.2f s:"
                            + " %.1f packages/s, %.1f MB/s%n",
                    total,
                    size,
                    THREADS,
                    seconds,
                    total / seconds,
                    total * size / seconds / 1e6);
            assertTrue(total > 0);
            assertTrue(total <= COUNT);
            assertEquals(total, axis.messageCount());
            AxisClient h41 = ExchangeTest.client(axis.endpoint(), "vxp.h41", "bi-mat-h41");
            assertEquals(total, h41.received(MessageType.EDOC).size());
        }
    }
}
