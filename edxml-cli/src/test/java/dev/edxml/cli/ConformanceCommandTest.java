package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.conformance.CaseResult;
import dev.edxml.conformance.CertificationLevel;
import dev.edxml.conformance.ConformanceCase;
import dev.edxml.conformance.RunResult;
import dev.edxml.conformance.Suite;
import dev.edxml.conformance.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dog-fooding through the command line: our own {@code edxml} command, run as a separate process by the command
 * adapter exactly as a vendor's tool is, passes every consumer, reply and producer case; a wrong tool fails with a
 * clear report.
 */
class ConformanceCommandTest {
    @TempDir
    Path dir;

    /** Our command as a separate JVM (started for speed: C1 only, serial GC). */
    static String edxml() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return "'" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '" + System.getProperty("java.class.path")
                + "' dev.edxml.cli.EdxmlCli";
    }

    static RunResult results(Path report) throws IOException {
        return RunResult.fromJson(Files.readString(report.resolve("results.json"), StandardCharsets.UTF_8));
    }

    @Test
    void listHasOneCaseALineStartingWithItsId() {
        CliRun run = CliRun.of("conformance", "list", "--lang", "en");
        assertEquals(0, run.code(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals(Suite.current().cases().size(), lines.size());
        assertTrue(lines.size() >= 60);
        for (int i = 0; i < lines.size(); i++) {
            ConformanceCase c = Suite.current().cases().get(i);
            assertTrue(lines.get(i).startsWith(c.id() + " " + c.level() + " "), lines.get(i));
        }
        assertEquals(
                "C-HDR-002 MUST consumer accept Three recipients; every one must be extracted",
                lines.stream()
                        .filter(l -> l.startsWith("C-HDR-002 "))
                        .findFirst()
                        .orElseThrow());
        assertTrue(
                lines.contains("C-RPL-001 MUST consumer answer-03 Answer a new official letter with status 03 "
                        + "(received)"),
                run.out());
        assertTrue(CliRun.of("conformance", "list").out().contains("Trả lời công văn mới"));
    }

    @Test
    void ourCommandPassesEveryConsumerAndReplyCaseInBatch() throws IOException {
        // the consumer cases through one process (the batch adapter); the reply cases a process each
        String e = edxml();
        CliRun run = CliRun.of(
                "conformance",
                "consume",
                "--lang",
                "en",
                "--batch-adapter",
                e + " inspect --batch --json --trust {trust}",
                "--reply-adapter",
                e + " reply {file} --status {status} --description {description} --out {out}",
                "--vendor",
                "edxml.dev",
                "--product",
                "edxml-java",
                "--product-version",
                "0.1.0",
                "--vectors",
                dir.resolve("vectors").toString(),
                "--report",
                dir.resolve("report").toString());
        assertEquals(0, run.code(), run::toString);
        RunResult r = results(dir.resolve("report"));
        assertEquals(
                List.of(),
                r.results().stream().filter(c -> c.verdict() != Verdict.PASS).toList());
        long consumer = Suite.current().cases().stream()
                .filter(c -> c.direction() == ConformanceCase.Direction.CONSUMER
                        && c.levelAt(CertificationLevel.QCVN102).isPresent())
                .count();
        assertEquals(consumer, r.results().size());
        assertEquals("edxml.dev edxml-java 0.1.0", r.product().toString());
        assertEquals(Suite.current().digest(), r.suiteDigest());
        assertTrue(
                run.out().startsWith("CONFORMANT: " + r.mustTotal() + "/" + r.mustTotal() + " MUST cases pass"),
                run.out());
        String badge = Files.readString(dir.resolve("report/badge.svg"));
        // conformant at qcvn102: the badge names the level and is orange, never the green of an axis certification
        assertTrue(
                badge.contains(r.mustTotal() + "/" + r.mustTotal() + " MUST pass")
                        && badge.contains("#ef6c00")
                        && badge.contains("edXML qcvn102 consumer+reply"),
                badge);
        assertTrue(run.out().contains("does NOT certify signing"), run.out());
        assertTrue(Files.readString(dir.resolve("report/certification.json")).contains("\"conformant\": true"));
        assertTrue(Files.isRegularFile(dir.resolve("vectors/replies/C-RPL-003.edxml")));

        // the report command renders the run again; its exit code is the run's verdict
        CliRun html = CliRun.of(
                "conformance",
                "report",
                dir.resolve("report/results.json").toString(),
                "--format",
                "html",
                "--output",
                dir.resolve("again.html").toString());
        assertEquals(0, html.code(), html::toString);
        assertEquals(Files.readString(dir.resolve("report/report.html")), Files.readString(dir.resolve("again.html")));
    }

    @Test
    void chosenCasesAsASeparateProcessEach() throws IOException {
        // the per-case command mode, on a few cases (a JVM each costs about a second): the others are not run, and a
        // run that leaves MUST cases out is not conformant
        String e = edxml();
        List<String> chosen = List.of("C-ENV-001", "C-HDR-002", "C-SIG-003");
        List<String> args = new java.util.ArrayList<>(List.of(
                "conformance",
                "consume",
                "--lang",
                "en",
                "--adapter",
                e + " inspect --json --trust {trust} {file}",
                "--vectors",
                dir.resolve("vectors").toString(),
                "--report",
                dir.resolve("report").toString()));
        chosen.forEach(c -> args.addAll(List.of("--case", c)));
        CliRun run = CliRun.of(args.toArray(new String[0]));
        assertEquals(1, run.code(), run::toString);
        RunResult r = results(dir.resolve("report"));
        assertEquals(
                chosen,
                r.results().stream()
                        .filter(c -> c.verdict() == Verdict.PASS)
                        .map(c -> c.id())
                        .sorted()
                        .toList());
        assertTrue(
                r.results().stream()
                        .filter(c -> !chosen.contains(c.id()))
                        .allMatch(c -> c.verdict() == Verdict.NOT_RUN),
                r::toString);
        assertTrue(run.out().startsWith("NOT CONFORMANT"), run.out());
        CliRun unknown = CliRun.of(
                "conformance",
                "consume",
                "--adapter",
                e + " inspect --json {file}",
                "--report",
                dir.resolve("r2").toString(),
                "--case",
                "C-XYZ-999");
        assertEquals(2, unknown.code(), unknown::toString);
        assertTrue(unknown.err().contains("C-XYZ-999"), unknown::toString);
    }

    @Test
    void ourCommandPassesEveryProducerScenarioAsASeparateProcess() throws IOException {
        CliRun issued = CliRun.of("conformance", "scenarios", dir.resolve("s").toString());
        assertEquals(0, issued.code(), issued::toString);
        List<String> lines = issued.out().lines().toList();
        assertTrue(
                lines.subList(0, lines.size() - 1).stream()
                        .allMatch(l -> l.matches("C-PRD-\\d{3} (edoc|status) -> .*")),
                issued.out());
        assertTrue(lines.get(lines.size() - 1).contains("suite-signer.p12"), issued.out());
        String e = edxml();
        CliRun run = CliRun.of(
                "conformance",
                "produce",
                dir.resolve("s").toString(),
                "--lang",
                "en",
                "--edoc-adapter",
                e + " new edoc --json {scenario} --out {out}",
                "--reply-adapter",
                e + " reply {file} --status {status} --description {description} --out {out}",
                "--packages",
                dir.resolve("made").toString(),
                "--report",
                dir.resolve("report").toString());
        assertEquals(0, run.code(), run::toString);
        RunResult r = results(dir.resolve("report"));
        assertEquals(7, r.with(Verdict.PASS).size(), r.toString());
        // the same packages, handed in as a folder
        CliRun again = CliRun.of(
                "conformance",
                "produce",
                dir.resolve("s").toString(),
                "--packages",
                dir.resolve("made").toString(),
                "--report",
                dir.resolve("report2").toString());
        assertEquals(0, again.code(), again::toString);
        // new scenarios, old packages: the challenge gives them away
        CliRun canned = CliRun.of("conformance", "scenarios", dir.resolve("s").toString());
        assertEquals(0, canned.code());
        CliRun fake = CliRun.of(
                "conformance",
                "produce",
                dir.resolve("s").toString(),
                "--lang",
                "en",
                "--packages",
                dir.resolve("made").toString(),
                "--report",
                dir.resolve("report3").toString());
        assertEquals(1, fake.code(), fake::toString);
        assertTrue(fake.out().contains("C-PRD-001 MUST FAIL: 1 problem(s): field subject: expected "), fake.out());
    }

    @Test
    void aToolThatAcceptsEverythingFailsWithAClearReport() throws IOException {
        CliRun run = CliRun.of(
                "conformance",
                "consume",
                "--lang",
                "en",
                "--adapter",
                "echo '{\"kind\": \"edoc\", \"signature\": {\"kind\": \"none\"}}'",
                "--report",
                dir.resolve("report").toString());
        assertEquals(1, run.code(), run::toString);
        RunResult r = results(dir.resolve("report"));
        Set<String> rejects = Suite.current().cases().stream()
                .filter(c -> c.expected() == ConformanceCase.Outcome.REJECT
                        && c.levelAt(CertificationLevel.QCVN102).isPresent())
                .map(ConformanceCase::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> failed =
                r.with(Verdict.FAIL).stream().map(CaseResult::id).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(failed.containsAll(rejects), failed.toString());
        assertTrue(
                run.out()
                        .contains("C-ENV-003 MUST FAIL: accepted a package it must reject: Reject: a DTD "
                                + "declaring an external entity (XXE)"),
                run.out());
        assertTrue(run.out().contains("C-ENV-001 MUST FAIL: "), run.out());
        assertTrue(run.out().contains("field code.number: expected \"123\", missing"), run.out());
        assertTrue(run.out().contains("NOT CONFORMANT: 0/"), run.out());
        assertEquals(
                r.results().size(),
                r.results().stream()
                        .filter(c -> c.id().startsWith("C-RPL-")
                                ? c.verdict() == Verdict.NOT_RUN
                                : c.verdict() == Verdict.FAIL)
                        .count());
        String badge = Files.readString(dir.resolve("report/badge.svg"));
        assertTrue(badge.contains("#c62828"), badge);
        String junit = Files.readString(dir.resolve("report/junit.xml"));
        assertTrue(junit.contains("<failure message=\"accepted a package it must reject"), junit.substring(0, 500));
        // and a tool that prints the package instead of JSON errs, which is not a pass either
        CliRun cat = CliRun.of(
                "conformance",
                "consume",
                "--adapter",
                "cat {file}",
                "--report",
                dir.resolve("cat").toString());
        assertEquals(1, cat.code(), cat::toString);
        assertEquals(0, results(dir.resolve("cat")).with(Verdict.PASS).size());
    }

    @Test
    void anHttpServiceThatRejectsEverythingFailsTheAcceptCases() throws IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        java.util.concurrent.atomic.AtomicInteger posts = new java.util.concurrent.atomic.AtomicInteger();
        server.createContext("/edxml", ex -> {
            ex.getRequestBody().readAllBytes();
            posts.incrementAndGet();
            byte[] body = "{\"error\": \"EDXML-X\"}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(422, body.length);
            try (var o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/edxml";
            CliRun run = CliRun.of(
                    "conformance",
                    "consume",
                    "--http",
                    url,
                    "--lang",
                    "en",
                    "--report",
                    dir.resolve("r").toString());
            assertEquals(1, run.code(), run::toString);
            RunResult r = results(dir.resolve("r"));
            Set<String> passed =
                    r.with(Verdict.PASS).stream().map(CaseResult::id).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(
                    Suite.current().cases().stream()
                            .filter(c -> c.expected() == ConformanceCase.Outcome.REJECT
                                    && c.levelAt(CertificationLevel.QCVN102).isPresent())
                            .map(ConformanceCase::id)
                            .collect(Collectors.toCollection(TreeSet::new)),
                    passed);
            assertTrue(
                    run.out()
                            .contains("C-ENV-001 MUST FAIL: rejected a package it must accept: HTTP 422: "
                                    + "{\"error\": \"EDXML-X\"}"),
                    run.out());
            assertEquals(r.results().size() - 5, posts.get());
            assertEquals("POST " + url, r.adapter());
        } finally {
            server.stop(0);
        }
        // nobody listening: the run cannot be made
        CliRun down = CliRun.of(
                "conformance",
                "consume",
                "--http",
                "http://127.0.0.1:1/edxml",
                "--lang",
                "en",
                "--report",
                dir.resolve("down").toString());
        assertEquals(2, down.code(), down::toString);
        assertTrue(down.err().startsWith("edxml conformance: cannot connect to http://127.0.0.1:1/edxml"), down.err());
        assertTrue(Files.notExists(dir.resolve("down")));
    }

    @Test
    void commandsThatCannotRunExitTwo() throws IOException {
        CliRun quote = CliRun.of(
                "conformance",
                "consume",
                "--lang",
                "en",
                "--adapter",
                "tool 'parse {file}",
                "--report",
                dir.toString());
        assertEquals(2, quote.code(), quote::toString);
        assertTrue(quote.err().contains("--adapter: the command cannot be used: unclosed '"), quote.err());
        CliRun both = CliRun.of(
                "conformance",
                "consume",
                "--adapter",
                "x",
                "--http",
                "http://localhost:1/",
                "--report",
                dir.toString());
        assertEquals(2, both.code(), both::toString);
        CliRun noScenarios = CliRun.of("conformance", "produce", dir.toString(), "--report", dir.toString());
        assertEquals(2, noScenarios.code(), noScenarios::toString);
        Files.writeString(dir.resolve("x.json"), "{\"a\": 1}");
        CliRun notResults =
                CliRun.of("conformance", "report", dir.resolve("x.json").toString(), "--format", "html");
        assertEquals(2, notResults.code(), notResults::toString);
        CliRun format = CliRun.of("conformance", "report", dir.resolve("x.json").toString(), "--format", "pdf");
        assertEquals(2, format.code(), format::toString);
        assertEquals(2, CliRun.of("conformance").code());
        CliRun missing = CliRun.of(
                "conformance",
                "consume",
                "--adapter",
                "/no/such/tool {file}",
                "--report",
                dir.resolve("missing").toString());
        assertEquals(2, missing.code(), missing::toString);
        assertTrue(
                missing.err().contains("--adapter: there is no program \"/no/such/tool\"")
                        || missing.err().contains("/no/such/tool"),
                missing.err());
    }

    @Test
    void inspectWithTrustRejectsWhatDoesNotVerify() throws IOException {
        Suite.current().generate(dir);
        String trust = dir.resolve(Suite.TRUST_ANCHOR_FILE).toString();
        for (String ok : List.of("C-SIG-001", "C-SIG-002", "C-ENV-001")) {
            CliRun run = CliRun.of(
                    "inspect",
                    "--json",
                    "--trust",
                    trust,
                    dir.resolve(ok + ".edxml").toString());
            assertEquals(0, run.code(), ok + run);
            assertEquals("", run.err(), ok);
        }
        for (String bad : List.of("C-SIG-003", "C-SIG-004", "C-SIG-005", "C-SIG-006", "C-SIG-007", "C-SIG-011")) {
            CliRun run = CliRun.of(
                    "inspect",
                    "--json",
                    "--trust",
                    trust,
                    "--lang",
                    "en",
                    dir.resolve(bad + ".edxml").toString());
            assertEquals(1, run.code(), bad + run);
            assertTrue(run.err().startsWith(dir.resolve(bad + ".edxml") + ": "), bad + run);
            // without --trust it is only read, and shown
            assertEquals(
                    0,
                    CliRun.of("inspect", "--json", dir.resolve(bad + ".edxml").toString())
                            .code(),
                    bad);
        }
        CliRun noTrust = CliRun.of(
                "inspect",
                "--trust",
                dir.resolve("none.pem").toString(),
                dir.resolve("C-SIG-001.edxml").toString());
        assertEquals(2, noTrust.code(), noTrust::toString);
    }

    // ------------------------------------------------------------------------------------------- the axis level

    /** What a reader that never verifies misses at axis (the cases it must fail). */
    static final Set<String> UNVERIFIED = new TreeSet<>(List.of(
            "C-PDF-004",
            "C-PDF-005",
            "C-SIG-003",
            "C-SIG-004",
            "C-SIG-005",
            "C-SIG-006",
            "C-SIG-007",
            "C-SIG-011",
            "C-SIG-013",
            "C-SIG-014"));

    static Set<String> ids(List<CaseResult> results) {
        return results.stream().map(CaseResult::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void ourCommandPassesAxisAsReceiverAndReplierAndAReaderThatNeverVerifiesFails() throws IOException {
        String e = edxml();
        long start = System.nanoTime();
        CliRun run = CliRun.of(
                "conformance",
                "consume",
                "--lang",
                "en",
                "--level",
                "axis",
                "--batch-adapter",
                e + " inspect --batch --json --trust {trust} --verify-pdf",
                "--reply-adapter",
                e + " reply {file} --status {status} --description {description} --out {out}"
                        + " --key {key} --password-file {password-file} --alias organisation",
                "--vectors",
                dir.resolve("vectors").toString(),
                "--report",
                dir.resolve("report").toString());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(0, run.code(), run::toString);
        RunResult r = results(dir.resolve("report"));
        assertEquals(CertificationLevel.AXIS, r.certificationLevel());
        assertEquals(
                List.of(),
                r.results().stream().filter(c -> c.verdict() != Verdict.PASS).toList());
        assertTrue(run.out().contains("level axis: signs and verifies for real"), run.out());
        String badge = Files.readString(dir.resolve("report/badge.svg"));
        assertTrue(
                badge.contains("edXML axis consumer+reply")
                        && badge.contains("#2e7d32")
                        && badge.contains(Suite.current().version()),
                badge);
        String record = Files.readString(dir.resolve("report/certification.json"));
        assertTrue(
                record.contains("\"certificationLevel\": \"axis\"") && record.contains("\"suiteDraft\": true"), record);
        // the password was given as a file, never on a command line
        assertTrue(
                r.adapter().contains("{password-file}")
                        && !r.adapter()
                                .contains(Files.readString(dir.resolve("vectors/keys/suite-signer.password"))
                                        .strip()),
                r.adapter());
        System.out.println("axis consumer + reply run (batch adapter, reply a JVM each): " + seconds + " s");
        // report --level: the run certifies axis, not qcvn102
        CliRun asQcvn = CliRun.of(
                "conformance",
                "report",
                dir.resolve("report/results.json").toString(),
                "--format",
                "badge",
                "--level",
                "qcvn102",
                "--lang",
                "en");
        assertEquals(1, asQcvn.code(), asQcvn::toString);
        assertTrue(asQcvn.err().contains("certifies the level axis, not qcvn102"), asQcvn.err());
        assertEquals(
                0,
                CliRun.of(
                                "conformance",
                                "report",
                                dir.resolve("report/results.json").toString(),
                                "--format",
                                "record",
                                "--level",
                                "axis")
                        .code());

        // inspect without --trust reads but never verifies: it fails exactly the signature cases of axis
        CliRun naive = CliRun.of(
                "conformance",
                "consume",
                "--lang",
                "en",
                "--level",
                "axis",
                "--batch-adapter",
                e + " inspect --batch --json",
                "--vectors",
                dir.resolve("vectors2").toString(),
                "--report",
                dir.resolve("naive").toString());
        assertEquals(1, naive.code(), naive::toString);
        RunResult n = results(dir.resolve("naive"));
        assertEquals(UNVERIFIED, ids(n.mustFailures()));
        assertEquals(UNVERIFIED, ids(n.with(Verdict.FAIL)));
        assertTrue(naive.out().contains("C-SIG-003 MUST FAIL: accepted a package it must reject"), naive.out());
    }

    @Test
    void ourCommandPassesAxisAsProducerAndUnsignedOrSelfSignedOutputFails() throws Exception {
        Path s = dir.resolve("s");
        assertEquals(0, CliRun.of("conformance", "scenarios", s.toString()).code());
        String e = edxml();
        CliRun run = CliRun.of(
                "conformance",
                "produce",
                s.toString(),
                "--lang",
                "en",
                "--level",
                "axis",
                "--edoc-adapter",
                e + " new edoc --json {scenario} --out {out} --key {key}"
                        + " --password-file {password-file} --alias organisation --sign-pdf person"
                        + " --sign-pdf organisation",
                "--reply-adapter",
                e + " reply {file} --status {status} --description {description} --out {out}"
                        + " --key {key} --password-file {password-file} --alias organisation",
                "--packages",
                dir.resolve("made").toString(),
                "--report",
                dir.resolve("report").toString());
        assertEquals(0, run.code(), run::toString);
        RunResult r = results(dir.resolve("report"));
        assertEquals(7, r.with(Verdict.PASS).size(), r.toString());
        assertEquals(List.of("producer"), r.directions());
        assertTrue(Files.readString(dir.resolve("report/badge.svg")).contains("edXML axis producer"));

        // unsigned packages (made in this JVM, as a vendor's tool would hand them in): every scenario fails axis
        Path unsigned = dir.resolve("unsigned");
        Files.createDirectories(unsigned);
        for (int i = 1; i <= 4; i++) {
            String id = "C-PRD-00" + i;
            assertEquals(
                    0,
                    CliRun.of(
                                    "new",
                                    "edoc",
                                    "--json",
                                    s.resolve(id + ".json").toString(),
                                    "--out",
                                    unsigned.resolve(id + ".edxml").toString())
                            .code());
        }
        String[][] statuses = {
            {"C-PRD-005", "03", "Đã vào sổ văn bản đến"},
            {"C-PRD-006", "02", "Văn bản không thuộc thẩm quyền giải quyết"},
            {"C-PRD-007", "06", "Đã hoàn thành xử lý"}
        };
        for (String[] st : statuses) {
            assertEquals(
                    0,
                    CliRun.of(
                                    "reply",
                                    s.resolve(st[0] + "-received.edxml").toString(),
                                    "--status",
                                    st[1],
                                    "--description",
                                    st[2],
                                    "--out",
                                    unsigned.resolve(st[0] + ".edxml").toString())
                            .code());
        }
        CliRun qcvn = CliRun.of(
                "conformance",
                "produce",
                s.toString(),
                "--packages",
                unsigned.toString(),
                "--report",
                dir.resolve("q").toString());
        assertEquals(0, qcvn.code(), qcvn::toString);
        CliRun axis = CliRun.of(
                "conformance",
                "produce",
                s.toString(),
                "--level",
                "axis",
                "--lang",
                "en",
                "--packages",
                unsigned.toString(),
                "--report",
                dir.resolve("a").toString());
        assertEquals(1, axis.code(), axis::toString);
        assertEquals(
                Set.of("C-PRD-001", "C-PRD-002", "C-PRD-003", "C-PRD-004", "C-PRD-005", "C-PRD-006", "C-PRD-007"),
                ids(results(dir.resolve("a")).with(Verdict.FAIL)));
        assertTrue(axis.out().contains("axis: the package carries no XML-DSig signature"), axis.out());

        // signed, PDF and package, with the vendor's own certificate instead of the suite-issued one
        SigningFixtures own = new SigningFixtures(Files.createDirectories(dir.resolve("own-keys")));
        Path self = dir.resolve("self");
        Files.createDirectories(self);
        assertEquals(
                0,
                CliRun.of(
                                "new",
                                "edoc",
                                "--json",
                                s.resolve("C-PRD-001.json").toString(),
                                "--key",
                                own.p12.toString(),
                                "--password-file",
                                own.passwordFile.toString(),
                                "--sign-pdf",
                                "signer",
                                "--out",
                                self.resolve("C-PRD-001.edxml").toString())
                        .code());
        CliRun selfSigned = CliRun.of(
                "conformance",
                "produce",
                s.toString(),
                "--level",
                "axis",
                "--lang",
                "en",
                "--packages",
                self.toString(),
                "--report",
                dir.resolve("self-report").toString());
        assertEquals(1, selfSigned.code());
        CaseResult one = results(dir.resolve("self-report")).results().get(0);
        assertEquals("C-PRD-001", one.id());
        assertEquals(Verdict.FAIL, one.verdict());
        assertTrue(
                one.details().stream()
                        .anyMatch(d ->
                                d.startsWith("axis: the package's signature does not hold " + "with the run's CA")),
                one.details().toString());
        assertTrue(
                one.details().stream().anyMatch(d -> d.startsWith("axis: the main PDF")),
                one.details().toString());
    }
}
