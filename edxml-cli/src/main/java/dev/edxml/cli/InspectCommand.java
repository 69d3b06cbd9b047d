package dev.edxml.cli;

import dev.edxml.Edxml;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code edxml inspect FILE [--json] [--trust PEM|DIR]}: what a person needs to know about a package, in plain words or
 * as JSON. With {@code --trust} it is also a receiver's check: an XML-DSig signature must verify against the trust
 * anchors (whole package, trusted signer), else the verification problems go to stderr and the exit code is 1; an
 * unsigned package or the SDK's legacy placeholder is shown as usual (exit 0), as a receiver reading them does, unless
 * {@code --require-signature} refuses it (exit 1). With {@code --trust} the signer shown is the one whose certificate
 * verified, and trace hops that relays appended after signing are listed as unsigned routing information.
 */
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
            "statusCode, attachments[] and signature.kind; signature.verdict is valid,",
            "invalid (with --trust), unsigned or not-verified.",
            "",
            "A receiver's check: edxml inspect --trust anchors/ --require-signature 1234.edxml",
            "With the national PKIs: edxml inspect --trust vn-gov --require-signature 1234.edxml"})
final class InspectCommand implements Callable<Integer> {
    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file", description = "The package (.edxml) to inspect.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    /** With {@code --trust}, also verify an XML-DSig signature, as a receiver does (exit 1 when it fails). */
    @Mixin
    TrustOptions trust = new TrustOptions();

    @Option(names = "--require-signature",
            description = "Refuse a package without an XML-DSig signature (none, or only the old SDK's placeholder): "
                    + "exit 1. With --trust the signature must also verify.")
    boolean requireSignature;

    @Override
    public Integer call() throws CliFailure {
        String source = file.toString();
        Verifier verifier = null;
        var policy = trust.policyIfGiven(cli.lang, cli.env, spec.commandLine().getErr());
        if (policy.isPresent()) {
            verifier = Verifier.of(policy.get().build());
        }
        Inspection inspection;
        SignatureReport signature = null;
        try {
            if (Files.isDirectory(file)) {
                throw new Failures.NotAFile();
            }
            EdxmlPackage pkg = Edxml.read(file);
            inspection = Inspection.of(source, pkg);
            if (verifier != null) {
                signature = verifier.examine(file);
                inspection = inspection.verified(signature);
            }
        } catch (IOException e) {
            throw new CliFailure(source, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? JsonReport.render(inspection) + "\n" : TextReport.render(inspection, cli.lang));
        out.flush();
        if (signature != null && signature.kind() == SignatureReport.Kind.XMLDSIG && !signature.isValid()) {
            PrintWriter err = spec.commandLine().getErr();
            err.print(VerifyReports.text(source, signature, cli.lang));
            err.flush();
            return EdxmlCli.REJECTED;
        }
        if (requireSignature && inspection.signatureKind() != Inspection.SignatureKind.XMLDSIG) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(source + ": " + cli.lang.t("sig.required"));
            err.flush();
            return EdxmlCli.REJECTED;
        }
        return EdxmlCli.OK;
    }
}
