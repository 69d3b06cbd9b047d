package dev.edxml.cli;

import dev.edxml.Finding;
import dev.edxml.model.EdocPackage;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code edxml new edoc …}: builds a document package (business type new, conventional DocumentId, the sender's trace
 * hop at now in Vietnam time) from options or a JSON description, writes it atomically, then shows what the validator
 * finds in it. Exit 0 once written, even with findings: the package is the clerk's to fix or send.
 */
@Command(
        name = "edoc",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Creates a document package (gói tin văn bản điện tử): DocumentId in the conventional form "
                    + "<sender OrganId>,<yyyy/MM/dd>,<number>/<notation>, business type 0 (new), the sender's trace hop "
                    + "at the current Vietnam time (UTC+07:00), attachments from files (content type from the "
                    + "extension). The fields come from options, from a JSON description (--json), or both: an option "
                    + "given on the command line overrides the JSON (--to and --attach replace the JSON's whole list).",
            "Required: --from, --from-name, --to, --number, --notation, --date, --subject, --type (the regulation "
                    + "requires DocumentType; there is no default).",
            "After writing, the package is checked under the qcvn102 profile and the findings are printed on stderr."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml new edoc --from 000.00.00.G22 --from-name \"Văn phòng Chính phủ\" \\",
            "      --to \"000.00.00.H41=UBND Tỉnh Nghệ An\" --to 000.00.00.H14 \\",
            "      --number 1234 --notation VPCP-KSTT --date 2026-11-25 \\",
            "      --place \"Hà Nội\" --type \"Công văn\" \\",
            "      --subject \"V/v thử nghiệm trao đổi văn bản điện tử\" \\",
            "      --signer-position \"Phó Chủ nhiệm\" --signer-name \"Trần Văn Minh\" \\",
            "      --attach 1234-VPCP-KSTT.pdf --out 1234.edxml",
            "",
            "  edxml new edoc --json cong-van.json --number 1235 --out 1235.edxml",
            "",
            "The JSON description is one object whose keys are the options' names in",
            "camelCase. \"to\" holds \"ORGANID\" or \"ORGANID=NAME\" strings, or objects",
            "{\"organId\", \"name\"}; \"attach\" paths are relative to the JSON file's",
            "folder; unknown keys are refused. For example:",
            "  {",
            "    \"from\": \"000.00.00.G22\",",
            "    \"fromName\": \"Văn phòng Chính phủ\",",
            "    \"to\": [\"000.00.00.H41=UBND Tỉnh Nghệ An\",",
            "           {\"organId\": \"000.00.00.H14\", \"name\": \"UBND Tỉnh Cao Bằng\"}],",
            "    \"number\": \"1234\",",
            "    \"notation\": \"VPCP-KSTT\",",
            "    \"date\": \"2026-11-25\",",
            "    \"place\": \"Hà Nội\",",
            "    \"type\": \"Công văn\",",
            "    \"subject\": \"V/v thử nghiệm trao đổi văn bản điện tử\",",
            "    \"competence\": \"KT. BỘ TRƯỞNG, CHỦ NHIỆM\",",
            "    \"signerPosition\": \"Phó Chủ nhiệm\",",
            "    \"signerName\": \"Trần Văn Minh\",",
            "    \"due\": \"2026-12-05\",",
            "    \"priority\": 0,",
            "    \"attach\": [\"1234-VPCP-KSTT.pdf\"]",
            "  }"
        })
