package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON keys the commands print only grow (the CLI contract): every key path of the JSON outputs over a fixed
 * fixture is listed in the committed {@code edxml-cli/api/json-keys.txt}. A key path that is gone fails (a break);
 * a new one fails until it is added to the list ({@code -Dedxml.api.update=true} rewrites it), so that additions are
 * deliberate and documented in docs/cli.md.
 */
class JsonKeysTest {
    private static final Path BASELINE = Path.of("api", "json-keys.txt");
    /** Map keys that are data, not names: finding codes, organ ids, dates, numbers. */
    private static final Pattern DATA_KEY = Pattern.compile(
            "EDXML-[A-Z]+-\\d+|C-[A-Z]+-\\d+|\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}|\\d{4}.*|[\\d.,:/ -]+");

    @Test
    void theJsonKeysOfTheCommandsOnlyGrow(@TempDir Path dir) throws Exception {
        SigningFixtures fx = new SigningFixtures(dir);
        Path set = Files.createDirectories(dir.resolve("set"));
        Path signed = fx.signed(set.resolve("signed.edxml"), Packages.edoc(Packages.legacyPlaceholder()));
        Path unsigned =
                SigningFixtures.write(set.resolve("unsigned.edxml"), Packages.edoc(Packages.legacyPlaceholder()));
        Path status = SigningFixtures.write(set.resolve("status.edxml"), Packages.status());
        String trust = fx.root.toString();

        Map<String, String[]> runs = new LinkedHashMap<>();
        runs.put("inspect", new String[] {"inspect", "--json", "--trust", trust, "--verify-pdf", signed.toString()});
        runs.put("inspect (unsigned)", new String[] {"inspect", "--json", unsigned.toString()});
        runs.put("inspect (status)", new String[] {"inspect", "--json", status.toString()});
        runs.put("verify", new String[] {"verify", "--json", "--trust", trust, signed.toString()});
        runs.put("validate", new String[] {"validate", unsigned.toString(), "--output", "-", "--format", "json"});
        runs.put("stats", new String[] {"stats", set.toString(), "--trust", trust, "--json", "--threads", "1"});
        runs.put("explain", new String[] {"explain", "EDXML-SIG-030", "--json"});
        runs.put("trust list", new String[] {"trust", "list", "vn-gov", "--json"});

        TreeSet<String> now = new TreeSet<>();
        for (Map.Entry<String, String[]> r : runs.entrySet()) {
            CliRun run = CliRun.of(r.getValue());
            String out = run.out().strip();
            assertTrue(out.startsWith("{") || out.startsWith("["), r.getKey() + " printed no JSON: " + run);
            Set<String> paths = new TreeSet<>();
            try {
                keys(parse(out), "", paths);
            } catch (IllegalArgumentException notOneDocument) {
                // JSON lines: one document a line
                try {
                    for (String line : out.split("\n", -1)) {
                        if (!line.isBlank()) {
                            keys(parse(line), "", paths);
                        }
                    }
                } catch (IllegalArgumentException e) {
                    throw new AssertionError(
                            r.getKey() + ": not JSON (" + notOneDocument.getMessage() + "): " + run, e);
                }
            }
            assertTrue(paths.size() > 1, r.getKey() + ": " + paths);
            paths.forEach(p -> now.add(r.getKey() + ": " + p));
        }

        if (Boolean.getBoolean("edxml.api.update")) {
            List<String> lines = new ArrayList<>();
            lines.add(
                    "# The key paths of the commands' JSON outputs over JsonKeysTest's fixture (a.b = key b in object a,");
            lines.add("# [] = the items of an array, * = a key that is data). They only grow; generated, do not edit:");
            lines.add("# mvn -B verify -pl edxml-cli -am -Dtest=JsonKeysTest -Dsurefire.failIfNoSpecifiedTests=false "
                    + "-Dedxml.api.update=true");
            lines.addAll(now);
            Files.createDirectories(BASELINE.getParent());
            Files.write(BASELINE, lines, StandardCharsets.UTF_8);
            return;
        }
        Set<String> before = baseline();
        TreeSet<String> gone = new TreeSet<>(before);
        gone.removeAll(now);
        TreeSet<String> added = new TreeSet<>(now);
        added.removeAll(before);
        if (!gone.isEmpty() || !added.isEmpty()) {
            fail("The commands' JSON keys differ from " + BASELINE.toAbsolutePath() + ".\n"
                    + (gone.isEmpty()
                            ? ""
                            : "BREAKING, keys that are gone (the CLI contract says they only grow):\n  - "
                                    + String.join("\n  - ", gone) + "\n")
                    + (added.isEmpty()
                            ? ""
                            : "New keys, not yet in the list (document them in docs/cli.md, then "
                                    + "regenerate with -Dedxml.api.update=true):\n  + " + String.join("\n  + ", added)
                                    + "\n"));
        }
    }

    @Test
    void keyPathsNameObjectsArraysAndDataKeys() {
        Set<String> paths = new TreeSet<>();
        keys(parse("{\"a\": {\"b\": 1, \"EDXML-SIG-030\": 2}, \"c\": [{\"d\": true}], \"e\": []}"), "", paths);
        assertEquals(Set.of("a", "a.b", "a.*", "c", "c[].d", "e"), paths);
    }

    private static void keys(Object json, String prefix, Set<String> out) {
        if (json instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String k = String.valueOf(e.getKey());
                String path = (prefix.isEmpty() ? "" : prefix + ".")
                        + (DATA_KEY.matcher(k).matches() ? "*" : k);
                out.add(path);
                keys(e.getValue(), path, out);
            }
        } else if (json instanceof List<?> l) {
            for (Object item : l) {
                keys(item, prefix + "[]", out);
            }
        }
    }

    /** The library's own JSON reader: the test parser reads no fractions, and stats prints percentages. */
    private static Object parse(String json) {
        try {
            return dev.edxml.internal.JsonReader.read(json);
        } catch (dev.edxml.internal.JsonReader.Malformed e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Set<String> baseline() throws IOException {
        if (!Files.exists(BASELINE)) {
            fail("no list of JSON keys at " + BASELINE.toAbsolutePath() + ": run with -Dedxml.api.update=true");
        }
        Set<String> out = new TreeSet<>();
        for (String l : Files.readAllLines(BASELINE, StandardCharsets.UTF_8)) {
            if (!l.isBlank() && !l.startsWith("#")) {
                out.add(l);
            }
        }
        return out;
    }
}
