package dev.edxml.cli;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code edxml demo}: builds a document package in code, writes it, reads it back and inspects it, saying what each
 * step did. The steps run in order and stop at the first that fails; signing, verifying and validating join the list
 * as their modules land.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Builds a document package, writes it, reads it back and inspects it, saying what it did.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the demo's files (default: a new temporary folder, left for you to look at).")
    Path outDir;

    private PrintWriter out;
    private EdocPackage built;
    private Path file;
    private EdxmlPackage readBack;

    /** One step of the demo: {@code true} when it passed, {@code false} when it found a problem (exit 1). */
    private interface Step {
        boolean run() throws IOException;
    }

    private record NamedStep(String titleKey, Step step) {
    }

    @Override
    public Integer call() throws CliFailure {
        out = spec.commandLine().getOut();
        List<NamedStep> steps = List.of(
                new NamedStep("demo.build", this::build),
                new NamedStep("demo.write", this::write),
                new NamedStep("demo.read", this::read),
                new NamedStep("demo.inspect", this::inspect));
        for (int i = 0; i < steps.size(); i++) {
            out.println(cli.lang.t("demo.step", i + 1, steps.size(), cli.lang.t(steps.get(i).titleKey())));
            boolean passed;
            try {
                passed = steps.get(i).step().run();
            } catch (IOException e) {
                throw new CliFailure(file != null ? file.toString() : outDir != null ? outDir.toString() : "demo", e);
            }
            out.println();
            if (!passed) {
                out.flush();
                return EdxmlCli.REJECTED;
            }
        }
        out.println(cli.lang.t("demo.done", file));
        out.println(cli.lang.t("demo.later"));
        out.flush();
        return EdxmlCli.OK;
    }

    private boolean build() {
        built = DemoPackage.build(Instant.now());
        out.println("    " + cli.lang.t("demo.built", built.header().code().orElseThrow().display(), DemoPackage.SENDER,
                built.header().to().size(), built.attachments().size()));
        return true;
    }

    private boolean write() throws IOException {
        Path dir = outDir != null ? Files.createDirectories(outDir) : Files.createTempDirectory("edxml-demo-");
        file = dir.resolve("demo.edxml");
        Edxml.write(built, file);
        out.println("    " + cli.lang.t("demo.written", file, Files.size(file)));
        return true;
    }

    private boolean read() throws IOException {
        readBack = Edxml.read(file);
        boolean same = readBack.equals(built);
        out.println("    " + cli.lang.t(same ? "demo.same" : "demo.different"));
        if (!same) {
            spec.commandLine().getErr().println(file + ": " + cli.lang.t("demo.different"));
        }
        return same;
    }

    private boolean inspect() throws IOException {
        String text = TextReport.render(Inspection.of(file.toString(), readBack), cli.lang);
        text.lines().forEach(line -> out.println("    " + line));
        return true;
    }
}
