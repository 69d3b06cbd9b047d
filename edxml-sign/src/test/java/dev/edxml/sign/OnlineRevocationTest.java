package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.edxml.Edxml;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revocation fetched online, only when the policy allows it: an OCSP responder ({@code openssl ocsp}, started by
 * this test on a free local port) named in the signer's Authority Information Access, and a CRL served by a local
 * HTTP server named in its CRL distribution points; the on-disk cache; timeouts. Also the offline inputs: a CRL file
 * and an OCSP response file matched to the certificate it answers for.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class OnlineRevocationTest {
    private static final DateTimeFormatter INDEX_TIME = DateTimeFormatter.ofPattern(
                    "yyMMddHHmmss'Z'", java.util.Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @TempDir
    static Path dir;

    static ChainPki ca;
    static HttpServer http;
    static java.util.concurrent.ExecutorService executor;
    static Process ocsp;
    static final AtomicInteger crlRequests = new AtomicInteger();
    static String base;
    static String ocspUrl;
    static SigningKey goodOcsp;
    static SigningKey revokedOcsp;
    static SigningKey goodCrl;
    static SigningKey revokedCrl;
    static SigningKey slow;
    static SigningKey unreachable;

    @BeforeAll
    @SuppressWarnings("try") // the socket only proves the responder listens
    static void servers() throws Exception {
        Tools.require("openssl");
        ca = ChainPki.root("C=VN,O=Ban Cơ yếu Chính phủ (thử nghiệm),CN=CA thu hoi truc tuyen");
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // the slow handler must not hold the others: a thread per exchange
        executor = java.util.concurrent.Executors.newCachedThreadPool();
        http.setExecutor(executor);
        http.start();
        base = "http://127.0.0.1:" + http.getAddress().getPort();
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ocspUrl = "http://127.0.0.1:" + port;
        goodOcsp = ca.signer("Người ký OCSP tốt", ocspUrl, null);
        revokedOcsp = ca.signer("Người ký OCSP bị thu hồi", ocspUrl, null);
        goodCrl = ca.signer("Người ký CRL tốt", null, base + "/ca.crl");
        revokedCrl = ca.signer("Người ký CRL bị thu hồi", null, base + "/ca.crl");
        slow = ca.signer("Người ký máy chủ chậm", null, base + "/slow.crl");
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            unreachable = ca.signer("Người ký không với tới", "http://127.0.0.1:" + s.getLocalPort(), null);
        }
        byte[] crl = ca.crl(revokedCrl.chain().get(0)).getEncoded();
        http.createContext("/ca.crl", ex -> {
            crlRequests.incrementAndGet();
            ex.sendResponseHeaders(200, crl.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(crl);
            }
        });
        http.createContext("/slow.crl", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, crl.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(crl);
            }
        });

        Path index = dir.resolve("index.txt");
        String expiry = INDEX_TIME.format(Instant.now().plus(Duration.ofDays(365)));
        Files.writeString(
                index,
                "V\t" + expiry + "\t\t" + hex(goodOcsp) + "\tunknown\t/CN=good\n"
                        + "R\t" + expiry + "\t"
                        + INDEX_TIME.format(Instant.now().minus(Duration.ofHours(1)))
                        + ",keyCompromise\t" + hex(revokedOcsp) + "\tunknown\t/CN=revoked\n");
        Path caPem = TestPki.pem(dir.resolve("ca.pem"), ca.cert);
        Path caKey = TestPki.keyPem(dir.resolve("ca.key"), ca.key.getPrivate());
        ocsp = new ProcessBuilder(
                        "openssl",
                        "ocsp",
                        "-index",
                        index.toString(),
                        "-port",
                        String.valueOf(port),
                        "-rsigner",
                        caPem.toString(),
                        "-rkey",
                        caKey.toString(),
                        "-CA",
                        caPem.toString(),
                        "-nmin",
                        "10",
                        // the responder serves one connection at a time and keeps an HTTP/1.1 client's connection open:
                        // several processes, so that the JDK client's pooled connection does not hold the others
                        "-multi",
                        "4",
                        "-ignore_err")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("ocsp.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                break;
            } catch (IOException e) {
                if (System.nanoTime() > deadline || !ocsp.isAlive()) {
                    throw new IllegalStateException(
                            "openssl ocsp did not start: " + Files.readString(dir.resolve("ocsp.log")), e);
                }
                Thread.sleep(50);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (ocsp != null) {
            // with -multi the responder forks children: stop them too
            ocsp.descendants().forEach(ProcessHandle::destroy);
            ocsp.destroy();
            if (!ocsp.waitFor(5, TimeUnit.SECONDS)) {
                ocsp.destroyForcibly();
            }
        }
        if (http != null) {
            http.stop(0);
            executor.shutdownNow();
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String hex(SigningKey k) {
        String h = k.chain().get(0).getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT);
        return h.length() % 2 == 1 ? "0" + h : h;
    }

    private static byte[] signed(SigningKey k) throws Exception {
        return Edxml.toBytes(Signer.builder().key(k).build().sign(Fixtures.letter()));
    }

    private static Set<String> codes(SignatureReport r) {
        return r.problems().stream().map(p -> p.severity() + " " + p.code()).collect(Collectors.toSet());
    }

    private static TrustPolicy.Builder online(Path cache) {
        TrustPolicy.Builder b = TrustPolicy.builder()
                .trustAnchor(ca.cert)
                .allowNetworkRevocationChecks()
                .networkTimeout(Duration.ofMillis(700))
                .requireRevocationCheck();
        return cache == null ? b : b.revocationCache(cache);
    }

    @Test
    void ocspFromTheResponderTheCertificateNames() throws Exception {
        SignatureReport good = Verifier.of(online(null).build()).verify(signed(goodOcsp));
        assertTrue(codes(good).contains("INFO EDXML-SIG-042"), good.toString());
        assertTrue(good.problems().stream().anyMatch(p -> p.messageEn().contains("(OCSP)")), good.toString());

        SignatureReport revoked = Verifier.of(online(null).build()).examine(signed(revokedOcsp));
        assertEquals(Set.of("EDXML-SIG-017"), VerifierTest.codes(revoked), revoked.toString());
    }

    @Test
    void crlFromTheDistributionPointAndTheCache(@TempDir Path cache) throws Exception {
        int before = crlRequests.get();
        SignatureReport good = Verifier.of(online(cache).build()).verify(signed(goodCrl));
        assertTrue(good.problems().stream().anyMatch(p -> p.messageEn().contains("(CRL)")), good.toString());
        SignatureReport revoked = Verifier.of(online(cache).build()).examine(signed(revokedCrl));
        assertEquals(Set.of("EDXML-SIG-017"), VerifierTest.codes(revoked), revoked.toString());
        // fetched once, then read from the cache until its nextUpdate
        assertEquals(before + 1, crlRequests.get());
        try (var files = Files.list(cache)) {
            assertEquals(
                    1,
                    files.filter(f -> f.getFileName().toString().startsWith("crl-"))
                            .count());
        }
    }

    @Test
    void nothingIsFetchedWithoutTheNetworkOption() throws Exception {
        int before = crlRequests.get();
        SignatureReport r =
                Verifier.of(TrustPolicy.builder().trustAnchor(ca.cert).build()).verify(signed(revokedCrl));
        assertTrue(codes(r).contains("INFO EDXML-SIG-020"), r.toString());
        assertEquals(before, crlRequests.get());
    }

    @Test
    void aSilentOrAbsentServerCostsATimeoutAndLeavesTheStatusUnknown() throws Exception {
        long t0 = System.nanoTime();
        SignatureReport r = Verifier.of(online(null).build()).examine(signed(slow));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertEquals(Set.of("EDXML-SIG-018"), VerifierTest.codes(r), r.toString());
        assertTrue(codes(r).contains("WARNING EDXML-SIG-043"), r.toString());
        assertTrue(ms < 2900, "took " + ms + " ms");

        SignatureReport soft = Verifier.of(TrustPolicy.builder()
                        .trustAnchor(ca.cert)
                        .allowNetworkRevocationChecks()
                        .networkTimeout(Duration.ofMillis(700))
                        .build())
                .verify(signed(unreachable));
        assertTrue(codes(soft).containsAll(Set.of("WARNING EDXML-SIG-043", "WARNING EDXML-SIG-018")), soft.toString());
    }

    @Test
    void offlineCrlFilesAndOcspResponseFiles() throws Exception {
        X509CRL crl = ca.crl(revokedCrl.chain().get(0));
        Path crlFile = dir.resolve("offline.crl");
        Files.write(crlFile, crl.getEncoded());
        SignatureReport revoked = Verifier.of(TrustPolicy.builder()
                        .trustAnchor(ca.cert)
                        .crlFiles(crlFile)
                        .build())
                .examine(signed(revokedCrl));
        assertEquals(Set.of("EDXML-SIG-017"), VerifierTest.codes(revoked));
        SignatureReport good = Verifier.of(TrustPolicy.builder()
                        .trustAnchor(ca.cert)
                        .crlFiles(crlFile)
                        .requireRevocationCheck()
                        .build())
                .verify(signed(goodCrl));
        assertTrue(codes(good).contains("INFO EDXML-SIG-042"), good.toString());

        // a response saved by `openssl ocsp -respout`, given without saying which certificate it is for
        Path resp = dir.resolve("revoked.ocsp");
        Process p = new ProcessBuilder(
                        "openssl",
                        "ocsp",
                        "-issuer",
                        dir.resolve("ca.pem").toString(),
                        "-serial",
                        "0x" + hex(revokedOcsp),
                        "-url",
                        ocspUrl,
                        "-respout",
                        resp.toString(),
                        "-noverify")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("client.log").toFile())
                .start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), () -> read(dir.resolve("client.log")));
        SignatureReport r = Verifier.of(TrustPolicy.builder()
                        .trustAnchor(ca.cert)
                        .ocspResponseFiles(resp)
                        .build())
                .examine(signed(revokedOcsp));
        assertEquals(Set.of("EDXML-SIG-017"), VerifierTest.codes(r), r.toString());
        // the same response says nothing about another certificate: unknown, an error when revocation is required
        SignatureReport other = Verifier.of(TrustPolicy.builder()
                        .trustAnchor(ca.cert)
                        .ocspResponseFiles(resp)
                        .requireRevocationCheck()
                        .build())
                .examine(signed(goodOcsp));
        assertEquals(Set.of("EDXML-SIG-018"), VerifierTest.codes(other), other.toString());
        Path notOcsp = Files.writeString(dir.resolve("not.ocsp"), "hello");
        assertEquals(
                "not a successful DER OCSP response",
                org.junit.jupiter.api.Assertions.assertThrows(
                                IOException.class, () -> TrustPolicy.builder().ocspResponseFiles(notOcsp))
                        .getMessage()
                        .replaceFirst("^.*: ", ""));
    }
}
