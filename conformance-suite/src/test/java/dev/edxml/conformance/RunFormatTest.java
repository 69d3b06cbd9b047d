package dev.edxml.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.conformance.ConformanceCase.Direction;
import dev.edxml.conformance.ConformanceCase.Level;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class RunFormatTest {
    static final RunResult RUN = new RunResult(
            "1.0.0-draft",
            "ab".repeat(32),
            "Công ty <ABC> & Co",
            "QLVB",
            "5.2",
            Instant.parse("2026-11-25T08:00:00Z"),
            "their-tool parse {file}",
            List.of(
                    result("C-ENV-001", "A letter", Level.MUST, Verdict.PASS, "accepted", List.of()),
                    result(
                            "C-HDR-002",
                            "Three recipients",
                            Level.MUST,
                            Verdict.FAIL,
                            "1 of 9 fields missing or wrong",
                            List.of("field to[2].organId: expected \"H53\", missing")),
                    result("C-ENV-003", "XXE", Level.MUST, Verdict.ERROR, "no usable answer: timeout", List.of()),
                    result("C-HDR-007", "CR kept", Level.SHOULD, Verdict.FAIL, "subject", List.of()),
                    result("C-RPL-001", "Reply", Level.MUST, Verdict.NOT_RUN, "not run", List.of())));

    static CaseResult result(
            String id, String title, Level level, Verdict verdict, String message, List<String> details) {
        return new CaseResult(
                id,
                title,
                "Trường hợp " + title,
                level,
                Direction.CONSUMER,
                verdict,
                message,
                "VI " + message,
                details);
    }

    @Test
    void jsonReadsBackEqual() {
        assertEquals(RUN, RunResult.fromJson(RUN.toJson()));
        assertThrows(IllegalArgumentException.class, () -> RunResult.fromJson("[1]"));
        assertThrows(IllegalArgumentException.class, () -> RunResult.fromJson("{\"suiteVersion\": 1}"));
    }

    @Test
    void countsAndVerdict() {
        assertEquals(4, RUN.mustTotal());
        assertEquals(1, RUN.mustPassed());
        assertEquals(
                List.of("C-HDR-002", "C-ENV-003"),
                RUN.mustFailures().stream().map(CaseResult::id).toList());
        assertFalse(RUN.conformant());
    }

    @Test
    void junitXmlIsWellFormedAndCountsMustFailures() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(RunReports.junit(RUN).getBytes(StandardCharsets.UTF_8)));
        var suite = d.getDocumentElement();
        assertEquals("5", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("2", suite.getAttribute("skipped"));
        assertTrue(d.getElementsByTagName("failure")
                .item(0)
                .getTextContent()
                .contains("field to[2].organId: expected \"H53\", missing"));
    }

    @Test
    void recordBadgeAndHtml() {
        String record = RunReports.record(RUN);
        assertTrue(record.contains("\"suiteDigest\": \"" + "ab".repeat(32) + "\""), record);
        assertTrue(record.contains("\"vendor\": \"Công ty <ABC> & Co\""), record);
        assertTrue(record.contains("\"date\": \"2026-11-25T08:00:00Z\""), record);
        assertTrue(record.contains("\"C-HDR-002\": \"MUST FAIL\""), record);
        assertTrue(record.contains("\"conformant\": false"), record);
        String badge = RunReports.badge(RUN);
        assertTrue(badge.contains("1/4 MUST pass") && badge.contains("#c62828"), badge);
        RunResult good = new RunResult(
                RUN.suiteVersion(),
                RUN.suiteDigest(),
                RUN.vendor(),
                RUN.productName(),
                RUN.productVersion(),
                RUN.date(),
                RUN.adapter(),
                RUN.results().subList(0, 1));
        // conformant at qcvn102: orange, naming the level, so that it never looks like an axis certification
        String qcvn = RunReports.badge(good);
        assertTrue(
                qcvn.contains("1/1 MUST pass")
                        && qcvn.contains("#ef6c00")
                        && qcvn.contains("edXML qcvn102 ")
                        && !qcvn.contains("axis"),
                qcvn);
        RunResult axis = new RunResult(
                RUN.suiteVersion(),
                RUN.suiteDigest(),
                RUN.vendor(),
                RUN.productName(),
                RUN.productVersion(),
                RUN.date(),
                RUN.adapter(),
                RUN.results().subList(0, 1),
                CertificationLevel.AXIS);
        assertTrue(
                RunReports.badge(axis).contains("edXML axis ")
                        && RunReports.badge(axis).contains("#2e7d32"),
                RunReports.badge(axis));
        assertTrue(RunReports.badge(axis).contains(RUN.suiteVersion()), RunReports.badge(axis));
        assertTrue(RunReports.record(axis).contains("\"certificationLevel\": \"axis\""), RunReports.record(axis));
        assertTrue(RunReports.record(good).contains("does NOT certify signing"), RunReports.record(good));
        assertEquals(
                CertificationLevel.AXIS,
                RunResult.fromJson(RunReports.json(axis)).certificationLevel());
        assertEquals(
                CertificationLevel.QCVN102,
                RunResult.fromJson(RunReports.json(good)).certificationLevel());
        String html = RunReports.html(RUN);
        assertTrue(html.contains("Công ty &lt;ABC&gt; &amp; Co") && !html.contains("<ABC>"), html);
        assertTrue(html.indexOf("C-HDR-002") < html.indexOf("C-ENV-001"), "failures first");
        assertTrue(html.contains("<i>Trường hợp Three recipients</i>"), html);
        assertFalse(html.contains("<script") || html.contains("http://") && !html.contains("xmlns"), html);
    }

    @Test
    void writeAllWritesEveryFormatAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        RunFormat.writeAll(RUN, dir.resolve("r"), Locale.ENGLISH);
        for (RunFormat f : RunFormat.values()) {
            assertEquals(
                    f.render(RUN, Locale.ENGLISH),
                    Files.readString(dir.resolve("r").resolve(f.file())));
        }
        try (Stream<Path> s = Files.list(dir.resolve("r"))) {
            assertEquals(5, s.count());
        }
    }
}
