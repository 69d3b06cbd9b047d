package dev.edxml.cli;

import dev.edxml.sign.TrustPolicy;
import dev.edxml.stats.ComplianceStats;
import dev.edxml.stats.StatsFormat;
import dev.edxml.stats.StatsReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code edxml stats DIR|ZIP [--trust PEM|DIR] [--json] [--csv FILE] [--html FILE] [--threads N]}: the
 * signing-compliance figures over a folder or archive of packages. Exit 0 when the figures were produced (packages
 * that could not be read are figures too, and are listed); 1 when not one package of the input could be read (a
 * {@code .docx} or other zip that is not an archive of packages, a single broken file); 2 when the input, the trust anchors or an output file
 * could not be used.
 */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Signing-compliance figures over a folder (with subfolders) or .zip archive of packages, per "
                + "sending agency and in total: documents with a valid XML signature, a legacy placeholder or none; "
                + "PDF attachments signed or scanned; packages with format errors; time to status 03 and 06; "
                + "rejections (02) and their reasons. Packages that cannot be read are counted and listed.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml stats archive/ --trust roots/ --html stats.html",
            "  edxml stats archive-2025.zip --trust ca.pem --json > stats.json",
            "  edxml stats archive/ --trust vn-all --crl vgca-g2.crl",
            "  edxml stats archive/ --csv stats.csv --lang en"
        })
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "DIR|ZIP",
            descriptionKey = "input",
            description = "The folder (read with its subfolders) or .zip archive of "
                    + "packages; .edxml and .xml files are read. - reads the .zip archive from standard input.")
    Path input;

    /** The trust anchors, as for verify; without them no signature counts as valid (intact ones as untrusted). */
    @Mixin
    TrustOptions trust = new TrustOptions();

    @Option(names = "--json", description = "Print the figures as JSON instead of a table.")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the figures as CSV (UTF-8), atomically.")
    Path csv;

    @Option(
            names = "--html",
            paramLabel = "FILE",
            description = "Also write a self-contained HTML page with charts (needs no network to view), atomically.")
    Path html;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Packages read in parallel (default: one per processor).")
    Integer threads;

    @picocli.CommandLine.Mixin
    CheckOptions sender;

    @Option(
            names = "--wide",
            description = "Show every count in the table (wider than 100 columns) instead of the "
                    + "shares that fit 100 columns.")
    boolean wide;

    @Option(
            names = "--by",
            paramLabel = "month|quarter",
            description = "The periods of the trend in the HTML page "
                    + "and the JSON: month (default) or quarter, by the documents' sending date.")
    String by;

    @Option(
            names = "--bom",
            description = "Begin the CSV file with the UTF-8 byte-order mark, so that Excel reads "
                    + "its Vietnamese text correctly.")
    boolean bom;

    @Override
    public Integer call() throws CliFailure {
        Lang lang = cli.lang;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ComplianceStats.Builder b = ComplianceStats.builder();
        StatsFormat.Options options =
                StatsFormat.Options.of(lang.locale()).withWide(wide).withByteOrderMark(bom);
        if (by != null) {
            var period = dev.edxml.stats.TrendPeriod.named(by);
            if (period.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), lang.t("stats.by", by));
            }
            options = options.withBy(period.get());
        }
        var policy = trust.policyIfGiven(lang, cli.env, err);
        if (policy.isPresent() || sender.given()) {
            TrustPolicy built =
                    sender.apply(policy.orElseGet(TrustPolicy::builder)).build();
            b.trust(built);
            if (built.agencyDirectory().isPresent()) {
                // the directory's names beside the codes
                options = options.withDirectory(built.agencyDirectory().get());
            }
        }
        if (threads != null) {
            if (threads < 1) {
                err.println("edxml: " + lang.t("stats.threads", threads));
                return EdxmlCli.CANNOT_RUN;
            }
            b.threads(threads);
        }
        // output files are reserved before the (possibly long) scan, so that an unwritable place is found first
        Map<StatsFormat, ReportFile> files = new LinkedHashMap<>();
        List<Path> targets = new ArrayList<>();
        try {
            reserve(files, targets, StatsFormat.CSV, csv, out);
            reserve(files, targets, StatsFormat.HTML, html, out);
            ProgressBar bar = cli.progressOnTerminal ? new ProgressBar(err, lang) : null;
            if (bar != null) {
                b.progress(bar);
            }
            StatsReport report;
            StdinInput stdin = null;
            try {
                // - is a .zip archive on standard input
                stdin = StdinInput.isStdin(input)
                        ? StdinInput.spool(cli.stdin, StdinInput.MAX_BYTES, lang, ".zip")
                        : null;
                report = b.build().scan(stdin == null ? input : stdin.file());
            } catch (IOException e) {
                throw new CliFailure(StdinInput.isStdin(input) ? StdinInput.name(lang) : input.toString(), e);
            } finally {
                if (stdin != null) {
                    stdin.close();
                }
                if (bar != null) {
                    bar.clear();
                }
            }
            int i = 0;
            for (Map.Entry<StatsFormat, ReportFile> e : files.entrySet()) {
                String text = e.getKey().render(report, options);
                try {
                    e.getValue().commit(w -> w.write(text));
                } catch (IOException ex) {
                    throw new CliFailure(targets.get(i).toString(), ex);
                }
                i++;
            }
            out.print((json ? StatsFormat.JSON : StatsFormat.TEXT).render(report, options));
            if (!json) {
                out.println();
            }
            if (report.total().unreadable() > 0) {
                err.println(
                        "edxml: " + lang.t("stats.unreadable", report.total().unreadable()));
            }
            for (var u : report.unreadablePackages()) {
                if (u.code().equals(ComplianceStats.NOT_EDXML)) {
                    err.println("edxml: " + u.source() + ": " + lang.t("stats.notEdxml"));
                }
            }
            out.flush();
            err.flush();
            // nothing at all could be read (a .docx, a single broken file): the input was examined and rejected
            int total = report.total().packages();
            return total > 0 && report.total().unreadable() == total ? EdxmlCli.REJECTED : EdxmlCli.OK;
        } finally {
            for (ReportFile f : files.values()) {
                try {
                    f.close();
                } catch (IOException ignored) {
                    // the temporary file stays behind; nothing else can be done about it
                }
            }
        }
    }

    private static void reserve(
            Map<StatsFormat, ReportFile> files, List<Path> targets, StatsFormat format, Path target, PrintWriter out)
            throws CliFailure {
        if (target == null) {
            return;
        }
        try {
            files.put(format, ReportFile.create(target, out));
            targets.add(target);
        } catch (IOException e) {
            throw new CliFailure(target.toString(), e);
        }
    }
}
