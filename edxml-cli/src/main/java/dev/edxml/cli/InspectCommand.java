package dev.edxml.cli;

import dev.edxml.Edxml;
import dev.edxml.model.EdxmlPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code edxml inspect FILE [--json]}: what a person needs to know about a package, in plain words or as JSON. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Shows what a package says: sender, receivers, number, date, subject, trace, attachments and "
                + "its signature situation.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml inspect 1234.edxml",
            "  edxml --lang en inspect received/1234-VPCP-KSTT.edxml",
            "  edxml inspect --json 1234.edxml > 1234.json",
            "",
            "--json prints the keys of the CLI contract: kind, documentId, from.organId,",
            "to[].organId, code.number, code.notation, promulgationDate, subject,",
            "statusCode, attachments[] and signature.kind."})
final class InspectCommand implements Callable<Integer> {
    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file", description = "The package (.edxml) to inspect.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() throws CliFailure {
        String source = file.toString();
        Inspection inspection;
        try {
            if (Files.isDirectory(file)) {
                throw new Failures.NotAFile();
            }
            EdxmlPackage pkg = Edxml.read(file);
            inspection = Inspection.of(source, pkg);
        } catch (IOException e) {
            throw new CliFailure(source, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? JsonReport.render(inspection) + "\n" : TextReport.render(inspection, cli.lang));
        out.flush();
        return EdxmlCli.OK;
    }
}
