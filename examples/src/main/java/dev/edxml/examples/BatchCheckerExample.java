package dev.edxml.examples;

import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationFormat;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The oversight job: check every package of a folder (a day's traffic, an archive) under each built-in profile,
 * print one line per profile and write an HTML page a clerk can open.
 *
 * <pre>
 * java -cp edxml.jar:examples/target/classes dev.edxml.examples.BatchCheckerExample received/ report.html
 * </pre>
 */
public final class BatchCheckerExample {
    /** How one profile judged the folder. */
    public record Summary(Profile profile, int packages, int valid, int errors, int warnings) {}

    private BatchCheckerExample() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BatchCheckerExample FOLDER REPORT.html");
            System.exit(2);
        }
        check(Path.of(args[0]), Path.of(args[1]), System.out);
    }

    /** Validates the {@code .edxml} and {@code .xml} files of {@code folder}; writes {@code html}; prints a summary. */
    public static Map<Profile, Summary> check(Path folder, Path html, PrintStream out) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            // sorted, so that the report lists packages in the same order on every machine
            files = s.filter(
                            f -> f.toString().endsWith(".edxml") || f.toString().endsWith(".xml"))
                    .sorted()
                    .toList();
        }
        Map<Profile, Summary> summaries = new LinkedHashMap<>();
        List<ValidationReport> all = new ArrayList<>();
        for (Profile profile : Profile.builtIn()) {
            // validateAll uses one thread per core; a broken package is a report with findings, never an exception,
            // so one bad file cannot stop the batch
            List<ValidationReport> reports = Validator.of(profile).validateAll(files, dev.edxml.Progress.NONE);
            all.addAll(reports);
            Summary s = new Summary(
                    profile,
                    reports.size(),
                    (int) reports.stream().filter(ValidationReport::isValid).count(),
                    reports.stream().mapToInt(r -> r.errors().size()).sum(),
                    reports.stream().mapToInt(r -> r.warnings().size()).sum());
            summaries.put(profile, s);
            out.printf(
                    Locale.ROOT,
                    "%-8s %d gói tin: %d hợp lệ, %d không hợp lệ (%d lỗi, %d cảnh báo)%n",
                    profile.name(),
                    s.packages(),
                    s.valid(),
                    s.packages() - s.valid(),
                    s.errors(),
                    s.warnings());
        }
        // the page declares UTF-8: the writer must encode UTF-8 whatever this machine's default charset is
        try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            ValidationFormat.HTML.write(all, Locale.forLanguageTag("vi"), w);
        }
        out.println("Báo cáo: " + html);
        return summaries;
    }
}
