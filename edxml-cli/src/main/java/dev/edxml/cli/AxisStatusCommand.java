package dev.edxml.cli;

import dev.edxml.Edxml;
import dev.edxml.axis.AxisClient;
import dev.edxml.axis.AxisException;
import dev.edxml.axis.SendReceipt;
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
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code edxml axis status FILE --status CODE}: answers a received document with a status package through the axis. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Answers a received document package with a status package (as edxml reply makes it: From is the "
                    + "receiver answering, the first To or --from; ResponseFor names the document) and sends it through "
                    + "the axis to the document's sender. Statuses 02 and 16 need --description (the reason); to recall a "
                    + "document (13), make the package with edxml reply and send it with edxml axis send.",
            "Exit code 0 when the axis accepted the status; 1 when the input or the status was refused; 2 when the "
                    + "axis could not be reached or refused this system."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  EDXML_AXIS_SECRET=s2 edxml axis status inbox/7c1e….edxml --status 03 \\",
            "      --endpoint http://127.0.0.1:8080 --system vxp.h41",
            "  edxml axis status 1234.edxml --status 02 --description \"Gửi nhầm đơn vị\" --out 1234-02.edxml \\",
            "      --endpoint http://127.0.0.1:8080 --system vxp.h41 --secret-file secret.txt"
        })
final class AxisStatusCommand implements Callable<Integer> {
    private static final Set<String> NEED_REASON = Set.of("02", "16");

    @ParentCommand
    AxisCommand axis;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file", description = "The received document package to answer.")
    Path file;

    @Option(
            names = "--status",
            paramLabel = "CODE",
            required = true,
            description = "The status code: 01, 02, 03, 04, 05, 06, 15 or 16.")
    String status;

    @Option(names = "--description", paramLabel = "TEXT", description = "Description; required for 02 and 16.")
    String description;

    @Option(
            names = "--from",
            paramLabel = "ORGANID",
            description = "Which of the package's receivers answers (default: the first To).")
    String from;

    @Option(names = "--staff", paramLabel = "NAME", description = "The clerk handling it (StaffInfo).")
    String staff;

    @Option(names = "--department", paramLabel = "D", description = "The clerk's department (StaffInfo).")
    String department;

    @Option(names = "--out", paramLabel = "OUT", description = "Also keep the status package sent in this file.")
    Path keepCopy;

    @Mixin
    AxisCommand.ClientOptions client;

    @Override
    public Integer call() throws CliFailure {
        Lang lang = axis.cli.lang;
        PrintWriter err = spec.commandLine().getErr();
        String s = status.strip();
        StatusCode code = StatusCode.of(s.length() == 1 ? "0" + s : s);
        if (!code.isKnown() || code.equals(StatusCode.RECALL_REQUESTED)) {
            throw new ParameterException(
                    spec.commandLine(),
                    lang.t(
                            "reply.unknownStatus",
                            status,
                            StatusCode.known().stream()
                                    .filter(k -> !k.equals(StatusCode.RECALL_REQUESTED))
                                    .map(k -> k.code() + " " + (lang == Lang.EN ? k.nameEn() : k.nameVi()))
                                    .collect(Collectors.joining(", "))));
        }
        if (NEED_REASON.contains(code.code()) && (description == null || description.isBlank())) {
            throw new ParameterException(spec.commandLine(), lang.t("reply.needReason." + code.code()));
        }
        AxisClient c;
        try {
            c = client.client(axis.cli.env, lang);
        } catch (AxisCommand.NoSecret e) {
            return AxisCommand.report(err, e, lang);
        }
        EdxmlPackage received;
        try {
            if (Files.isDirectory(file)) {
                throw new Failures.NotAFile();
            }
            received = Edxml.read(file);
        } catch (IOException e) {
            throw new CliFailure(file.toString(), e);
        }
        if (!(received instanceof EdocPackage edoc)) {
            err.println(file + ": " + lang.t("reply.notEdoc"));
            err.flush();
            return EdxmlCli.REJECTED;
        }
        MessageHeader h = edoc.header();
        Organization answering = h.to().stream()
                .filter(o -> from == null
                        || o.organId()
                                .map(OrganId::value)
                                .filter(from.strip()::equals)
                                .isPresent())
                .findFirst()
                .orElse(null);
        if (answering == null
                || answering.organId().isEmpty()
                || h.from().flatMap(Organization::organId).isEmpty()) {
            err.println(file + ": "
                    + lang.t(answering == null && from != null ? "axis.notAReceiver" : "reply.noReceiver", from));
            err.flush();
            return EdxmlCli.REJECTED;
        }
        ResponseFor about = new ResponseFor(
                h.from().flatMap(Organization::organId),
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
        if ((staff != null && !staff.isBlank()) || (department != null && !department.isBlank())) {
            sh.staffInfo(StaffInfo.of(blankToNull(department), blankToNull(staff), null, null));
        }
        StatusPackage reply = Edxml.status().header(sh.build()).build();
        Path toSend = keepCopy;
        try {
            if (toSend == null) {
                toSend = Files.createTempFile("edxml-status-", ".edxml");
            }
            Edxml.write(reply, toSend);
        } catch (IOException e) {
            throw new CliFailure(String.valueOf(toSend), e);
        }
        try {
            SendReceipt r = c.send(toSend);
            spec.commandLine()
                    .getOut()
                    .println(lang.t(
                            "axis.statusSent",
                            code.code(),
                            lang == Lang.EN ? code.nameEn() : code.nameVi(),
                            h.from()
                                    .flatMap(Organization::organId)
                                    .map(OrganId::value)
                                    .orElse("?"),
                            r.docId()));
            spec.commandLine().getOut().flush();
            return EdxmlCli.OK;
        } catch (AxisException e) {
            return AxisCommand.report(err, file.toString(), e, lang);
        } catch (IOException e) {
            throw new CliFailure(toSend.toString(), e);
        } finally {
            if (keepCopy == null) {
                try {
                    Files.deleteIfExists(toSend);
                } catch (IOException ignored) {
                    // a temporary file in the system's temp folder
                }
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
