package dev.edxml.cli;

import dev.edxml.conformance.CaseResult;
import dev.edxml.conformance.CertificationLevel;
import dev.edxml.conformance.CommandAdapter;
import dev.edxml.conformance.ConformanceCase;
import dev.edxml.conformance.ConsumerAdapter;
import dev.edxml.conformance.ProducerAdapter;
import dev.edxml.conformance.Product;
import dev.edxml.conformance.ReplyAdapter;
import dev.edxml.conformance.Reports;
import dev.edxml.conformance.RunResult;
import dev.edxml.conformance.Runner;
import dev.edxml.conformance.Scenario;
import dev.edxml.conformance.Scenarios;
import dev.edxml.conformance.Suite;
import dev.edxml.conformance.Verdict;
import dev.edxml.sign.Verifier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code edxml conformance …}: the vendor certification kit (bộ kiểm thử tuân thủ): list the cases, generate the
 * packages, issue producer scenarios, run the consumer and producer directions through adapters, and render the
 * reports. Exit 0 when every MUST case of the run passes, 1 when one fails or errs, 2 when the run could not be made.
 */
@Command(name = "conformance", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        subcommands = {ConformanceCommand.ListCases.class, ConformanceCommand.Generate.class,
            ConformanceCommand.IssueScenarios.class, ConformanceCommand.Consume.class, ConformanceCommand.Produce.class,
            ConformanceCommand.Report.class},
        description = {"The conformance suite (bộ kiểm thử tuân thủ QCVN 102:2016): does a vendor's software read and "
                + "write edXML correctly? Consumer cases hand it packages to read (accept with the right fields, or "
                + "reject); reply cases ask it to answer with a status package; producer scenarios ask it to make "
                + "packages carrying a one-time challenge.",
            "Exit codes: 0 every MUST case passed; 1 a MUST case failed or erred; 2 the run could not be made (bad "
                + "options, unreadable scenarios, an adapter command that is not found, an HTTP endpoint that "
                + "does not take connections)."},
        footerHeading = "%nExamples:%n",
        footer = {"  edxml conformance list",
            "  edxml conformance consume \\",
            "      --adapter \"edxml inspect --json --trust {trust} {file}\" \\",
            "      --reply-adapter \"edxml reply {file} --status {status} \\",
            "          --description {description} --out {out}\" \\",
            "      --vendor \"Công ty ABC\" --product QLVB --product-version 5.2 \\",
            "      --report report/",
            "  edxml conformance scenarios scen/",
            "  # the software writes scen/C-PRD-001.edxml … (each scenario's \"output\")",
            "  edxml conformance produce scen/ --report report-producer/",
            "  edxml conformance report report/results.json --format html \\",
            "      --output report.html"})
