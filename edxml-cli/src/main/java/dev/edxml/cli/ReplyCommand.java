package dev.edxml.cli;

import dev.edxml.Edxml;
import dev.edxml.model.DocumentCode;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.Extensions;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.OrganId;
import dev.edxml.model.Organization;
import dev.edxml.model.PromulgationInfo;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.StaffInfo;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code edxml reply FILE --status CODE …}: the status package answering a received document package (spec §7). A
 * status names the document it is about in {@code ResponseFor} and is addressed to the organisation in
 * {@code ResponseFor/OrganId}; status packages carry no trace (spec §4.1), their {@code Timestamp} says when.
 */
@Command(
        name = "reply",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes the status package (gói tin trạng thái) answering a received document package: "
                    + "From is the receiver answering (the package's first To, or the To chosen with --from), "
                    + "ResponseFor names the document (OrganId: its sender; Code: number/notation; DocumentId; "
                    + "PromulgationDate), Timestamp is now in Vietnam time (UTC+07:00).",
            "Status 13 (yêu cầu lấy lại, recall) is the only one sent by the document's sender, so the roles swap: "
                    + "run it on the package you sent; From is that package's From, and ResponseFor/OrganId is the "
                    + "receiver asked to give the document back (the first To, or the one chosen with --to), as in the "
                    + "official examples (spec §7.1). Send one 13 to each receiver concerned.",
            "Statuses 02, 13 and 16 need --description: the reason the other side reads."
        },
        footerHeading = "%nStatus codes:%n",
        footer = {
            "  01 Đã đến                06 Hoàn thành",
            "  02 Từ chối tiếp nhận      13 Yêu cầu lấy lại (sent by the document's sender)",
            "  03 Đã tiếp nhận           15 Đồng ý lấy lại, cập nhật, thu hồi",
            "  04 Phân công xử lý        16 Từ chối lấy lại, cập nhật, thu hồi",
            "  05 Đang xử lý",
            "",
            "Examples:",
            "  edxml reply 1234.edxml --status 03 --description \"Đã vào sổ văn bản đến\" \\",
            "      --staff \"Lê Thị Hoa\" --department \"Văn thư\" --out 1234-03.edxml",
            "  edxml reply 1234.edxml --status 02 --from 000.00.00.H14 \\",
            "      --description \"Gửi nhầm đơn vị nhận\" --out 1234-02.edxml",
            "  edxml reply 1234.edxml --status 13 --to 000.00.00.H41 \\",
            "      --description \"Văn bản có sai sót, xin lấy lại\" --out 1234-13.edxml"
        })
