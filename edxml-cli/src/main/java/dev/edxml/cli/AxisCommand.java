package dev.edxml.cli;

import dev.edxml.axis.AxisClient;
import dev.edxml.axis.AxisException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code edxml axis serve|send|receive|status}: a local document-exchange axis, and the client side of an exchange
 * (the official SDKVXP's endpoints and HMAC headers; the secret from a file or the environment, never the command line).
 */
@Command(
        name = "axis",
        mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {AxisServeCommand.class, AxisSendCommand.class, AxisReceiveCommand.class, AxisStatusCommand.class
        },
        description = {
            "The document-exchange axis (trục liên thông văn bản): run a local axis to test against, and "
                    + "send, receive and answer packages through an axis with the official SDK's protocol.",
            "The secret of a system is read from --secret-file F or the environment variable "
                    + AxisCommand.SECRET_VARIABLE + ", never from the command line."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml axis serve --port 8080 --data axis-data --system vxp.g22:s1 --system vxp.h41:s2 \\",
            "      --agency 000.00.00.G22=vxp.g22 --agency 000.00.00.H41=vxp.h41",
            "  EDXML_AXIS_SECRET=s1 edxml axis send 1234.edxml --endpoint http://127.0.0.1:8080 --system vxp.g22",
            "  EDXML_AXIS_SECRET=s2 edxml axis receive --out inbox --endpoint http://127.0.0.1:8080 --system vxp.h41"
        })
final class AxisCommand implements Callable<Integer> {
    /** The environment variable holding a system's secret. */
    static final String SECRET_VARIABLE = "EDXML_AXIS_SECRET";

    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return EdxmlCli.noCommand(spec, "edxml axis", cli.lang.t("axis.noCommand"));
    }

    /** The options every client command shares. */
    static final class ClientOptions {
        @Option(
                names = "--endpoint",
                paramLabel = "URL",
                required = true,
                description = "The axis's base address, e.g. http://127.0.0.1:8080 (the SDK's service.endpoint).")
        URI endpoint;

        @Option(
                names = "--system",
                paramLabel = "ID",
                required = true,
                description = "This system's id on the axis (the SDK's systemid).")
        String system;

        @Option(
                names = "--secret-file",
                paramLabel = "F",
                description = "A file whose first line is the system's secret; default: the environment variable "
                        + SECRET_VARIABLE + ".")
        Path secretFile;

        /** The client, or a failure with the message to print (exit 2). */
        AxisClient client(Map<String, String> env, Lang lang) throws CliFailure, NoSecret {
            char[] secret;
            if (secretFile != null) {
                try {
                    if (Files.isDirectory(secretFile)) {
                        throw new Failures.NotAFile();
                    }
                    String text = Files.readString(secretFile, StandardCharsets.UTF_8);
                    secret = text.lines().findFirst().orElse("").strip().toCharArray();
                } catch (IOException e) {
                    throw new CliFailure(secretFile.toString(), e);
                }
            } else {
                secret = env.getOrDefault(SECRET_VARIABLE, "").strip().toCharArray();
            }
            if (secret.length == 0) {
                throw new NoSecret();
            }
            try {
                return AxisClient.builder()
                        .endpoint(endpoint)
                        .systemId(system)
                        .secret(secret)
                        .build();
            } catch (IllegalArgumentException e) {
                throw new NoSecret(e.getMessage());
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }
    }

    /** No secret, or an unusable endpoint or system id. */
    static final class NoSecret extends Exception {
        private static final long serialVersionUID = 1L;

        NoSecret() {
            super((String) null);
        }

        NoSecret(String detail) {
            super(detail);
        }
    }

    /** One line for a failure of a call to the axis; the exit code: 1 when the axis refused the package, else 2. */
    static int report(PrintWriter err, String source, AxisException e, Lang lang) {
        err.println(source + ": " + e.code() + ' ' + e.message(lang.locale()));
        err.flush();
        return e.packageRefused() ? EdxmlCli.REJECTED : EdxmlCli.CANNOT_RUN;
    }

    /** The message for a missing secret or bad client option (exit 2). */
    static int report(PrintWriter err, NoSecret e, Lang lang) {
        err.println("edxml axis: "
                + (e.getMessage() == null
                        ? lang.t("axis.noSecret", SECRET_VARIABLE)
                        : lang.t("err.badArgs", e.getMessage())));
        err.flush();
        return EdxmlCli.CANNOT_RUN;
    }
}
