package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code edxml serve} in-process on an ephemeral port, called with the JDK's HTTP client: each endpoint answers with
 * the JSON the command prints for the same package, and bad requests get JSON errors with their status.
 */
class ServeCommandTest {
    @TempDir
    Path dir;

    private SigningFixtures keys;
    private Path signed;
    private Path tampered;
    private String at;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<PackageServer> servers = new ArrayList<>();
    private final StringWriter log = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        keys = new SigningFixtures(dir);
        signed = keys.signed(dir.resolve("da-ky.edxml"), Packages.edoc(null));
        tampered = SigningFixtures.tampered(signed, dir.resolve("sua.edxml"), "kiểm thử", "kiểm tra");
        // one check time for the command and the server, so that their answers can be compared byte for byte
        at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(Duration.ofSeconds(2)));
    }

    /** Starts {@code edxml serve ARGS} as the command would, with the options parsed by picocli. */
    private URI serve(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("serve", "--port", "0"));
        all.addAll(List.of(args));
        PrintWriter err = new PrintWriter(log, true);
        CommandLine cl = EdxmlCli.commandLine(new PrintWriter(new StringWriter()), err, Map.of());
        CommandLine.ParseResult parsed = cl.parseArgs(all.toArray(String[]::new));
        ServeCommand cmd = parsed.subcommand().commandSpec().commandLine().getCommand();
        PackageServer server = cmd.start(err);
        servers.add(server);
        return server.endpoint();
    }

    private URI trusted() throws Exception {
        return serve("--trust", keys.root.toString(), "--at", at);
    }

    private HttpResponse<String> post(URI base, String pathAndQuery, byte[] body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(base.resolve(pathAndQuery))
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI base, String endpoint, Path file) throws Exception {
        return post(
                base,
                endpoint + (endpoint.contains("?") ? "&" : "?") + "name="
                        + java.net.URLEncoder.encode(file.toString(), StandardCharsets.UTF_8),
                Files.readAllBytes(file));
    }

    private static Object json(HttpResponse<String> r) {
        assertEquals(
                "application/json; charset=utf-8",
                r.headers().firstValue("Content-Type").orElse(""));
        return JsonParser.parse(r.body());
    }

    private static String exit(HttpResponse<String> r) {
        return r.headers().firstValue(PackageServer.EXIT_HEADER).orElse("none");
    }

    @Test
    void eachEndpointAnswersWithTheCommandsJsonForTheSamePackage() throws Exception {
        URI base = trusted();
        HttpResponse<String> verify = post(base, "v1/verify", signed);
        assertEquals(200, verify.statusCode(), verify::body);
        assertEquals("0", exit(verify));
        CliRun cli = CliRun.of("verify", signed.toString(), "--trust", keys.root.toString(), "--at", at, "--json");
        assertEquals(0, cli.code(), cli::toString);
        assertEquals(cli.out(), verify.body(), "the same document as verify --json");

        HttpResponse<String> inspect = post(base, "v1/inspect?lang=en", signed);
        CliRun cliInspect = CliRun.of(
                "--lang", "en", "inspect", signed.toString(), "--json", "--trust", keys.root.toString(), "--at", at);
        assertEquals(200, inspect.statusCode(), inspect::body);
        assertEquals(cliInspect.out(), inspect.body(), "the same document as inspect --json");
        assertEquals("valid", JsonParser.at(json(inspect), "signature.verdict"));

        HttpResponse<String> validate = post(base, "v1/validate?profile=axis", signed);
        CliRun cliValidate = CliRun.of("validate", signed.toString(), "--profile", "axis", "--format", "json");
        assertEquals(200, validate.statusCode(), validate::body);
        assertEquals(String.valueOf(cliValidate.code()), exit(validate));
        assertEquals(cliValidate.out(), validate.body(), "the same document as validate --format json");

        HttpResponse<String> receive = post(base, "v1/receive", signed);
        assertEquals(200, receive.statusCode(), receive::body);
        Object r = json(receive);
        assertEquals(signed.toString(), JsonParser.at(r, "file"));
        assertEquals(true, JsonParser.at(r, "accepted"));
        assertEquals("valid", JsonParser.at(r, "signatureVerdict"));
        assertEquals(64, ((String) JsonParser.at(r, "sha256")).length());
    }

    @Test
    void aTamperedPackageIsReportedAsTheCommandReportsIt() throws Exception {
        URI base = trusted();
        HttpResponse<String> verify = post(base, "v1/verify", tampered);
        assertEquals(200, verify.statusCode(), verify::body);
        assertEquals("1", exit(verify), "the command's exit code: rejected");
        assertEquals(false, JsonParser.at(json(verify), "valid"));
        assertEquals("invalid", JsonParser.at(json(verify), "verdict"));
        CliRun cli = CliRun.of("verify", tampered.toString(), "--trust", keys.root.toString(), "--at", at, "--json");
        assertEquals(1, cli.code());
        assertEquals(cli.out(), verify.body());

        HttpResponse<String> inspect = post(base, "v1/inspect", tampered);
        assertEquals("invalid", JsonParser.at(json(inspect), "signature.verdict"));
        assertEquals("1", exit(inspect));

        HttpResponse<String> receive = post(base, "v1/receive?lang=en", tampered);
        Object r = json(receive);
        assertEquals("reject", JsonParser.at(r, "verdict"));
        assertEquals("1", exit(receive));
        assertTrue(receive.body().contains("\"rejects\": true"), receive::body);
    }

    @Test
    void garbageIsAnErrorForInspectAndAFindingForValidateAndVerify() throws Exception {
        URI base = trusted();
        byte[] garbage = new byte[3000];
        new java.util.Random(17).nextBytes(garbage);
        HttpResponse<String> inspect = post(base, "v1/inspect?lang=en", garbage);
        assertEquals(422, inspect.statusCode(), inspect::body);
        Object e = json(inspect);
        assertEquals(ServeError.UNREADABLE, JsonParser.at(e, "error.code"));
        assertTrue(((String) JsonParser.at(e, "error.detail.code")).startsWith("EDXML-ENV-"), inspect::body);
        assertEquals("1:1", JsonParser.at(e, "error.detail.position"));
        assertEquals("none", exit(inspect));

        HttpResponse<String> validate = post(base, "v1/validate", garbage);
        assertEquals(200, validate.statusCode());
        assertEquals("1", exit(validate));
        assertTrue(validate.body().contains("\"valid\": false"), validate::body);

        HttpResponse<String> verify = post(base, "v1/verify", garbage);
        assertEquals(200, verify.statusCode());
        assertEquals("1", exit(verify));
        assertEquals("EDXML-SIG-021", JsonParser.at(json(verify), "problems.0.code"));

        assertEquals(422, post(base, "v1/receive", garbage).statusCode());
        assertFalse(inspect.body().contains("Exception"), "no stack trace, no exception class");
    }

    @Test
    void anOversizeBodyIsRefusedBeforeItIsRead() throws Exception {
        URI base = serve("--trust", keys.root.toString(), "--max-request-size", "64KB");
        // a declared length far over the limit: the answer comes without a byte of the body sent
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /v1/verify HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
                            + "Content-Length: 10000000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(s.getInputStream().readNBytes(400), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
            assertTrue(answer.contains(ServeError.TOO_LARGE), answer);
        }
        // a chunked body (no declared length) is cut off at the first byte too many
        int live = dev.edxml.internal.io.TempFiles.live();
        byte[] big = new byte[(64 << 10) + 100];
        HttpResponse<String> chunked = http.send(
                HttpRequest.newBuilder(base.resolve("v1/validate"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked::body);
        assertEquals(ServeError.TOO_LARGE, JsonParser.at(json(chunked), "error.code"));
        assertTrue(((String) JsonParser.at(json(chunked), "error.messageEn")).contains("65536 bytes"));
        assertEquals(live, dev.edxml.internal.io.TempFiles.live(), "no temporary file left behind");
        // exactly the limit is taken
        HttpResponse<String> limit = post(base, "v1/validate", new byte[64 << 10]);
        assertEquals(200, limit.statusCode(), limit::body);
    }

    @Test
    void aLargeBodyGoesThroughAPrivateTemporaryFileThatIsDeletedAfter() throws Exception {
        URI base = trusted();
        byte[] pdf = new byte[PackageServer.IN_MEMORY + 4096];
        System.arraycopy(Packages.SIGNED_PDF, 0, pdf, 0, Math.min(pdf.length, Packages.SIGNED_PDF.length));
        Path large = SigningFixtures.write(dir.resolve("lon.edxml"), Packages.edoc(null, pdf));
        assertTrue(Files.size(large) > PackageServer.IN_MEMORY);
        int live = dev.edxml.internal.io.TempFiles.live();
        HttpResponse<String> validate = post(base, "v1/validate", large);
        assertEquals(200, validate.statusCode(), validate::body);
        CliRun cli = CliRun.of("validate", large.toString(), "--format", "json");
        assertEquals(cli.out(), validate.body());
        assertEquals(live, dev.edxml.internal.io.TempFiles.live(), "the spooled copy is deleted after the answer");
    }

    @Test
    void badRequestsGetJsonErrorsWithTheirStatus() throws Exception {
        URI base = trusted();
        HttpResponse<String> get = http.send(
                HttpRequest.newBuilder(base.resolve("v1/verify")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
        assertEquals(ServeError.METHOD, JsonParser.at(json(get), "error.code"));

        HttpResponse<String> head = http.send(
                HttpRequest.newBuilder(base.resolve("v1/health"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, head.statusCode());
        assertEquals("", head.body());

        HttpResponse<String> postHealth = post(base, "v1/health", new byte[] {1});
        assertEquals(405, postHealth.statusCode());
        assertEquals("GET", postHealth.headers().firstValue("Allow").orElse(""));

        HttpResponse<String> unknown = http.send(
                HttpRequest.newBuilder(base.resolve("v2/verify")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode());
        Object e = json(unknown);
        assertEquals(ServeError.NOT_FOUND, JsonParser.at(e, "error.code"));
        assertTrue(
                ((String) JsonParser.at(e, "error.message")).startsWith("không có điểm cuối này"),
                "Vietnamese by default");
        assertTrue(((String) JsonParser.at(e, "error.messageEn")).startsWith("no such endpoint"));

        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(base.resolve("v1/verify"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(signed)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, form.statusCode());
        assertEquals(ServeError.CONTENT_TYPE, JsonParser.at(json(form), "error.code"));

        HttpResponse<String> empty = post(base, "v1/verify", new byte[0]);
        assertEquals(400, empty.statusCode());
        assertEquals(ServeError.EMPTY, JsonParser.at(json(empty), "error.code"));

        HttpResponse<String> lang = post(base, "v1/verify?lang=fr", signed);
        assertEquals(400, lang.statusCode());
        assertEquals(ServeError.PARAMETER, JsonParser.at(json(lang), "error.code"));
        HttpResponse<String> twice = post(base, "v1/verify?lang=en&lang=vi", new byte[] {1});
        assertEquals(ServeError.PARAMETER, JsonParser.at(json(twice), "error.code"));
        HttpResponse<String> profileOnVerify = post(base, "v1/verify?profile=axis", new byte[] {1});
        assertEquals(ServeError.PARAMETER, JsonParser.at(json(profileOnVerify), "error.code"));
        HttpResponse<String> profile = post(base, "v1/validate?profile=tinh&lang=en", signed);
        assertEquals(400, profile.statusCode());
        assertEquals(
                "unknown profile tinh: one of qcvn102, axis, lenient", JsonParser.at(json(profile), "error.message"));

        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(base.resolve("v1/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertEquals("ok", JsonParser.at(json(health), "status"));
        HttpResponse<String> version = http.send(
                HttpRequest.newBuilder(base.resolve("v1/version")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("v1", JsonParser.at(json(version), "api"));
        assertEquals(true, JsonParser.at(json(version), "trustAnchors"));
        String lines = log.toString();
        assertTrue(lines.contains(" POST /v1/verify 415 "), lines);
        assertTrue(lines.contains(" GET /v2/verify 404 "), lines);
    }

    @Test
    void withoutTrustAnchorsInspectDoesNotVerifyAndVerifyIsNotOffered() throws Exception {
        URI base = serve();
        assertTrue(log.toString().contains("EDXML-SRV-010"), "said at start");
        HttpResponse<String> verify = post(base, "v1/verify", signed);
        assertEquals(501, verify.statusCode());
        assertEquals(ServeError.NO_TRUST, JsonParser.at(json(verify), "error.code"));
        assertEquals(501, post(base, "v1/receive", signed).statusCode());
        HttpResponse<String> inspect = post(base, "v1/inspect", signed);
        assertEquals(200, inspect.statusCode());
        assertEquals("not-verified", JsonParser.at(json(inspect), "signature.verdict"));
        // without --at the PDF's check time is each one's own "now"
        String now = "\"checkedAt\": \"[^\"]*\"";
        assertEquals(
                CliRun.of("inspect", signed.toString(), "--json").out().replaceAll(now, ""),
                inspect.body().replaceAll(now, ""));
    }

    @Test
    void concurrentRequestsGetTheirOwnAnswers() throws Exception {
        URI base = serve("--trust", keys.root.toString(), "--at", at, "--threads", "3");
        String good = CliRun.of("verify", signed.toString(), "--trust", keys.root.toString(), "--at", at, "--json")
                .out();
        String bad = CliRun.of("verify", tampered.toString(), "--trust", keys.root.toString(), "--at", at, "--json")
                .out();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path p = i % 2 == 0 ? signed : tampered;
            calls.add(http.sendAsync(
                    HttpRequest.newBuilder(base.resolve("v1/verify?name="
                                    + java.net.URLEncoder.encode(p.toString(), StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofFile(p))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < calls.size(); i++) {
            HttpResponse<String> r = calls.get(i).get();
            assertEquals(200, r.statusCode(), r::body);
            assertEquals(i % 2 == 0 ? good : bad, r.body(), "answer " + i);
        }
        assertNotEquals(good, bad);
    }

    @Test
    void unsafeOrBadStartOptionsAreRefused() {
        CliRun remote = CliRun.of("--lang", "en", "serve", "--bind", "192.0.2.1");
        assertEquals(2, remote.code(), remote::toString);
        assertTrue(remote.err().contains("--allow-remote"), remote::toString);
        assertEquals(2, CliRun.of("serve", "--max-request-size", "2GB").code());
        assertEquals(2, CliRun.of("serve", "--max-request-size", "lots").code());
        assertEquals(2, CliRun.of("serve", "--threads", "0").code());
        assertEquals(2, CliRun.of("serve", "--profile", "tinh").code());
        CliRun orphan = CliRun.of("--lang", "en", "serve", "--require-sender-match");
        assertEquals(2, orphan.code(), orphan::toString);
        assertTrue(orphan.err().contains("--trust"), orphan::toString);
    }

    @Test
    void sizesAreReadWithTheirUnits() throws Exception {
        CommandLine cl = EdxmlCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (var c : Map.of("64MB", 64L << 20, "512KB", 512L << 10, "1G", 1L << 30, "1000", 1000L)
                .entrySet()) {
            ServeCommand cmd = cl.parseArgs("serve", "--max-request-size", c.getKey())
                    .subcommand()
                    .commandSpec()
                    .commandLine()
                    .getCommand();
            assertEquals(c.getValue(), cmd.size(), c.getKey());
        }
    }
}
