package dev.edxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of this module depend on each other in one direction only: {@code dev.edxml} (the front door) on
 * {@code internal}, which maps onto {@code model}; {@code model} depends on no {@code internal} package but the leaf
 * {@code internal.io}. Read from the sources' imports and qualified names, so a back-reference fails here, with the
 * cycle it makes. {@code dev.edxml.EdxmlException} is left out: the one exception every layer throws lives beside the
 * front door.
 */
class PackageCyclesTest {
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.edxml(?:\\.[a-z]\\w*)*)\\.([A-Z]\\w*)");

    /** Package → the packages of this module it refers to. */
    static Map<String, Set<String>> graph(Path sources) throws IOException {
        Map<String, Set<String>> g = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher pm = PACKAGE.matcher(text);
                if (!pm.find()) {
                    continue; // module-info
                }
                String from = pm.group(1);
                Set<String> to = g.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    if (!(m.group(1) + "." + m.group(2)).equals("dev.edxml.EdxmlException")
                            && !m.group(1).equals(from)) {
                        to.add(m.group(1));
                    }
                }
            }
        }
        return g;
    }

    /** A cycle of the graph as a path {@code a -> b -> a}, or {@code null}. */
    static List<String> cycle(Map<String, Set<String>> g) {
        Map<String, Integer> state = new TreeMap<>();
        for (String start : g.keySet()) {
            List<String> found = visit(g, start, state, new ArrayList<>());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<String> visit(
            Map<String, Set<String>> g, String n, Map<String, Integer> state, List<String> path) {
        int s = state.getOrDefault(n, 0);
        if (s == 2) {
            return null;
        }
        path.add(n);
        if (s == 1) {
            return new ArrayList<>(path.subList(path.indexOf(n), path.size()));
        }
        state.put(n, 1);
        for (String next : g.getOrDefault(n, Set.of())) {
            if (g.containsKey(next)) {
                List<String> found = visit(g, next, state, path);
                if (found != null) {
                    return found;
                }
            }
        }
        state.put(n, 2);
        path.remove(path.size() - 1);
        return null;
    }

    @Test
    void thePackagesOfTheModelHaveNoCycle() throws IOException {
        Map<String, Set<String>> g = graph(Path.of("src/main/java"));
        assertTrue(
                g.keySet()
                        .containsAll(List.of(
                                "dev.edxml",
                                "dev.edxml.model",
                                "dev.edxml.internal",
                                "dev.edxml.internal.xml",
                                "dev.edxml.internal.io")),
                g::toString);
        assertEquals(null, cycle(g), () -> "a package cycle; the graph: " + g);
        assertTrue(
                g.get("dev.edxml.model").stream()
                        .noneMatch(p -> p.startsWith("dev.edxml.internal") && !p.equals("dev.edxml.internal.io")),
                () -> "the model refers back to internals: " + g);
        assertEquals(Set.of(), g.get("dev.edxml.internal.io"), "internal.io is a leaf");
    }

    @Test
    void aBackReferenceIsFound() {
        Map<String, Set<String>> g =
                new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));
        assertEquals(List.of("a", "b", "c", "a"), cycle(g));
        assertEquals(null, cycle(new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of(), "c", Set.of("a", "b")))));
    }
}
