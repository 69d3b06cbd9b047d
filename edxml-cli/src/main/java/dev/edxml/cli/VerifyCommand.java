package dev.edxml.cli;

import dev.edxml.internal.Json;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code edxml verify FILE… --trust PEM|DIR [--allow-sha1] [--json]}: exit 0 only when every file carries a valid
 * W3C XML-DSig signature over the whole package, by a certificate that chains to the trust anchors and is valid now;
 * 1 when a file was examined and rejected; 2 when a file or the trust anchors could not be read (the files that
 * could be read are still verified and reported).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verifies the W3C XML-DSig signature of packages: the whole package covered, a certificate "
                + "chaining to the trust anchors and valid now, and not revoked as far as the revocation data "
                + "given says. Offline: nothing is fetched unless --online.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml verify 1234-signed.edxml --trust root-ca.pem",
            "  edxml verify --trust trust-anchors/ --json incoming/*.edxml",
            "  edxml verify old-2019.edxml --trust root-ca.pem --allow-sha1",
            "  edxml verify 1234.edxml --trust vn-gov --trust vn-public --online --require-revocation",
            "  edxml verify 1234.edxml --trust vn-all --crl vgca-g2.crl --ocsp-response signer.ocsp",
            "",
            "Exit 0 only when every file verifies; a legacy placeholder signature",
            "(the old SDK's) or no signature at all is reported and exits 1."})
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files",
            description = "The packages (.edxml) to verify.")
    List<Path> files;

    @Mixin
    TrustOptions trust = new TrustOptions();

    @Option(names = "--allow-sha1",
            description = "Accept SHA-1 signatures of old packages (INSECURE: SHA-1 is broken); each is reported with "
                    + "a warning.")
    boolean allowSha1;

    @Option(names = "--json", description = "Print one JSON object per file (an array when several files are given).")
    boolean json;

    @Override
    public Integer call() throws CliFailure {
        Lang lang = cli.lang;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!trust.given()) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--trust=PEM|DIR|PROFILE'");
        }
        TrustPolicy.Builder policy = trust.policy(lang, cli.env, err);
        if (allowSha1) {
            policy.allowInsecureLegacySha1();
            err.println("edxml: " + lang.t("verify.sha1Warning"));
        }
        Verifier verifier = Verifier.of(policy.build());

        List<Map<String, Object>> objects = new ArrayList<>();
        int valid = 0;
        int rejected = 0;
        boolean couldNotRead = false;
        for (Path file : files) {
            SignatureReport report;
            try {
                if (Files.isDirectory(file)) {
                    throw new Failures.NotAFile();
                }
                report = verifier.examine(file);
            } catch (IOException e) {
                Failures.report(new CliFailure(file.toString(), e), lang, cli.debug, err);
                couldNotRead = true;
                continue;
            }
            if (report.isValid()) {
                valid++;
            } else {
                rejected++;
            }
            if (json) {
                objects.add(VerifyReports.json(file.toString(), report, lang));
            } else {
                out.print(VerifyReports.text(file.toString(), report, lang));
            }
        }
        if (json && files.size() > 1) {
            out.println(Json.write(objects));
        } else if (json && !objects.isEmpty()) {
            out.println(Json.write(objects.get(0)));
        } else if (!json && files.size() > 1) {
            out.println(lang.t("verify.summary", files.size(), valid, rejected, files.size() - valid - rejected));
        }
        out.flush();
        err.flush();
        return couldNotRead ? EdxmlCli.CANNOT_RUN : rejected > 0 ? EdxmlCli.REJECTED : EdxmlCli.OK;
    }
}
