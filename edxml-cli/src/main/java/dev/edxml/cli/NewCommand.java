package dev.edxml.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code edxml new KIND …}: creates a package; {@code new edoc} a document package (the only kind so far). */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "KIND",
        subcommands = NewEdocCommand.class,
        description = "Creates a package. To answer a received package with a status, see: edxml reply --help.",
        footerHeading = "%nExamples:%n",
        footer = {"  edxml new edoc --help", "  edxml new edoc --json cong-van.json --out 1234.edxml"})
final class NewCommand implements Callable<Integer> {
    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("edxml new: " + cli.lang.t("new.noKind"));
        spec.commandLine().usage(err);
        return EdxmlCli.CANNOT_RUN;
    }
}
