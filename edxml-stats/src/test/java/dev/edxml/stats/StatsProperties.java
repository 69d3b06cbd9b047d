package dev.edxml.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edxml.model.StatusCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** For random mixes of package kinds and senders: the total is the sum over agencies and equals what was generated. */
class StatsProperties {
    enum Kind {
        UNSIGNED,
        LEGACY,
        STATUS_03,
        STATUS_02,
        GARBAGE
    }

    static final String[] AGENCIES = {"000.00.00.G01", "000.00.00.G02", "000.00.00.H41"};

    @Provide
    Arbitrary<List<Tuple2<Kind, Integer>>> mixes() {
        return Arbitraries.of(Kind.class)
                .flatMap(k ->
                        Arbitraries.integers().between(0, AGENCIES.length - 1).map(a -> Tuple.of(k, a)))
                .list()
                .ofMaxSize(10);
    }

    @Property(tries = 12)
    @SuppressWarnings("EnumOrdinal")
    void totalsAreTheSumOverAgenciesAndTheGeneratedCounts(
            @ForAll("mixes") List<Tuple2<Kind, Integer>> mix, @ForAll("threads") int threads) throws Exception {
        Path dir = Files.createTempDirectory("edxml-stats-prop");
        try {
            int[] generated = new int[Kind.values().length];
            for (int i = 0; i < mix.size(); i++) {
                Kind k = mix.get(i).get1();
                String organ = AGENCIES[mix.get(i).get2()];
                generated[k.ordinal()]++;
                Path f = dir.resolve("p" + i + ".edxml");
                switch (k) {
                    case UNSIGNED -> TestFolder.plain(f, TestFolder.edoc(organ, "Cơ quan", "n" + i));
                    case LEGACY -> TestFolder.plain(
                            f,
                            TestFolder.edoc(organ, "Cơ quan", "n" + i).toBuilder()
                                    .signature(TestFolder.legacyPlaceholder())
                                    .build());
                    case STATUS_03 -> TestFolder.plain(
                            f,
                            TestFolder.status(
                                    organ,
                                    "Cơ quan",
                                    "000.00.00.G09",
                                    "x",
                                    StatusCode.ACCEPTED,
                                    null,
                                    TestFolder.hours(1)));
                    case STATUS_02 -> TestFolder.plain(
                            f,
                            TestFolder.status(
                                    organ,
                                    "Cơ quan",
                                    "000.00.00.G09",
                                    "x",
                                    StatusCode.REJECTED,
                                    "lý do " + (i % 2),
                                    TestFolder.hours(1)));
                    case GARBAGE -> Files.writeString(f, "<" + i);
                }
            }
            StatsReport r = ComplianceStats.builder().threads(threads).build().scan(dir);
            int[] sum = new int[Columns.COUNTS.size()];
            for (Figures a : r.agencies()) {
                int[] c = ComplianceStatsTest.counts(a);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += c[i];
                }
            }
            sum[0] += generated[Kind.GARBAGE.ordinal()];
            sum[7] += generated[Kind.GARBAGE.ordinal()];
            sum[8] += generated[Kind.GARBAGE.ordinal()];
            assertArrayEquals(sum, ComplianceStatsTest.counts(r.total()));
            Figures t = r.total();
            assertEquals(mix.size(), t.packages());
            assertEquals(generated[Kind.UNSIGNED.ordinal()], t.unsigned());
            assertEquals(generated[Kind.LEGACY.ordinal()], t.legacyPlaceholder());
            assertEquals(generated[Kind.UNSIGNED.ordinal()] + generated[Kind.LEGACY.ordinal()], t.documents());
            assertEquals(generated[Kind.STATUS_03.ordinal()], t.acknowledged());
            // every 03 is about a document not in the set; only each agency's first answer per document counts
            assertEquals(
                    mix.stream()
                            .filter(m -> m.get1() == Kind.STATUS_03)
                            .map(Tuple2::get2)
                            .distinct()
                            .count(),
                    (long) t.statusUnmatched());
            assertEquals(generated[Kind.STATUS_02.ordinal()], t.rejected());
            assertEquals(
                    generated[Kind.STATUS_02.ordinal()],
                    t.rejectionReasons().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum());
            assertEquals(
                    generated[Kind.GARBAGE.ordinal()], r.unreadablePackages().size());
            assertEquals(
                    r.agencies().stream()
                            .map(a -> a.organId().orElseThrow())
                            .sorted()
                            .toList(),
                    r.agencies().stream().map(a -> a.organId().orElseThrow()).toList());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Provide
    Arbitrary<Integer> threads() {
        return Arbitraries.of(1, 2, 5);
    }
}
