package dev.edxml.cli;

import dev.edxml.axis.AxisClient;
import dev.edxml.axis.AxisException;
import dev.edxml.axis.MessageType;
import dev.edxml.axis.SendReceipt;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code edxml axis send FILE…}: sends packages through an axis; prints each one's docId. */
@Command(
        name = "send",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Sends packages through the axis (sendEdoc), streamed from disk: a document package or a status "
                    + "package, as the package's header says. Prints one line per file with the id the axis gave it "
                    + "(docId).",
            "Exit code 0 when every file was accepted; 1 when the axis refused a package (bad hash, unknown receiver, "
                    + "validation or signature failure); 2 when the axis could not be reached or refused this system."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  EDXML_AXIS_SECRET=s1 edxml axis send 1234.edxml --endpoint http://127.0.0.1:8080 --system vxp.g22",
            "  edxml axis send outgoing/*.edxml --endpoint https://axis.example.gov.vn --system vxp.saas.03 \\",
            "      --secret-file secret.txt"
        })
final class AxisSendCommand implements Callable<Integer> {
    @ParentCommand
    AxisCommand axis;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            descriptionKey = "file",
            description = "The packages (.edxml) to send.")
    List<Path> files;

    @Option(
            names = "--type",
            paramLabel = "edoc|status",
            description = "The message type to declare (default: read from each package).")
    String type;

    @Mixin
    AxisCommand.ClientOptions client;

    @Override
    public Integer call() throws CliFailure {
        Lang lang = axis.cli.lang;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MessageType declared = null;
        if (type != null) {
            declared = MessageType.fromWire(type);
            if (declared == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), lang.t("axis.badType", type));
            }
        }
        AxisClient c;
        try {
            c = client.client(axis.cli.env, lang);
        } catch (AxisCommand.NoSecret e) {
            return AxisCommand.report(err, e, lang);
        }
        int code = EdxmlCli.OK;
        for (Path f : files) {
            try {
                if (Files.isDirectory(f)) {
                    throw new Failures.NotAFile();
                }
                SendReceipt r = c.send(f, declared);
                out.println(lang.t("axis.sent", f, r.docId(), r.messageType().wire(), r.size()));
                out.flush();
            } catch (AxisException e) {
                int x = AxisCommand.report(err, f.toString(), e, lang);
                code = Math.max(code, x);
                if (x == EdxmlCli.CANNOT_RUN) {
                    return code; // the axis cannot be used: the other files would fail the same way
                }
            } catch (IOException e) {
                code = Math.max(code, Failures.report(new CliFailure(f.toString(), e), lang, axis.cli.debug, err));
            }
        }
        return code;
    }
}
