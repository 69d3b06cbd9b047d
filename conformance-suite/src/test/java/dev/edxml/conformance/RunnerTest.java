package dev.edxml.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.edxml.conformance.ConformanceCase.Direction;
import dev.edxml.conformance.ConformanceCase.Level;
import dev.edxml.conformance.ConformanceCase.Outcome;
import dev.edxml.conformance.internal.Fields;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dog-fooding: our library passes every case through the adapters; wrong adapters fail with a clear report. */
class RunnerTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);
    static final Runner RUNNER = Runner.builder()
            .clock(CLOCK)
            .product("edxml.dev", "edxml-java", "0.1.0")
            .build();

    static Set<String> ids(List<CaseResult> results) {
        return results.stream().map(CaseResult::id).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static Set<String> ids(java.util.function.Predicate<ConformanceCase> p) {
        return Suite.current().cases().stream()
                .filter(p)
                .map(ConformanceCase::id)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void ourLibraryPassesEveryConsumerAndReplyCase(@TempDir Path dir) throws IOException {
        RunResult r = RUNNER.consume(dir, ConsumerAdapter.library(), OurLibrary.REPLY);
        assertEquals(
                List.of(),
                r.results().stream().filter(c -> c.verdict() != Verdict.PASS).toList());
        assertEquals(
                ids(c -> c.direction() == Direction.CONSUMER
                        && c.levelAt(CertificationLevel.QCVN102).isPresent()),
                ids(r.results()));
        assertEquals(CertificationLevel.QCVN102, r.certificationLevel());
        assertEquals(List.of("consumer", "reply"), r.directions());
        assertTrue(r.conformant());
        assertTrue(ids(r.results()).containsAll(Set.of("C-RPL-001", "C-RPL-005")));
        assertEquals(CLOCK.instant(), r.date());
        // without a reply adapter the reply cases are not run, and say so
        RunResult noReply = RUNNER.consume(dir, ConsumerAdapter.library(), null);
        assertEquals(ids(ConformanceCase::isReply), ids(noReply.with(Verdict.NOT_RUN)));
        assertTrue(noReply.with(Verdict.NOT_RUN).get(0).message().contains("no reply adapter"));
    }

    @Test
    void progressIsToldOfEveryCaseAndEndsAtTheTotal(@TempDir Path dir) throws IOException {
        List<int[]> calls = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Runner runner = Runner.builder()
                .clock(CLOCK)
                .parallelism(3)
                .progress((done, total) -> calls.add(new int[] {done, total}))
                .build();
        RunResult r = runner.consume(dir, ConsumerAdapter.library(), null);
        int total = r.results().size();
        assertEquals(total, calls.size());
        assertTrue(calls.stream().allMatch(c -> c[1] == total && c[0] >= 1 && c[0] <= total));
        assertEquals(
                java.util.stream.IntStream.rangeClosed(1, total).boxed().toList(),
                calls.stream().map(c -> c[0]).sorted().toList());
    }

    @Test
    void anAdapterThatAcceptsEverythingFailsEveryRejectCase(@TempDir Path dir) throws IOException {
        ConsumerAdapter yes = ConsumerAdapter.parser("accept-everything", (file, trust) -> {
            try {
                return Fields.of(dev.edxml.Edxml.read(file));
            } catch (Exception e) {
                return Map.of("kind", "edoc");
            }
        });
        RunResult r = RUNNER.consume(dir, yes, null);
        Set<String> rejects = ids(c -> c.expected() == Outcome.REJECT
                && c.direction() == Direction.CONSUMER
                && c.levelAt(CertificationLevel.QCVN102).isPresent());
        assertEquals(19, rejects.size());
        assertEquals(rejects, ids(r.with(Verdict.FAIL)));
        assertFalse(r.conformant());
        CaseResult xxe = r.results().stream()
                .filter(c -> c.id().equals("C-ENV-003"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "accepted a package it must reject: Reject: a DTD declaring an external entity (XXE); nothing "
                        + "may be fetched",
                xxe.message());
        assertEquals(
                "đã nhận một gói tin phải từ chối: Từ chối: có DTD khai báo thực thể ngoài (XXE); không được tải "
                        + "gì về",
                xxe.message(java.util.Locale.forLanguageTag("vi")));
        assertTrue(r.mustFailures().stream().allMatch(c -> c.level() == Level.MUST));
        assertEquals(
                ids(c -> c.expected() == Outcome.REJECT
                        && c.level() == Level.MUST
                        && c.direction() == Direction.CONSUMER
                        && c.levelAt(CertificationLevel.QCVN102).isPresent()),
                ids(r.mustFailures()));
        String html = RunReports.html(r);
        assertTrue(html.contains("Not conformant") && html.contains("C-ENV-003"), html.substring(0, 400));
    }

    @Test
    void anAdapterThatDropsAFieldFailsNamingIt(@TempDir Path dir) throws IOException {
        ConsumerAdapter lib = ConsumerAdapter.library();
        ConsumerAdapter dropper = new ConsumerAdapter() {
            @Override
            public Answer read(Path file, Path trust) {
                Answer a = lib.read(file, trust);
                if (a.kind() != Answer.Kind.ACCEPTED) {
                    return a;
                }
                Map<String, String> f = new TreeMap<>(a.fields());
                f.remove("to[2].organId"); // the third receiver is lost
                f.computeIfPresent("subject", (k, v) -> v.strip().replaceAll("\\s+", " ")); // and spaces folded
                return Answer.accepted(f);
            }

            @Override
            public String describe() {
                return "drops the third receiver";
            }
        };
        RunResult r = RUNNER.consume(dir, dropper, null);
        CaseResult three = r.results().stream()
                .filter(c -> c.id().equals("C-HDR-002"))
                .findFirst()
                .orElseThrow();
        assertEquals(Verdict.FAIL, three.verdict());
        assertEquals(List.of("field to[2].organId: expected \"000.00.00.H53\", missing"), three.details());
        assertTrue(three.message().startsWith("1 of "), three.message());
        CaseResult cr = r.results().stream()
                .filter(c -> c.id().equals("C-HDR-007"))
                .findFirst()
                .orElseThrow();
        assertEquals(Verdict.FAIL, cr.verdict(), cr.toString());
        assertTrue(
                cr.details()
                        .get(0)
                        .startsWith("field subject: expected \"V/v kết nối\\r\\nliên thông văn bản\", "
                                + "got \"V/v kết nối liên thông văn bản\""),
                cr.details().toString());
        Set<String> failing = ids(r.with(Verdict.FAIL));
        assertTrue(failing.size() >= 2 && failing.size() < 10, failing.toString());
    }

    @Test
    void aCrashOrTimeoutIsAnErrorNotAPass(@TempDir Path dir) throws IOException {
        RunResult r = Runner.builder()
                .clock(CLOCK)
                .build()
                .consume(
                        dir,
                        new ConsumerAdapter() {
                            @Override
                            public Answer read(Path file, Path trust) {
                                return Answer.error("exit 0 but stdout is not one JSON object");
                            }

                            @Override
                            public String describe() {
                                return "broken";
                            }
                        },
                        null);
        assertEquals(0, r.with(Verdict.PASS).size());
        assertEquals(r.results().size() - 5, r.with(Verdict.ERROR).size());
        assertTrue(r.with(Verdict.ERROR).get(0).message().startsWith("no usable answer: "));
    }

    @Test
    void theHttpAdapterPostsThePackage(@TempDir Path dir) throws IOException {
        ConsumerAdapter lib = ConsumerAdapter.library();
        HttpServer server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/edxml", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            Path tmp = Files.createTempFile(dir, "post", ".edxml");
            Files.write(tmp, body);
            Answer a = lib.read(tmp, dir.resolve("vectors").resolve(Suite.TRUST_ANCHOR_FILE));
            int status = a.kind() == Answer.Kind.ACCEPTED ? 200 : 422;
            byte[] out = (a.kind() == Answer.Kind.ACCEPTED ? toJson(a.fields()) : "{\"error\":\"rejected\"}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, out.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(out);
            }
        });
        server.createContext("/down", ex -> {
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            RunResult r = RUNNER.consume(
                    dir.resolve("vectors"),
                    ConsumerAdapter.http(URI.create(base + "/edxml"), Duration.ofSeconds(20)),
                    null);
            assertEquals(
                    List.of(),
                    r.results().stream()
                            .filter(c -> c.verdict() != Verdict.PASS && c.verdict() != Verdict.NOT_RUN)
                            .toList());
            assertEquals("POST " + base + "/edxml", r.adapter());
            Answer down = ConsumerAdapter.http(URI.create(base + "/down"), Duration.ofSeconds(5))
                    .read(dir.resolve("vectors").resolve("C-ENV-001.edxml"), dir);
            assertEquals(Answer.Kind.ERROR, down.kind());
            assertTrue(down.detail().startsWith("HTTP 503"), down.detail());
        } finally {
            server.stop(0);
        }
    }

    /** The inspect --json shape (nested), so that the adapter's flattening is exercised. */
    static String toJson(Map<String, String> fields) {
        Map<String, Object> root = new java.util.LinkedHashMap<>();
        fields.forEach((path, value) -> {
            Map<String, Object> m = root;
            String[] parts = path.split("\\.", -1);
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                boolean last = i == parts.length - 1;
                if (p.endsWith("]")) {
                    String name = p.substring(0, p.indexOf('['));
                    int idx = Integer.parseInt(p.substring(p.indexOf('[') + 1, p.length() - 1));
                    @SuppressWarnings("unchecked")
                    List<Object> list = (List<Object>) m.computeIfAbsent(name, k -> new java.util.ArrayList<>());
                    while (list.size() <= idx) {
                        list.add(new java.util.LinkedHashMap<String, Object>());
                    }
                    if (last) {
                        list.set(idx, value);
                    } else {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> next = (Map<String, Object>) list.get(idx);
                        m = next;
                    }
                } else if (last) {
                    m.put(p, p.equals("size") ? (Object) new java.math.BigDecimal(value) : value);
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> next = (Map<String, Object>)
                            m.computeIfAbsent(p, k -> new java.util.LinkedHashMap<String, Object>());
                    m = next;
                }
            }
        });
        return dev.edxml.internal.Json.write(root);
    }

    @Test
    void ourLibraryPassesEveryProducerScenario(@TempDir Path dir) throws IOException {
        List<Scenario> issued = Scenarios.issue(Suite.current(), dir.resolve("scenarios"), new SecureRandom());
        assertEquals(issued, Scenarios.read(dir.resolve("scenarios")));
        RunResult r = RUNNER.produce(dir.resolve("scenarios"), dir.resolve("out"), OurLibrary.PRODUCER, null);
        assertEquals(
                List.of(),
                r.results().stream().filter(c -> c.verdict() != Verdict.PASS).toList());
        assertEquals(ids(c -> c.direction() == Direction.PRODUCER), ids(r.results()));
        assertEquals(List.of("producer"), r.directions());
        // the packages are checked where they are, without the adapter too
        RunResult again = RUNNER.produce(dir.resolve("scenarios"), dir.resolve("out"), null, null);
        assertEquals(r.results(), again.results());
    }

    @Test
    void cannedPackagesFromAnotherRunFailOnTheChallenge(@TempDir Path dir) throws IOException {
        Scenarios.issue(Suite.current(), dir.resolve("first"), new Random(1));
        RUNNER.produce(dir.resolve("first"), dir.resolve("out"), OurLibrary.PRODUCER, null);
        List<Scenario> second = Scenarios.issue(Suite.current(), dir.resolve("second"), new Random(2));
        RunResult r = RUNNER.produce(dir.resolve("second"), dir.resolve("out"), null, null);
        assertEquals(ids(c -> c.direction() == Direction.PRODUCER), ids(r.with(Verdict.FAIL)));
        CaseResult one = r.results().get(0);
        String challenge = second.get(0).challenge();
        assertTrue(
                one.details().stream().anyMatch(d -> d.startsWith("field subject: expected ") && d.contains(challenge)),
                one.details().toString());
        CaseResult status = r.results().stream()
                .filter(c -> c.id().equals("C-PRD-005"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                status.details().stream()
                        .anyMatch(d -> d.startsWith("field code.notation: expected \"KT-"
                                + second.get(4).challenge())),
                status.details().toString());
        // a missing package is a failure that says where it was looked for
        Files.delete(dir.resolve("out").resolve("C-PRD-002.edxml"));
        RunResult missing = RUNNER.produce(dir.resolve("second"), dir.resolve("out"), null, null);
        assertTrue(
                missing.results().get(1).message().startsWith("no package at "),
                missing.results().get(1).message());
    }

    @Test
    void signedProducerPackagesAreVerifiedAgainstTheVendorsTrustAnchors(@TempDir Path dir) throws Exception {
        TestPki pki = TestPki.create();
        ProducerAdapter signing = (s, d, out) -> {
            Answer a = OurLibrary.PRODUCER.produce(s, d, out);
            try {
                dev.edxml.model.EdxmlPackage signed = dev.edxml.sign.Signer.builder()
                        .key(pki.signer())
                        .build()
                        .sign(dev.edxml.Edxml.read(out));
                dev.edxml.Edxml.write(signed, out);
            } catch (Exception e) {
                return Answer.error(e.toString());
            }
            return a;
        };
        Scenarios.issue(Suite.current(), dir, new Random(3));
        dev.edxml.sign.Verifier trusting = dev.edxml.sign.Verifier.of(
                dev.edxml.sign.TrustPolicy.builder().trustAnchor(pki.root()).build());
        RunResult ok = RUNNER.produce(dir, dir, signing, trusting);
        assertEquals(
                List.of(),
                ok.results().stream().filter(c -> c.verdict() != Verdict.PASS).toList());
        // the same packages against anchors that do not include the signer's CA
        var cert = dev.edxml.testkit.TestCa.rootNamed("CN=Another CA").certificate();
        dev.edxml.sign.Verifier another = dev.edxml.sign.Verifier.of(
                dev.edxml.sign.TrustPolicy.builder().trustAnchor(cert).build());
        RunResult untrusted = RUNNER.produce(dir, dir, null, another);
        assertEquals(ids(c -> c.direction() == Direction.PRODUCER), ids(untrusted.with(Verdict.FAIL)));
        assertTrue(
                untrusted.results().get(0).details().stream().anyMatch(d -> d.startsWith("signature: ")),
                untrusted.results().get(0).details().toString());
    }

    @Test
    void scenariosOfAnotherSuiteAreNotJudged(@TempDir Path dir) throws IOException {
        Scenarios.issue(Suite.current(), dir, new Random(4));
        Path file = dir.resolve(Scenarios.FILE);
        Files.writeString(file, Files.readString(file).replace(Suite.current().digest(), "0".repeat(64)));
        RunResult r = RUNNER.produce(dir, dir, OurLibrary.PRODUCER, null);
        assertEquals(ids(c -> c.direction() == Direction.PRODUCER), ids(r.with(Verdict.ERROR)));
        assertTrue(r.results().get(0).message().startsWith("the scenarios were issued by another suite"));
        assertFalse(Files.exists(dir.resolve("C-PRD-001.edxml")), "nothing was made");
    }

    @Test
    void editedExpectationsInTheScenarioFileAreNotBelieved(@TempDir Path dir) throws IOException {
        List<Scenario> issued = Scenarios.issue(Suite.current(), dir, new Random(5));
        Scenario first = issued.get(0);
        Path file = dir.resolve(Scenarios.FILE);
        // a vendor empties one scenario's expectations so that any valid package would do
        String json = Files.readString(file);
        String subject = first.expectedFields().get("subject");
        assertTrue(json.contains(subject), json);
        Files.writeString(file, json.replace(subject, "anything"));
        RunResult r = RUNNER.produce(dir, dir.resolve("out"), OurLibrary.PRODUCER, null);
        CaseResult edited = r.results().stream()
                .filter(c -> c.id().equals(first.id()))
                .findFirst()
                .orElseThrow();
        assertEquals(Verdict.ERROR, edited.verdict(), edited::toString);
        assertTrue(edited.message().contains("are not the ones issued"), edited::toString);
        assertFalse(r.conformant());
    }

    @Test
    void aParserThatReturnsNothingErrsInsteadOfPassingTheRejectCases(@TempDir Path dir) throws IOException {
        RunResult r = RUNNER.consume(dir, ConsumerAdapter.parser("broken", (file, trust) -> null), OurLibrary.REPLY);
        List<CaseResult> rejectCases = r.results().stream()
                .filter(c -> Suite.current().find(c.id()).orElseThrow().expected() == Outcome.REJECT)
                .toList();
        assertFalse(rejectCases.isEmpty());
        assertEquals(
                List.of(),
                rejectCases.stream().filter(c -> c.verdict() != Verdict.ERROR).toList());
        assertFalse(r.conformant());
    }

    @Test
    void aPlaceholderTheAdapterDoesNotHaveIsFoundWhenTheAdapterIsMade() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> ConsumerAdapter.command("tool parse {fille}", Duration.ofSeconds(60)));
        assertTrue(e.getMessage().contains("{fille}") && e.getMessage().contains("{file}"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> ReplyAdapter.command("tool reply {file} {trust}", Duration.ofSeconds(60)));
        ReplyAdapter.command("tool reply {file} {status} {description} {out}", Duration.ofSeconds(60));
    }

    @Test
    void aRunThatLeavesOutMustCasesIsNotConformant(@TempDir Path dir) throws IOException {
        RunResult noReply = RUNNER.consume(dir, ConsumerAdapter.library(), null);
        assertEquals(List.of(), noReply.mustFailures());
        assertFalse(noReply.mustNotRun().isEmpty());
        assertFalse(noReply.conformant());
    }

    @Test
    void challengesAreFreshAndReadable() {
        Random random = new Random(7);
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            String c = Scenarios.challenge(random);
            assertTrue(c.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}") && !c.matches(".*[IO01].*"), c);
            assertTrue(seen.add(c), c);
        }
    }

    @Test
    void producerCasesAndReplyCasesAreInTheManifest() {
        Map<String, Integer> areas = new HashMap<>();
        Suite.current().cases().forEach(c -> areas.merge(c.id().substring(2, 5), 1, Integer::sum));
        assertEquals(5, areas.get("RPL"));
        assertEquals(7, areas.get("PRD"));
        ConformanceCase prd = Suite.current().find("C-PRD-001").orElseThrow();
        assertEquals(Direction.PRODUCER, prd.direction());
        assertTrue(prd.expectedFields().get("subject").endsWith("(mã kiểm tra {challenge})"));
        ConformanceCase rpl = Suite.current().find("C-RPL-002").orElseThrow();
        assertEquals("C-HDR-002.edxml", rpl.file());
        assertEquals("01", rpl.expectedFields().get("statusCode"));
        assertEquals(
                Suite.current().find("C-HDR-002").orElseThrow().expectedFields().get("to[0].organId"),
                rpl.expectedFields().get("from.organId"));
    }

    // ------------------------------------------------------------------------------------------- the axis level

    static final Runner AXIS = Runner.builder()
            .clock(CLOCK)
            .certificationLevel(CertificationLevel.AXIS)
            .product("edxml.dev", "edxml-java", "0.1.0")
            .build();

    /** The cases a reader that never verifies anything fails at axis: every signature it should have checked. */
    static final Set<String> UNVERIFIED = Set.of(
            "C-PDF-004",
            "C-PDF-005",
            "C-SIG-003",
            "C-SIG-004",
            "C-SIG-005",
            "C-SIG-006",
            "C-SIG-007",
            "C-SIG-011",
            "C-SIG-013",
            "C-SIG-014");

    @Test
    void ourLibraryPassesAxisInEveryDirection(@TempDir Path dir) throws IOException {
        RunResult consumer = AXIS.consume(
                dir.resolve("c"),
                ConsumerAdapter.library(CertificationLevel.AXIS),
                OurLibrary.signedReply(OurLibrary.SUITE_KEYS));
        assertEquals(
                List.of(),
                consumer.results().stream()
                        .filter(c -> c.verdict() != Verdict.PASS)
                        .toList());
        assertEquals(
                ids(c -> c.direction() == Direction.CONSUMER
                        && c.levelAt(CertificationLevel.AXIS).isPresent()),
                ids(consumer.results()));
        assertTrue(consumer.conformant());
        assertEquals(CertificationLevel.AXIS, consumer.certificationLevel());
        assertEquals(List.of("consumer", "reply"), consumer.directions());
        // at axis every signature case is MUST, and the PDF cases of the level are there; C-PDF-003 is not
        Set<String> must = ids(
                consumer.results().stream().filter(c -> c.level() == Level.MUST).toList());
        assertTrue(
                must.containsAll(Set.of(
                        "C-SIG-002",
                        "C-SIG-003",
                        "C-SIG-004",
                        "C-SIG-005",
                        "C-SIG-006",
                        "C-SIG-009",
                        "C-SIG-011",
                        "C-SIG-012",
                        "C-SIG-013",
                        "C-SIG-014",
                        "C-PDF-004",
                        "C-PDF-005")),
                must.toString());
        assertFalse(ids(consumer.results()).contains("C-PDF-003"));
        assertTrue(consumer.results().stream()
                .filter(c -> c.id().startsWith("C-RPL-"))
                .allMatch(c -> c.message().contains("signed with the suite-issued keys")));

        Scenarios.issue(Suite.current(), dir.resolve("s"), new SecureRandom());
        RunResult producer = AXIS.produce(
                dir.resolve("s"), dir.resolve("out"), OurLibrary.signedProducer(OurLibrary.SUITE_KEYS), null);
        assertEquals(
                List.of(),
                producer.results().stream()
                        .filter(c -> c.verdict() != Verdict.PASS)
                        .toList());
        assertEquals(ids(c -> c.direction() == Direction.PRODUCER), ids(producer.results()));
        assertEquals(List.of("producer"), producer.directions());
    }

    @Test
    void aReaderThatNeverVerifiesFailsAxisButNotQcvn102sSignatureCases(@TempDir Path dir) throws IOException {
        ConsumerAdapter naive = ConsumerAdapter.parser("reads, never verifies", (file, trust) -> {
            try (var pkg = dev.edxml.Edxml.read(file)) {
                return Fields.of(pkg);
            }
        });
        RunResult axis = AXIS.consume(dir.resolve("a"), naive, null);
        assertEquals(UNVERIFIED, ids(axis.with(Verdict.FAIL)));
        assertEquals(UNVERIFIED, ids(axis.mustFailures()));
        assertFalse(axis.conformant());
        CaseResult sender = axis.results().stream()
                .filter(c -> c.id().equals("C-SIG-014"))
                .findFirst()
                .orElseThrow();
        assertTrue(sender.message().contains("signature.senderBinding.status"), sender.message());
        // the same reader at qcvn102: only the signature-wrapping case is MUST among the ones it misses
        RunResult qcvn = RUNNER.consume(dir.resolve("q"), naive, null);
        assertEquals(Set.of("C-SIG-007"), ids(qcvn.mustFailures()));
    }

    @Test
    void unsignedProducerOutputFailsAxis(@TempDir Path dir) throws IOException {
        Scenarios.issue(Suite.current(), dir, new SecureRandom());
        RunResult qcvn = RUNNER.produce(dir, dir.resolve("q"), OurLibrary.PRODUCER, null);
        assertTrue(qcvn.conformant());
        RunResult axis = AXIS.produce(dir, dir.resolve("a"), OurLibrary.PRODUCER, null);
        assertEquals(ids(c -> c.direction() == Direction.PRODUCER), ids(axis.with(Verdict.FAIL)));
        for (CaseResult c : axis.results()) {
            assertTrue(
                    c.details().stream().anyMatch(d -> d.startsWith("axis: the package carries no XML-DSig")),
                    c.toString());
        }
        CaseResult letter = axis.results().get(0);
        assertTrue(letter.details().stream().anyMatch(d -> d.contains("is not signed")), letter.toString());
        // and the reports never let the qcvn102 pass look like an axis certification
        assertTrue(RunReports.badge(qcvn).contains("qcvn102")
                && RunReports.badge(qcvn).contains("#ef6c00"));
        assertTrue(RunReports.html(qcvn).contains("does NOT certify signing"));
    }

    @Test
    void aProducerSigningWithItsOwnOrAnotherRunsKeysFailsAxis(@TempDir Path dir) throws Exception {
        Scenarios.issue(Suite.current(), dir.resolve("s"), new SecureRandom());
        RunResult own = AXIS.produce(
                dir.resolve("s"), dir.resolve("own"), OurLibrary.signedProducer(OurLibrary.OWN_KEYS), null);
        assertEquals(ids(c -> c.direction() == Direction.PRODUCER), ids(own.with(Verdict.FAIL)));
        assertTrue(
                own.results().stream().allMatch(c -> c.details().stream()
                        .anyMatch(d -> d.startsWith("axis: the package's signature does not hold with the run's CA"))),
                own.results().toString());
        // the keys of another issue of the scenarios (an earlier run's, kept to sign canned packages) fail too
        Path other = dir.resolve("other");
        Scenarios.issue(Suite.current(), other, new SecureRandom());
        OurLibrary.Keys earlier = (p12, pw, alias) -> OurLibrary.SUITE_KEYS.key(
                other.resolve(Scenarios.KEY_FILE), other.resolve(Scenarios.PASSWORD_FILE), alias);
        RunResult stale =
                AXIS.produce(dir.resolve("s"), dir.resolve("stale"), OurLibrary.signedProducer(earlier), null);
        assertEquals(ids(c -> c.direction() == Direction.PRODUCER), ids(stale.with(Verdict.FAIL)));
        // a replaced run-ca.pem (the vendor's own CA) is not believed: every case errs, asking to issue again
        Files.copy(
                other.resolve(Scenarios.CA_FILE),
                dir.resolve("s").resolve(Scenarios.CA_FILE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        RunResult swapped = AXIS.produce(dir.resolve("s"), dir.resolve("stale"), null, null);
        assertEquals(ids(c -> c.direction() == Direction.PRODUCER), ids(swapped.with(Verdict.ERROR)));
        assertTrue(swapped.results().get(0).message().contains("not the CA issued with these scenarios"));
    }

    @Test
    void thePasswordIsInAFileReadableByItsOwnerOnly(@TempDir Path dir) throws IOException {
        Scenarios.issue(Suite.current(), dir, new SecureRandom());
        String pw = Files.readString(dir.resolve(Scenarios.PASSWORD_FILE)).strip();
        assertTrue(pw.length() >= 16, pw);
        assertFalse(Files.readString(dir.resolve(Scenarios.FILE)).contains(pw));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(
                    "rw-------",
                    java.nio.file.attribute.PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(dir.resolve(Scenarios.PASSWORD_FILE))));
        }
    }
}
