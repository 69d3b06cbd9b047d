package dev.edxml.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two top-level classes of the project's main sources share a simple name, whatever their package or visibility
 * (issue 18: two {@code Reports}, two {@code Catalogue}s, two {@code Inspection}s sent readers to the wrong file).
 */
class UniqueClassNamesTest {
    @Test
    void everyTopLevelClassHasItsOwnSimpleName() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Map<String, List<String>> byName = new TreeMap<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java")))
                    .toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    files.map(Path::getFileName)
                            .map(Path::toString)
                            .filter(n -> n.endsWith(".java")
                                    && !n.equals("package-info.java")
                                    && !n.equals("module-info.java"))
                            .forEach(n -> byName.computeIfAbsent(n.substring(0, n.length() - 5), k -> new ArrayList<>())
                                    .add(module.getFileName().toString()));
                }
            }
        }
        assertTrue(byName.size() > 200, "the main sources were found: " + byName.size());
        Map<String, List<String>> twice = new TreeMap<>();
        byName.forEach((name, where) -> {
            if (where.size() > 1) {
                twice.put(name, where);
            }
        });
        assertEquals(Map.of(), twice, "simple names declared more than once (module of each)");
    }
}
