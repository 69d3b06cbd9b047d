package dev.edxml.axis.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.edxml.Finding;
import dev.edxml.axis.AxisException;
import dev.edxml.axis.DeliveryStatus;
import dev.edxml.axis.MessageType;
import dev.edxml.model.EdxmlTimestamp;
import dev.edxml.sign.SignatureVerificationException;
import dev.edxml.sign.Verifier;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The local axis's endpoints, as the official SDKVXP calls them (official-sdk-model.md §B): every request is
 * authenticated with the {@code XroadVnpt-*} HMAC headers, parameters come from the signed headers, answers are JSON
 * with {@code status} ({@code OK}/{@code FAIL}), {@code ErrorCode} ({@code 0} on success, otherwise one of our
 * {@code EDXML-AXS-NNN} codes, since the live axis's codes beyond 0 are unknown) and {@code ErrorDesc}.
 */
public final class AxisService implements HttpHandler {
    /** Everything the service is configured with. */
    public record Config(
            Map<String, byte[]> secrets,
            Map<String, String> agencySystems,
            Map<String, String> agencyNames,
            String hopOrganId,
            Validator validator,
            Verifier verifier,
            long maxPackageSize,
            Duration timestampTolerance,
            ZoneId timestampZone,
            Clock clock,
            Locale locale,
            Consumer<String> log) {}

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", java.util.Locale.ROOT);

    private final Config config;
    private final Store store;
    private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean stopping;

    public AxisService(Config config, Store store) {
        this.config = config;
        this.store = store;
    }

    @Override
    public void handle(HttpExchange ex) {
        String endpoint = ex.getRequestURI().getPath().replaceAll("/+$", "");
        endpoint = endpoint.substring(endpoint.lastIndexOf('/') + 1);
        String who = "?";
        active.incrementAndGet();
        try {
            if (stopping) {
                throw new AxisException("EDXML-AXS-501");
            }
            String method = ex.getRequestMethod();
            if (!method.equals("POST") && !method.equals("GET")) {
                throw new AxisException("EDXML-AXS-111", method);
            }
            Map<String, String> params =
                    XroadHeaders.verify(h -> ex.getRequestHeaders().getFirst(h), config.secrets()::get);
            who = params.get("systemid");
            checkTimestamp(params.get("timestamp"));
            switch (endpoint) {
                case "getAgenciesList", "getAgenciesListQD20" -> agencies(ex);
                case "sendEdoc" -> send(ex, who, params);
                case "getReceivedEdocList" -> received(ex, who, params);
                case "getSentEdocList" -> sent(ex, who, params);
                case "getEdoc" -> getEdoc(ex, who, params, true);
                case "downloadEdoc" -> getEdoc(ex, who, params, false);
                case "updateStatus" -> updateStatus(ex, who, params);
                case "countReceiveEdoc" -> count(ex, who, MessageType.EDOC);
                case "countReceiveStatus" -> count(ex, who, MessageType.STATUS);
                default -> throw new AxisException("EDXML-AXS-110", endpoint);
            }
        } catch (AxisException e) {
            log(who + " " + endpoint + ": " + e.describe(Locale.ENGLISH));
            fail(ex, e);
        } catch (IOException | RuntimeException e) {
            log(who + " " + endpoint + ": internal error " + e);
            fail(ex, new AxisException("EDXML-AXS-500", String.valueOf(e.getMessage())));
        } finally {
            ex.close();
            active.decrementAndGet();
        }
    }

    /** Refuses new requests (EDXML-AXS-501) and waits up to {@code wait} for those in progress. */
    public void stop(Duration wait) {
        stopping = true;
        long end = System.nanoTime() + wait.toNanos();
        while (active.get() > 0 && System.nanoTime() < end) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void checkTimestamp(String ts) throws AxisException {
        Duration tolerance = config.timestampTolerance();
        if (tolerance == null) {
            return;
        }
        Instant t = XroadHeaders.parseTimestamp(ts, config.timestampZone());
        if (t == null || Duration.between(t, config.clock().instant()).abs().compareTo(tolerance) > 0) {
            throw new AxisException("EDXML-AXS-106", String.valueOf(ts), tolerance.toString());
        }
    }

    private void agencies(HttpExchange ex) throws IOException {
        List<Object> data = new ArrayList<>();
        for (String code : config.agencySystems().keySet()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", code);
            a.put("pid", "");
            a.put("code", code);
            a.put("name", config.agencyNames().getOrDefault(code, code));
            a.put("mail", "");
            data.add(a);
        }
        Map<String, Object> m = ok();
        m.put("data", data);
        answer(ex, 200, m);
    }

    private void send(HttpExchange ex, String system, Map<String, String> params) throws IOException {
        String hashFile = params.get("hash-file");
        if (hashFile == null || hashFile.isBlank()) {
            throw new AxisException("EDXML-AXS-201");
        }
        Path upload = store.newTemp(".upload");
        Path staged = store.newTemp(".edxml");
        try {
            receiveBody(ex, upload, hashFile.strip());
            HeaderScan.Facts facts;
            try {
                facts = HeaderScan.scan(upload);
            } catch (HeaderScan.NotEdxml e) {
                throw new AxisException("EDXML-AXS-205", String.valueOf(e.getMessage()));
            }
            MessageType kind = MessageType.fromWire(facts.kind());
            String declared = params.get("messagetype");
            if (declared != null && !declared.isBlank() && MessageType.fromWire(declared) != kind) {
                throw new AxisException("EDXML-AXS-206", declared, kind.wire());
            }
            if (facts.from() == null || facts.from().isEmpty()) {
                throw new AxisException("EDXML-AXS-212");
            }
            String fromSystem = config.agencySystems().get(facts.from());
            if (!system.equals(fromSystem)) {
                throw new AxisException("EDXML-AXS-207", facts.from(), system);
            }
            if (facts.to().isEmpty()) {
                throw new AxisException("EDXML-AXS-209");
            }
            for (String to : facts.to()) {
                if (!config.agencySystems().containsKey(to)) {
                    throw new AxisException("EDXML-AXS-208", to);
                }
            }
            strictChecks(upload);
            String now = now();
            String hopTime = EdxmlTimestamp.of(config.clock().instant()).text();
            MessageDigest sha = sha256();
            long size;
            try (InputStream in = Files.newInputStream(upload);
                    CountingOut out = new CountingOut(
                            new DigestOutputStream(new BufferedOutputStream(store.create(staged), 1 << 16), sha))) {
                TraceHop.copy(in, out, config.hopOrganId(), hopTime);
                out.flush();
                size = out.count;
            }
            Store.force(staged);
            String docId = Store.newId();
            List<Store.Delivery> deliveries = new ArrayList<>();
            for (String to : new java.util.LinkedHashSet<>(facts.to())) {
                deliveries.add(Store.delivery(docId, to, config.agencySystems().get(to), now));
            }
            Store.Doc doc = new Store.Doc(
                    docId,
                    kind.wire(),
                    params.getOrDefault("servicetype", "eDoc"),
                    system,
                    facts.from(),
                    now,
                    facts.subject() == null ? "" : facts.subject(),
                    facts.notation() == null ? "" : facts.notation(),
                    size,
                    HexFormat.of().formatHex(sha.digest()),
                    List.copyOf(deliveries));
            store.commit(staged, doc);
            log(system + " sendEdoc: accepted " + docId + " (" + kind.wire() + " from " + facts.from() + " to "
                    + String.join(",", facts.to()) + ", " + size + " bytes)");
            Map<String, Object> m = ok();
            m.put("DocId", docId);
            answer(ex, 200, m);
        } finally {
            Files.deleteIfExists(upload);
            Files.deleteIfExists(staged);
        }
    }

    /**
     * The package from the body: raw ({@code application/octet-stream}: what SDKVXP 2.0.1 really sends, its
     * "multipart" writer puts the file bytes and a CRLF in the body and no boundary) or the part {@code file_doc} of
     * a {@code multipart/form-data} body. Checked against {@code hash-file}, in either spelling: lower-case hex, or
     * the SDK's hex without leading zeros per byte ({@code Integer.toHexString}).
     */
    private void receiveBody(HttpExchange ex, Path upload, String hashFile) throws IOException {
        String boundary = Multipart.boundary(ex.getRequestHeaders().getFirst("Content-Type"));
        InputStream body = new LimitedInput(ex.getRequestBody(), config.maxPackageSize() + 2);
        if (boundary != null) {
            try (OutputStream out = new BufferedOutputStream(store.create(upload), 1 << 16)) {
                if (!Multipart.extract(body, boundary, "file_doc", out)) {
                    throw new AxisException("EDXML-AXS-204");
                }
            }
            byte[] digest = digestOf(upload);
            if (!matches(hashFile, digest)) {
                throw new AxisException(
                        "EDXML-AXS-202", hashFile, HexFormat.of().formatHex(digest));
            }
        } else {
            MessageDigest all = sha256();
            MessageDigest butLastTwo = sha256();
            int held = 0;
            byte[] last = new byte[2];
            long total = 0;
            try (OutputStream out = new BufferedOutputStream(store.create(upload), 1 << 16)) {
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = body.read(buf)) > 0) {
                    out.write(buf, 0, n);
                    all.update(buf, 0, n);
                    total += n;
                    // the digest without the last two bytes lags two bytes behind
                    for (int i = 0; i < n; i++) {
                        if (held == 2) {
                            butLastTwo.update(last[0]);
                            last[0] = last[1];
                            last[1] = buf[i];
                        } else {
                            last[held++] = buf[i];
                        }
                    }
                }
            }
            byte[] digest = all.digest();
            if (!matches(hashFile, digest)) {
                byte[] trimmed = butLastTwo.digest();
                if (held == 2 && last[0] == '\r' && last[1] == '\n' && matches(hashFile, trimmed)) {
                    try (FileChannel ch = FileChannel.open(upload, StandardOpenOption.WRITE)) {
                        ch.truncate(total - 2);
                    }
                    digest = trimmed;
                } else {
                    throw new AxisException(
                            "EDXML-AXS-202", hashFile, HexFormat.of().formatHex(digest));
                }
            }
        }
        if (Files.size(upload) > config.maxPackageSize()) {
            throw new AxisException("EDXML-AXS-203", String.valueOf(config.maxPackageSize()));
        }
    }

    private void strictChecks(Path upload) throws IOException {
        if (config.validator() != null) {
            ValidationReport r = config.validator().validate(upload);
            if (!r.isValid()) {
                String first = r.errors().stream()
                        .limit(5)
                        .map(f -> f.code() + " " + f.message(config.locale()))
                        .collect(Collectors.joining("; "));
                throw new AxisException(
                        "EDXML-AXS-210",
                        String.valueOf(r.errors().size()),
                        first,
                        r.errors().stream().map(Finding::code).distinct().collect(Collectors.joining(",")));
            }
        }
        if (config.verifier() != null) {
            try {
                config.verifier().verify(upload);
            } catch (SignatureVerificationException e) {
                throw new AxisException("EDXML-AXS-211", e.describe(config.locale()));
            }
        }
    }

    private void received(HttpExchange ex, String system, Map<String, String> params) throws IOException {
        MessageType type = type(params);
        List<Object> data = new ArrayList<>();
        for (Store.Delivery x : store.inbox(system)) {
            Store.Doc d = store.doc(x.senderDocId);
            if (x.status().equals(DeliveryStatus.DONE.wire())
                    || (type != null && !type.wire().equals(d.messageType()))) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("docId", x.docId);
            m.put("serviceType", d.serviceType());
            m.put("messageType", d.messageType());
            m.put("created_time", d.created());
            m.put("updated_time", x.updated());
            m.put("from", d.fromOrgan());
            m.put("to", x.organId);
            m.put("status", x.status());
            m.put("status_desc", x.statusDesc());
            data.add(m);
        }
        Map<String, Object> m = ok();
        m.put("data", data);
        answer(ex, 200, m);
    }

    private void sent(HttpExchange ex, String system, Map<String, String> params) throws IOException {
        MessageType type = type(params);
        String only = params.get("docId");
        List<Object> data = new ArrayList<>();
        for (Store.Doc d : store.sentBy(system)) {
            if ((type != null && !type.wire().equals(d.messageType()))
                    || (only != null && !only.isBlank() && !only.strip().equals(d.docId()))) {
                continue;
            }
            for (Store.Delivery x : d.deliveries()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("serviceType", d.serviceType());
                m.put("receiverDocId", x.docId);
                m.put("toCode", x.organId);
                m.put("receiveStatus", x.status());
                m.put("title", d.title());
                m.put("messageType", d.messageType());
                m.put("notation", d.notation());
                m.put("receivedTime", x.updated());
                m.put("sentTime", d.created());
                m.put("sendStatus", "done");
                m.put("sendStatusDesc", "");
                m.put("senderDocId", d.docId());
                m.put("fromCode", d.fromOrgan());
                m.put("receiveStatusDesc", x.statusDesc());
                data.add(m);
            }
        }
        Map<String, Object> m = ok();
        m.put("data", data);
        answer(ex, 200, m);
    }

    private Store.Delivery own(String system, Map<String, String> params) throws AxisException {
        String docId = params.get("docId");
        if (docId == null || docId.isBlank()) {
            throw new AxisException("EDXML-AXS-120", "docId");
        }
        Store.Delivery x = store.delivery(docId.strip());
        if (x == null || !x.systemId.equals(system)) {
            throw new AxisException("EDXML-AXS-130", docId.strip());
        }
        return x;
    }

    private void getEdoc(HttpExchange ex, String system, Map<String, String> params, boolean json) throws IOException {
        Store.Delivery x = own(system, params);
        Path file = store.packageFile(x.senderDocId);
        if (json) {
            ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream raw = new BufferedOutputStream(ex.getResponseBody(), 1 << 16)) {
                raw.write("{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"Success\",\"data\":\""
                        .getBytes(StandardCharsets.US_ASCII));
                try (OutputStream b64 = Base64.getEncoder().wrap(new FilterOutputStream(raw) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // keeps the answer open for its closing text
                    }
                })) {
                    Files.copy(file, b64);
                }
                raw.write("\"}".getBytes(StandardCharsets.US_ASCII));
            }
        } else {
            ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
            ex.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = ex.getResponseBody()) {
                Files.copy(file, out);
            }
        }
    }

    private void updateStatus(HttpExchange ex, String system, Map<String, String> params) throws IOException {
        Store.Delivery x = own(system, params);
        String s = params.get("status");
        DeliveryStatus status = DeliveryStatus.fromWire(s);
        if (status == null || status == DeliveryStatus.PENDING) {
            throw new AxisException("EDXML-AXS-122", String.valueOf(s));
        }
        store.updateStatus(x, status.wire(), params.getOrDefault("statusDesc", ""), now());
        answer(ex, 200, ok());
    }

    private void count(HttpExchange ex, String system, MessageType type) throws IOException {
        int n = 0;
        for (Store.Delivery x : store.inbox(system)) {
            if (!x.status().equals(DeliveryStatus.DONE.wire())
                    && type.wire().equals(store.doc(x.senderDocId).messageType())) {
                n++;
            }
        }
        Map<String, Object> m = ok();
        m.put("count", n);
        answer(ex, 200, m);
    }

    private static MessageType type(Map<String, String> params) throws AxisException {
        String s = params.get("messagetype");
        if (s == null || s.isBlank()) {
            return null;
        }
        MessageType t = MessageType.fromWire(s);
        if (t == null) {
            throw new AxisException("EDXML-AXS-121", s);
        }
        return t;
    }

    private String now() {
        return TIME.format(config.clock().instant().atZone(config.timestampZone()));
    }

    private static Map<String, Object> ok() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "OK");
        m.put("ErrorCode", "0");
        m.put("ErrorDesc", "Success");
        return m;
    }

    private void fail(HttpExchange ex, AxisException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "FAIL");
        m.put("ErrorCode", e.code());
        m.put("ErrorDesc", e.message(config.locale()));
        m.put("DocId", "");
        try {
            answer(ex, httpStatus(e.code()), m);
        } catch (IOException | RuntimeException ignored) {
            // the answer's headers were sent already, or the client went away: nothing more to tell it
        }
    }

    private static int httpStatus(String code) {
        int n = Integer.parseInt(code.substring(code.length() - 3));
        if (n >= 101 && n <= 106) {
            return 401;
        }
        return switch (n) {
            case 110, 130 -> 404;
            case 111 -> 405;
            case 203 -> 413;
            case 500 -> 500;
            case 501 -> 503;
            default -> 400;
        };
    }

    private static void answer(HttpExchange ex, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = Jsons.compact(body).getBytes(StandardCharsets.US_ASCII);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void log(String line) {
        if (config.log() != null) {
            config.log().accept(line);
        }
    }

    private static boolean matches(String given, byte[] digest) {
        StringBuilder unpadded = new StringBuilder();
        for (byte b : digest) {
            unpadded.append(Integer.toHexString(b & 0xFF));
        }
        return given.equalsIgnoreCase(HexFormat.of().formatHex(digest)) || given.equalsIgnoreCase(unpadded.toString());
    }

    private static byte[] digestOf(Path file) throws IOException {
        MessageDigest d = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
        }
        return d.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Counts what goes through. */
    private static final class CountingOut extends FilterOutputStream {
        long count;

        CountingOut(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Refuses a body longer than the limit (EDXML-AXS-203) instead of filling the disk. */
    private static final class LimitedInput extends java.io.FilterInputStream {
        private final long limit;
        private long read;

        LimitedInput(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                check(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                check(n);
            }
            return n;
        }

        private void check(int n) throws AxisException {
            read += n;
            if (read > limit) {
                throw new AxisException("EDXML-AXS-203", String.valueOf(limit - 2));
            }
        }
    }
}
