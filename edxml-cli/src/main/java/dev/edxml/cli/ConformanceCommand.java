package dev.edxml.cli;

import dev.edxml.conformance.CaseResult;
import dev.edxml.conformance.CertificationLevel;
import dev.edxml.conformance.RunFormat;
import dev.edxml.conformance.RunResult;
import dev.edxml.conformance.Runner;
import dev.edxml.conformance.Verdict;
import dev.edxml.conformance.internal.CommandAdapter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code edxml conformance …}: the vendor certification kit (bộ kiểm thử tuân thủ): list the cases, generate the
 * packages, issue producer scenarios, run the consumer and producer directions through adapters, and render the
 * reports. Exit 0 when every MUST case of the run passes, 1 when one fails or errs, 2 when the run could not be made.
 */
@Command(
        name = "conformance",
        mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            ConformanceListCommand.class,
            ConformanceGenerateCommand.class,
            ConformanceScenariosCommand.class,
            ConformanceConsumeCommand.class,
            ConformanceProduceCommand.class,
            ConformanceReportCommand.class
        },
        description = {
            "The conformance suite (bộ kiểm thử tuân thủ QCVN 102:2016): does a vendor's software read and "
                    + "write edXML correctly? Consumer cases hand it packages to read (accept with the right fields, or "
                    + "reject); reply cases ask it to answer with a status package; producer scenarios ask it to make "
                    + "packages carrying a one-time challenge.",
            "Exit codes: 0 every MUST case passed; 1 a MUST case failed or erred; 2 the run could not be made (bad "
                    + "options, unreadable scenarios, an adapter command that is not found, an HTTP endpoint that "
                    + "does not take connections)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml conformance list",
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
            "      --output report.html"
        })
final class ConformanceCommand implements Callable<Integer> {
    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return EdxmlCli.noCommand(spec, "edxml conformance", cli.lang.t("conf.noCommand"));
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
            found = path != null
                    && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                            .filter(d -> !d.isEmpty())
                            .map(d -> Path.of(d).resolve(exe))
                            .anyMatch(p -> Files.isExecutable(p) && !Files.isDirectory(p));
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
            socket.connect(
                    new java.net.InetSocketAddress(url.getHost(), port), (int) Math.min(timeout.toMillis(), 10_000));
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

    static CommandAdapter command(
            CommandSpec spec, String option, String template, Duration timeout, Lang lang, String... placeholders) {
        try {
            return CommandAdapter.of(template).timeout(timeout).requireOnly(java.util.Set.of(placeholders));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), lang.t("conf.badCommand", option, e.getMessage()));
        }
    }

    /** The --level option's value; a name that is not a level is a usage error (exit 2). */
    static CertificationLevel level(CommandSpec spec, String text, Lang lang) {
        try {
            return CertificationLevel.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), lang.t("conf.badLevel", text));
        }
    }

    static String[] concat(String[] extra, String... names) {
        String[] out = java.util.Arrays.copyOf(names, names.length + extra.length);
        System.arraycopy(extra, 0, out, names.length, extra.length);
        return out;
    }

    static Runner runner(
            CommandSpec spec,
            ConformanceRunOptions options,
            Lang lang,
            ProgressBar bar,
            List<String> cases,
            CertificationLevel certification) {
        int parallel = options.parallel;
        if (parallel < 1 || parallel > 64) {
            throw new ParameterException(spec.commandLine(), lang.t("conf.badParallel", parallel));
        }
        Runner.Builder b = Runner.builder()
                .product(options.productNames()[0], options.productNames()[1], options.productNames()[2])
                .parallelism(parallel)
                .certificationLevel(certification);
        if (bar != null) {
            b.progress(bar);
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
            RunFormat.writeAll(r, report, lang.locale());
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
        out.println(lang.t(
                r.conformant() ? "conf.passed" : "conf.failed",
                r.mustPassed(),
                r.mustTotal(),
                r.with(Verdict.FAIL).size(),
                r.with(Verdict.ERROR).size(),
                r.with(Verdict.NOT_RUN).size(),
                r.results().size(),
                report));
        out.println(r.certifies(lang.locale()));
        out.flush();
        return r.conformant() ? EdxmlCli.OK : EdxmlCli.REJECTED;
    }

    static void deleteTree(Path dir) {
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
