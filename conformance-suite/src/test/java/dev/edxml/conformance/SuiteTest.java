package dev.edxml.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.conformance.ConformanceCase.Outcome;
import dev.edxml.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue as a whole: reproducible generation, the recorded digest, well-formed ids and files. */
class SuiteTest {
    /** Where the recorded digest lives, from the module's folder (surefire's working directory). */
    static final Path DIGEST_FILE = Path.of("src/main/resources/dev/edxml/conformance/suite.sha256");

    @Test
    void generationIsReproducible(@TempDir Path a, @TempDir Path b) throws IOException {
        Suite first = Suite.current();
        Suite second = Suite.build();
        first.generate(a);
        second.generate(b);
        List<String> names;
        try (Stream<Path> s = Files.list(a)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> s = Files.list(b)) {
            assertEquals(names, s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String n : names) {
            assertArrayEquals(Files.readAllBytes(a.resolve(n)), Files.readAllBytes(b.resolve(n)), n);
        }
        assertEquals(first.digest(), second.digest());
        assertEquals(first.cases(), second.cases());
    }

    @Test
    void testKeysAreDeterministic() throws Exception {
        TestPki one = TestPki.create();
        TestPki two = TestPki.create();
        assertArrayEquals(one.root().getEncoded(), two.root().getEncoded());
        assertArrayEquals(
                one.signer().privateKey().getEncoded(),
                two.signer().privateKey().getEncoded());
        assertArrayEquals(
                one.untrustedSigner().privateKey().getEncoded(),
                two.untrustedSigner().privateKey().getEncoded());
    }

    /**
     * The generated set must match its recorded SHA-256. After a deliberate change of the catalogue, rewrite the
     * record with {@code -Dedxml.updateSuiteDigest=true} (and say in the change log what changed).
     */
    @Test
    void digestMatchesTheRecord() throws IOException {
        String digest = Suite.current().digest();
        if (Boolean.getBoolean("edxml.updateSuiteDigest")) {
            Files.writeString(DIGEST_FILE, digest + "\n", StandardCharsets.US_ASCII);
        }
        String recorded =
                Files.readString(DIGEST_FILE, StandardCharsets.US_ASCII).strip();
        assertEquals(
                recorded,
                digest,
                "the generated vectors changed; if that is intended, run with "
                        + "-Dedxml.updateSuiteDigest=true and bump Suite.VERSION");
    }

    @Test
    void generatedSetIsCompleteAndChecksummed(@TempDir Path dir) throws IOException {
        Suite suite = Suite.current();
        suite.generate(dir);
        long packages = 0;
        for (ConformanceCase c : suite.cases()) {
            // producer cases name the file the vendor writes; reply cases answer a consumer case's package
            assertEquals(
                    c.direction() == ConformanceCase.Direction.CONSUMER,
                    Files.isRegularFile(dir.resolve(c.file())),
                    c.id());
            packages += c.direction() == ConformanceCase.Direction.CONSUMER && !c.isReply() ? 1 : 0;
        }
        List<String> sums = Files.readAllLines(dir.resolve(Suite.SUMS_FILE), StandardCharsets.UTF_8);
        Pattern line = Pattern.compile("([0-9a-f]{64})  (\\S+)");
        assertEquals(packages + 1, sums.size());
        for (String l : sums) {
            var m = line.matcher(l);
            assertTrue(m.matches(), l);
            assertEquals(m.group(1), Suite.sha256Hex(Files.readAllBytes(dir.resolve(m.group(2)))), l);
        }
        String manifest = Files.readString(dir.resolve(Suite.MANIFEST_FILE), StandardCharsets.UTF_8);
        assertTrue(
                manifest.startsWith("[\n  {\n    \"id\": \"C-ENV-001\",\n    \"title\": "), manifest.substring(0, 80));
        suite.cases().forEach(c -> assertTrue(manifest.contains("\"id\": \"" + c.id() + "\""), c.id()));
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary files left");
        }
    }

    @Test
    void idsAreUniqueWellFormedAndEnough() {
        List<ConformanceCase> cases = Suite.current().cases();
        assertTrue(cases.size() >= 60, "only " + cases.size() + " cases");
        Set<String> ids = new HashSet<>();
        Pattern id = Pattern.compile("C-(ENV|HDR|TRC|ATT|SIG|PDF|STA|RPL|PRD)-\\d{3}");
        for (ConformanceCase c : cases) {
            assertTrue(id.matcher(c.id()).matches(), c.id());
            assertTrue(ids.add(c.id()), "duplicate " + c.id());
            assertEquals(c.isReply(), !c.file().equals(c.id() + ".edxml"), c.id());
            assertEquals(c.id().startsWith("C-PRD-"), c.direction() == ConformanceCase.Direction.PRODUCER, c.id());
            assertFalse(
                    c.title().isBlank() || c.titleVi().isBlank() || c.clause().isBlank(), c.id());
            if (c.expected() == Outcome.REJECT) {
                assertEquals(Map.of(), c.expectedFields(), c.id());
                assertTrue(c.title().startsWith("Reject: ") && c.titleVi().startsWith("Từ chối: "), c.id());
            } else {
                assertFalse(c.expectedFields().isEmpty(), c.id());
            }
        }
        assertEquals(
                Suite.current().find("C-SIG-001").orElseThrow(),
                cases.stream()
                        .filter(c -> c.id().equals("C-SIG-001"))
                        .findFirst()
                        .orElseThrow());
        assertTrue(Suite.current().find("C-XXX-999").isEmpty());
        assertEquals("1.1.0-draft", Suite.current().version());
    }

    @Test
    void jsonEscapes() {
        assertEquals("[\n  \"a\\\"b\\\\c\\n\\r\\u0001đ\"\n]", Json.write(List.of("a\"b\\c\n\r\u0001đ")));
        assertEquals("{}", Json.write(Map.of()));
    }
}
