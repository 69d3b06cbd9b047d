package dev.edxml.cli;

import dev.edxml.axis.AxisClient;
import dev.edxml.axis.AxisException;
import dev.edxml.axis.DeliveryStatus;
import dev.edxml.axis.MessageType;
import dev.edxml.axis.ReceivedMessage;
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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code edxml axis receive --out DIR}: downloads what waits for this system and acknowledges it. */
@Command(
        name = "receive",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Downloads every message waiting for this system (getReceivedEdocList, getEdoc) into a folder as "
                    + "<docId>.edxml, each written atomically and streamed (no large package held in memory), then tells "
                    + "the axis it was received (updateStatus done) unless --keep. One line per file.",
            "Exit code 0 when everything waiting was saved (nothing waiting included); 2 when the axis could not be "
                    + "reached or refused this system."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  EDXML_AXIS_SECRET=s2 edxml axis receive --out inbox --endpoint http://127.0.0.1:8080 --system vxp.h41",
            "  edxml axis receive --out statuses --type status --keep --endpoint http://127.0.0.1:8080 \\",
            "      --system vxp.g22 --secret-file secret.txt"
        })
final class AxisReceiveCommand implements Callable<Integer> {
    @ParentCommand
    AxisCommand axis;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            required = true,
            description = "The folder to save the packages in (created when missing).")
    Path out;

    @Option(
            names = "--type",
            paramLabel = "edoc|status|all",
            defaultValue = "all",
            description = "Which messages: document packages, status packages or all (default).")
    String type;

    @Option(names = "--keep", description = "Do not mark the messages received: the axis lists them again.")
    boolean keep;

    @Mixin
    AxisCommand.ClientOptions client;

    @Override
    public Integer call() throws CliFailure {
        Lang lang = axis.cli.lang;
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MessageType t = type.equalsIgnoreCase("all") ? null : MessageType.fromWire(type);
        if (t == null && !type.equalsIgnoreCase("all")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), lang.t("axis.badType", type));
        }
        AxisClient c;
        try {
            c = client.client(axis.cli.env, lang);
        } catch (AxisCommand.NoSecret e) {
            return AxisCommand.report(err, e, lang);
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new CliFailure(out.toString(), e);
        }
        int saved = 0;
        try {
            List<ReceivedMessage> waiting = c.received(t);
            for (ReceivedMessage m : waiting) {
                Path target = out.resolve(m.docId().replaceAll("[^A-Za-z0-9._-]", "_") + ".edxml");
                c.download(m.docId(), target);
                if (!keep) {
                    c.updateStatus(m.docId(), DeliveryStatus.DONE);
                }
                stdout.println(lang.t(
                        "axis.received",
                        target,
                        m.messageType() == null ? "?" : m.messageType().wire(),
                        m.from(),
                        m.to()));
                stdout.flush();
                saved++;
            }
        } catch (AxisException e) {
            return AxisCommand.report(err, client.endpoint.toString(), e, lang);
        } catch (IOException e) {
            throw new CliFailure(out.toString(), e);
        }
        axis.cli.info(err).println(lang.t("axis.receivedSummary", saved, out));
        err.flush();
        return EdxmlCli.OK;
    }
}