final class NewEdocCommand implements Callable<Integer> {
    @ParentCommand
    NewCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "ORGANID", description = "The sender's agency id (mã định danh).")
    String from;

    @Option(names = "--from-name", paramLabel = "NAME", description = "The sender's name.")
    String fromName;

    @Option(
            names = "--to",
            paramLabel = "ORGANID[=NAME]",
            description = "A receiver, with its name after '=' if wanted; repeat for several.")
    List<String> to;

    @Option(names = "--number", paramLabel = "N", description = "The document's number (số), e.g. 1234.")
    String number;

    @Option(names = "--notation", paramLabel = "X", description = "The document's notation (ký hiệu), e.g. VPCP-KSTT.")
    String notation;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "The promulgation date (ngày ban hành).")
    String date;

    @Option(names = "--place", paramLabel = "P", description = "The promulgation place (địa danh), e.g. Hà Nội.")
    String place;

    @Option(
            names = "--type",
            paramLabel = "CODE|NAME",
            description = "The document type: an administrative type's code (18 = Công văn), CATEGORY/CODE (1/9 = "
                    + "Thông tư, a legal normative document), or the Vietnamese name (Công văn, Quyết định…).")
    String type;

    @Option(names = "--subject", paramLabel = "S", description = "The subject (trích yếu nội dung).")
    String subject;

    @Option(names = "--signer-position", paramLabel = "POSITION", description = "The signer's position (chức vụ).")
    String signerPosition;

    @Option(names = "--signer-name", paramLabel = "NAME", description = "The signer's full name.")
    String signerName;

    @Option(
            names = "--competence",
            paramLabel = "C",
            description = "The signing competence (thẩm quyền ký), e.g. \"KT. BỘ TRƯỞNG\".")
    String competence;

    @Option(names = "--due", paramLabel = "yyyy-MM-dd", description = "The due date (hạn xử lý).")
    String due;

    @Option(
            names = "--priority",
            paramLabel = "0-4",
            description = "Urgency (độ khẩn): 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ.")
    String priority;

    @Option(
            names = "--attach",
            paramLabel = "FILE",
            arity = "1..*",
            description = "Files to attach (content type from the extension); repeat or list several.")
    List<Path> attach;

    @Option(
            names = "--json",
            paramLabel = "DESCRIPTION.json",
            description = "Read the fields from a JSON description (see below); options override it.")
    Path json;

    @picocli.CommandLine.Mixin
    SigningOptions signing = new SigningOptions();

    @Option(
            names = "--sign-pdf",
            paramLabel = "ALIAS",
            description = "Sign the main PDF (the first PDF attachment) with this --key entry before the package is "
                    + "signed; repeat for several signatures, in order: the competent person first, then the "
                    + "organisation (Decree 30/2020).")
    List<String> signPdf;

    @Option(
            names = "--out",
            paramLabel = "OUT.edxml",
            required = true,
            description = "Where to write the package (written atomically; - for standard output).")
    Path out;

    @Override
    public Integer call() throws CliFailure {
        Lang lang = parent.cli.lang;
        Outputs.refuseEarly(out);
        signing.pdfSigners = signPdf == null ? List.of() : List.copyOf(signPdf);
        signing.check(spec.commandLine(), lang);
        EdocDescription given = fromOptions();
        EdocDescription d = json == null ? given : readJson(lang).overriddenBy(given);
        List<String> missing = d.missing();
        if (!missing.isEmpty()) {
            throw new ParameterException(spec.commandLine(), lang.t("new.missing", String.join(", ", missing)));
        }
        if (d.attach != null) {
            for (Path file : d.attach) {
                if (Files.isDirectory(file)) {
                    throw new CliFailure(file.toString(), new Failures.NotAFile());
                }
                if (!Files.isRegularFile(file)) {
                    throw new CliFailure(file.toString(), new NoSuchFileException(file.toString()));
                }
            }
        }
        EdocPackage pkg;
        try {
            pkg = d.build(Instant.now());
        } catch (EdocDescription.Bad e) {
            throw new ParameterException(spec.commandLine(), lang.t(e.key, e.args));
        } catch (IOException e) {
            throw new CliFailure("edxml", e);
        }
        if (signing.signs()) {
            pkg = signing.sign(signing.signPdf(pkg, parent.cli.env), parent.cli.env);
        }
        ValidationReport[] checked = new ValidationReport[1];
        try {
            // validated as written (for --out -, the temporary file before it goes to standard output)
            Outputs.write(
                    pkg,
                    out,
                    spec.commandLine().getOut(),
                    f -> checked[0] =
                            Validator.of(Profile.named("qcvn102").orElseThrow()).validate(f));
        } catch (IOException e) {
            throw new CliFailure(out.toString(), e);
        }
        ValidationReport report = checked[0];
        PrintWriter err = spec.commandLine().getErr();
        String shown = Outputs.isStdout(out) ? "-" : report.source();
        for (Finding f : report.findings()) {
            err.println(shown + ":" + f.format(lang.locale()));
        }
        err.println(ValidateCommand.summary(List.of(report), report.profile(), lang));
        err.flush();
        PrintWriter stdout = Outputs.isStdout(out) ? err : spec.commandLine().getOut();
        String id = pkg.header().documentId().orElse("");
        stdout.println(
                report.isValid()
                        ? lang.t("new.written", out, id)
                        : lang.t(
                                "new.writtenWithErrors",
                                out,
                                id,
                                report.errors().size()));
        stdout.flush();
        return EdxmlCli.OK;
    }

    private EdocDescription fromOptions() {
        EdocDescription d = new EdocDescription();
        d.from = from;
        d.fromName = fromName;
        d.to = to;
        d.number = number;
        d.notation = notation;
        d.date = date;
        d.place = place;
        d.type = type;
        d.subject = subject;
        d.signerPosition = signerPosition;
        d.signerName = signerName;
        d.competence = competence;
        d.due = due;
        d.priority = priority;
        d.attach = attach;
        return d;
    }

    private EdocDescription readJson(Lang lang) throws CliFailure {
        String text;
        try {
            if (Files.isDirectory(json)) {
                throw new Failures.NotAFile();
            }
            text = Files.readString(json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure(json.toString(), e);
        }
        try {
            Path base = json.toAbsolutePath().getParent();
            return EdocDescription.fromJson(dev.edxml.internal.JsonReader.read(text), base);
        } catch (dev.edxml.internal.JsonReader.Malformed e) {
            throw new ParameterException(
                    spec.commandLine(),
                    lang.t("new.badJson", json + ":" + e.line() + ":" + e.column(), e.getMessage()));
        } catch (EdocDescription.Bad e) {
            throw new ParameterException(spec.commandLine(), json + ": " + lang.t(e.key, e.args));
        }
    }
}
