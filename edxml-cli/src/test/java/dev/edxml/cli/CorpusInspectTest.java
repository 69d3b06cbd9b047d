package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code inspect} on every package of the interop corpus ({@code ../shared/samples}, named by the system property
 * {@code edxml.samples}; read in place, never copied): each one is shown (exit 0, valid JSON) or rejected with a
 * coded message (exit 1), never an internal failure (exit 2). Skipped when the corpus is absent.
 */
class CorpusInspectTest {
    @TestFactory
    Stream<DynamicTest> everySampleIsShownOrRejectedWithACode() throws IOException {
        String root = System.getProperty("edxml.samples");
        Assumptions.assumeTrue(
                root != null && Files.isDirectory(Path.of(root)),
                "the interop corpus is absent (edxml.samples=" + root + ")");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(root))) {
            files = walk.filter(
                            p -> p.toString().endsWith(".edxml") || p.toString().endsWith(".xml"))
                    .sorted()
                    .toList();
        }
        assertNotEquals(0, files.size(), "the corpus has packages");
        return files.stream()
                .map(f -> DynamicTest.dynamicTest(Path.of(root).relativize(f).toString(), () -> {
                    CliRun run = CliRun.of("inspect", f.toString(), "--json");
                    if (run.code() == 0) {
                        JsonParser.parse(run.out());
                        assertEquals("", run.err(), run::toString);
                    } else {
                        assertEquals(1, run.code(), run::toString);
                        assertTrue(run.err().startsWith(f + ":") && run.err().contains(" EDXML-"), run::toString);
                    }
                }));
    }
}
