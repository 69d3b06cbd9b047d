package dev.edxml.cli;

import dev.edxml.conformance.CertificationLevel;
import dev.edxml.conformance.ProducerAdapter;
import dev.edxml.conformance.ReplyAdapter;
import dev.edxml.conformance.RunResult;
import dev.edxml.conformance.internal.CommandAdapter;
import dev.edxml.conformance.internal.ScenarioFiles;
import dev.edxml.sign.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code edxml conformance produce DIR}: checks the packages the software made for the scenarios. */
@Command(
        name = "produce",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Checks the packages the software made for the scenarios issued into DIR (edxml "
                + "conformance scenarios DIR): each must be readable, have no validation error (qcvn102), carry a "
                + "signature that verifies (when it is signed and --trust is given) and carry the scenario's "
                + "fields, challenge included. With --edoc-adapter and --reply-adapter the software is asked "
                + "to make them first.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml conformance scenarios scen/",
            "  # the software writes scen/C-PRD-001.edxml … (each scenario's \"output\")",
            "  edxml conformance produce scen/ --trust our-ca.pem --report report/",
            "  edxml conformance produce scen/ --packages made/ --report report/ \\",
            "      --edoc-adapter \"edxml new edoc --json {scenario} --out {out}\" \\",
            "      --reply-adapter \"edxml reply {file} --status {status} \\",
            "          --description {description} --out {out}\""
        })
final class ConformanceProduceCommand implements Callable<Integer> {
    @ParentCommand
    ConformanceCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", descriptionKey = "dir", description = "The scenario folder (scenarios.json).")
    Path dir;

    @Option(
            names = "--packages",
            paramLabel = "DIR",
            description = "Where the packages are (default: the scenario folder).")
    Path packages;

    @Option(
            names = "--edoc-adapter",
            paramLabel = "CMD",
            description = "The command that makes a document package: {scenario} (the description, in 'edxml "
                    + "new edoc --json' format), {dir}, {out}.")
    String edocAdapter;

    @Option(
            names = "--reply-adapter",
            paramLabel = "CMD",
            description = "The command that makes a status package: {file}, {status}, {description}, {out}.")
    String replyAdapter;

    /** The vendor's trust anchors (and revocation options), to verify signed packages. */
    @Mixin
    TrustOptions trust = new TrustOptions();

    /** --report, --timeout, --parallel, --level and the product's names. */
    @Mixin
    ConformanceRunOptions run = new ConformanceRunOptions();

    @Override
    public Integer call() throws CliFailure {
        Lang lang = parent.cli.lang;
        CertificationLevel certification = run.level(spec, lang);
        String[] signing =
                certification == CertificationLevel.AXIS ? new String[] {"key", "password-file"} : new String[0];
        if ((edocAdapter == null) != (replyAdapter == null)) {
            throw new ParameterException(spec.commandLine(), lang.t("conf.bothAdapters"));
        }
        if (!Files.isRegularFile(dir.resolve(ScenarioFiles.FILE))) {
            throw new CliFailure(
                    dir.resolve(ScenarioFiles.FILE).toString(),
                    new NoSuchFileException(dir.resolve(ScenarioFiles.FILE).toString()));
        }
        Duration t = run.timeout(spec, lang);
        ProducerAdapter adapter = null;
        if (edocAdapter != null) {
            CommandAdapter edoc = ConformanceCommand.command(
                    spec,
                    "--edoc-adapter",
                    edocAdapter,
                    t,
                    lang,
                    ConformanceCommand.concat(signing, "scenario", "dir", "out"));
            CommandAdapter reply = ConformanceCommand.command(
                    spec,
                    "--reply-adapter",
                    replyAdapter,
                    t,
                    lang,
                    ConformanceCommand.concat(signing, "file", "status", "description", "out"));
            ConformanceCommand.preflight(spec, "--edoc-adapter", edoc, lang);
            ConformanceCommand.preflight(spec, "--reply-adapter", reply, lang);
            adapter = ProducerAdapter.commands(edoc.template(), ReplyAdapter.command(reply.template(), t), t);
        }
        Verifier verifier = null;
        var policy =
                trust.policyIfGiven(lang, parent.cli.env, spec.commandLine().getErr());
        if (policy.isPresent()) {
            verifier = Verifier.of(policy.get().build());
        }
        RunResult result;
        ProgressBar bar = ConformanceCommand.bar(spec, parent.cli);
        try {
            result = ConformanceCommand.runner(spec, run, lang, bar, null, certification)
                    .produce(dir, packages == null ? dir : packages, adapter, verifier);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            throw new CliFailure(dir.toString(), e);
        } finally {
            if (bar != null) {
                bar.clear();
            }
        }
        return ConformanceCommand.finish(spec, result, run.report, lang);
    }
}
