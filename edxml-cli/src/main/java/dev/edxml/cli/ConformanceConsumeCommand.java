package dev.edxml.cli;

import dev.edxml.conformance.CertificationLevel;
import dev.edxml.conformance.ConsumerAdapter;
import dev.edxml.conformance.ReplyAdapter;
import dev.edxml.conformance.RunResult;
import dev.edxml.conformance.Runner;
import dev.edxml.conformance.internal.CommandAdapter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code edxml conformance consume}: the consumer (and reply) cases against the software. */
@Command(
        name = "consume",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Runs the consumer cases (and, with --reply-adapter, the reply cases) against the software "
                + "and writes the reports into --report: results.json, junit.xml, report.html, "
                + "certification.json, badge.svg.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml conformance consume --adapter \"their-tool parse {file}\" \\",
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
            "      --report report/ --case C-SIG-003 --case C-SIG-004"
        })
final class ConformanceConsumeCommand implements Callable<Integer> {
    /** One of --adapter and --http. */
    static final class Target {
        @Option(
                names = "--adapter",
                paramLabel = "CMD",
                required = true,
                description = "The software as a command line: {file} is the package, {trust} the suite's test root "
                        + "certificate. Exit 0 with the 'edxml inspect --json' object on stdout accepts; any other "
                        + "exit code rejects. No shell is used; quote with \"…\" or '…'.")
        String adapter;

        @Option(
                names = "--http",
                paramLabel = "URL",
                required = true,
                description = "The software as an HTTP endpoint: the package is POSTed; 2xx with the JSON object "
                        + "accepts, 4xx rejects, anything else is an error.")
        URI http;

        @Option(
                names = "--batch-adapter",
                paramLabel = "CMD",
                required = true,
                description = "The software as one process for all cases: {trust} is the suite's test root "
                        + "certificate; each package's path is written on a line of its stdin, and it answers with one "
                        + "JSON line on stdout (the 'edxml inspect --json' object accepts, {\"rejected\": \"…\"} "
                        + "rejects). Ours: edxml inspect --batch --json --trust {trust}.")
        String batchAdapter;
    }

    @ParentCommand
    ConformanceCommand parent;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(
            names = "--reply-adapter",
            paramLabel = "CMD",
            description = "The command that answers a package with a status package: {file}, {status}, "
                    + "{description}, {out}. Without it the reply cases are not run.")
    String replyAdapter;

    @Option(
            names = "--vectors",
            paramLabel = "DIR",
            description = "Where to generate the packages (default: a temporary folder, deleted afterwards).")
    Path vectors;

    @Option(
            names = "--case",
            paramLabel = "ID",
            description = "Run only this case (repeatable), e.g. to rerun the ones that failed; the others are "
                    + "not run, so the run is not conformant.")
    List<String> cases;

    /** --report, --timeout, --parallel, --level and the product's names. */
    @Mixin
    ConformanceRunOptions run = new ConformanceRunOptions();

    @Override
    public Integer call() throws CliFailure {
        Lang lang = parent.cli.lang;
        Duration t = run.timeout(spec, lang);
        ConsumerAdapter adapter;
        if (target.batchAdapter != null) {
            CommandAdapter c =
                    ConformanceCommand.command(spec, "--batch-adapter", target.batchAdapter, t, lang, "trust");
            ConformanceCommand.preflight(spec, "--batch-adapter", c, lang);
            adapter = ConsumerAdapter.batch(c.template(), t);
        } else if (target.http != null) {
            try {
                ConformanceCommand.preflight(spec, target.http, t, lang);
            } catch (ConformanceCommand.CannotReach e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("edxml conformance: " + e.getMessage());
                err.flush();
                return EdxmlCli.CANNOT_RUN;
            }
            adapter = ConsumerAdapter.http(target.http, t);
        } else {
            CommandAdapter c = ConformanceCommand.command(spec, "--adapter", target.adapter, t, lang, "file", "trust");
            ConformanceCommand.preflight(spec, "--adapter", c, lang);
            adapter = ConsumerAdapter.command(c.template(), t);
        }
        CertificationLevel certification = run.level(spec, lang);
        ReplyAdapter reply = null;
        if (replyAdapter != null) {
            CommandAdapter c = certification == CertificationLevel.AXIS
                    ? ConformanceCommand.command(
                            spec,
                            "--reply-adapter",
                            replyAdapter,
                            t,
                            lang,
                            "file",
                            "status",
                            "description",
                            "out",
                            "key",
                            "password-file")
                    : ConformanceCommand.command(
                            spec, "--reply-adapter", replyAdapter, t, lang, "file", "status", "description", "out");
            ConformanceCommand.preflight(spec, "--reply-adapter", c, lang);
            reply = ReplyAdapter.command(c.template(), t);
        }
        ProgressBar bar = ConformanceCommand.bar(spec, parent.cli);
        Runner runner;
        try {
            runner = ConformanceCommand.runner(spec, run, lang, bar, cases, certification);
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
                ConformanceCommand.deleteTree(work);
            }
        }
        return ConformanceCommand.finish(spec, result, run.report, lang);
    }
}
