package dev.edxml.cli;

import dev.edxml.internal.Json;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code edxml verify FILE… --trust PEM|DIR [--allow-sha1] [--json]}: exit 0 only when every file carries a valid
 * W3C XML-DSig signature over the whole package, by a certificate that chains to the trust anchors and is valid now;
 * 1 when a file was examined and rejected; 2 when a file or the trust anchors could not be read (the files that
 * could be read are still verified and reported).
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Verifies the W3C XML-DSig signature of packages: the whole package covered, a certificate "
                + "chaining to the trust anchors and valid now (or at --at, or when a trusted timestamp proves), and "
                + "not revoked as far as the revocation data given says; and the signatures of every PDF attachment, "
                + "or of a bare PDF file, with the same trust anchors. Offline: nothing is fetched unless --online.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml verify 1234-signed.edxml --trust root-ca.pem",
            "  edxml verify --trust trust-anchors/ --json incoming/*.edxml",
            "  edxml verify old-2019.edxml --trust root-ca.pem --allow-sha1",
            "  edxml verify quyet-dinh.pdf --trust root-ca.pem",
            "  edxml verify 1234.edxml --trust root-ca.pem --require-signed-attachments",
            "  edxml verify 1234.edxml --trust vn-gov --trust vn-public --online --require-revocation",
            "  edxml verify 1234.edxml --trust vn-all --crl vgca-g2.crl --ocsp-response signer.ocsp",
            "",
            "A PDF signature that does not hold, or a PDF changed after signing,",
            "rejects its package; an unsigned or scanned PDF is a warning.",
            "",
            "Exit 0 only when every file verifies; a legacy placeholder signature",
            "(the old SDK's) or no signature at all is reported and exits 1."
        })
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            descriptionKey = "files",
            description = "The packages (.edxml) or PDF files to verify, or folders of packages (.edxml, .xml, "
                    + "sub-folders included); - reads one package from standard input.")
    List<Path> files;

    @Mixin
    TrustOptions trust = new TrustOptions();

    @Option(
            names = "--allow-sha1",
            description = "Accept SHA-1 signatures of old packages (INSECURE: SHA-1 is broken); each is reported with "
                    + "a warning.")
    boolean allowSha1;

    @Option(names = "--json", description = "Print one JSON object per file (an array when several files are given).")
    boolean json;

    @Option(
            names = "--require-signed-attachments",
            description = "Reject a package with an unsigned or scanned PDF attachment (and an unsigned bare PDF); "
                    + "without it they are warnings.")
    boolean requireSignedAttachments;

    @picocli.CommandLine.Mixin
    CheckOptions sender;

    @Override
    public Integer call() throws CliFailure {
        Lang lang = cli.lang;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!trust.given()) {
            throw new ParameterException(spec.commandLine(), lang.t("err.missing", "--trust"));
        }
        TrustPolicy.Builder policy = trust.policy(lang, cli.env, err);
        if (allowSha1) {
            policy.allowInsecureLegacySha1();
            err.println("edxml: " + lang.t("verify.sha1Warning"));
        }
        TrustPolicy trustPolicy = sender.apply(policy).build();
        Verifier verifier = Verifier.of(trustPolicy);

        List<Map<String, Object>> objects = new ArrayList<>();
        int valid = 0;
        int rejected = 0;
        boolean couldNotRead = false;
        List<Path> inputs = new ArrayList<>();
        for (Path f : files) {
            // a folder: every package under it (.edxml, .xml), as validate reads folders
            inputs.addAll(Files.isDirectory(f) ? ValidateCommand.walk(f) : List.of(f));
        }
        StdinInput stdin = null;
        if (inputs.stream().filter(StdinInput::isStdin).count() > 1) {
            throw new ParameterException(spec.commandLine(), lang.t("err.stdinTwice"));
        }
        try {
            for (int n = 0; n < inputs.size(); n++) {
                if (StdinInput.isStdin(inputs.get(n))) {
                    try {
                        stdin = StdinInput.spool(cli.stdin, StdinInput.MAX_BYTES, lang, ".edxml");
                    } catch (IOException e) {
                        throw new CliFailure(StdinInput.name(lang), e);
                    }
                    inputs.set(n, stdin.file());
                }
            }
            for (Path file : inputs) {
                String shown = stdin != null && file.equals(stdin.file()) ? stdin.name() : file.toString();
                VerifyCheck check;
                try {
                    if (Files.isDirectory(file)) {
                        throw new Failures.NotAFile();
                    }
                    check = VerifyCheck.run(
                            new PackageInput(shown, file, null),
                            verifier,
                            trustPolicy,
                            this::policyAt,
                            requireSignedAttachments);
                } catch (IOException e) {
                    Failures.report(new CliFailure(shown, e), lang, cli.debug, err);
                    couldNotRead = true;
                    continue;
                }
                if (check.passed()) {
                    valid++;
                } else {
                    rejected++;
                }
                if (json) {
                    objects.add(check.json(lang));
                } else {
                    out.print(check.text(lang));
                }
            }
        } finally {
            if (stdin != null) {
                stdin.close();
            }
        }
        // one object for one file named; an array for several, or for a folder (however many it holds)
        boolean many = files.size() > 1 || files.stream().anyMatch(Files::isDirectory);
        if (json && many) {
            out.println(Json.write(objects));
        } else if (json && !objects.isEmpty()) {
            out.println(Json.write(objects.get(0)));
        } else if (!json && many) {
            out.println(lang.t("verify.summary", inputs.size(), valid, rejected, inputs.size() - valid - rejected));
        }
        out.flush();
        err.flush();
        return couldNotRead ? EdxmlCli.CANNOT_RUN : rejected > 0 ? EdxmlCli.REJECTED : EdxmlCli.OK;
    }

    /**
     * The policy the package's PDF attachments are checked with when its valid XML signature has a trusted timestamp:
     * the command's at that time, since the timestamp covers the attachments too and so proves their signatures
     * existed then (an attachment signed with a certificate that has expired since stays valid, as the package does).
     */
    TrustPolicy policyAt(java.time.Instant time) throws IOException, CliFailure {
        // the same options again, their warnings said once already
        TrustPolicy.Builder b = trust.policy(cli.lang, cli.env, new PrintWriter(java.io.Writer.nullWriter()));
        if (allowSha1) {
            b.allowInsecureLegacySha1();
        }
        return sender.apply(b).at(time).build();
    }
}
