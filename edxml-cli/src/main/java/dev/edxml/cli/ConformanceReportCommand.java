package dev.edxml.cli;

import dev.edxml.conformance.CertificationLevel;
import dev.edxml.conformance.RunFormat;
import dev.edxml.conformance.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code edxml conformance report RESULTS.json}: renders a run's results again. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Renders a run's results.json again, in one format, to stdout or --output (atomically).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml conformance report report/results.json --format html --output report.html",
            "  edxml conformance report report/results.json --format badge --output badge.svg",
            "  edxml conformance report report/results.json --format record"
        })
final class ConformanceReportCommand implements Callable<Integer> {
    @ParentCommand
    ConformanceCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RESULTS.json", descriptionKey = "results", description = "A run's results.json.")
    Path results;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            required = true,
            description = "html, junit, json, record (the certification record) or badge (SVG).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Option(
            names = "--level",
            paramLabel = "LEVEL",
            description = "The level the run must certify (qcvn102 or axis): a run at another level is rendered "
                    + "but exits 1, so that a qcvn102 run never passes for an axis certification.")
    String level;

    @Override
    public Integer call() throws CliFailure {
        Lang lang = parent.cli.lang;
        RunFormat f;
        try {
            f = RunFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
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
        CertificationLevel wanted = level == null ? null : ConformanceCommand.level(spec, level, lang);
        String text = f.render(run, lang.locale());
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
            err.println(results + ": "
                    + lang.t("conf.otherLevel", run.certificationLevel().id(), wanted.id()));
            err.flush();
            return EdxmlCli.REJECTED;
        }
        return run.conformant() ? EdxmlCli.OK : EdxmlCli.REJECTED;
    }
}
