package dev.edxml.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The README's table of cases is generated from the catalogue; {@code -Dedxml.updateDocs=true} rewrites it. */
class ReadmeTest {
    private static final Path README = Path.of("README.md");
    private static final String BEGIN = "<!-- cases:begin -->\n";
    private static final String END = "<!-- cases:end -->";

    @Test
    void tableOfCasesIsInSync() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int a = readme.indexOf(BEGIN) + BEGIN.length();
        int b = readme.indexOf(END);
        String expected = readme.substring(0, a) + table(Suite.current()) + readme.substring(b);
        if (Boolean.getBoolean("edxml.updateDocs")) {
            Files.writeString(README, expected, StandardCharsets.UTF_8);
            readme = expected;
        }
        assertEquals(expected, readme, "README.md is out of date: run with -Dedxml.updateDocs=true");
    }

    static String table(Suite suite) {
        StringBuilder sb = new StringBuilder();
        Map<String, int[]> counts = new TreeMap<>();
        suite.cases().forEach(c -> counts.computeIfAbsent(c.id().substring(2, 5), k -> new int[2])[
                c.expected() == ConformanceCase.Outcome.ACCEPT ? 0 : 1]++);
        long reply = suite.cases().stream().filter(ConformanceCase::isReply).count();
        long producer = suite.cases().stream()
                .filter(c -> c.direction() == ConformanceCase.Direction.PRODUCER)
                .count();
        sb.append("Version ")
                .append(suite.version())
                .append(", ")
                .append(suite.cases().size())
                .append(" cases (")
                .append(suite.cases().size() - reply - producer)
                .append(" consumer, ")
                .append(reply)
                .append(" reply, ")
                .append(producer)
                .append(" producer), SHA-256 `")
                .append(suite.digest())
                .append("`.\n\n");
        sb.append("| area | accept (answer, produce) | reject |\n|---|---|---|\n");
        counts.forEach((k, v) -> sb.append("| ")
                .append(k)
                .append(" | ")
                .append(v[0])
                .append(" | ")
                .append(v[1])
                .append(" |\n"));
        sb.append("\n| id | level (qcvn102; axis) | expected | case | trường hợp | clause | findings (qcvn102) |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (ConformanceCase c : suite.cases()) {
            sb.append("| ")
                    .append(c.id())
                    .append(" | ")
                    .append(levels(c))
                    .append(" | ")
                    .append(
                            c.isReply()
                                    ? "answer " + c.expectedFields().get("statusCode")
                                    : c.direction() == ConformanceCase.Direction.PRODUCER
                                            ? "produce"
                                            : c.expected().name().toLowerCase(Locale.ROOT))
                    .append(" | ")
                    .append(cell(c.title()))
                    .append(" | ")
                    .append(cell(c.titleVi()))
                    .append(" | ")
                    .append(cell(c.clause()))
                    .append(" | ")
                    .append(
                            c.expectedFindings().isEmpty()
                                    ? "—"
                                    : String.join(
                                            ", ",
                                            c.expectedFindings().stream()
                                                    .map(f -> f.substring(6))
                                                    .toList()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** {@code MUST}; {@code SHOULD (axis: MUST)}; {@code axis only: MUST}; {@code qcvn102 only: SHOULD}. */
    static String levels(ConformanceCase c) {
        var q = c.levelAt(CertificationLevel.QCVN102);
        var a = c.levelAt(CertificationLevel.AXIS);
        if (q.isPresent() && a.isPresent()) {
            return q.get() == a.get() ? q.get().name() : q.get() + " (axis: " + a.get() + ")";
        }
        return q.map(l -> "qcvn102 only: " + l).orElseGet(() -> "axis only: " + a.orElseThrow());
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
