package dev.edxml.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.edxml.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every package of the interop corpus ({@code ../shared/samples}, named by the system property {@code edxml.samples};
 * read in place, never copied) validated under each built-in profile, compared with the findings recorded in
 * {@code src/test/resources/corpus-expectations.txt}: one line per finding, codes and positions only. A change to a
 * rule that changes what it says about real traffic shows up here as a diff to look at; with
 * {@code -Dedxml.updateExpectations=true} the file is rewritten instead. Skipped when the corpus is absent.
 */
class CorpusExpectationsTest {
    static final String UPDATE = "mvn -B -q -pl edxml-validate -am test -Dtest=CorpusExpectationsTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dedxml.updateExpectations=true";
    /** "Today" for the rules on dates in the future, fixed so that the recorded findings do not age. */
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void theCorpusGivesTheRecordedFindings() throws IOException {
        String dir = System.getProperty("edxml.samples");
        Path root = dir == null ? null : Path.of(dir);
        Assumptions.assumeTrue(
                root != null && Files.isDirectory(root),
                "interop corpus not present (system property edxml.samples=" + dir
                        + "): corpus expectations not checked");
        List<String> actual = findings(root);
        Path file = RulesDocTest.repositoryRoot()
                .resolve(Path.of("edxml-validate", "src", "test", "resources", "corpus-expectations.txt"));
        List<String> expected =
                Files.exists(file) ? records(Files.readAllLines(file, StandardCharsets.UTF_8)) : List.of();
        if (actual.equals(expected)) {
            return;
        }
        if (Boolean.getBoolean("edxml.updateExpectations")) {
            // beside the file, with ordinary permissions (a temp file's would be owner-only), then moved over it
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, header() + String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("rewrote " + file + " (" + actual.size() + " findings)");
            return;
        }
        fail("the corpus findings differ from " + file + (expected.isEmpty() ? " (missing or empty)" : "") + ":\n"
                + diff(expected, actual) + "If the change is intended, look at every line above, then rewrite the "
                + "file with:\n  " + UPDATE + "\n");
    }

    /** {@code relative/path|profile|CODE|severity|line:column} for every finding, sorted. */
    static List<String> findings(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile)
                    .filter(CorpusExpectationsTest::isPackage)
                    .sorted()
                    .toList();
        }
        assertFalse(files.isEmpty(), "the corpus at " + root + " holds no .edxml or .xml file");
        List<String> lines = new ArrayList<>();
        for (Profile profile : Profile.builtIn()) {
            Validator validator = Validator.builder()
                    .profile(profile)
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .build();
            List<ValidationReport> reports = validator.validateAll(files, dev.edxml.Progress.NONE);
            for (int i = 0; i < files.size(); i++) {
                String relative = root.relativize(files.get(i)).toString().replace('\\', '/');
                for (Finding f : reports.get(i).findings()) {
                    lines.add(String.join(
                            "|",
                            relative,
                            profile.name(),
                            f.code(),
                            f.severity().name().toLowerCase(Locale.ROOT),
                            f.location().position()));
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    private static boolean isPackage(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".edxml") || name.endsWith(".xml");
    }

    /** The lines of the file without comments and blank lines. */
    private static List<String> records(List<String> lines) {
        return lines.stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .sorted()
                .toList();
    }

    /** The lines only in one of the lists (each as often as it is in excess), gone ones first. */
    static String diff(List<String> expected, List<String> actual) {
        Map<String, Integer> balance = new HashMap<>();
        expected.forEach(l -> balance.merge(l, 1, Integer::sum));
        actual.forEach(l -> balance.merge(l, -1, Integer::sum));
        StringBuilder gone = new StringBuilder();
        StringBuilder added = new StringBuilder();
        balance.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            for (int i = 0; i < Math.abs(e.getValue()); i++) {
                (e.getValue() > 0 ? gone : added)
                        .append(e.getValue() > 0 ? "  - " : "  + ")
                        .append(e.getKey())
                        .append('\n');
            }
        });
        return (gone.length() > 0 ? "recorded but no longer found:\n" + gone : "")
                + (added.length() > 0 ? "found but not recorded:\n" + added : "");
    }

    private static String header() {
        return String.format(
                java.util.Locale.ROOT,
                """
                # Expected findings of edxml-validate on the interop corpus (../shared/samples), checked by
                # CorpusExpectationsTest: every .edxml and .xml file under the corpus, validated under each built-in
                # profile with "today" fixed at %s, one line per finding, sorted:
                #     relative/path|profile|CODE|severity|line:column
                # Codes and positions only: no content of the samples is copied here. A file with no finding under a
                # profile has no line for it. When the findings change, the test fails with the difference; after
                # checking every changed line, rewrite this file (do not edit it by hand) with:
                #     %s
                """,
                NOW,
                UPDATE);
    }
}
