package dev.edxml.axis;

import static dev.edxml.axis.Letters.H41;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries: safe calls are repeated after 5xx answers and timeouts, a send is not (the axis may have taken it). */
class RetryTest {
    @TempDir
    Path tmp;

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile int failFirst;
    private volatile long delayMillis;
    private final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newCachedThreadPool();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", ex -> {
            int n = calls.incrementAndGet();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = (n <= failFirst
                            ? "<html>503 Service Unavailable</html>"
                            : "{\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"Success\",\"DocId\":\"d-1\",\"data\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(n <= failFirst ? 503 : 200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.setExecutor(pool); // a slow answer blocks no other
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    private AxisClient client(int retries, Duration timeout) {
        return AxisClient.builder()
                .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .systemId("vxp.g22")
                .secret("s".toCharArray())
                .retries(retries)
                .backoff(Duration.ofMillis(10))
                .requestTimeout(timeout)
                .build();
    }

    @Test
    void safeCallsAreRepeatedAfterServerErrors() throws Exception {
        failFirst = 2;
        assertEquals(
                0, client(3, Duration.ofSeconds(10)).received(MessageType.EDOC).size());
        assertEquals(3, calls.get(), "two 503 answers, then the list");
    }

    @Test
    void aSendIsNotRepeatedOnceTheRequestLeft() throws Exception {
        failFirst = 1;
        Path letter = Letters.write(tmp, "r.edxml", Letters.letter("9101", Letters.pdf(100), H41));
        AxisException e = assertThrows(
                AxisException.class, () -> client(3, Duration.ofSeconds(10)).send(letter));
        assertEquals("EDXML-AXS-003", e.code());
        assertEquals(503, e.httpStatus().orElseThrow());
        assertEquals(1, calls.get());
    }

    @Test
    void timeoutsAreCodedAndSafeCallsRetried() {
        delayMillis = 1_000;
        AxisException e = assertThrows(
                AxisException.class, () -> client(1, Duration.ofMillis(200)).agencies());
        assertEquals("EDXML-AXS-002", e.code());
        assertTrue(e.getMessage().contains("getAgenciesList"), e::getMessage);
        assertEquals(2, calls.get());
    }
}
