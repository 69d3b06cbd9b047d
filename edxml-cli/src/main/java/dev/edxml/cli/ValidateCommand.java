package dev.edxml.cli;

import dev.edxml.Severity;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationFormat;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code edxml validate FILE|DIR… [--profile NAME] [--format text|json|html|junit] [--output FILE]}: checks packages
 * against the format rules and reports every finding. Exit 0 when no package has an error (warnings allowed), 1 when
 * any has one (a package that cannot be read at all is such a finding), 2 when the command could not run.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks packages against the format rules of QCVN 102:2016/BTTTT and reports every finding, "
                + "one a line: file:line:col: severity CODE message. Folders are searched (with their sub-folders) "
                + "for .edxml and .xml files, which are checked in parallel.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml validate 1234.edxml",
            "  edxml validate --profile axis outgoing/",
            "  edxml validate --format html --output report.html archive/2025/",
            "  edxml validate --format junit --output target/TEST-edxml.xml outgoing/",
            "",
            "Exit 1 when any package has an error (warnings and notes do not fail it).",
            "What a code means, its clause and severities: edxml explain CODE (all codes: edxml explain --list)."
        })
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "FILE|DIR",
            arity = "1..*",
            descriptionKey = "paths",
            description =
                    "Packages, or folders holding them (.edxml and .xml files, sub-folders included); - reads one "
                            + "package from standard input.")
    List<Path> paths;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            defaultValue = "qcvn102",
            description = "The rules to apply: qcvn102 (the regulation as written; default), axis (what the national "
                    + "axis needs: a real signature is required) or lenient (legacy archives).")
    String profileName;

    @Option(
            names = "--format",
            paramLabel = "text|json|html|junit",
            defaultValue = "text",
            description = "text (default: one finding a line), json, html (a page for a clerk) or junit (JUnit XML "
                    + "for CI).")
    String formatName;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of standard output; - is standard output. "
                    + "A device, FIFO or a link to one is not replaced.")
    Path output;

    @Override
    public Integer call() throws CliFailure {
        Lang lang = cli.lang;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Profile profile = Profile.named(profileName)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        lang.t(
                                "validate.unknownProfile",
                                profileName,
                                Profile.builtIn().stream()
                                        .map(p -> p.name() + " (" + p.description(lang.locale()) + ")")
                                        .collect(Collectors.joining(", ")))));
        ValidationFormat format = ValidationFormat.named(formatName)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        lang.t(
                                "validate.unknownFormat",
                                formatName,
                                Stream.of(ValidationFormat.values())
                                        .map(ValidationFormat::cliName)
                                        .collect(Collectors.joining(", ")))));

        List<Path> files = packages(err, lang);
        if (files == null) {
            return EdxmlCli.CANNOT_RUN;
        }
        ReportFile file = null;
        if (output != null) {
            try {
                file = ReportFile.create(output, out);
            } catch (IOException e) {
                throw new CliFailure(output.toString(), e);
            }
        }
        try {
            List<ValidationReport> reports = validate(files, profile, err, lang);
            if (file == null) {
                format.write(reports, lang.locale(), out);
            } else if (format == ValidationFormat.HTML
                    && !ReportFile.isStdout(output)
                    && reports.size() > HtmlBatch.THRESHOLD) {
                // thousands of packages: an index and a page per package, not one page of megabytes
                HtmlBatch.writePages(reports, lang.locale(), output, lang.t("validate.backToIndex"));
                file.commit(w ->
                        ValidationFormat.writeHtmlIndex(reports, lang.locale(), w, i -> HtmlBatch.link(output, i)));
            } else {
                file.commit(w -> format.write(reports, lang.locale(), w));
            }
            cli.info(err).println(summary(reports, profile, lang));
            out.flush();
            err.flush();
            return reports.stream().allMatch(ValidationReport::isValid) ? EdxmlCli.OK : EdxmlCli.REJECTED;
        } catch (IOException e) {
            throw new CliFailure(output != null ? output.toString() : "edxml", e);
        } finally {
            closeQuietly(file);
        }
    }

    /**
     * The files to check, in the order given, each folder's packages sorted by path; {@code null} (after saying why)
     * when a path does not exist or nothing at all is left to check.
     */
    private List<Path> packages(PrintWriter err, Lang lang) throws CliFailure {
        Set<Path> files = new LinkedHashSet<>();
        boolean missing = false;
        for (Path p : paths) {
            if (StdinInput.isStdin(p)) {
                if (!files.add(p)) {
                    throw new ParameterException(spec.commandLine(), lang.t("err.stdinTwice"));
                }
            } else if (Files.isDirectory(p)) {
                List<Path> found = walk(p);
                if (found.isEmpty()) {
                    err.println(p + ": " + lang.t("validate.noPackages"));
                }
                files.addAll(found);
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                err.println(p + ": " + lang.t("err.noSuchPath"));
                missing = true;
            }
        }
        if (missing || files.isEmpty()) {
            err.flush();
            return null;
        }
        return List.copyOf(files);
    }

    /** The packages (.edxml, .xml) under a folder, its sub-folders included, in name order. */
    static List<Path> walk(Path dir) throws CliFailure {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(ValidateCommand::isPackageName)
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new CliFailure(dir.toString(), e);
        } catch (UncheckedIOException e) {
            throw new CliFailure(dir.toString(), e.getCause());
        }
    }

    private static boolean isPackageName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".edxml") || name.endsWith(".xml");
    }

    private List<ValidationReport> validate(List<Path> files, Profile profile, PrintWriter err, Lang lang)
            throws CliFailure {
        int at = files.indexOf(Path.of("-"));
        if (at < 0) {
            return validateFiles(files, profile, err, lang);
        }
        try (StdinInput in = StdinInput.spool(cli.stdin, StdinInput.MAX_BYTES, lang, ".edxml")) {
            List<Path> withTemp = new ArrayList<>(files);
            withTemp.set(at, in.file());
            List<ValidationReport> reports = new ArrayList<>(validateFiles(withTemp, profile, err, lang));
            ValidationReport r = reports.get(at);
            reports.set(at, r.withSource(in.name()));
            return reports;
        } catch (IOException e) {
            throw new CliFailure(StdinInput.name(lang), e);
        }
    }

    private List<ValidationReport> validateFiles(List<Path> files, Profile profile, PrintWriter err, Lang lang) {
        Validator validator = Validator.of(profile);
        if (!cli.progressOnTerminal || files.size() < 2) {
            return validator.validateAll(files, dev.edxml.Progress.NONE);
        }
        ProgressBar bar = new ProgressBar(err, lang);
        try {
            return validator.validateAll(files, bar);
        } finally {
            bar.clear();
        }
    }

    /** Files checked, valid, with errors; then the findings by severity. */
    static String summary(List<ValidationReport> reports, Profile profile, Lang lang) {
        long valid = reports.stream().filter(ValidationReport::isValid).count();
        return lang.t(
                "validate.summary",
                reports.size(),
                profile.name(),
                valid,
                reports.size() - valid,
                count(reports, Severity.ERROR),
                count(reports, Severity.WARNING),
                count(reports, Severity.INFO));
    }

    private static long count(List<ValidationReport> reports, Severity s) {
        return reports.stream().mapToLong(r -> r.of(s).size()).sum();
    }

    private static void closeQuietly(ReportFile file) {
        if (file == null) {
            return;
        }
        try {
            file.close();
        } catch (IOException e) {
            // a temporary file left behind is untidy, not a failure of the command
        }
    }
}
