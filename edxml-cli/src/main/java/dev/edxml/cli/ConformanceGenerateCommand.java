package dev.edxml.cli;

import dev.edxml.conformance.Suite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code edxml conformance generate DIR}: the consumer cases' packages, the test root, manifest and sums. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Writes the consumer cases' packages, test-root-ca.pem (TEST ONLY), manifest.json and "
                + "SHA256SUMS into DIR.",
        footerHeading = "%nExamples:%n",
        footer = {"  edxml conformance generate vectors/", "  (cd vectors && sha256sum -c SHA256SUMS)"})
final class ConformanceGenerateCommand implements Callable<Integer> {
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
        out.println(parent.cli.lang.t("conf.generated", dir, suite.cases().size(), suite.version(), suite.digest()));
        out.flush();
        return EdxmlCli.OK;
    }
}
