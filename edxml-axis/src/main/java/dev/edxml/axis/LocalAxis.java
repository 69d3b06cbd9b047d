package dev.edxml.axis;

import com.sun.net.httpserver.HttpServer;
import dev.edxml.axis.internal.AxisService;
import dev.edxml.axis.internal.Store;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.validate.Profile;
import dev.edxml.validate.Validator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A local document-exchange axis on 127.0.0.1 that vendors can test against: the endpoints of the official SDKVXP
 * ({@code /sendEdoc}, {@code /getReceivedEdocList}, {@code /getEdoc}, {@code /updateStatus}…), the SDK's HMAC headers
 * checked against the configured systems, packages kept on disk crash-safely (a restart on the same folder sees every
 * package it acknowledged), each package delivered to the inbox of every receiver's system, and a trace hop appended
 * as a relay does. Optionally strict: packages that fail validation or signature verification are refused.
 *
 * <pre>{@code
 * try (LocalAxis axis = LocalAxis.builder().dataDir(tmp)
 *         .system("vxp.sender", "s3cret-1").system("vxp.receiver", "s3cret-2")
 *         .agency("000.00.00.G22", "vxp.sender").agency("000.00.00.H41", "vxp.receiver")
 *         .start()) {
 *     AxisClient client = AxisClient.builder().endpoint(axis.endpoint()).systemId("vxp.sender")
 *             .secret("s3cret-1".toCharArray()).build();
 *     client.send(Path.of("cong-van.edxml"));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LocalAxis implements AutoCloseable {
    private final HttpServer server;
    private final AxisService service;
    private final ExecutorService executor;
    private final Store store;
    private final Builder config;

    private LocalAxis(HttpServer server, AxisService service, ExecutorService executor, Store store, Builder config) {
        this.server = server;
        this.service = service;
        this.executor = executor;
        this.store = store;
        this.config = config;
    }

    /** A builder: at least a data folder, one system and the agencies it serves. */
    public static Builder builder() {
        return new Builder();
    }

    /** The base address clients call, e.g. {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** The port it listens on (the one chosen when 0 was asked for). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The folder its packages are kept in. */
    public Path dataDir() {
        return store.dir();
    }

    /** How many messages it has accepted (those found on disk at start included). */
    public int messageCount() {
        return store.size();
    }

    /** What opening the data folder repaired after an interrupted run, one line each (empty after a clean stop). */
    public List<String> recovered() {
        return store.recovered();
    }

    /** Stops listening; requests in progress get a second to finish. Accepted packages stay in the data folder. */
    @Override
    public void close() {
        service.stop(Duration.ofSeconds(1));
        server.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }

    @Override
    public String toString() {
        return "LocalAxis " + endpoint() + ", data " + dataDir() + ", " + messageCount() + " messages, systems "
                + config.secrets.keySet() + ", agencies " + config.agencies;
    }

    /**
     * Configures a local axis; {@link #start()} opens the data folder and listens.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private int port;
        private Path dataDir;
        private final Map<String, byte[]> secrets = new LinkedHashMap<>();
        private final Map<String, String> agencies = new LinkedHashMap<>();
        private final Map<String, String> agencyNames = new LinkedHashMap<>();
        private String hopOrganId;
        private Profile validation;
        private TrustPolicy trust;
        private long maxPackageSize = 256L << 20;
        private Duration timestampTolerance;
        private ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        private Clock clock = Clock.systemUTC();
        private Locale locale = Locale.forLanguageTag("vi");
        private int threads = 8;
        private Consumer<String> log;

        private Builder() {}

        /** The port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port);
            }
            this.port = port;
            return this;
        }

        /** The folder the packages are kept in (created when missing); required. */
        public Builder dataDir(Path dir) {
            this.dataDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** A system allowed to call, with the secret its HMAC headers are made with. */
        public Builder system(String systemId, String secret) {
            requireText(systemId, "systemId");
            requireText(secret, "secret");
            secrets.put(systemId.strip(), secret.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** An agency code ({@code OrganId}) and the system that sends and receives for it. */
        public Builder agency(String organId, String systemId) {
            return agency(organId, systemId, null);
        }

        /** The same, with the agency's name for {@code getAgenciesList}. */
        public Builder agency(String organId, String systemId, String name) {
            requireText(organId, "organId");
            requireText(systemId, "systemId");
            agencies.put(organId.strip(), systemId.strip());
            if (name != null && !name.isBlank()) {
                agencyNames.put(organId.strip(), name.strip());
            }
            return this;
        }

        /**
         * The {@code OrganId} of the trace hop the axis appends. Default: none, a hop with only a {@code Timestamp},
         * as the live axis wrote them in 2025 packages (edxml-spec §4.3).
         */
        public Builder hopOrganId(String organId) {
            requireText(organId, "organId");
            this.hopOrganId = organId.strip();
            return this;
        }

        /** Strict: refuse packages with validation errors under this profile (EDXML-AXS-210). Default: not checked. */
        public Builder validation(Profile profile) {
            this.validation = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /** Strict: refuse packages whose signature does not verify against this policy (EDXML-AXS-211). */
        public Builder trust(TrustPolicy policy) {
            this.trust = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The largest package accepted, in bytes (default 256 MB). */
        public Builder maxPackageSize(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxPackageSize " + bytes);
            }
            this.maxPackageSize = bytes;
            return this;
        }

        /**
         * Refuse requests whose {@code timestamp} header is further than this from now (EDXML-AXS-106). Default: not
         * checked, because the official SDK sets its timestamp once, when its service object is made, so a
         * long-lived SDK client sends old ones; UNCERTAIN whether the live axis checks it.
         *
         * @throws IllegalArgumentException when {@code tolerance} is negative
         */
        public Builder timestampTolerance(Duration tolerance) {
            Objects.requireNonNull(tolerance, "tolerance");
            if (tolerance.isNegative()) {
                throw new IllegalArgumentException("timestampTolerance must not be negative: " + tolerance);
            }
            this.timestampTolerance = tolerance;
            return this;
        }

        /** The zone the SDK's timestamps are read in and the axis's times written in (default Asia/Ho_Chi_Minh). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** The clock (tests). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The language of {@code ErrorDesc} in answers: Vietnamese (default) or English. */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** How many requests are served at once (default 8). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Where a line per request and per recovery step goes (default: nowhere). */
        public Builder log(Consumer<String> log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        /**
         * Opens the data folder (repairing what an interrupted run left; EDXML-AXS-502 when another local axis uses it)
         * and starts listening on 127.0.0.1.
         */
        public LocalAxis start() throws IOException {
            if (dataDir == null) {
                throw new IllegalStateException("LocalAxis needs a dataDir");
            }
            if (secrets.isEmpty()) {
                throw new IllegalStateException("LocalAxis needs at least one system");
            }
            for (Map.Entry<String, String> a : agencies.entrySet()) {
                if (!secrets.containsKey(a.getValue())) {
                    throw new IllegalStateException("agency " + a.getKey() + " is served by system " + a.getValue()
                            + ", which is not configured");
                }
            }
            Store store = Store.open(dataDir);
            if (log != null) {
                store.recovered().forEach(l -> log.accept("recovery: " + l));
            }
            AxisService.Config c = new AxisService.Config(
                    Map.copyOf(secrets),
                    Map.copyOf(agencies),
                    Map.copyOf(agencyNames),
                    hopOrganId,
                    validation == null ? null : Validator.of(validation),
                    trust == null ? null : Verifier.of(trust),
                    maxPackageSize,
                    timestampTolerance,
                    zone,
                    clock,
                    locale,
                    log);
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            } catch (IOException e) {
                store.close();
                throw e;
            }
            AtomicInteger n = new AtomicInteger();
            ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "local-axis-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            AxisService service = new AxisService(c, store);
            server.createContext("/", service);
            server.start();
            return new LocalAxis(server, service, executor, store, copy());
        }

        private Builder copy() {
            Builder b = new Builder();
            b.secrets.putAll(secrets);
            b.agencies.putAll(agencies);
            return b;
        }

        @Override
        public String toString() {
            return "LocalAxis.Builder port " + port + ", data " + dataDir + ", systems " + secrets.keySet()
                    + ", agencies " + agencies + (validation == null ? "" : ", validation " + validation)
                    + (trust == null ? "" : ", signatures checked");
        }

        private static void requireText(String s, String what) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException(what + " is empty");
            }
        }
    }
}