final class ReplyCommand implements Callable<Integer> {
    /** The statuses whose Description carries a reason (spec §7.1). */
    private static final Set<String> NEED_REASON = Set.of("02", "13", "16");

    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            descriptionKey = "file",
            description = "The received document package (.edxml) to answer.")
    Path file;

    @Option(
            names = "--status",
            paramLabel = "CODE",
            required = true,
            description = "The status code: 01, 02, 03, 04, 05, 06, 13, 15 or 16 (see below).")
    String status;

    @Option(
            names = "--description",
            paramLabel = "TEXT",
            description = "Description (mô tả, lời nhắn); required for 02, 13 and 16: the reason.")
    String description;

    @Option(
            names = "--from",
            paramLabel = "ORGANID",
            description = "Which of the package's receivers answers, when it has several (default: the first To).")
    String from;

    @Option(
            names = "--to",
            paramLabel = "ORGANID",
            description = "Status 13 only: the receiver asked to give the document back (default: the first To).")
    String to;

    @Option(
            names = "--from-name",
            paramLabel = "NAME",
            description = "The answering organisation's name, when the package does not give it or gives it wrong.")
    String fromName;

    @Option(names = "--staff", paramLabel = "NAME", description = "The clerk or officer handling it (StaffInfo).")
    String staff;

    @Option(names = "--department", paramLabel = "D", description = "The clerk's department (StaffInfo).")
    String department;

    @picocli.CommandLine.Mixin
    SigningOptions signing = new SigningOptions();

    @Option(
            names = "--out",
            paramLabel = "OUT",
            required = true,
            description = "Where to write the status package (written atomically; - for standard output).")
    Path out;

    @Override
    public Integer call() throws CliFailure {
        Lang lang = cli.lang;
        Outputs.refuseEarly(out);
        signing.check(spec.commandLine(), lang);
        StatusCode code = statusCode(lang);
        if (NEED_REASON.contains(code.code()) && (description == null || description.isBlank())) {
            throw new ParameterException(spec.commandLine(), lang.t("reply.needReason." + code.code()));
        }
        boolean recall = code.equals(StatusCode.RECALL_REQUESTED);
        if (recall && from != null) {
            throw new ParameterException(spec.commandLine(), lang.t("reply.fromWithRecall"));
        }
        if (!recall && to != null) {
            throw new ParameterException(spec.commandLine(), lang.t("reply.toWithoutRecall"));
        }
        EdxmlPackage received;
        try {
            if (Files.isDirectory(file)) {
                throw new Failures.NotAFile();
            }
            received = Edxml.read(file);
            // the reply quotes the header only: the attachments' temporary files are not needed
            received.close();
        } catch (IOException e) {
            throw new CliFailure(file.toString(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!(received instanceof EdocPackage edoc)) {
            err.println(file + ": " + lang.t("reply.notEdoc"));
            err.flush();
            return EdxmlCli.REJECTED;
        }
        MessageHeader h = edoc.header();
        Organization receiver = chooseReceiver(h, recall ? to : from, lang);
        Organization sender = h.from().orElse(null);
        Organization answering = recall ? sender : receiver;
        String addressee = (recall ? Optional.ofNullable(receiver) : h.from())
                .flatMap(Organization::organId)
                .map(OrganId::value)
                .orElse(null);
        if (answering == null || answering.organId().isEmpty() || addressee == null) {
            // the package lacks the organisation the status comes from or the one it goes to
            boolean senderMissing =
                    recall == (answering == null || answering.organId().isEmpty());
            err.println(file + ": " + lang.t(senderMissing ? "reply.noSender" : "reply.noReceiver"));
            err.flush();
            return EdxmlCli.REJECTED;
        }
        if (fromName != null && !fromName.isBlank()) {
            answering = answering.toBuilder().name(fromName.strip()).build();
        }
        ResponseFor about = new ResponseFor(
                Optional.ofNullable(addressee).map(OrganId::of),
                h.code().map(DocumentCode::display),
                h.documentId(),
                h.promulgationInfo().flatMap(PromulgationInfo::date),
                Extensions.NONE);
        StatusHeader.Builder sh = StatusHeader.builder()
                .from(answering)
                .responseFor(about)
                .statusCode(code)
                .timestamp(Instant.now());
        if (description != null && !description.isBlank()) {
            sh.description(description.strip());
        }
        if (!isBlank(staff) || !isBlank(department)) {
            sh.staffInfo(StaffInfo.of(
                    isBlank(department) ? null : department.strip(),
                    isBlank(staff) ? null : staff.strip(),
                    null,
                    null));
        }
        StatusPackage reply = Edxml.status().header(sh.build()).build();
        if (signing.signs()) {
            reply = signing.sign(reply, cli.env);
        }
        try {
            Outputs.write(reply, out, spec.commandLine().getOut(), Outputs.After.NOTHING);
        } catch (IOException e) {
            throw new CliFailure(out.toString(), e);
        }
        PrintWriter stdout = Outputs.isStdout(out)
                ? spec.commandLine().getErr()
                : spec.commandLine().getOut();
        stdout.println(lang.t(
                "reply.written",
                out,
                code.code(),
                name(code, lang),
                h.code().map(DocumentCode::display).orElse(h.documentId().orElse("?")),
                answering.organId().get().value(),
                addressee));
        stdout.flush();
        return EdxmlCli.OK;
    }

    /** The To named by {@code organId}, or the first To; {@code null} when the package names no receiver. */
    private Organization chooseReceiver(MessageHeader h, String organId, Lang lang) {
        if (organId == null) {
            return h.to().isEmpty() ? null : h.to().get(0);
        }
        String wanted = organId.strip();
        for (Organization o : h.to()) {
            if (o.organId().map(OrganId::value).filter(wanted::equals).isPresent()) {
                return o;
            }
        }
        throw new ParameterException(
                spec.commandLine(),
                lang.t(
                        "reply.notAReceiver",
                        wanted,
                        h.to().stream()
                                .map(o -> o.organId().map(OrganId::value).orElse("?"))
                                .collect(Collectors.joining(", "))));
    }

    private StatusCode statusCode(Lang lang) {
        String s = status.strip();
        StatusCode c = StatusCode.of(s.length() == 1 ? "0" + s : s);
        if (!c.isKnown()) {
            throw new ParameterException(
                    spec.commandLine(),
                    lang.t(
                            "reply.unknownStatus",
                            status,
                            StatusCode.known().stream()
                                    .map(k -> k.code() + " " + k.nameVi()
                                            + (lang == Lang.EN ? " (" + k.nameEn() + ")" : ""))
                                    .collect(Collectors.joining(", "))));
        }
        return c;
    }

    private static String name(StatusCode c, Lang lang) {
        return lang == Lang.EN ? c.nameEn() : c.nameVi();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
