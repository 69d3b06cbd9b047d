package dev.edxml.conformance;

import dev.edxml.Edxml;
import dev.edxml.EdxmlException;
import dev.edxml.Finding;
import dev.edxml.conformance.ConformanceCase.Direction;
import dev.edxml.conformance.ConformanceCase.Outcome;
import dev.edxml.conformance.internal.CommandAdapter;
import dev.edxml.conformance.internal.Fields;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.StatusPackage;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.Verifier;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the conformance cases against the software under test (bộ chạy kiểm thử tuân thủ) and judges its answers.
 * Immutable; {@link #consume} and {@link #produce} may be called many times.
 *
 * <ul>
 * <li><b>Consumer</b>: each consumer case's package goes to a {@link ConsumerAdapter}. An ACCEPT case passes when the
 * package is accepted and every expected field is present with an equal value (other keys are ignored); a REJECT
 * case passes when it is rejected. A crash, a timeout or an answer that cannot be understood is an
 * {@link Verdict#ERROR error}, never a pass. With a {@link ReplyAdapter}, each reply case ({@code C-RPL}) asks for
 * the status package answering its package and checks it (readable, valid under {@code qcvn102}, its fields).</li>
 * <li><b>Producer</b>: for each scenario issued by {@link Suite#issueScenarios}, the vendor's package (made beforehand, or
 * now through a {@link ProducerAdapter}) must be readable, have no validation error under {@code qcvn102}, carry a
 * signature that verifies when it carries one and a trust anchor was given, and carry the scenario's fields, the
 * challenge included.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class Runner {
    private final Suite suite;
    private final String vendor;
    private final String productName;
    private final String productVersion;
    private final Clock clock;
    private final int parallelism;
    private final dev.edxml.Progress progress;
    /** The ids of the cases to run, or null for all. */
    private final java.util.Set<String> only;

    private final CertificationLevel certification;

    private Runner(Builder b) {
        this.suite = b.suite;
        this.vendor = b.vendor;
        this.productName = b.productName;
        this.productVersion = b.productVersion;
        this.clock = b.clock;
        this.parallelism = b.parallelism;
        this.progress = b.progress;
        this.only = b.only;
        this.certification = b.certification;
    }

    /** The certification level the runner judges at ({@code qcvn102} by default). */
    public CertificationLevel certificationLevel() {
        return certification;
    }

    /** The cases of {@code direction} at this runner's level, each with its level there. */
    private List<ConformanceCase> cases(Direction direction) {
        return suite.cases().stream()
                .filter(c -> c.direction() == direction)
                .filter(c -> c.levelAt(certification).isPresent())
                .map(c -> c.at(certification))
                .toList();
    }

    private boolean axis() {
        return certification == CertificationLevel.AXIS;
    }

    /** A runner of {@link Suite#current()}, unnamed product, system UTC clock, two cases at a time. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The consumer run: generates the suite's packages into {@code workDir} (created if needed), hands each to
     * {@code adapter}, and, when {@code reply} is not {@code null}, asks it for the reply cases' status packages
     * (written under {@code workDir/replies}); without it the reply cases are {@link Verdict#NOT_RUN not run}.
     */
    public RunResult consume(Path workDir, ConsumerAdapter adapter, ReplyAdapter reply) throws IOException {
        Objects.requireNonNull(adapter, "adapter");
        suite.generate(workDir);
        Path trust = workDir.resolve(Suite.TRUST_ANCHOR_FILE).toAbsolutePath();
        Path replies = workDir.resolve("replies");
        Path keys = workDir.resolve("keys");
        java.security.cert.X509Certificate runCa = null;
        if (reply != null) {
            Files.createDirectories(replies);
            if (axis()) {
                // the status packages must be signed with keys issued for this run only
                runCa = RunKeys.issue(
                        keys, Scenarios.challenge(new java.security.SecureRandom()), new java.security.SecureRandom());
            }
        }
        final java.security.cert.X509Certificate ca = runCa;
        List<Callable<CaseResult>> tasks = new ArrayList<>();
        for (ConformanceCase c : cases(Direction.CONSUMER)) {
            Path file = workDir.resolve(c.file()).toAbsolutePath();
            if (only != null && !only.contains(c.id())) {
                tasks.add(() -> CaseResult.of(
                        c,
                        Verdict.NOT_RUN,
                        "not run: not among the cases asked for",
                        "chưa chạy: không nằm trong các ca được chọn",
                        List.of()));
            } else if (!c.isReply()) {
                tasks.add(guarded(c, () -> judge(c, adapter.read(file, trust))));
            } else if (reply == null) {
                tasks.add(() -> CaseResult.of(
                        c,
                        Verdict.NOT_RUN,
                        "not run: no reply adapter given",
                        "chưa chạy: không có bộ chuyển đổi trả lời (reply adapter)",
                        List.of()));
            } else {
                Path out = replies.resolve(c.id() + ".edxml").toAbsolutePath();
                tasks.add(guarded(c, () -> {
                    Files.deleteIfExists(out);
                    Answer a = ca == null
                            ? reply.reply(
                                    file,
                                    c.expectedFields().get("statusCode"),
                                    c.expectedFields().get("description"),
                                    out)
                            : reply.reply(
                                    file,
                                    c.expectedFields().get("statusCode"),
                                    c.expectedFields().get("description"),
                                    out,
                                    keys.resolve(RunKeys.KEY_FILE).toAbsolutePath(),
                                    keys.resolve(RunKeys.PASSWORD_FILE).toAbsolutePath());
                    if (a.kind() != Answer.Kind.ACCEPTED) {
                        return CaseResult.of(
                                c,
                                a.kind() == Answer.Kind.ERROR ? Verdict.ERROR : Verdict.FAIL,
                                "no status package: " + a.detail(),
                                "không có gói tin trạng thái: " + a.detail(),
                                List.of());
                    }
                    return checkMade(c, out, c.expectedFields(), null, ca);
                }));
            }
        }
        String how = adapter.describe() + (reply == null ? "" : "; reply: " + reply.describe());
        try {
            return new RunResult(
                    suite.version(),
                    suite.digest(),
                    vendor,
                    productName,
                    productVersion,
                    now(),
                    how,
                    run(tasks),
                    certification);
        } finally {
            adapter.close();
        }
    }

    /**
     * The producer run: reads the scenarios in {@code scenarioDir}; when {@code adapter} is not {@code null}, asks it
     * to make each package into {@code packagesDir} (created if needed) first; then checks the package named by each
     * scenario's {@code output} in {@code packagesDir}. {@code vendorTrust} (a PEM/DER certificate or a folder of
     * them, or {@code null}) verifies the packages' XML-DSig signatures; without it a signature is not checked.
     */
    public RunResult produce(Path scenarioDir, Path packagesDir, ProducerAdapter adapter, Verifier vendorTrust)
            throws IOException {
        List<Scenario> scenarios = Scenarios.read(scenarioDir);
        String issuedBy = Scenarios.issuedBy(scenarioDir).orElse("?");
        if (!issuedBy.equals(suite.digest())) {
            // the cases' expectations may have changed since: judge nothing against another suite's scenarios
            List<CaseResult> stale = cases(Direction.PRODUCER).stream()
                    .map(c -> CaseResult.of(
                            c,
                            Verdict.ERROR,
                            "the scenarios were issued by another suite (SHA-256 " + issuedBy + "); issue them again",
                            "kịch bản do một bộ kiểm thử khác phát hành (SHA-256 " + issuedBy + "); hãy phát hành lại",
                            List.of()))
                    .toList();
            return new RunResult(
                    suite.version(),
                    suite.digest(),
                    vendor,
                    productName,
                    productVersion,
                    now(),
                    "packages in " + packagesDir,
                    stale,
                    certification);
        }
        java.security.cert.X509Certificate runCa = null;
        String caProblem = null;
        if (axis()) {
            Optional<java.security.cert.X509Certificate> found = RunKeys.ca(scenarioDir);
            Optional<String> recorded = Scenarios.signingCa(scenarioDir);
            if (found.isEmpty() || recorded.isEmpty()) {
                caProblem = "no suite-issued keys in " + scenarioDir + " (" + RunKeys.CA_FILE + ", " + RunKeys.KEY_FILE
                        + "); issue the scenarios again";
            } else if (!recorded.get().equals(RunKeys.fingerprint(found.get()))) {
                caProblem = RunKeys.CA_FILE + " is not the CA issued with these scenarios; issue them again";
            } else {
                runCa = found.get();
            }
        }
        final java.security.cert.X509Certificate ca = runCa;
        final String keyProblem = caProblem;
        Path key = scenarioDir.resolve(RunKeys.KEY_FILE).toAbsolutePath();
        Path passwordFile = scenarioDir.resolve(RunKeys.PASSWORD_FILE).toAbsolutePath();
        Files.createDirectories(packagesDir);
        List<Callable<CaseResult>> tasks = new ArrayList<>();
        for (ConformanceCase c : cases(Direction.PRODUCER)) {
            if (keyProblem != null) {
                tasks.add(() -> CaseResult.of(
                        c,
                        Verdict.ERROR,
                        keyProblem,
                        "thiếu khóa do bộ kiểm thử cấp hoặc khóa " + "không đúng (" + RunKeys.CA_FILE
                                + "); hãy phát hành lại kịch bản",
                        List.of()));
                continue;
            }
            Optional<Scenario> s =
                    scenarios.stream().filter(x -> x.id().equals(c.id())).findFirst();
            if (s.isEmpty()) {
                Path file = scenarioDir.resolve(Scenarios.FILE);
                tasks.add(() -> CaseResult.of(
                        c,
                        Verdict.ERROR,
                        "no scenario " + c.id() + " in " + file + " (issue the scenarios again)",
                        "không có kịch bản " + c.id() + " trong " + file + " (hãy phát hành lại kịch bản)",
                        List.of()));
                continue;
            }
            Scenario sc = s.get();
            // the expectations come from the catalogue and the scenario's challenge, never from the (editable) file
            Map<String, String> expected = Scenarios.expectedFor(c.id(), sc.challenge());
            if (!expected.equals(sc.expectedFields())) {
                tasks.add(() -> CaseResult.of(
                        c,
                        Verdict.ERROR,
                        "the expected fields of " + c.id() + " in " + Scenarios.FILE
                                + " are not the ones issued (issue the scenarios again)",
                        "các trường mong đợi của " + c.id() + " trong " + Scenarios.FILE
                                + " không phải các trường đã phát hành (hãy phát hành lại kịch bản)",
                        List.of()));
                continue;
            }
            Path out = packagesDir.resolve(sc.output()).toAbsolutePath();
            tasks.add(guarded(c, () -> {
                if (adapter != null) {
                    Files.deleteIfExists(out);
                    Answer a = ca == null
                            ? adapter.produce(sc, scenarioDir.toAbsolutePath(), out)
                            : adapter.produce(sc, scenarioDir.toAbsolutePath(), out, key, passwordFile);
                    if (a.kind() != Answer.Kind.ACCEPTED) {
                        return CaseResult.of(
                                c,
                                a.kind() == Answer.Kind.ERROR ? Verdict.ERROR : Verdict.FAIL,
                                "no package made: " + a.detail(),
                                "không tạo được gói tin: " + a.detail(),
                                List.of());
                    }
                }
                return checkMade(c, out, ca == null ? expected : signedPdfSizesOpen(expected), vendorTrust, ca);
            }));
        }
        String how = adapter == null ? "packages in " + packagesDir : adapter.describe();
        return new RunResult(
                suite.version(),
                suite.digest(),
                vendor,
                productName,
                productVersion,
                now(),
                how,
                run(tasks),
                certification);
    }

    /**
     * At {@code axis} the PDFs are signed by the software, so their size cannot be known beforehand: the expected
     * fields without the sizes of the PDF attachments.
     */
    static Map<String, String> signedPdfSizesOpen(Map<String, String> expected) {
        Map<String, String> out = new java.util.TreeMap<>(expected);
        expected.forEach((k, v) -> {
            if (k.startsWith("attachments[") && k.endsWith("].contentType") && v.equals("application/pdf")) {
                out.remove(k.substring(0, k.length() - "contentType".length()) + "size");
            }
        });
        return out;
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** The field that reports a signer who is not the sender ({@code C-SIG-014}). */
    static final String SENDER_BINDING = "signature.senderBinding.status";

    /** Judges the answer to a consumer case (the verdict the runner gives it). */
    public static CaseResult judge(ConformanceCase c, Answer a) {
        if (a.kind() == Answer.Kind.ERROR) {
            return CaseResult.of(
                    c,
                    Verdict.ERROR,
                    "no usable answer: " + a.detail(),
                    "không có câu trả lời dùng được: " + a.detail(),
                    List.of());
        }
        if (c.expected() == Outcome.REJECT) {
            return a.kind() == Answer.Kind.REJECTED
                    ? CaseResult.of(
                            c,
                            Verdict.PASS,
                            "rejected, as it must be (" + shorten(a.detail()) + ")",
                            "đã từ chối, đúng như yêu cầu (" + shorten(a.detail()) + ")",
                            List.of())
                    : CaseResult.of(
                            c,
                            Verdict.FAIL,
                            "accepted a package it must reject: " + c.title(),
                            "đã nhận một gói tin phải từ chối: " + c.titleVi(),
                            List.of());
        }
        if (a.kind() == Answer.Kind.REJECTED && c.expectedFields().containsKey(SENDER_BINDING)) {
            // a signer who is not the sender must at least be reported: refusing the package is stricter, and passes
            return CaseResult.of(
                    c,
                    Verdict.PASS,
                    "rejected (stricter than reporting the signer): " + shorten(a.detail()),
                    "đã từ chối (chặt hơn việc báo người ký): " + shorten(a.detail()),
                    List.of());
        }
        if (a.kind() == Answer.Kind.REJECTED) {
            return CaseResult.of(
                    c,
                    Verdict.FAIL,
                    "rejected a package it must accept: " + shorten(a.detail()),
                    "đã từ chối một gói tin phải nhận: " + shorten(a.detail()),
                    List.of());
        }
        List<String> wrong = compare(c.expectedFields(), a.fields());
        return wrong.isEmpty()
                ? CaseResult.of(
                        c,
                        Verdict.PASS,
                        "accepted; " + c.expectedFields().size() + " fields as expected",
                        "đã nhận; " + c.expectedFields().size() + " trường đúng như mong đợi",
                        List.of())
                : CaseResult.of(
                        c,
                        Verdict.FAIL,
                        wrong.size() + " of " + c.expectedFields().size() + " fields missing or wrong: " + wrong.get(0),
                        wrong.size() + "/" + c.expectedFields().size() + " trường thiếu hoặc sai: " + wrong.get(0),
                        wrong);
    }

    /** One line per expected field that is missing from {@code actual} or has another value. */
    static List<String> compare(Map<String, String> expected, Map<String, String> actual) {
        List<String> wrong = new ArrayList<>();
        new java.util.TreeMap<>(expected).forEach((k, v) -> {
            String got = actual.get(k);
            if (got == null) {
                wrong.add("field " + k + ": expected " + quote(v) + ", missing");
            } else if (!got.equals(v)) {
                wrong.add("field " + k + ": expected " + quote(v) + ", got " + quote(got));
            }
        });
        return wrong;
    }

    /** Checks a package the software made (a reply or a producer scenario's package). */
    private CaseResult checkMade(
            ConformanceCase c,
            Path file,
            Map<String, String> expected,
            Verifier verifier,
            java.security.cert.X509Certificate runCa) {
        if (!Files.isRegularFile(file)) {
            return CaseResult.of(c, Verdict.FAIL, "no package at " + file, "không có gói tin tại " + file, List.of());
        }
        EdxmlPackage pkg;
        try {
            pkg = Edxml.read(file);
        } catch (EdxmlException e) {
            return CaseResult.of(
                    c,
                    Verdict.FAIL,
                    "the package cannot be read: " + e.code() + " " + e.message(Locale.ENGLISH),
                    "không đọc được gói tin: " + e.code() + " " + e.message(Locale.forLanguageTag("vi")),
                    List.of());
        } catch (IOException e) {
            return CaseResult.of(
                    c, Verdict.ERROR, "cannot read " + file + ": " + e, "không đọc được " + file + ": " + e, List.of());
        }
        try (pkg) {
            return checkRead(c, file, expected, verifier, pkg, runCa);
        }
    }

    private CaseResult checkRead(
            ConformanceCase c,
            Path file,
            Map<String, String> expected,
            Verifier verifier,
            EdxmlPackage pkg,
            java.security.cert.X509Certificate runCa) {
        List<String> problems = new ArrayList<>();
        ValidationReport v = Validator.builder()
                .profile(Profile.QCVN102)
                .clock(clock)
                .build()
                .validate(file);
        for (Finding f : v.errors()) {
            problems.add("validation: " + f.format(Locale.ENGLISH));
        }
        if (pkg instanceof StatusPackage st && st.header().timestamp().isEmpty()) {
            problems.add("the status package has no Timestamp");
        }
        if (verifier != null && pkg.signature().isPresent()) {
            SignatureReport r;
            try {
                r = verifier.examine(file);
            } catch (IOException e) {
                return CaseResult.of(
                        c,
                        Verdict.ERROR,
                        "cannot read " + file + ": " + e,
                        "không đọc được " + file + ": " + e,
                        List.of());
            }
            if (r.kind() == SignatureReport.Kind.XMLDSIG && !r.isValid()) {
                problems.add("signature: " + r.describe(Locale.ENGLISH).strip().replace('\n', ' '));
            }
        }
        if (runCa != null) {
            try {
                problems.addAll(AxisChecks.check(file, pkg, runCa));
            } catch (IOException e) {
                return CaseResult.of(
                        c,
                        Verdict.ERROR,
                        "cannot read " + file + ": " + e,
                        "không đọc được " + file + ": " + e,
                        List.of());
            }
        }
        problems.addAll(compare(expected, Fields.of(pkg)));
        return problems.isEmpty()
                ? CaseResult.of(
                        c,
                        Verdict.PASS,
                        "made; valid, " + (runCa == null ? "" : "signed with the " + "suite-issued keys, ")
                                + expected.size() + " fields as expected",
                        "đã tạo; hợp lệ, "
                                + (runCa == null ? "" : "ký bằng khóa do bộ kiểm thử cấp, ") + expected.size()
                                + " trường đúng như mong đợi",
                        List.of())
                : CaseResult.of(
                        c,
                        Verdict.FAIL,
                        problems.size() + " problem(s): " + problems.get(0),
                        problems.size() + " vấn đề: " + problems.get(0),
                        problems);
    }

    /**
     * The case's task, with an unexpected failure of the adapter or of the check (a bug, a bad placeholder…) made
     * that case's ERROR rather than the end of the run.
     */
    private static Callable<CaseResult> guarded(ConformanceCase c, Callable<CaseResult> task) {
        return () -> {
            try {
                return task.call();
            } catch (RuntimeException e) {
                return CaseResult.of(
                        c,
                        Verdict.ERROR,
                        "the case could not be run: " + e,
                        "không chạy được trường hợp này: " + e,
                        List.of());
            }
        };
    }

    private List<CaseResult> run(List<Callable<CaseResult>> tasks) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "edxml-conformance");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CaseResult>> futures = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            for (Callable<CaseResult> t : tasks) {
                futures.add(pool.submit(() -> {
                    try {
                        return t.call();
                    } finally {
                        progress.progress(done.incrementAndGet(), tasks.size());
                    }
                }));
            }
            List<CaseResult> results = new ArrayList<>();
            for (Future<CaseResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException("a case could not be run", e.getCause());
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A command's execution as the answer "a file was written at {@code out}". */
    static Answer written(CommandAdapter.Execution e, Path out, CommandAdapter command) {
        if (e.startFailure() != null) {
            return Answer.error(e.startFailure());
        }
        if (e.timedOut()) {
            return Answer.error("no answer within " + command.timeout().toSeconds() + " s (killed)");
        }
        if (e.exitCode() != 0) {
            return Answer.rejected("exit " + e.exitCode() + (e.stderrTail().isEmpty() ? "" : ": " + e.stderrTail()));
        }
        return ReplyAdapter.written(out);
    }

    private static String quote(String s) {
        return "\""
                + s.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\r", "\\r")
                        .replace("\n", "\\n") + "\"";
    }

    private static String shorten(String s) {
        String one = s.strip().replace('\n', ' ');
        return one.length() <= 200 ? one : one.substring(0, 199) + "…";
    }

    @Override
    public String toString() {
        return "Runner[" + suite + ", level " + certification + ", "
                + (vendor + " " + productName + " " + productVersion).strip() + ", parallelism " + parallelism
                + (only == null ? "" : ", only " + new java.util.TreeSet<>(only)) + "]";
    }

    /**
     * Builds a {@link Runner}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Suite suite = Suite.current();
        private String vendor = "";
        private String productName = "";
        private String productVersion = "";
        private Clock clock = Clock.systemUTC();
        private int parallelism = 2;
        private java.util.Set<String> only;
        private dev.edxml.Progress progress = dev.edxml.Progress.NONE;
        private CertificationLevel certification = CertificationLevel.QCVN102;

        private Builder() {}

        /**
         * The certification level to judge at (default {@link CertificationLevel#QCVN102}): which cases run, at
         * which MUST or SHOULD, and whether the packages the software makes must be signed with the suite-issued keys.
         */
        public Builder certificationLevel(CertificationLevel level) {
            this.certification = Objects.requireNonNull(level, "level");
            return this;
        }

        /** The suite to run (default {@link Suite#current()}). */
        public Builder suite(Suite s) {
            this.suite = Objects.requireNonNull(s, "suite");
            return this;
        }

        /**
         * The software under test, named in the record: who makes it, its name and its version (default: all empty,
         * a record that certifies nobody).
         *
         * @since 0.1.0
         */
        public Builder product(String vendor, String name, String version) {
            this.vendor = Objects.requireNonNull(vendor, "vendor");
            this.productName = Objects.requireNonNull(name, "name");
            this.productVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /** The clock of the run's date and of the validator's "today" (default: system, UTC). */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /**
         * Runs only these cases (to rerun the ones that failed); the others are {@link Verdict#NOT_RUN not run}, so
         * such a run is never conformant.
         *
         * @throws IllegalArgumentException for an id that is not a case of the suite
         */
        public Builder only(java.util.Collection<String> ids) {
            java.util.Set<String> known =
                    suite.cases().stream().map(ConformanceCase::id).collect(java.util.stream.Collectors.toSet());
            for (String id : ids) {
                if (!known.contains(id)) {
                    throw new IllegalArgumentException("no case " + id + " in the suite " + suite.version());
                }
            }
            only = java.util.Set.copyOf(ids);
            return this;
        }

        /** How many cases are asked at once (default 2; 1 for software that cannot take two at a time). */
        public Builder parallelism(int n) {
            if (n < 1 || n > 64) {
                throw new IllegalArgumentException("parallelism 1..64: " + n);
            }
            this.parallelism = n;
            return this;
        }

        /** Told after each case (a progress bar); by default nobody is told. */
        public Builder progress(dev.edxml.Progress p) {
            this.progress = Objects.requireNonNull(p, "progress");
            return this;
        }

        /** What {@link #build()} would make now, or why it cannot yet (for jshell, logs and debuggers). */
        @Override
        public String toString() {
            try {
                return "Runner.Builder{" + build() + "}";
            } catch (RuntimeException e) {
                return "Runner.Builder{not ready: " + e.getMessage() + "}";
            }
        }

        public Runner build() {
            return new Runner(this);
        }
    }
}
