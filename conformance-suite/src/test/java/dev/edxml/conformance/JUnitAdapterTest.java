package dev.edxml.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.conformance.junit.ConformanceTests;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The JUnit 5 adapter as a Java vendor uses it, with our library as the vendor's parser. */
class JUnitAdapterTest {
    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicNode> ourLibraryAsAVendorWouldRunIt() {
        return ConformanceTests.consumer(ConsumerAdapter.library(), dir.resolve("lib"));
    }

    @Test
    void aWrongParserFailsMustCasesAndAbortsShouldCases() throws Throwable {
        ConsumerAdapter wrong = ConsumerAdapter.parser("accepts everything", (file, trust) -> Map.of("kind", "edoc"));
        List<DynamicTest> tests = ConformanceTests.consumer(wrong, dir.resolve("wrong"))
                .map(n -> (DynamicTest) n)
                .toList();
        assertEquals(
                Suite.current().cases().stream()
                        .filter(c -> c.direction() == ConformanceCase.Direction.CONSUMER
                                && !c.isReply()
                                && c.levelAt(CertificationLevel.QCVN102).isPresent())
                        .count(),
                tests.size());
        DynamicTest xxe = tests.stream()
                .filter(t -> t.getDisplayName().startsWith("C-ENV-003 "))
                .findFirst()
                .orElseThrow();
        AssertionFailedError e = assertThrows(
                AssertionFailedError.class, () -> xxe.getExecutable().execute());
        assertTrue(e.getMessage().startsWith("C-ENV-003 FAIL: accepted a package it must reject"), e.getMessage());
        DynamicTest should = tests.stream()
                .filter(t -> t.getDisplayName().startsWith("C-SIG-003 "))
                .findFirst()
                .orElseThrow();
        assertThrows(TestAbortedException.class, () -> should.getExecutable().execute());
        DynamicTest fields = tests.stream()
                .filter(t -> t.getDisplayName().startsWith("C-HDR-001 "))
                .findFirst()
                .orElseThrow();
        AssertionFailedError f = assertThrows(
                AssertionFailedError.class, () -> fields.getExecutable().execute());
        assertTrue(f.getMessage().contains("field documentId: expected "), f.getMessage());
        // at axis the signature cases are MUST: the same wrong parser now fails C-SIG-003, and meets C-PDF-005
        List<DynamicTest> axis = ConformanceTests.consumer(wrong, dir.resolve("wrong-axis"), CertificationLevel.AXIS)
                .map(n -> (DynamicTest) n)
                .toList();
        DynamicTest must = axis.stream()
                .filter(t -> t.getDisplayName().startsWith("C-SIG-003 MUST"))
                .findFirst()
                .orElseThrow();
        assertThrows(AssertionFailedError.class, () -> must.getExecutable().execute());
        assertTrue(axis.stream().anyMatch(t -> t.getDisplayName().startsWith("C-PDF-005 ")));
        assertTrue(axis.stream().noneMatch(t -> t.getDisplayName().startsWith("C-PDF-003 ")));
    }

    @TestFactory
    Stream<DynamicNode> ourLibraryAtTheAxisLevel() {
        return ConformanceTests.consumer(
                ConsumerAdapter.library(CertificationLevel.AXIS), dir.resolve("lib-axis"), CertificationLevel.AXIS);
    }
}
