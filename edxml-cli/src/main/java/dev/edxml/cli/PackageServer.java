package dev.edxml.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.edxml.EdxmlException;
import dev.edxml.internal.Json;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.validate.PackageReceiver;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ReceivedPackage;
import dev.edxml.validate.ValidationFormat;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The HTTP side of {@code edxml serve}: {@code POST /v1/inspect}, {@code /v1/validate}, {@code /v1/verify} and
 * {@code /v1/receive} take a package's bytes and answer with the JSON the command prints for the same package
 * ({@code inspect --json}, {@code validate --format json}, {@code verify --json}), made by the same code;
 * {@code GET /v1/health} and {@code /v1/version}. Errors are {@code {"error": {"code", "message", "messageEn"}}}
 * with an {@code EDXML-SRV-NNN} code and a fitting status, never a stack trace. Each answer about a package carries the
 * command's exit code in {@code X-Edxml-Exit-Code} (0 passed, 1 rejected).
 *
 * <p>Bodies are read with a bound ({@link Config#maxRequestSize()}): a declared length over it is refused before a byte
 * of the body is read, a chunked body as soon as it passes it; small bodies stay in memory, larger ones go to a private
 * temporary file deleted after the answer. A fixed pool of threads serves the requests.
 */
final class PackageServer implements AutoCloseable {
    /** Bodies up to this size stay in memory; larger ones go to a private temporary file. */
    static final int IN_MEMORY = 1 << 20;
    /** The longest {@code name} parameter taken. */
    private static final int MAX_NAME = 255;
    /** The header that carries the command's exit code for the same package. */
    static final String EXIT_HEADER = "X-Edxml-Exit-Code";

    /**
     * What the server is started with; fixed for its lifetime.
     *
     * @param address                  where to listen
     * @param maxRequestSize           the largest body taken, in bytes
     * @param threads                  the size of the pool serving requests
     * @param lang                     the language of messages when a request does not say ({@code lang=vi|en})
     * @param profile                  the validation profile when a request does not say ({@code profile=…})
     * @param policy                   the trust policy of inspect, verify and receive; {@code null}: no trust anchors
     *                                 (inspect does not verify; verify and receive answer 501)
     * @param policyAt                 the same policy at another time (a trusted timestamp's)
     * @param requireSignedAttachments whether an unsigned or scanned PDF rejects (verify, receive)
     * @param log                      where one line per request goes
     * @param debug                    whether an internal error's stack trace is logged
     */
    record Config(
            InetSocketAddress address,
            long maxRequestSize,
            int threads,
            Lang lang,
            Profile profile,
            TrustPolicy policy,
            VerifyCheck.PolicyAt policyAt,
            boolean requireSignedAttachments,
            Consumer<String> log,
            boolean debug) {}

    /** An answer: status, JSON body, the command's exit code when it is about a package, extra headers. */
    private record Answer(int status, String json, Integer exit, Map<String, String> headers) {
        static Answer ok(String json, boolean passed) {
            return new Answer(200, json, passed ? EdxmlCli.OK : EdxmlCli.REJECTED, Map.of());
        }
    }

    /** The endpoints: path, method, and the query parameters each takes. */
    @SuppressWarnings("ImmutableEnumChecker") // params is an unmodifiable Set.of
    private enum Route {
        HEALTH("/v1/health", "GET", Set.of("lang")),
        VERSION("/v1/version", "GET", Set.of("lang")),
        INSPECT("/v1/inspect", "POST", Set.of("lang", "name")),
        VALIDATE("/v1/validate", "POST", Set.of("lang", "name", "profile")),
        VERIFY("/v1/verify", "POST", Set.of("lang", "name")),
        RECEIVE("/v1/receive", "POST", Set.of("lang", "name", "profile"));

        final String path;
        final String method;
        final Set<String> params;

        Route(String path, String method, Set<String> params) {
            this.path = path;
            this.method = method;
            this.params = params;
        }
    }

    private final Config config;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Verifier verifier;
    private final Map<String, Validator> validators;
    private final Map<String, PackageReceiver> receivers;
    private final AtomicInteger active = new AtomicInteger();
    private volatile boolean stopping;

    private PackageServer(Config config, HttpServer server, ExecutorService executor) {
        this.config = config;
        this.server = server;
        this.executor = executor;
        this.verifier = config.policy() == null ? null : Verifier.of(config.policy());
        this.validators =
                Profile.builtIn().stream().collect(Collectors.toUnmodifiableMap(Profile::name, Validator::of));
        this.receivers = config.policy() == null
                ? Map.of()
                : Profile.builtIn().stream()
                        .collect(Collectors.toUnmodifiableMap(Profile::name, p -> PackageReceiver.builder()
                                .trust(config.policy())
                                .profile(p)
                                .requireSignedAttachments(config.requireSignedAttachments())
                                .build()));
    }

    /** Binds the address and starts serving. */
    static PackageServer start(Config config) throws IOException {
        HttpServer server = HttpServer.create(config.address(), 64);
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "edxml-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        PackageServer s = new PackageServer(config, server, executor);
        server.createContext("/", s::handle);
        server.start();
        return s;
    }

    /** The base address, e.g. {@code http://127.0.0.1:41234/}. */
    URI endpoint() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** The port listened on (the one chosen when 0 was asked for). */
    int port() {
        return server.getAddress().getPort();
    }

    /**
     * Stops taking requests (new ones are answered 503) and waits up to {@code grace} for those in progress. The wait
     * is counted here: the JDK's own {@code HttpServer.stop(delay)} of Java 17 waits the whole delay even when idle.
     */
    void stop(Duration grace) {
        stopping = true;
        long end = System.nanoTime() + grace.toNanos();
        try {
            while (active.get() > 0 && System.nanoTime() < end) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }

    private void handle(HttpExchange ex) {
        active.incrementAndGet();
        try {
            serve(ex);
        } finally {
            active.decrementAndGet();
        }
    }

    private void serve(HttpExchange ex) {
        long started = System.nanoTime();
        Lang lang = config.lang();
        Answer answer;
        long[] received = {0};
        try {
            Route route = route(ex);
            Map<String, String> query = query(ex.getRequestURI().getRawQuery(), route.params);
            lang = lang(query.get("lang"), lang);
            if (stopping) {
                throw new ServeError(503, ServeError.STOPPING);
            }
            answer = switch (route) {
                case HEALTH -> new Answer(200, Json.write(Map.of("status", "ok")) + "\n", null, Map.of());
                case VERSION -> new Answer(200, version(), null, Map.of());
                default -> withBody(ex, route, query, lang, received);
            };
        } catch (ServeError e) {
            answer = error(e, lang);
        } catch (IOException | RuntimeException e) {
            config.log().accept(internal(ex, e));
            answer = error(new ServeError(500, ServeError.INTERNAL), lang);
        }
        send(ex, answer);
        long ms = (System.nanoTime() - started) / 1_000_000;
        config.log()
                .accept(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " "
                        + ex.getRemoteAddress().getAddress().getHostAddress() + " " + ex.getRequestMethod() + " "
                        + dev.edxml.internal.Markup.oneLine(ex.getRequestURI().getRawPath()) + " " + answer.status()
                        + " "
                        + received[0] + "B " + ms + "ms" + (answer.exit() == null ? "" : " exit " + answer.exit()));
    }

    private static Route route(HttpExchange ex) throws ServeError {
        String path = ex.getRequestURI().getRawPath();
        for (Route r : Route.values()) {
            if (r.path.equals(path)) {
                if (!r.method.equals(ex.getRequestMethod())) {
                    throw new ServeError(
                                    405,
                                    ServeError.METHOD,
                                    dev.edxml.internal.Markup.oneLine(ex.getRequestMethod()),
                                    r.method)
                            .withHeader("Allow", r.method);
                }
                return r;
            }
        }
        throw new ServeError(404, ServeError.NOT_FOUND, dev.edxml.internal.Markup.oneLine(path));
    }

    /** The body's checks: read it (bounded), run the endpoint's check, render its JSON. */
    private Answer withBody(HttpExchange ex, Route route, Map<String, String> query, Lang lang, long[] received)
            throws ServeError, IOException {
        if ((route == Route.VERIFY || route == Route.RECEIVE) && config.policy() == null) {
            throw new ServeError(501, ServeError.NO_TRUST, route.path);
        }
        Profile profile = config.profile();
        if (query.containsKey("profile")) {
            String p = query.get("profile");
            profile = Profile.named(p)
                    .orElseThrow(() -> new ServeError(
                            400,
                            ServeError.PROFILE,
                            dev.edxml.internal.Markup.oneLine(p),
                            Profile.builtIn().stream().map(Profile::name).collect(Collectors.joining(", "))));
        }
        checkContentType(ex.getRequestHeaders().getFirst("Content-Type"));
        String name = query.getOrDefault("name", "-");
        try (RequestBody body = body(ex, name)) {
            received[0] = body.size();
            PackageInput in = body.input();
            return switch (route) {
                case INSPECT -> inspect(in, lang);
                case VALIDATE -> {
                    ValidationReport r = in.validate(validators.get(profile.name()));
                    yield Answer.ok(ValidationFormat.JSON.render(List.of(r), lang.locale()), r.isValid());
                }
                case VERIFY -> verify(in, lang);
                case RECEIVE -> receive(in, receivers.get(profile.name()), lang);
                default -> throw new IllegalStateException(route.name());
            };
        }
    }

    private Answer inspect(PackageInput in, Lang lang) throws ServeError, IOException {
        Inspection inspection;
        try {
            inspection = Inspection.of(in, verifier, config.policy());
        } catch (EdxmlException e) {
            throw new ServeError(422, ServeError.UNREADABLE, e);
        }
        return Answer.ok(JsonReport.render(inspection, lang) + "\n", !inspection.rejected(false));
    }

    private Answer verify(PackageInput in, Lang lang) throws IOException {
        VerifyCheck check;
        try {
            check = VerifyCheck.run(
                    in, verifier, config.policy(), config.policyAt(), config.requireSignedAttachments());
        } catch (CliFailure e) {
            throw new IOException(e.getCause());
        }
        return Answer.ok(Json.write(check.json(lang)) + "\n", check.passed());
    }

    private static Answer receive(PackageInput in, PackageReceiver receiver, Lang lang) throws ServeError, IOException {
        ReceivedPackage r;
        try (InputStream s = in.open()) {
            r = receiver.receive(s, in.source());
        } catch (EdxmlException e) {
            throw new ServeError(422, ServeError.UNREADABLE, e);
        }
        try {
            return Answer.ok(Json.write(ReceivedJson.json(in.source(), r, lang)) + "\n", r.isAccepted());
        } finally {
            r.pkg().close();
        }
    }

    /** The body, refused before it is read when its declared length is over the limit. */
    private RequestBody body(HttpExchange ex, String name) throws ServeError {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        String encoding = ex.getRequestHeaders().getFirst("Transfer-Encoding");
        if (length == null
                && (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("chunked"))) {
            throw new ServeError(411, ServeError.LENGTH_REQUIRED);
        }
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw new ServeError(400, ServeError.PARAMETER, "Content-Length");
            }
            if (declared > config.maxRequestSize()) {
                throw new ServeError(413, ServeError.TOO_LARGE, config.maxRequestSize());
            }
            if (declared == 0) {
                throw new ServeError(400, ServeError.EMPTY);
            }
        }
        RequestBody body;
        try {
            body = RequestBody.read(ex.getRequestBody(), name, config.maxRequestSize(), (int)
                    Math.min(IN_MEMORY, config.maxRequestSize()));
        } catch (RequestBody.TooLarge e) {
            throw new ServeError(413, ServeError.TOO_LARGE, config.maxRequestSize());
        } catch (IOException e) {
            throw new ServeError(400, ServeError.BODY_READ, String.valueOf(e.getMessage()));
        }
        if (body.input().bytes() != null && body.input().bytes().length == 0) {
            body.close();
            throw new ServeError(400, ServeError.EMPTY);
        }
        return body;
    }

    /** A package's types, or none (a client that does not say); a form (curl's default) is refused. */
    private static void checkContentType(String header) throws ServeError {
        if (header == null) {
            return;
        }
        String type = header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!Set.of("application/octet-stream", "application/xml", "text/xml", "application/pdf")
                .contains(type)) {
            throw new ServeError(415, ServeError.CONTENT_TYPE, dev.edxml.internal.Markup.oneLine(type));
        }
    }

    /** The query's parameters, each at most once and each one the endpoint takes. */
    private static Map<String, String> query(String raw, Set<String> allowed) throws ServeError {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key;
            String value;
            try {
                key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new ServeError(400, ServeError.PARAMETER, dev.edxml.internal.Markup.oneLine(pair));
            }
            if (!allowed.contains(key) || q.containsKey(key) || key.equals("name") && value.length() > MAX_NAME) {
                throw new ServeError(400, ServeError.PARAMETER, dev.edxml.internal.Markup.oneLine(key));
            }
            q.put(key, value);
        }
        return q;
    }

    private static Lang lang(String value, Lang fallback) throws ServeError {
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "vi" -> Lang.VI;
            case "en" -> Lang.EN;
            default -> throw new ServeError(400, ServeError.PARAMETER, "lang");
        };
    }

    private String version() {
        String v = EdxmlCli.class.getPackage().getImplementationVersion();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", "edxml");
        o.put("version", v == null ? "dev" : v);
        o.put("spec", "QCVN 102:2016/BTTTT");
        o.put("api", "v1");
        o.put(
                "endpoints",
                java.util.Arrays.stream(Route.values())
                        .map(r -> r.method + " " + r.path)
                        .toList());
        o.put("profiles", Profile.builtIn().stream().map(Profile::name).toList());
        o.put("defaultProfile", config.profile().name());
        o.put("trustAnchors", config.policy() != null);
        o.put("maxRequestSize", config.maxRequestSize());
        return Json.write(o) + "\n";
    }

    private static Answer error(ServeError e, Lang lang) {
        Map<String, String> headers = new LinkedHashMap<>(e.headers());
        if (e.status() >= 400 && e.status() != 404) {
            // the body may not have been read: the connection is not reused
            headers.put("Connection", "close");
        }
        return new Answer(e.status(), e.json(lang) + "\n", null, headers);
    }

    private String internal(HttpExchange ex, Exception e) {
        StringBuilder sb = new StringBuilder(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " "
                + ex.getRequestMethod() + " "
                + dev.edxml.internal.Markup.oneLine(ex.getRequestURI().getRawPath())
                + ": " + ServeError.INTERNAL + " " + dev.edxml.internal.Markup.oneLine(String.valueOf(e)));
        if (config.debug()) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            sb.append('\n').append(trace);
        }
        return sb.toString();
    }

    private static void send(HttpExchange ex, Answer a) {
        try (ex) {
            byte[] bytes = a.json().getBytes(StandardCharsets.UTF_8);
            var h = ex.getResponseHeaders();
            h.set("Content-Type", "application/json; charset=utf-8");
            h.set("Cache-Control", "no-store");
            h.set("X-Content-Type-Options", "nosniff");
            if (a.exit() != null) {
                h.set(EXIT_HEADER, String.valueOf(a.exit()));
            }
            a.headers().forEach(h::set);
            if (ex.getRequestMethod().equals("HEAD")) {
                ex.sendResponseHeaders(a.status(), -1); // no body, and no warning from the JDK's server
                return;
            }
            ex.sendResponseHeaders(a.status(), bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client went away: nothing to answer to
        }
    }
}
