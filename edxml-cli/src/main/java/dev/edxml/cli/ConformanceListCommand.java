package dev.edxml.cli;

import dev.edxml.conformance.ConformanceCase;
import dev.edxml.conformance.Suite;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code edxml conformance list}: the cases, one a line. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the cases, one a line: id, level, direction, expected outcome, title.",
        footerHeading = "%nExamples:%n",
        footer = {"  edxml conformance list", "  edxml conformance list --lang en | grep MUST"})
final class ConformanceListCommand implements Callable<Integer> {
    @ParentCommand
    ConformanceCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Lang lang = parent.cli.lang;
        PrintWriter out = spec.commandLine().getOut();
        for (ConformanceCase c : Suite.current().cases()) {
            String what = c.isReply()
                    ? "answer-" + c.expectedFields().get("statusCode")
                    : c.direction() == ConformanceCase.Direction.PRODUCER
                            ? "produce"
                            : c.expected().name().toLowerCase(Locale.ROOT);
            out.println(c.id() + " " + c.level() + " " + c.direction().name().toLowerCase(Locale.ROOT) + " " + what
                    + " " + (lang == Lang.EN ? c.title() : c.titleVi()));
        }
        out.flush();
        return EdxmlCli.OK;
    }
}
