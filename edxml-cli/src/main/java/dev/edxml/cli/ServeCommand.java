package dev.edxml.cli;

import dev.edxml.sign.TrustPolicy;
import dev.edxml.validate.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code edxml serve}: {@code inspect}, {@code validate}, {@code verify} and the one-stop receiver over HTTP on the
 * loopback interface, for document systems written in other languages (.NET, PHP…), until stopped (Ctrl-C, SIGTERM:
 * the requests in progress are finished first). The trust options are fixed when the server starts.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Answers inspect, validate, verify and receive over HTTP on 127.0.0.1 until stopped (Ctrl-C): "
                    + "POST a package's bytes to /v1/inspect, /v1/validate, /v1/verify or /v1/receive and get the JSON the "
                    + "command prints for it (the same keys); GET /v1/health, /v1/version. Query parameters: lang=vi|en, "
                    + "profile=qcvn102|axis|lenient (validate, receive), name=… (the file name shown in the answer).",
            "The trust anchors and checks (--trust, --crl, --ocsp-response, --online, --directory, --at…) are those "
                    + "given here, for every request; nothing is fetched from the network unless --online. Errors are "
                    + "JSON: {\"error\": {\"code\": \"EDXML-SRV-…\", \"message\": …, \"messageEn\": …}}."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml serve --trust vn-all",
            "  edxml serve --port 0 --trust root-ca.pem --max-request-size 16MB --threads 8",
            "  curl -s -H 'Content-Type: application/octet-stream' --data-binary @1234.edxml \\",
            "      http://127.0.0.1:8080/v1/verify?lang=en",
            "",
            "Each answer about a package carries the command's exit code for it in the header",
            "X-Edxml-Exit-Code (0 passed, 1 rejected)."
        })
final class ServeCommand implements Callable<Integer> {
    /** The largest --max-request-size allowed: a package is held in a temporary file, and checked whole. */
    static final long MAX_REQUEST_SIZE = 1L << 30;

    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})\\s*(|B|K|KB|KiB|M|MB|MiB|G|GB|GiB)");

    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "The port (default 8080; 0 picks a free one, printed at start).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "The address to listen on (default 127.0.0.1). Only a loopback address, unless "
                    + "--allow-remote.")
    String bind;

    @Option(
            names = "--allow-remote",
            description = "Allow --bind to a non-loopback address (INSECURE: anyone who reaches the port can make the "
                    + "server work, and there is no authentication or TLS; put it behind a proxy that has them).")
    boolean allowRemote;

    @Option(
            names = "--max-request-size",
            paramLabel = "SIZE",
            defaultValue = "64MB",
            description = "The largest package taken, e.g. 64MB (default), 512KB, 1GB (at most); larger requests are "
                    + "refused with 413 before their body is read.")
    String maxRequestSize;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "4",
            description = "How many requests are worked on at once (default 4, at most 64); others wait.")
    int threads;

    @Option(
            names = "--read-timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "The time a client has to send a whole request (default 30 s); a slower one is cut off, so "
                    + "slow clients cannot hold every thread.")
    int readTimeout;

    @Option(
            names = "--profile",
            paramLabel = "qcvn102|axis|lenient",
            defaultValue = "qcvn102",
            description = "The validation profile when a request does not name one (default qcvn102).")
    String profileName;

    @Option(
            names = "--require-signed-attachments",
            description = "verify and receive reject a package with an unsigned or scanned PDF attachment (and an "
                    + "unsigned bare PDF); without it they are warnings.")
    boolean requireSignedAttachments;

    @Mixin
    TrustOptions trust = new TrustOptions();

    @Mixin
    CheckOptions checks;

    @Override
    public Integer call() throws CliFailure, InterruptedException {
        Lang lang = cli.lang;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // read once by the JDK's server when it first loads, so set before it does (the command's own process):
        // the time to receive a whole request, after which its connection is closed; and a backstop for answers
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(readTimeout));
        }
        if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
            System.setProperty("sun.net.httpserver.maxRspTime", "600");
        }
        PackageServer server = start(err);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    synchronized (err) {
                        err.println("edxml: " + lang.t("serve.stopping"));
                        err.flush();
                    }
                    server.stop(Duration.ofSeconds(10));
                    stopped.countDown();
                },
                "edxml-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println(lang.t("serve.listening", server.endpoint(), size(), threads));
        out.flush();
        stopped.await();
        return EdxmlCli.OK;
    }

    /** Checks the options and starts the server (also for tests, which stop it themselves). */
    PackageServer start(PrintWriter err) throws CliFailure {
        Lang lang = cli.lang;
        long max = size();
        if (threads < 1 || threads > 64) {
            throw new ParameterException(spec.commandLine(), lang.t("err.badArgs", "--threads " + threads));
        }
        if (readTimeout < 1 || port < 0 || port > 65535) {
            throw new ParameterException(
                    spec.commandLine(),
                    lang.t(
                            "err.badArgs",
                            port < 0 || port > 65535 ? "--port " + port : "--read-timeout " + readTimeout));
        }
        Profile profile = Profile.named(profileName)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        lang.t(
                                "validate.unknownProfile",
                                profileName,
                                Profile.builtIn().stream().map(Profile::name).collect(Collectors.joining(", ")))));
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), lang.t("err.badArgs", "--bind " + bind));
        }
        if (!address.isLoopbackAddress()) {
            if (!allowRemote) {
                throw new ParameterException(spec.commandLine(), lang.t("serve.remoteRefused", bind));
            }
            err.println("edxml: " + lang.t("serve.remoteWarning", bind));
        }
        TrustPolicy policy = null;
        var given = trust.policyIfGiven(lang, cli.env, err);
        if (given.isPresent()) {
            policy = checks.apply(given.get()).build();
        } else if (checks.given()) {
            throw new ParameterException(
                    spec.commandLine(), lang.t("trust.needsTrust", "--directory, --require-sender-match, --at"));
        } else {
            err.println("edxml: " + lang.t("serve.noTrust"));
        }
        err.flush();
        PackageServer.Config config = new PackageServer.Config(
                new InetSocketAddress(address, port),
                max,
                threads,
                lang,
                profile,
                policy,
                this::policyAt,
                requireSignedAttachments,
                line -> {
                    synchronized (err) {
                        err.println(line);
                        err.flush();
                    }
                },
                cli.debug);
        try {
            return PackageServer.start(config);
        } catch (IOException e) {
            throw new CliFailure(bind + ":" + port, e);
        }
    }

    /** The same trust policy at another time (a trusted timestamp's), its warnings said once already. */
    private TrustPolicy policyAt(java.time.Instant time) throws IOException, CliFailure {
        TrustPolicy.Builder b = trust.policy(cli.lang, cli.env, new PrintWriter(Writer.nullWriter()));
        return checks.apply(b).at(time).build();
    }

    /** {@code --max-request-size} in bytes: digits and an optional binary unit (K, M, G, with or without B). */
    long size() {
        Matcher m = SIZE.matcher(maxRequestSize.strip());
        long n = -1;
        if (m.matches()) {
            n = Long.parseLong(m.group(1));
            String unit = m.group(2).toUpperCase(Locale.ROOT);
            int shift = unit.startsWith("K") ? 10 : unit.startsWith("M") ? 20 : unit.startsWith("G") ? 30 : 0;
            n = n > MAX_REQUEST_SIZE >> shift ? -1 : n << shift;
        }
        if (n < 1 || n > MAX_REQUEST_SIZE) {
            throw new ParameterException(spec.commandLine(), cli.lang.t("serve.badSize", maxRequestSize));
        }
        return n;
    }
}
