package dev.edxml.axis;

import dev.edxml.axis.internal.HeaderScan;
import dev.edxml.axis.internal.StreamingAnswer;
import dev.edxml.axis.internal.XroadHeaders;
import dev.edxml.internal.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.net.ssl.SSLContext;

/**
 * A client for the national document-exchange axis (trục liên thông văn bản quốc gia) that replaces the official
 * SDKVXP: the same endpoints and HMAC headers, on the JDK's HTTP client, with timeouts, retries with backoff on calls
 * that are safe to repeat, packages streamed from and to disk (never held whole in memory) and coded errors
 * ({@link AxisException}). Immutable and thread-safe: one client serves every thread.
 *
 * <pre>{@code
 * AxisClient axis = AxisClient.builder().endpoint(URI.create("https://axis.example.gov.vn"))
 *         .systemId("vxp.saas.03").secret(secretChars).build();
 * SendReceipt r = axis.send(Path.of("cong-van.edxml"));
 * for (ReceivedMessage m : axis.received(MessageType.EDOC)) {
 *     axis.download(m.docId(), inbox.resolve(m.docId() + ".edxml"));
 *     axis.updateStatus(m.docId(), DeliveryStatus.DONE);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AxisClient {
    /** How a package is put in the body of {@code sendEdoc}. */
    private enum Upload {
        /**
         * The package's bytes as the body, {@code application/octet-stream}: what SDKVXP 2.0.1 really sends (its
         * multipart writer is overridden by its own Content-Type header and writes no boundary). The default.
         */
        RAW,
        /** A {@code multipart/form-data} body with the package in the part {@code file_doc}, as the SDK intends. */
        MULTIPART
    }

    /** How {@code hash-file} (the package's SHA-256) is spelled. */
    private enum HashSpelling {
        /**
         * As the official SDK spells it: each byte in hex without its leading zero ({@code Integer.toHexString}),
         * which is what the live axis receives from every SDK user. The default.
         */
        SDK,
        /** Plain lower-case hex, 64 digits. */
        HEX
    }

    private final URI endpoint;
    private final String systemId;
    private final byte[] secret;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final int retries;
    private final Duration backoff;
    private final Upload upload;
    private final HashSpelling hashSpelling;
    private final ZoneId zone;
    private final Clock clock;
    private final String userAgent;
    private final String serviceType;

    private AxisClient(Builder b) {
        this.endpoint = b.endpoint;
        this.systemId = b.systemId;
        this.secret = b.secret.clone();
        HttpClient.Builder hb = HttpClient.newBuilder()
                .connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1);
        if (b.sslContext != null) {
            hb.sslContext(b.sslContext);
        }
        this.http = hb.build();
        this.requestTimeout = b.requestTimeout;
        this.retries = b.retries;
        this.backoff = b.backoff;
        this.upload = b.upload;
        this.hashSpelling = b.hashSpelling;
        this.zone = b.zone;
        this.clock = b.clock;
        this.userAgent = b.userAgent;
        this.serviceType = b.serviceType;
    }

    /** A builder: endpoint, system id and secret are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The agencies the axis knows ({@code getAgenciesList}). */
    public List<Agency> agencies() throws IOException {
        Map<?, ?> answer = callJson("getAgenciesList", new LinkedHashMap<>(), true);
        List<Agency> out = new ArrayList<>();
        for (Map<?, ?> m : data(answer)) {
            out.add(new Agency(s(m, "id"), s(m, "pid"), s(m, "code"), s(m, "name"), s(m, "mail")));
        }
        return List.copyOf(out);
    }

    /**
     * Sends a package ({@code sendEdoc}); its type ({@code edoc} or {@code status}) and sender are read from its
     * header. The file is read twice (hash, then upload), never held in memory. Not repeated after the request
     * left, since the axis may have accepted it; repeated when no connection could be made.
     */
    public SendReceipt send(Path file) throws IOException {
        return send(file, null);
    }

    /** The same with the type given ({@code null}: read from the package). */
    public SendReceipt send(Path file, MessageType type) throws IOException {
        HeaderScan.Facts facts;
        try {
            facts = HeaderScan.scan(file);
        } catch (HeaderScan.NotEdxml e) {
            throw new AxisException("EDXML-AXS-205", String.valueOf(e.getMessage()));
        }
        MessageType t = type != null ? type : MessageType.fromWire(facts.kind());
        byte[] digest = sha256(file);
        long size = Files.size(file);
        Map<String, String> params = new LinkedHashMap<>();
        if (facts.from() != null) {
            params.put("from", facts.from());
        }
        params.put("servicetype", serviceType);
        params.put("messagetype", t.wire());
        params.put(
                "hash-file",
                hashSpelling == HashSpelling.SDK
                        ? sdkHex(digest)
                        : HexFormat.of().formatHex(digest));
        HttpRequest.BodyPublisher body;
        String contentType;
        if (upload == Upload.RAW) {
            body = HttpRequest.BodyPublishers.ofFile(file);
            contentType = "application/octet-stream";
        } else {
            String boundary = "edxml-" + UUID.randomUUID();
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file_doc\"; filename=\""
                    + file.getFileName().toString().replace("\"", "") + "\"\r\nContent-Type: application/octet-stream"
                    + "\r\n\r\n";
            body = HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
                    HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofByteArray(
                            ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII)));
            contentType = "multipart/form-data; boundary=" + boundary;
        }
        Map<?, ?> answer = null;
        for (int attempt = 0; answer == null; attempt++) {
            pause(attempt);
            try {
                answer = parse(exchange(
                        "sendEdoc",
                        params,
                        contentType,
                        body,
                        false,
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            } catch (AxisException e) {
                if (attempt >= retries || !retryable(e, false)) {
                    throw e;
                }
            }
        }
        String docId = s(answer, "DocId");
        if (docId.isEmpty()) {
            throw new AxisException("EDXML-AXS-003", "200", "no DocId");
        }
        return new SendReceipt(docId, t, size, HexFormat.of().formatHex(digest));
    }

    /** The messages waiting for this system ({@code getReceivedEdocList}); {@code null} type: both kinds. */
    public List<ReceivedMessage> received(MessageType type) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("servicetype", serviceType);
        if (type != null) {
            params.put("messagetype", type.wire());
        }
        List<ReceivedMessage> out = new ArrayList<>();
        for (Map<?, ?> m : data(callJson("getReceivedEdocList", params, true))) {
            out.add(new ReceivedMessage(
                    s(m, "docId"),
                    MessageType.fromWire(s(m, "messageType")),
                    s(m, "serviceType"),
                    s(m, "from"),
                    s(m, "to"),
                    s(m, "status"),
                    s(m, "status_desc"),
                    s(m, "created_time"),
                    s(m, "updated_time")));
        }
        return List.copyOf(out);
    }

    /** The deliveries of what this system sent ({@code getSentEdocList}); {@code null} type: both kinds. */
    public List<SentMessage> sent(MessageType type) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("servicetype", serviceType);
        if (type != null) {
            params.put("messagetype", type.wire());
        }
        List<SentMessage> out = new ArrayList<>();
        for (Map<?, ?> m : data(callJson("getSentEdocList", params, true))) {
            out.add(new SentMessage(
                    s(m, "senderDocId"),
                    s(m, "receiverDocId"),
                    s(m, "toCode"),
                    s(m, "fromCode"),
                    MessageType.fromWire(s(m, "messageType")),
                    s(m, "title"),
                    s(m, "notation"),
                    s(m, "sentTime"),
                    s(m, "receiveStatus"),
                    s(m, "receivedTime")));
        }
        return List.copyOf(out);
    }

    /** How many messages of a type wait ({@code countReceiveEdoc}, {@code countReceiveStatus}). */
    public int count(MessageType type) throws IOException {
        Objects.requireNonNull(type, "type");
        Map<?, ?> answer = callJson(
                type == MessageType.EDOC ? "countReceiveEdoc" : "countReceiveStatus", new LinkedHashMap<>(), true);
        try {
            return Integer.parseInt(s(answer, "count"));
        } catch (NumberFormatException e) {
            throw new AxisException("EDXML-AXS-003", "200", "count " + s(answer, "count"));
        }
    }

    /**
     * Downloads a message ({@code getEdoc}) to {@code target}, written atomically (the old file or the complete new
     * one): the answer's base64 is decoded as it arrives, so a large package needs no large heap.
     */
    public Path download(String docId, Path target) throws IOException {
        requireText(docId, "docId");
        // only a regular file is replaced: a FIFO, a device or a link to one is refused before the download
        dev.edxml.internal.OutputFile.checkReplaceable(target);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("docId", docId.strip());
        AxisException last = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            pause(attempt);
            Path part = Files.createTempFile(dir, ".axis-", ".part");
            try {
                HttpResponse<InputStream> r = exchange(
                        "getEdoc",
                        params,
                        "application/json",
                        HttpRequest.BodyPublishers.noBody(),
                        true,
                        HttpResponse.BodyHandlers.ofInputStream());
                Map<String, String> fields;
                try (InputStream in = r.body();
                        OutputStream out = Files.newOutputStream(part)) {
                    fields = StreamingAnswer.read(in, "data", out);
                } catch (StreamingAnswer.Malformed e) {
                    throw new AxisException("EDXML-AXS-005", docId, String.valueOf(e.getMessage()));
                }
                refusal(fields, r.statusCode());
                if (!fields.containsKey("data")) {
                    throw new AxisException("EDXML-AXS-005", docId, "no data");
                }
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return target;
            } catch (AxisException e) {
                if (!retryable(e, true)) {
                    throw e;
                }
                last = e;
            } finally {
                Files.deleteIfExists(part);
            }
        }
        throw last;
    }

    /** Tells the axis what became of a received message ({@code updateStatus}); repeated on failure. */
    public void updateStatus(String docId, DeliveryStatus status) throws IOException {
        requireText(docId, "docId");
        Objects.requireNonNull(status, "status");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status.wire());
        params.put("docId", docId.strip());
        callJson("updateStatus", params, true);
    }

    private Map<?, ?> callJson(String endpointName, Map<String, String> params, boolean safe) throws IOException {
        AxisException last = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            pause(attempt);
            try {
                return parse(exchange(
                        endpointName,
                        params,
                        "application/json",
                        HttpRequest.BodyPublishers.noBody(),
                        safe,
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            } catch (AxisException e) {
                if (!retryable(e, safe)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    /** One request; failures become coded exceptions, which the callers' loops repeat or not. */
    private <T> HttpResponse<T> exchange(
            String endpointName,
            Map<String, String> callParams,
            String contentType,
            HttpRequest.BodyPublisher body,
            boolean safe,
            HttpResponse.BodyHandler<T> handler)
            throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("systemid", systemId);
        params.put("timestamp", XroadHeaders.timestamp(clock.instant(), zone));
        params.put("Content-Type", contentType);
        params.putAll(callParams);
        HttpRequest.Builder rb = HttpRequest.newBuilder(
                        URI.create(endpoint.toString().replaceAll("/+$", "") + "/" + endpointName))
                .timeout(requestTimeout)
                .POST(body)
                .header("Content-Type", contentType)
                .header("User-Agent", userAgent)
                .header(XroadHeaders.VERSION_HEADER, XroadHeaders.SDK_VERSION);
        for (Map.Entry<String, String> h : XroadHeaders.sign(params, secret)) {
            rb.header(h.getKey(), h.getValue());
        }
        try {
            HttpResponse<T> r = http.send(rb.build(), handler);
            if (r.statusCode() >= 500 || r.statusCode() == 429) {
                if (safe) {
                    close(r);
                    throw new AxisException(
                            "EDXML-AXS-003",
                            List.of(String.valueOf(r.statusCode()), "server error"),
                            null,
                            null,
                            r.statusCode(),
                            null);
                }
            }
            return r;
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new AxisException(
                    "EDXML-AXS-001",
                    List.of(endpoint.toString(), String.valueOf(e)),
                    null,
                    null,
                    -1,
                    new ConnectException(String.valueOf(e.getMessage())));
        } catch (HttpTimeoutException e) {
            throw new AxisException(
                    "EDXML-AXS-002",
                    List.of(endpoint + "/" + endpointName, requestTimeout.toString()),
                    null,
                    null,
                    -1,
                    e);
        } catch (AxisException e) {
            throw e;
        } catch (IOException e) {
            throw new AxisException(
                    "EDXML-AXS-001", List.of(endpoint.toString(), String.valueOf(e)), null, null, -1, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while calling the axis");
        }
    }

    private static void close(HttpResponse<?> r) {
        if (r.body() instanceof InputStream in) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the answer is dropped
            }
        }
    }

    private Map<?, ?> parse(HttpResponse<String> r) throws AxisException {
        Object v;
        try {
            v = JsonReader.read(r.body());
        } catch (JsonReader.Malformed e) {
            v = null;
        }
        if (!(v instanceof Map<?, ?> m) || !m.containsKey("status")) {
            String body = r.body() == null ? "" : r.body().strip();
            throw new AxisException(
                    "EDXML-AXS-003",
                    List.of(String.valueOf(r.statusCode()), body.length() > 200 ? body.substring(0, 200) + "…" : body),
                    null,
                    null,
                    r.statusCode(),
                    null);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            fields.put(String.valueOf(e.getKey()), e.getValue() == null ? null : String.valueOf(e.getValue()));
        }
        refusal(fields, r.statusCode());
        return m;
    }

    /** Throws EDXML-AXS-004 when the answer says FAIL or a non-zero ErrorCode. */
    private static void refusal(Map<String, String> fields, int httpStatus) throws AxisException {
        String status = Objects.requireNonNullElse(fields.get("status"), "");
        String code = Objects.requireNonNullElse(fields.get("ErrorCode"), "");
        boolean ok = (status.equalsIgnoreCase("OK") || status.equalsIgnoreCase("SUCCESS"))
                && (code.isEmpty() || code.equals("0"));
        if (!ok) {
            String desc = Objects.requireNonNullElse(fields.get("ErrorDesc"), "");
            throw new AxisException("EDXML-AXS-004", List.of(code, desc), code, desc, httpStatus, null);
        }
    }

    /** A failure to connect is repeated for every call (nothing was sent); other failures only for safe calls. */
    private static boolean retryable(AxisException e, boolean safe) {
        if (e.code().equals("EDXML-AXS-001") && e.getCause() instanceof ConnectException) {
            return true;
        }
        return safe
                && (e.code().equals("EDXML-AXS-001")
                        || e.code().equals("EDXML-AXS-002")
                        || (e.code().equals("EDXML-AXS-003")
                                && e.httpStatus().map(s -> s >= 500 || s == 429).orElse(false))
                        || (e.code().equals("EDXML-AXS-004")
                                && e.httpStatus().map(s -> s >= 500).orElse(false)));
    }

    private void pause(int attempt) throws java.io.InterruptedIOException {
        if (attempt == 0) {
            return;
        }
        try {
            Thread.sleep(backoff.toMillis() << Math.min(attempt - 1, 6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting to call the axis again");
        }
    }

    private static List<Map<?, ?>> data(Map<?, ?> answer) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (answer.get("data") instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static String s(Map<?, ?> m, String k) {
        Object v = m.get(k);
        if (v instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return v == null ? "" : v.toString();
    }

    private static byte[] sha256(Path file) throws IOException {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
        }
        return d.digest();
    }

    /** The SDK's spelling: {@code Integer.toHexString(0xFF & b)} per byte, without leading zeros. */
    static String sdkHex(byte[] digest) {
        StringBuilder sb = new StringBuilder();
        for (byte b : digest) {
            sb.append(Integer.toHexString(b & 0xFF));
        }
        return sb.toString();
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
    }

    @Override
    public String toString() {
        return "AxisClient " + endpoint + " as " + systemId + " (upload " + upload + ", hash " + hashSpelling
                + ", retries " + retries + ", timeout " + requestTimeout + ")";
    }

    /**
     * Configures a client. The secret is copied; nothing prints it.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private URI endpoint;
        private String systemId;
        private byte[] secret;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofMinutes(5);
        private int retries = 3;
        private Duration backoff = Duration.ofMillis(500);
        private Upload upload = Upload.RAW;
        private HashSpelling hashSpelling = HashSpelling.SDK;
        private ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        private Clock clock = Clock.systemUTC();
        private String userAgent = XroadHeaders.SDK_USER_AGENT;
        private String serviceType = "eDoc";
        private SSLContext sslContext;

        private Builder() {}

        /** The axis's base address (the SDK's {@code service.endpoint}); required. */
        public Builder endpoint(URI endpoint) {
            Objects.requireNonNull(endpoint, "endpoint");
            if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
                throw new IllegalArgumentException("not an http or https address: " + endpoint);
            }
            this.endpoint = endpoint;
            return this;
        }

        /** The system id (mã hệ thống, the SDK's header "systemid"); required. */
        public Builder systemId(String systemId) {
            requireText(systemId, "systemId");
            this.systemId = systemId.strip();
            return this;
        }

        /** The secret the HMAC headers are made with (copied; clear your array afterwards); required. */
        public Builder secret(char[] secret) {
            Objects.requireNonNull(secret, "secret");
            ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            if (bytes.length == 0) {
                throw new IllegalArgumentException("secret is empty");
            }
            this.secret = bytes;
            return this;
        }

        /** How long to wait for a connection (default 10 s). */
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = positive(d, "connectTimeout");
            return this;
        }

        /** How long to wait for an answer (default 5 min; a large package takes time). */
        public Builder requestTimeout(Duration d) {
            this.requestTimeout = positive(d, "requestTimeout");
            return this;
        }

        /** How many times a safe call is repeated after a network failure or a 5xx answer (default 3). */
        public Builder retries(int retries) {
            if (retries < 0 || retries > 10) {
                throw new IllegalArgumentException("retries " + retries + " (0 to 10)");
            }
            this.retries = retries;
            return this;
        }

        /** The wait before the first repetition, doubled for each next one (default 500 ms). */
        public Builder backoff(Duration d) {
            this.backoff = positive(d, "backoff");
            return this;
        }

        /**
         * Whether the package goes in a {@code multipart/form-data} body (part {@code file_doc}), as the SDK intends,
         * instead of the default: the package's bytes as the body, {@code application/octet-stream}, which is what
         * SDKVXP 2.0.1 really sends (its multipart writer is overridden by its own Content-Type header). UNCERTAIN
         * which the live axis prefers.
         *
         * @since 0.1.0
         */
        public Builder multipartUpload(boolean multipart) {
            this.upload = multipart ? Upload.MULTIPART : Upload.RAW;
            return this;
        }

        /**
         * Whether {@code hash-file} (the package's SHA-256) is spelled as plain lower-case hex, 64 digits, instead of
         * the default: as the official SDK spells it, each byte in hex without its leading zero
         * ({@code Integer.toHexString}), which is what the live axis receives from every SDK user.
         *
         * @since 0.1.0
         */
        public Builder plainHexHash(boolean plainHex) {
            this.hashSpelling = plainHex ? HashSpelling.HEX : HashSpelling.SDK;
            return this;
        }

        /** The zone of the {@code timestamp} header (default Asia/Ho_Chi_Minh; the SDK uses the JVM's zone). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** The clock (tests). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The User-Agent (default the SDK's, {@code JAVASDKAgent/1.0.0 XRoad/VPCP}). */
        public Builder userAgent(String userAgent) {
            requireText(userAgent, "userAgent");
            this.userAgent = userAgent.strip();
            return this;
        }

        /** The service type sent in the SDK's header "servicetype" (default {@code eDoc}, as in the SDK's examples). */
        public Builder serviceType(String serviceType) {
            requireText(serviceType, "serviceType");
            this.serviceType = serviceType.strip();
            return this;
        }

        /**
         * The TLS context, e.g. with a client certificate; UNCERTAIN whether the live axis asks for one (the SDK uses
         * the JVM's default context). Default: the JVM's.
         */
        public Builder sslContext(SSLContext context) {
            this.sslContext = context;
            return this;
        }

        public AxisClient build() {
            if (endpoint == null || systemId == null || secret == null) {
                throw new IllegalStateException("AxisClient needs "
                        + (endpoint == null ? "an endpoint" : systemId == null ? "a systemId" : "a secret"));
            }
            return new AxisClient(this);
        }

        @Override
        public String toString() {
            return "AxisClient.Builder " + (endpoint == null ? "(no endpoint)" : endpoint) + " as "
                    + (systemId == null ? "(no systemId)" : systemId) + (secret == null ? ", no secret" : "")
                    + ", upload " + upload + ", hash " + hashSpelling;
        }

        private static Duration positive(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " must be positive");
            }
            return d;
        }
    }
}
