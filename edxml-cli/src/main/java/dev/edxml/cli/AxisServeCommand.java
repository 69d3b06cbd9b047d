package dev.edxml.cli;

import dev.edxml.axis.LocalAxis;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.validate.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code edxml axis serve}: a local axis on 127.0.0.1 until the process is stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs a local document-exchange axis on 127.0.0.1 with the official SDK's endpoints (sendEdoc, "
                    + "getReceivedEdocList, getEdoc, updateStatus, getSentEdocList, getAgenciesList…) until stopped "
                    + "(Ctrl-C). Requests are checked against the systems' secrets (XroadVnpt HMAC headers); each package "
                    + "is kept in the data folder (crash-safe: a restart sees every package it acknowledged), delivered to "
                    + "the inbox of every receiver's system, and gets the axis's trace hop.",
            "For tests only: the secrets given here are test secrets. --validate and --trust make it refuse what a "
                    + "careful axis would refuse."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml axis serve --port 8080 --data axis-data --system vxp.g22:s1 --system vxp.h41:s2 \\",
            "      --agency 000.00.00.G22=vxp.g22 --agency 000.00.00.H41=vxp.h41",
            "  edxml axis serve --port 8080 --data axis-data --systems-file systems.txt --agency 000.00.00.G22=vxp.g22 \\",
            "      --agency 000.00.00.H41=vxp.h41 --validate axis --trust root-ca.pem"
        })
final class AxisServeCommand implements Callable<Integer> {
    @ParentCommand
    AxisCommand axis;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "P",
            defaultValue = "8080",
            description = "The port on 127.0.0.1 (default 8080; 0 picks a free one).")
    int port;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            required = true,
            description = "The folder the packages are kept in (created when missing; reused after a restart).")
    Path data;

    @Option(
            names = "--system",
            paramLabel = "ID:SECRET",
            description = "A system allowed to call and its (test) secret; repeat for each system.")
    List<String> systems = new ArrayList<>();

    @Option(
            names = "--systems-file",
            paramLabel = "F",
            description = "A file of ID:SECRET lines, to keep the secrets off the command line.")
    Path systemsFile;

    @Option(
            names = "--agency",
            paramLabel = "ORGANID=ID",
            description = "An agency code and the system that receives (and sends) for it; repeat for each agency.")
    List<String> agencies = new ArrayList<>();

    @Option(
            names = "--hop-organ-id",
            paramLabel = "ORGANID",
            description = "The OrganId of the trace hop the axis appends (default: a hop with only a Timestamp, as the "
                    + "live axis writes them).")
    String hopOrganId;

    @Option(
            names = "--validate",
            paramLabel = "qcvn102|axis|lenient",
            description = "Refuse packages with validation errors under this profile.")
    String validate;

    @Option(
            names = "--trust",
            paramLabel = "PEM|DIR",
            description = "Refuse packages whose signature does not verify against these trust anchors.")
    Path trust;

    @Option(
            names = "--max-package-mb",
            paramLabel = "N",
            defaultValue = "256",
            description = "The largest package accepted, in megabytes (default 256).")
    int maxPackageMb;

    @Option(
            names = "--timestamp-tolerance",
            paramLabel = "DURATION",
            description = "Refuse requests whose timestamp header is further than this from now, e.g. PT5M (default: "
                    + "not checked; the official SDK sets its timestamp once per service object).")
    Duration timestampTolerance;

    @Option(
            names = "--serve-for",
            paramLabel = "DURATION",
            hidden = true,
            description = "Stop after this long (tests), e.g. PT10S.")
    Duration serveFor;

    @Override
    public Integer call() throws CliFailure, InterruptedException {
        Lang lang = axis.cli.lang;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxPackageMb < 1) {
            throw new ParameterException(spec.commandLine(), lang.t("err.badArgs", "--max-package-mb " + maxPackageMb));
        }
        if (timestampTolerance != null && timestampTolerance.isNegative()) {
            throw new ParameterException(
                    spec.commandLine(), lang.t("err.badArgs", "--timestamp-tolerance " + timestampTolerance));
        }
        LocalAxis.Builder b = LocalAxis.builder()
                .port(port)
                .dataDir(data)
                .locale(lang.locale())
                .maxPackageSize((long) maxPackageMb << 20)
                .log(line -> {
                    synchronized (err) {
                        err.println(line);
                        err.flush();
                    }
                });
        if (timestampTolerance != null) {
            b.timestampTolerance(timestampTolerance);
        }
        if (hopOrganId != null && !hopOrganId.isBlank()) {
            b.hopOrganId(hopOrganId);
        }
        List<String> all = new ArrayList<>(systems);
        if (systemsFile != null) {
            try {
                Files.readAllLines(systemsFile, StandardCharsets.UTF_8).stream()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(all::add);
            } catch (IOException e) {
                throw new CliFailure(systemsFile.toString(), e);
            }
        }
        if (all.isEmpty()) {
            throw new ParameterException(spec.commandLine(), lang.t("axis.noSystem"));
        }
        for (String s : all) {
            int c = s.indexOf(':');
            if (c <= 0 || c == s.length() - 1) {
                throw new ParameterException(spec.commandLine(), lang.t("axis.badSystem", s.replaceAll(":.*", ":…")));
            }
            b.system(s.substring(0, c), s.substring(c + 1));
        }
        for (String a : agencies) {
            int e = a.indexOf('=');
            if (e <= 0 || e == a.length() - 1 || all.stream().noneMatch(s -> s.startsWith(a.substring(e + 1) + ":"))) {
                throw new ParameterException(spec.commandLine(), lang.t("axis.badAgency", a));
            }
            b.agency(a.substring(0, e), a.substring(e + 1));
        }
        if (validate != null) {
            b.validation(Profile.named(validate.strip())
                    .orElseThrow(
                            () -> new ParameterException(spec.commandLine(), lang.t("axis.badProfile", validate))));
        }
        if (trust != null) {
            try {
                b.trust(TrustPolicy.builder().trustAnchors(trust).build());
            } catch (IOException e) {
                throw new CliFailure(trust.toString(), e);
            } catch (GeneralSecurityException e) {
                throw new CliFailure(trust.toString(), e);
            }
        }
        LocalAxis running;
        try {
            running = b.start();
        } catch (IOException e) {
            throw new CliFailure(data.toString(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    running.close();
                    stopped.countDown();
                },
                "edxml-axis-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println(lang.t("axis.listening", running.endpoint(), data, running.messageCount()));
        out.flush();
        if (serveFor != null) {
            stopped.await(serveFor.toMillis(), TimeUnit.MILLISECONDS);
            running.close();
            Runtime.getRuntime().removeShutdownHook(hook);
        } else {
            stopped.await();
        }
        return EdxmlCli.OK;
    }
}
