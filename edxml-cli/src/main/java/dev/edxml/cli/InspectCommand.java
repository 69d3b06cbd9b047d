package dev.edxml.cli;

import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code edxml inspect FILE [--json] [--trust PEM|DIR]}: what a person needs to know about a package, in plain words or
 * as JSON. With {@code --trust} it is also a receiver's check: an XML-DSig signature must verify against the trust
 * anchors (whole package, trusted signer), else the verification problems go to stderr and the exit code is 1; an
 * unsigned package or the SDK's legacy placeholder is shown as usual (exit 0), as a receiver reading them does, unless
 * {@code --require-signature} refuses it (exit 1). With {@code --trust} the signer shown is the one whose certificate
 * verified, and trace hops that relays appended after signing are listed as unsigned routing information.
 */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
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
            "invalid, indeterminate (with --trust), unsigned or not-verified.",
            "",
            "A receiver's check: edxml inspect --trust anchors/ --require-signature 1234.edxml",
            "With the national PKIs: edxml inspect --trust vn-gov --require-signature 1234.edxml"
        })
final class InspectCommand implements Callable<Integer> {
    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            descriptionKey = "file",
            arity = "0..1",
            description = "The package (.edxml) to inspect (none with --batch); - reads it from standard input.")
    Path file;

    @Option(
            names = "--batch",
            description = "Read package paths from standard input, one a line, and answer each with one line of JSON "
                    + "(the --json object, or {\"file\": …, \"rejected\": \"reason\"}); one process for many packages, "
                    + "as a conformance batch adapter.")
    boolean batch;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    /** With {@code --trust}, also verify an XML-DSig signature, as a receiver does (exit 1 when it fails). */
    @Mixin
    TrustOptions trust = new TrustOptions();

    @Option(
            names = "--require-signature",
            description = "Refuse a package without an XML-DSig signature (none, or only the old SDK's placeholder): "
                    + "exit 1. With --trust the signature must also verify.")
    boolean requireSignature;

    @Option(
            names = "--verify-pdf",
            description = "With --trust: also refuse a package (exit 1) whose PDF attachment carries a signature that "
                    + "does not hold (the PDF changed after signing, a shadow attack, a signer not trusted), as verify "
                    + "does.")
    boolean verifyPdf;

    @picocli.CommandLine.Mixin
    CheckOptions sender;

    @Override
    public Integer call() throws CliFailure {
        if (batch == (file != null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), cli.lang.t("inspect.fileOrBatch"));
        }
        Verifier verifier = null;
        TrustPolicy policy = null;
        var given = trust.policyIfGiven(cli.lang, cli.env, spec.commandLine().getErr());
        if (given.isPresent()) {
            policy = sender.apply(given.get()).build();
            verifier = Verifier.of(policy);
        }
        if (verifyPdf && policy == null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), cli.lang.t("trust.needsTrust", "--verify-pdf"));
        }
        if (batch) {
            return batch(verifier, policy);
        }
        String source = StdinInput.isStdin(file) ? StdinInput.name(cli.lang) : file.toString();
        Inspection inspection;
        SignatureReport signature = null;
        try {
            if (StdinInput.isStdin(file)) {
                try (StdinInput in = StdinInput.spool(cli.stdin, StdinInput.MAX_BYTES, cli.lang, ".edxml")) {
                    inspection = inspect(in.file(), in.name(), verifier, policy);
                }
            } else {
                inspection = inspect(file, source, verifier, policy);
            }
            signature = inspection.verification().orElse(null);
        } catch (IOException e) {
            throw new CliFailure(source, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? JsonReport.render(inspection, cli.lang) + "\n" : TextReport.render(inspection, cli.lang));
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
        Optional<String> pdf = verifyPdf ? pdfRejection(inspection) : Optional.empty();
        if (pdf.isPresent()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(source + ": " + pdf.get());
            err.flush();
            return EdxmlCli.REJECTED;
        }
        return EdxmlCli.OK;
    }

    private static Inspection inspect(Path file, Verifier verifier, TrustPolicy policy) throws IOException {
        return inspect(file, file.toString(), verifier, policy);
    }

    private static Inspection inspect(Path file, String shown, Verifier verifier, TrustPolicy policy)
            throws IOException {
        if (Files.isDirectory(file)) {
            throw new Failures.NotAFile();
        }
        return Inspection.of(new PackageInput(shown, file, null), verifier, policy);
    }

    /**
     * The batch mode: a path a line on standard input, one line of JSON a package on standard output, in order,
     * flushed at once (the conformance runner waits for each answer). A package is rejected as the single mode
     * rejects it (unreadable, a signature that does not verify, no signature under --require-signature).
     */
    private int batch(Verifier verifier, TrustPolicy policy) {
        PrintWriter out = spec.commandLine().getOut();
        java.io.BufferedReader in = new java.io.BufferedReader(
                new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String line; (line = in.readLine()) != null; ) {
                String path = line.strip();
                if (path.isEmpty()) {
                    continue;
                }
                String answer;
                try {
                    Inspection i = inspect(Path.of(path), verifier, policy);
                    Optional<SignatureReport> r = i.verification();
                    if (r.isPresent()
                            && r.get().kind() == SignatureReport.Kind.XMLDSIG
                            && !r.get().isValid()) {
                        answer = rejected(
                                path,
                                r.get().errors().get(0).code() + " "
                                        + r.get().errors().get(0).message(cli.lang.locale()));
                    } else if (requireSignature && i.signatureKind() != Inspection.SignatureKind.XMLDSIG) {
                        answer = rejected(path, cli.lang.t("sig.required"));
                    } else if (verifyPdf && pdfRejection(i).isPresent()) {
                        answer = rejected(path, pdfRejection(i).get());
                    } else {
                        answer = JsonReport.render(i);
                    }
                } catch (IOException | RuntimeException e) {
                    answer = rejected(path, Failures.oneLine(e, cli.lang));
                }
                // one line: the pretty printer's line breaks and indentation go (strings hold none: they are escaped)
                out.print(answer.replaceAll("\n\\s*", "") + "\n");
                out.flush();
            }
        } catch (IOException e) {
            return EdxmlCli.CANNOT_RUN;
        }
        return EdxmlCli.OK;
    }

    /** Why a PDF attachment makes the package fail under --verify-pdf: a signature that does not hold (PdfVerdicts). */
    private Optional<String> pdfRejection(Inspection i) {
        for (Inspection.AttachmentFacts f : i.attachments()) {
            if (f.pdf().isEmpty()) {
                continue;
            }
            String verdict = PdfVerdicts.verdict(f.pdf().get());
            if (verdict.equals("invalid") || verdict.equals("untrusted")) {
                String name =
                        f.attachment().name().or(f.attachment()::contentId).orElse("PDF");
                String why = f.pdf().get().errors().stream()
                        .findFirst()
                        .map(p -> p.code() + " " + p.message(cli.lang.locale()))
                        .orElse(verdict);
                return Optional.of(name + ": PDF " + verdict + ": " + why);
            }
        }
        return Optional.empty();
    }

    private static String rejected(String file, String reason) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", file);
        o.put("rejected", reason);
        return dev.edxml.internal.Json.write(o);
    }
}