final class ConformanceCommand implements Callable<Integer> {
    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("edxml conformance: " + cli.lang.t("conf.noCommand"));
        spec.commandLine().usage(err);
        return EdxmlCli.CANNOT_RUN;
    }

    /** The product options shared by consume and produce. */
    static final class ProductOptions {
        @Option(names = "--vendor", paramLabel = "NAME", description = "The vendor, for the certification record.")
        String vendor = "";

        @Option(names = "--product", paramLabel = "NAME", description = "The product's name, for the record.")
        String product = "";

        @Option(names = "--product-version", paramLabel = "V", description = "The product's version, for the record.")
        String version = "";

        Product toProduct() {
            return new Product(vendor.strip(), product.strip(), version.strip());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the cases, one a line: id, level, direction, expected outcome, title.",
            footerHeading = "%nExamples:%n",
            footer = {"  edxml conformance list",
                "  edxml conformance list --lang en | grep MUST"})
    static final class ListCases implements Callable<Integer> {
        @ParentCommand
        ConformanceCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Lang lang = parent.cli.lang;
            PrintWriter out = spec.commandLine().getOut();
            for (ConformanceCase c : Suite.current().cases()) {
                String what = c.isReply() ? "answer-" + c.expectedFields().get("statusCode")
                        : c.direction() == ConformanceCase.Direction.PRODUCER ? "produce"
                        : c.expected().name().toLowerCase(Locale.ROOT);
                out.println(c.id() + " " + c.level() + " " + c.direction().name().toLowerCase(Locale.ROOT) + " "
                        + what + " " + (lang == Lang.EN ? c.title() : c.titleVi()));
            }
            out.flush();
            return EdxmlCli.OK;
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Writes the consumer cases' packages, test-root-ca.pem (TEST ONLY), manifest.json and "
                    + "SHA256SUMS into DIR.",
            footerHeading = "%nExamples:%n",
            footer = {"  edxml conformance generate vectors/",
                "  (cd vectors && sha256sum -c SHA256SUMS)"})
    static final class Generate implements Callable<Integer> {
        @ParentCommand
        ConformanceCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", descriptionKey = "dir", description = "The folder to write (created if needed).")
        Path dir;

        @Override
        public Integer call() throws CliFailure {
            Suite suite = Suite.current();
            try {
                suite.generate(dir);
            } catch (IOException e) {
                throw new CliFailure(dir.toString(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(parent.cli.lang.t("conf.generated", dir, suite.cases().size(), suite.version(),
                    suite.digest()));
            out.flush();
            return EdxmlCli.OK;
        }
    }

    @Command(name = "scenarios", mixinStandardHelpOptions = true,
            description = {"Issues the producer scenarios into DIR: scenarios.json (each scenario with a fresh one-time "
                    + "challenge and the fields its package must carry), a description per document scenario in "
                    + "the format of 'edxml new edoc --json' with its attachment files, and the package each status "
                    + "scenario answers. The software under test writes each package as DIR/<id>.edxml "
                    + "(the scenario's \"output\"); then run: edxml conformance produce DIR --report R.",
                "The challenge is carried in the Subject of a document package, and in ResponseFor/Code (the "
                    + "notation of the document answered) of a status package.",
                "For the axis level, DIR also gets keys issued for this run only: suite-signer.p12 (entries person "
                    + "and organisation), its password in suite-signer.password, and their CA run-ca.pem."},
            footerHeading = "%nExamples:%n",
            footer = {"  edxml conformance scenarios scen/",
                "  # the software writes scen/C-PRD-001.edxml … (each scenario's \"output\")",
                "  edxml conformance produce scen/ --report report-producer/"})
    static final class IssueScenarios implements Callable<Integer> {
        @ParentCommand
        ConformanceCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", descriptionKey = "dir", description = "The folder to write (created if needed).")
        Path dir;

        @Override
        public Integer call() throws CliFailure {
            List<Scenario> scenarios;
            try {
                scenarios = Scenarios.issue(Suite.current(), dir, new SecureRandom());
            } catch (IOException e) {
                throw new CliFailure(dir.toString(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            for (Scenario s : scenarios) {
                out.println(s.id() + " " + s.kind() + " -> " + dir.resolve(s.output()) + " ("
                        + s.challengeField() + " carries " + s.challenge() + ")");
            }
            out.println(parent.cli.lang.t("conf.keys", dir.resolve(Scenarios.KEY_FILE),
                    dir.resolve(Scenarios.PASSWORD_FILE), dir.resolve(Scenarios.CA_FILE)));
            out.flush();
            return EdxmlCli.OK;
        }
    }

    /** One of --adapter and --http. */
    static final class Target {
        @Option(names = "--adapter", paramLabel = "CMD", required = true,
                description = "The software as a command line: {file} is the package, {trust} the suite's test root "
                        + "certificate. Exit 0 with the 'edxml inspect --json' object on stdout accepts; any other "
                        + "exit code rejects. No shell is used; quote with \"…\" or '…'.")
        String adapter;

        @Option(names = "--http", paramLabel = "URL", required = true,
                description = "The software as an HTTP endpoint: the package is POSTed; 2xx with the JSON object "
                        + "accepts, 4xx rejects, anything else is an error.")
        URI http;

        @Option(names = "--batch-adapter", paramLabel = "CMD", required = true,
                description = "The software as one process for all cases: {trust} is the suite's test root "
                        + "certificate; each package's path is written on a line of its stdin, and it answers with one "
                        + "JSON line on stdout (the 'edxml inspect --json' object accepts, {\"rejected\": \"…\"} "
                        + "rejects). Ours: edxml inspect --batch --json --trust {trust}.")
        String batchAdapter;
    }

    @Command(name = "consume", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Runs the consumer cases (and, with --reply-adapter, the reply cases) against the software "
                    + "and writes the reports into --report: results.json, junit.xml, report.html, "
                    + "certification.json, badge.svg.",
            footerHeading = "%nExamples:%n",
            footer = {"  edxml conformance consume --adapter \"their-tool parse {file}\" \\",
                "      --report report/",
                "  edxml conformance consume \\",
                "      --adapter \"edxml inspect --json --trust {trust} {file}\" \\",
                "      --reply-adapter \"edxml reply {file} --status {status} \\",
                "          --description {description} --out {out}\" \\",
                "      --vendor \"Công ty ABC\" --product QLVB --product-version 5.2 \\",
                "      --report report/",
                "  edxml conformance consume --http http://localhost:8080/edxml \\",
                "      --report report/",
                "  edxml conformance consume \\",
                "      --batch-adapter \"edxml inspect --batch --json --trust {trust}\" \\",
                "      --report report/ --case C-SIG-003 --case C-SIG-004"})
    static final class Consume implements Callable<Integer> {
        @ParentCommand
        ConformanceCommand parent;

        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Option(names = "--reply-adapter", paramLabel = "CMD",
                description = "The command that answers a package with a status package: {file}, {status}, "
                        + "{description}, {out}. Without it the reply cases are not run.")
        String replyAdapter;

        @Option(names = "--report", paramLabel = "DIR", required = true, description = "Where to write the reports.")
        Path report;

        @Option(names = "--vectors", paramLabel = "DIR",
                description = "Where to generate the packages (default: a temporary folder, deleted afterwards).")
        Path vectors;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
                description = "The longest the software may take over one case (default 60).")
        int timeout;

        @Option(names = "--parallel", paramLabel = "N", defaultValue = "2",
                description = "How many cases are asked at once (default 2).")
        int parallel;

        @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "qcvn102",
                description = "What to certify: qcvn102 (reads and writes the format; the default) or axis (signs "
                        + "and verifies for real: every signature case is MUST, and the packages made must be signed "
                        + "with the keys the suite issues for the run, {key} and {password-file}).")
        String level;

        @Option(names = "--case", paramLabel = "ID",
                description = "Run only this case (repeatable), e.g. to rerun the ones that failed; the others are "
                        + "not run, so the run is not conformant.")
        List<String> cases;

        @ArgGroup(exclusive = false)
        ProductOptions product = new ProductOptions();

        @Override
        public Integer call() throws CliFailure {
            Lang lang = parent.cli.lang;
            Duration t = duration(spec, timeout, lang);
            ConsumerAdapter adapter;
            if (target.batchAdapter != null) {
                CommandAdapter c = command(spec, "--batch-adapter", target.batchAdapter, t, lang, "trust");
                preflight(spec, "--batch-adapter", c, lang);
                adapter = ConsumerAdapter.batch(c);
            } else if (target.http != null) {
                try {
                    preflight(spec, target.http, t, lang);
                } catch (CannotReach e) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("edxml conformance: " + e.getMessage());
                    err.flush();
                    return EdxmlCli.CANNOT_RUN;
                }
                adapter = ConsumerAdapter.http(target.http, t);
            } else {
                CommandAdapter c = command(spec, "--adapter", target.adapter, t, lang, "file", "trust");
                preflight(spec, "--adapter", c, lang);
                adapter = ConsumerAdapter.command(c);
            }
            CertificationLevel certification = level(spec, level, lang);
            ReplyAdapter reply = null;
            if (replyAdapter != null) {
                CommandAdapter c = certification == CertificationLevel.AXIS
                        ? command(spec, "--reply-adapter", replyAdapter, t, lang,
                        "file", "status", "description", "out", "key", "password-file")
                        : command(spec, "--reply-adapter", replyAdapter, t, lang,
                        "file", "status", "description", "out");
                preflight(spec, "--reply-adapter", c, lang);
                reply = ReplyAdapter.command(c);
            }
            ProgressBar bar = bar(spec, parent.cli);
            Runner runner;
            try {
                runner = runner(spec, product, parallel, lang, bar, cases, certification);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            Path work = vectors;
            RunResult result;
            try {
                if (work == null) {
                    work = Files.createTempDirectory("edxml-conformance");
                }
                result = runner.consume(work, adapter, reply);
            } catch (IOException e) {
                throw new CliFailure(String.valueOf(work), e);
            } finally {
                if (bar != null) {
                    bar.clear();
                }
                if (vectors == null && work != null) {
                    deleteTree(work);
                }
            }
            return finish(spec, result, report, lang);
        }
    }

    @Command(name = "produce", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Checks the packages the software made for the scenarios issued into DIR (edxml "
                    + "conformance scenarios DIR): each must be readable, have no validation error (qcvn102), carry a "
                    + "signature that verifies (when it is signed and --trust is given) and carry the scenario's "
                    + "fields, challenge included. With --edoc-adapter and --reply-adapter the software is asked "
                    + "to make them first.",
            footerHeading = "%nExamples:%n",
            footer = {"  edxml conformance scenarios scen/",
                "  # the software writes scen/C-PRD-001.edxml … (each scenario's \"output\")",
                "  edxml conformance produce scen/ --trust our-ca.pem --report report/",
                "  edxml conformance produce scen/ --packages made/ --report report/ \\",
                "      --edoc-adapter \"edxml new edoc --json {scenario} --out {out}\" \\",
                "      --reply-adapter \"edxml reply {file} --status {status} \\",
                "          --description {description} --out {out}\""})
    static final class Produce implements Callable<Integer> {
        @ParentCommand
        ConformanceCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", descriptionKey = "dir", description = "The scenario folder (scenarios.json).")
        Path dir;

        @Option(names = "--packages", paramLabel = "DIR",
                description = "Where the packages are (default: the scenario folder).")
        Path packages;

        @Option(names = "--edoc-adapter", paramLabel = "CMD",
                description = "The command that makes a document package: {scenario} (the description, in 'edxml "
                        + "new edoc --json' format), {dir}, {out}.")
        String edocAdapter;

        @Option(names = "--reply-adapter", paramLabel = "CMD",
                description = "The command that makes a status package: {file}, {status}, {description}, {out}.")
        String replyAdapter;

        /** The vendor's trust anchors (and revocation options), to verify signed packages. */
        @Mixin
        TrustOptions trust = new TrustOptions();

        @Option(names = "--report", paramLabel = "DIR", required = true, description = "Where to write the reports.")
        Path report;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
                description = "The longest the software may take over one package (default 60).")
        int timeout;

        @Option(names = "--parallel", paramLabel = "N", defaultValue = "2",
                description = "How many packages are made at once (default 2).")
        int parallel;

        @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "qcvn102",
                description = "What to certify: qcvn102 (reads and writes the format; the default) or axis (signs "
                        + "and verifies for real: every signature case is MUST, and the packages made must be signed "
                        + "with the keys the suite issues for the run, {key} and {password-file}).")
        String level;

        @ArgGroup(exclusive = false)
        ProductOptions product = new ProductOptions();

        @Override
        public Integer call() throws CliFailure {
            Lang lang = parent.cli.lang;
            CertificationLevel certification = level(spec, level, lang);
            String[] signing = certification == CertificationLevel.AXIS ? new String[] {"key", "password-file"}
                    : new String[0];
            if ((edocAdapter == null) != (replyAdapter == null)) {
                throw new ParameterException(spec.commandLine(), lang.t("conf.bothAdapters"));
            }
            if (!Files.isRegularFile(dir.resolve(Scenarios.FILE))) {
                throw new CliFailure(dir.resolve(Scenarios.FILE).toString(),
                        new NoSuchFileException(dir.resolve(Scenarios.FILE).toString()));
            }
            Duration t = duration(spec, timeout, lang);
            ProducerAdapter adapter = null;
            if (edocAdapter != null) {
                CommandAdapter edoc = command(spec, "--edoc-adapter", edocAdapter, t, lang,
                        concat(signing, "scenario", "dir", "out"));
                CommandAdapter reply = command(spec, "--reply-adapter", replyAdapter, t, lang,
                        concat(signing, "file", "status", "description", "out"));
                preflight(spec, "--edoc-adapter", edoc, lang);
                preflight(spec, "--reply-adapter", reply, lang);
                adapter = ProducerAdapter.commands(edoc, ReplyAdapter.command(reply));
            }
            Verifier verifier = null;
            var policy = trust.policyIfGiven(lang, parent.cli.env, spec.commandLine().getErr());
            if (policy.isPresent()) {
                verifier = Verifier.of(policy.get().build());
            }
            RunResult result;
            ProgressBar bar = bar(spec, parent.cli);
            try {
                result = runner(spec, product, parallel, lang, bar, null, certification).produce(dir,
                        packages == null ? dir : packages,
                        adapter, verifier);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            } catch (IOException e) {
                throw new CliFailure(dir.toString(), e);
            } finally {
                if (bar != null) {
                    bar.clear();
                }
            }
            return finish(spec, result, report, lang);
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Renders a run's results.json again, in one format, to stdout or --output (atomically).",
            footerHeading = "%nExamples:%n",
            footer = {"  edxml conformance report report/results.json --format html --output report.html",
                "  edxml conformance report report/results.json --format badge --output badge.svg",
                "  edxml conformance report report/results.json --format record"})
    static final class Report implements Callable<Integer> {
        @ParentCommand
        ConformanceCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RESULTS.json", descriptionKey = "results", description = "A run's results.json.")
        Path results;

        @Option(names = "--format", paramLabel = "FORMAT", required = true,
                description = "html, junit, json, record (the certification record) or badge (SVG).")
        String format;

        @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of stdout.")
        Path output;

        @Option(names = "--level", paramLabel = "LEVEL",
                description = "The level the run must certify (qcvn102 or axis): a run at another level is rendered "
                        + "but exits 1, so that a qcvn102 run never passes for an axis certification.")
        String level;

        @Override
        public Integer call() throws CliFailure {
            Lang lang = parent.cli.lang;
            Reports.Format f;
            try {
                f = Reports.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), lang.t("conf.badFormat", format));
            }
            RunResult run;
            try {
                if (Files.isDirectory(results)) {
                    throw new Failures.NotAFile();
                }
                run = RunResult.fromJson(Files.readString(results, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CliFailure(results.toString(), e);
            } catch (IllegalArgumentException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(results + ": " + lang.t("conf.notResults", e.getMessage()));
                err.flush();
                return EdxmlCli.CANNOT_RUN;
            }
            CertificationLevel wanted = level == null ? null : level(spec, level, lang);
            String text = Reports.render(run, f);
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(text);
                out.flush();
            } else {
                try (ReportFile file = ReportFile.create(output, spec.commandLine().getOut())) {
                    file.commit(w -> w.write(text));
                } catch (IOException e) {
                    throw new CliFailure(output.toString(), e);
                }
            }
            if (wanted != null && wanted != run.certificationLevel()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(results + ": " + lang.t("conf.otherLevel", run.certificationLevel().id(), wanted.id()));
                err.flush();
                return EdxmlCli.REJECTED;
            }
            return run.conformant() ? EdxmlCli.OK : EdxmlCli.REJECTED;
        }
    }

    /**
     * Refuses to start a run whose command cannot be found (exit 2, "could not run"), rather than erring on every
     * case; a command named by a placeholder, or on Windows, is left to the run.
     */
    static void preflight(CommandSpec spec, String option, CommandAdapter command, Lang lang) {
        String exe = command.words().get(0);
        if (exe.contains("{") || java.io.File.separatorChar == '\\') {
            return;
        }
        boolean found;
        if (exe.contains("/")) {
            found = Files.isExecutable(Path.of(exe)) && !Files.isDirectory(Path.of(exe));
        } else {
            String path = System.getenv("PATH");
            found = path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                    .filter(d -> !d.isEmpty())
                    .map(d -> Path.of(d).resolve(exe)).anyMatch(p -> Files.isExecutable(p) && !Files.isDirectory(p));
        }
        if (!found) {
            throw new ParameterException(spec.commandLine(), lang.t("conf.notFound", option, exe));
        }
    }

    /** Refuses to start a run whose HTTP endpoint does not take connections (exit 2). */
    static void preflight(CommandSpec spec, URI url, Duration timeout, Lang lang) {
        String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
        if (url.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new ParameterException(spec.commandLine(), lang.t("conf.badUrl", url));
        }
        int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(url.getHost(), port),
                    (int) Math.min(timeout.toMillis(), 10_000));
        } catch (IOException e) {
            throw new CannotReach(lang.t("conf.cannotReach", url, e.getMessage()));
        }
    }

    /** The software's endpoint does not answer: the run cannot be made. */
    static final class CannotReach extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CannotReach(String message) {
            super(message);
        }
    }

    static Duration duration(CommandSpec spec, int seconds, Lang lang) {
        if (seconds < 1) {
            throw new ParameterException(spec.commandLine(), lang.t("conf.badTimeout", seconds));
        }
        return Duration.ofSeconds(seconds);
    }

    static CommandAdapter command(CommandSpec spec, String option, String template, Duration timeout, Lang lang,
                                  String... placeholders) {
        try {
            return CommandAdapter.of(template).timeout(timeout).requireOnly(java.util.Set.of(placeholders));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), lang.t("conf.badCommand", option, e.getMessage()));
        }
    }

    static Runner runner(CommandSpec spec, ProductOptions product, int parallel, Lang lang, ProgressBar bar) {
        return runner(spec, product, parallel, lang, bar, null, CertificationLevel.QCVN102);
    }

    /** The --level option's value; a name that is not a level is a usage error (exit 2). */
    static CertificationLevel level(CommandSpec spec, String text, Lang lang) {
        try {
            return CertificationLevel.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), lang.t("conf.badLevel", text));
        }
    }

    private static String[] concat(String[] extra, String... names) {
        String[] out = java.util.Arrays.copyOf(names, names.length + extra.length);
        System.arraycopy(extra, 0, out, names.length, extra.length);
        return out;
    }

    static Runner runner(CommandSpec spec, ProductOptions product, int parallel, Lang lang, ProgressBar bar,
                         List<String> cases, CertificationLevel certification) {
        if (parallel < 1 || parallel > 64) {
            throw new ParameterException(spec.commandLine(), lang.t("conf.badParallel", parallel));
        }
        Runner.Builder b = Runner.builder().product(product == null ? Product.UNNAMED : product.toProduct())
                .parallelism(parallel).certificationLevel(certification);
        if (bar != null) {
            b.progress((done, total) -> bar.progress(done, total, null));
        }
        if (cases != null && !cases.isEmpty()) {
            b.only(cases);
        }
        return b.build();
    }

    /** A progress bar on stderr when it is a terminal (cases take seconds each), else none. */
    static ProgressBar bar(CommandSpec spec, EdxmlCli cli) {
        return cli.progressOnTerminal ? new ProgressBar(spec.commandLine().getErr(), cli.lang) : null;
    }

    /** Writes the reports, prints the failures and the summary, and gives the exit code. */
    static int finish(CommandSpec spec, RunResult r, Path report, Lang lang) throws CliFailure {
        try {
            Reports.writeAll(r, report);
        } catch (IOException e) {
            throw new CliFailure(report.toString(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (CaseResult c : r.results()) {
            if (c.verdict() == Verdict.FAIL || c.verdict() == Verdict.ERROR) {
                out.println(c.id() + " " + c.level() + " " + c.verdict() + ": " + c.message(lang.locale()));
                c.details().stream().skip(1).forEach(d -> out.println("    " + d));
            }
        }
        out.println(lang.t(r.conformant() ? "conf.passed" : "conf.failed", r.mustPassed(), r.mustTotal(),
                r.with(Verdict.FAIL).size(), r.with(Verdict.ERROR).size(), r.with(Verdict.NOT_RUN).size(),
                r.results().size(), report));
        out.println(Reports.certifies(r, lang.locale()));
        out.flush();
        return r.conformant() ? EdxmlCli.OK : EdxmlCli.REJECTED;
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary folder left behind is not worth failing the run for
                }
            });
        } catch (IOException e) {
            // same
        }
    }
}
