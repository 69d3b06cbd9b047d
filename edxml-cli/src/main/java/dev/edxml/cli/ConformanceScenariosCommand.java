package dev.edxml.cli;

import dev.edxml.conformance.Scenario;
import dev.edxml.conformance.Suite;
import dev.edxml.conformance.internal.ScenarioFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code edxml conformance scenarios DIR}: issues the producer scenarios of a run. */
@Command(
        name = "scenarios",
        mixinStandardHelpOptions = true,
        description = {
            "Issues the producer scenarios into DIR: scenarios.json (each scenario with a fresh one-time "
                    + "challenge and the fields its package must carry), a description per document scenario in "
                    + "the format of 'edxml new edoc --json' with its attachment files, and the package each status "
                    + "scenario answers. The software under test writes each package as DIR/<id>.edxml "
                    + "(the scenario's \"output\"); then run: edxml conformance produce DIR --report R.",
            "The challenge is carried in the Subject of a document package, and in ResponseFor/Code (the "
                    + "notation of the document answered) of a status package.",
            "For the axis level, DIR also gets keys issued for this run only: suite-signer.p12 (entries person "
                    + "and organisation), its password in suite-signer.password, and their CA run-ca.pem."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml conformance scenarios scen/",
            "  # the software writes scen/C-PRD-001.edxml … (each scenario's \"output\")",
            "  edxml conformance produce scen/ --report report-producer/"
        })
final class ConformanceScenariosCommand implements Callable<Integer> {
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
            scenarios = Suite.current().issueScenarios(dir, new SecureRandom());
        } catch (IOException e) {
            throw new CliFailure(dir.toString(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Scenario s : scenarios) {
            out.println(s.id() + " " + s.kind() + " -> " + dir.resolve(s.output()) + " (" + s.challengeField()
                    + " carries " + s.challenge() + ")");
        }
        out.println(parent.cli.lang.t(
                "conf.keys",
                dir.resolve(ScenarioFiles.KEY_FILE),
                dir.resolve(ScenarioFiles.PASSWORD_FILE),
                dir.resolve(ScenarioFiles.CA_FILE)));
        out.flush();
        return EdxmlCli.OK;
    }
}
