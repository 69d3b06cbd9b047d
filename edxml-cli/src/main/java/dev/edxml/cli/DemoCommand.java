package dev.edxml.cli;

import dev.edxml.Edxml;
import dev.edxml.Finding;
import dev.edxml.Severity;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SignerIdentity;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.sign.pdf.PdfSigner;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code edxml demo}: builds a document package in code, writes it, reads it back, signs it with a throwaway key,
 * verifies the signature (and shows that a changed copy fails), validates it under the axis profile and inspects it,
 * saying what each step did. The steps run in order and stop at the first that fails.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Builds a document package, writes it, reads it back, signs it with a throwaway key, verifies "
                + "it, validates it under the axis profile and inspects it, saying what it did.",
        footerHeading = "%nExamples:%n",
        footer = {"  edxml demo", "  edxml --lang en demo --out demo/"})
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Folder for the demo's files (default: a new temporary folder, left for you to look at).")
    Path outDir;

    private PrintWriter out;
    private EdocPackage built;
    private Path file;
    private EdxmlPackage readBack;
    private DemoKeys keys;
    private Path signedFile;
    private Path rootFile;

    /** One step of the demo: {@code true} when it passed, {@code false} when it found a problem (exit 1). */
    private interface Step {
        boolean run() throws IOException, GeneralSecurityException;
    }

    private record NamedStep(String titleKey, Step step) {}

    @Override
    public Integer call() throws CliFailure {
        out = spec.commandLine().getOut();
        List<NamedStep> steps = List.of(
                new NamedStep("demo.build", this::build),
                new NamedStep("demo.write", this::write),
                new NamedStep("demo.read", this::read),
                new NamedStep("demo.sign", this::sign),
                new NamedStep("demo.verify", this::verify),
                new NamedStep("demo.validate", this::validate),
                new NamedStep("demo.inspect", this::inspect));
        for (int i = 0; i < steps.size(); i++) {
            out.println(cli.lang.t(
                    "demo.step", i + 1, steps.size(), cli.lang.t(steps.get(i).titleKey())));
            boolean passed;
            try {
                passed = steps.get(i).step().run();
            } catch (IOException e) {
                throw new CliFailure(file != null ? file.toString() : outDir != null ? outDir.toString() : "demo", e);
            } catch (GeneralSecurityException e) {
                throw new CliFailure("demo", e);
            }
            out.println();
            if (!passed) {
                out.flush();
                return EdxmlCli.REJECTED;
            }
        }
        out.println(cli.lang.t("demo.done", signedFile, rootFile));
        out.flush();
        return EdxmlCli.OK;
    }

    private boolean build() {
        built = DemoPackage.build(Instant.now());
        out.println("    "
                + cli.lang.t(
                        "demo.built",
                        built.header().code().orElseThrow().display(),
                        DemoPackage.SENDER,
                        built.header().to().size(),
                        built.attachments().size()));
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

    private boolean sign() throws IOException, GeneralSecurityException {
        keys = DemoKeys.create(Instant.now());
        // the document itself is signed first (PAdES, as Decree 30 asks of the signed file), then the package
        EdocPackage pkg = (EdocPackage) readBack;
        Attachment pdf = pkg.attachments().get(0);
        java.io.ByteArrayOutputStream signedPdf = new java.io.ByteArrayOutputStream();
        try (java.io.InputStream in = pdf.openStream()) {
            PdfSigner.builder(keys.signer())
                    .reason("Ký số văn bản (demo)")
                    .location("Hà Nội")
                    .build()
                    .sign(in, signedPdf);
        }
        pkg = pkg.toBuilder()
                .attachments(java.util.List.of(
                        pdf.toBuilder().content(signedPdf.toByteArray()).build()))
                .build();
        out.println("    " + cli.lang.t("demo.pdfSigned", pdf.name().orElse("?")));
        Signer signer = Signer.builder().key(keys.signer()).build();
        signedFile = file.resolveSibling("demo-signed.edxml");
        Edxml.write(signer.sign(pkg), signedFile);
        rootFile = keys.writeRoot(file.resolveSibling("demo-root.pem"));
        out.println("    "
                + cli.lang.t(
                        "demo.signed",
                        SignerIdentity.of(keys.signer().chain().get(0)).displayName(),
                        signer.algorithm().name(),
                        signedFile));
        out.println("    " + cli.lang.t("demo.rootWritten", rootFile));
        return true;
    }

    private boolean verify() throws IOException {
        Verifier verifier =
                Verifier.of(TrustPolicy.builder().trustAnchor(keys.root()).build());
        byte[] bytes = Files.readAllBytes(signedFile);
        SignatureReport report = verifier.examine(bytes);
        report.describe(cli.lang.locale()).lines().forEach(line -> out.println("    " + line));
        if (!report.isValid()) {
            spec.commandLine().getErr().println(signedFile + ": " + cli.lang.t("demo.notVerified"));
            return false;
        }
        // change two words of the text, as someone tampering with the document on its way would
        String text = new String(bytes, StandardCharsets.UTF_8);
        byte[] tampered = text.replace(DemoPackage.REQUEST, DemoPackage.REQUEST.replace("Đề nghị", "Yêu cầu"))
                .getBytes(StandardCharsets.UTF_8);
        SignatureReport changed = verifier.examine(tampered);
        out.println("    "
                + cli.lang.t(
                        "demo.tampered",
                        changed.isValid()
                                ? "?"
                                : changed.errors().stream()
                                        .map(Finding::code)
                                        .distinct()
                                        .collect(Collectors.joining(", "))));
        if (changed.isValid() || Arrays.equals(bytes, tampered)) {
            spec.commandLine().getErr().println(signedFile + ": " + cli.lang.t("demo.tamperNotDetected"));
            return false;
        }
        return true;
    }

    /** The signed package under the axis profile: what the national axis needs, a real signature included. */
    private boolean validate() {
        ValidationReport report = Validator.of(Profile.AXIS).validate(signedFile);
        for (Finding f : report.findings()) {
            out.println("    " + f.format(cli.lang.locale()));
        }
        int errors = report.errors().size();
        int warnings = report.warnings().size();
        int notes = report.of(Severity.INFO).size();
        if (report.isValid()) {
            out.println("    " + cli.lang.t("demo.accepted", Profile.AXIS.name(), warnings, notes));
            return true;
        }
        out.println("    " + cli.lang.t("demo.refused", Profile.AXIS.name(), errors, warnings, notes));
        spec.commandLine()
                .getErr()
                .println(signedFile + ": " + cli.lang.t("demo.refused", Profile.AXIS.name(), errors, warnings, notes));
        return false;
    }

    private boolean inspect() throws IOException {
        EdxmlPackage signed = Edxml.read(signedFile);
        String text = TextReport.render(Inspection.of(signedFile.toString(), signed), cli.lang);
        text.lines().forEach(line -> out.println("    " + line));
        return true;
    }
}
