package dev.edxml.conformance.junit;

import dev.edxml.conformance.CertificationLevel;
import dev.edxml.conformance.ConformanceCase;
import dev.edxml.conformance.ConformanceCase.Direction;
import dev.edxml.conformance.ConformanceCase.Level;
import dev.edxml.conformance.ConsumerAdapter;
import dev.edxml.conformance.Runner;
import dev.edxml.conformance.Suite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The consumer cases as JUnit 5 dynamic tests, for a Java vendor's own build (kiểm thử tuân thủ trong JUnit):
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> edxmlConformance() {
 *     return ConformanceTests.consumer(ConsumerAdapter.parser("my-parser", (file, trust) -> MyParser.fields(file)));
 * }
 * }</pre>
 *
 * A MUST case that fails fails its test with the runner's message (the wrong field, expected and actual); a SHOULD
 * case that fails is reported as aborted (skipped) with the same message. Reply cases need a reply adapter and are not
 * part of this stream. Needs {@code junit-jupiter-api} on the test class path (the suite does not bring it).
 * @since 0.1.0
 */
public final class ConformanceTests {
    private ConformanceTests() {}

    /** One dynamic test per consumer case of {@link Suite#current()}; packages are generated into a temporary folder. */
    public static Stream<DynamicNode> consumer(ConsumerAdapter adapter) {
        try {
            return consumer(adapter, Files.createTempDirectory("edxml-conformance"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same, with the packages generated into {@code dir} (created if needed), at the {@code qcvn102} level. */
    public static Stream<DynamicNode> consumer(ConsumerAdapter adapter, Path dir) {
        return consumer(adapter, dir, CertificationLevel.QCVN102);
    }

    /**
     * The consumer cases of {@code level} (at {@code axis} every signature case is MUST), with the packages generated
     * into {@code dir} (created if needed).
     */
    public static Stream<DynamicNode> consumer(ConsumerAdapter adapter, Path dir, CertificationLevel level) {
        Suite suite = Suite.current();
        try {
            suite.generate(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path trust = dir.resolve(Suite.TRUST_ANCHOR_FILE).toAbsolutePath();
        return suite.cases().stream()
                .filter(c -> c.direction() == Direction.CONSUMER
                        && !c.isReply()
                        && c.levelAt(level).isPresent())
                .map(c -> c.at(level))
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c, adapter, dir, trust)));
    }

    private static void check(ConformanceCase c, ConsumerAdapter adapter, Path dir, Path trust) {
        var result = Runner.judge(c, adapter.read(dir.resolve(c.file()).toAbsolutePath(), trust));
        String message = result.verdict() + ": " + result.message()
                + (result.details().isEmpty() ? "" : "\n  " + String.join("\n  ", result.details()));
        switch (result.verdict()) {
            case PASS -> {}
            case FAIL, ERROR, NOT_RUN -> {
                if (c.level() == Level.MUST) {
                    Assertions.fail(c.id() + " " + message);
                } else {
                    Assumptions.abort(c.id() + " (SHOULD) " + message);
                }
            }
        }
    }
}
