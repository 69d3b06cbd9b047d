package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.edxml.Edxml;
import dev.edxml.sign.ChainPki;
import dev.edxml.sign.Fixtures;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust options of verify, inspect and stats, and {@code edxml trust list}: profiles by name, combined with
 * files; revocation from a CRL file, from an OCSP response file, required, or fetched with --online from a local
 * HTTP server (and cached); nothing fetched without --online.
 */
class TrustOptionsTest {
    @TempDir
    Path dir;

    private static final String G1 = "F7BC89054CEC7F12730D7B8CD3EB7955B163835087E5EB873EDFB584763B3F90";
    private static final String G2 = "F04BA4B459A7C9A1B971AD9B1CB833E695A80C79AEA63B174B66A70EDFE2FDB8";
    private static final String TSA = "D343B3C5132F7D1676C3560025AEFEF036FCEEC073C33F18E075B3A21C8F8552";

    @Test
    void trustListPrintsOneAnchorALine() {
        CliRun gov = CliRun.of("trust", "list", "vn-gov");
        assertEquals(0, gov.code(), gov::toString);
        List<String> lines = gov.out().lines().toList();
        assertEquals(2, lines.size(), gov::toString);
        assertTrue(
                lines.get(0).startsWith(G1 + "  2010-03-10..2030-03-05  CN=Co quan chung thuc so chuyen dung"),
                lines.get(0));
        assertTrue(lines.get(0).endsWith("[SHA-1]"), lines.get(0));
        assertTrue(lines.get(1).startsWith(G2), lines.get(1));

        CliRun all = CliRun.of("--lang", "en", "trust", "list");
        assertEquals(6, all.out().lines().count(), all::toString);
        assertTrue(
                all.out()
                        .lines()
                        .anyMatch(l -> l.startsWith(TSA) && l.endsWith("[TSA root: anchor for timestamps only]")),
                all::toString);
        CliRun loud = CliRun.of("--lang", "en", "trust", "list", "vn-public", "--trust-unconfirmed-single-source");
        assertEquals(8, loud.out().lines().count(), loud::toString);
        assertEquals(
                4, loud.out().lines().filter(l -> l.contains("single-source")).count(), loud::toString);
        CliRun every = CliRun.of("trust", "list", "--all", "--json");
        assertEquals(79, JsonParser.parse(every.out()) instanceof List<?> l ? l.size() : -1);

        CliRun bad = CliRun.of("trust", "list", "vn-nope");
        assertEquals(2, bad.code(), bad::toString);
        assertTrue(bad.err().contains("vn-nope"), bad::toString);
    }

    private Path signed(SigningKey key, String name) throws Exception {
        Path f = dir.resolve(name);
        // the letter with a text attachment: these tests are about the package signature's trust, and the letter's
        // stand-in "PDF" would be rejected as unreadable by verify's PDF checks
        dev.edxml.model.EdocPackage letter = Fixtures.letter().toBuilder()
                .attachments(java.util.List.of(dev.edxml.model.Attachment.builder()
                        .contentId("cid:1")
                        .name("ghi-chu.txt")
                        .contentType("text/plain")
                        .content("ghi chú".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .build()))
                .build();
        Edxml.write(Signer.builder().key(key).build().sign(letter), f);
        return f;
    }

    @Test
    void profilesCombineWithFilesAndUnknownNamesAreRefused() throws Exception {
        ChainPki ca = ChainPki.root("C=VN,CN=CA dong lenh");
        Path root = TestPki.pem(dir.resolve("root.pem"), ca.cert);
        Path pkg = signed(ca.signer("Nguyễn Văn A", null, null), "a.edxml");

        CliRun profileOnly = CliRun.of("verify", pkg.toString(), "--trust", "vn-gov", "--json");
        assertEquals(1, profileOnly.code(), profileOnly::toString);
        assertTrue(profileOnly.out().contains("EDXML-SIG-014"), profileOnly::toString);

        CliRun both = CliRun.of("verify", pkg.toString(), "--trust", "vn-gov", "--trust", root.toString());
        assertEquals(0, both.code(), both::toString);

        CliRun unknown = CliRun.of("verify", pkg.toString(), "--trust", "vn-govt");
        assertEquals(2, unknown.code(), unknown::toString);
        assertTrue(unknown.err().contains("vn-govt") && unknown.err().contains("vn-public"), unknown::toString);
        CliRun none = CliRun.of("verify", pkg.toString());
        assertEquals(2, none.code(), none::toString);
        // options that need trust anchors are refused without them, never silently dropped
        CliRun orphan = CliRun.of("--lang", "en", "inspect", pkg.toString(), "--crl", root.toString());
        assertEquals(2, orphan.code(), orphan::toString);
        assertTrue(orphan.err().contains("--crl only means something with trust anchors"), orphan::toString);
        CliRun cacheAlone = CliRun.of("verify", pkg.toString(), "--trust", root.toString(), "--cache", "x");
        assertEquals(2, cacheAlone.code(), cacheAlone::toString);
    }

    @Test
    void revocationFromFilesOrRequiredFromTheCommandLine() throws Exception {
        ChainPki ca = ChainPki.root("C=VN,CN=CA thu hoi dong lenh");
        Path root = TestPki.pem(dir.resolve("root.pem"), ca.cert);
        SigningKey revokedKey = ca.signer("Người bị thu hồi", null, null);
        Path revoked = signed(revokedKey, "revoked.edxml");
        Path good = signed(ca.signer("Người còn hiệu lực", null, null), "good.edxml");
        Path crl = Files.write(
                dir.resolve("ca.crl"), ca.crl(revokedKey.chain().get(0)).getEncoded());

        // without revocation data a revoked signer passes, with an INFO saying revocation was not checked
        CliRun blind = CliRun.of("verify", revoked.toString(), "--trust", root.toString(), "--json");
        assertEquals(0, blind.code(), blind::toString);
        assertTrue(blind.out().contains("EDXML-SIG-020"), blind::toString);

        CliRun caught =
                CliRun.of("verify", revoked.toString(), "--trust", root.toString(), "--crl", crl.toString(), "--json");
        assertEquals(1, caught.code(), caught::toString);
        assertTrue(caught.out().contains("EDXML-SIG-017"), caught::toString);
        CliRun inspect = CliRun.of("inspect", revoked.toString(), "--trust", root.toString(), "--crl", crl.toString());
        assertEquals(1, inspect.code(), inspect::toString);
        assertTrue(inspect.err().contains("EDXML-SIG-017"), inspect::toString);

        CliRun ok = CliRun.of(
                "--lang",
                "en",
                "verify",
                good.toString(),
                "--trust",
                root.toString(),
                "--crl",
                crl.toString(),
                "--require-revocation");
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().contains("EDXML-SIG-042") && ok.out().contains("(CRL)"), ok::toString);

        CliRun required =
                CliRun.of("verify", good.toString(), "--trust", root.toString(), "--require-revocation", "--json");
        assertEquals(1, required.code(), required::toString);
        assertTrue(required.out().contains("EDXML-SIG-018"), required::toString);

        CliRun notOcsp =
                CliRun.of("verify", good.toString(), "--trust", root.toString(), "--ocsp-response", crl.toString());
        assertEquals(2, notOcsp.code(), notOcsp::toString);

        CliRun stats =
                CliRun.of("stats", dir.toString(), "--trust", root.toString(), "--crl", crl.toString(), "--json");
        assertEquals(0, stats.code(), stats::toString);
        // the test parser reads integers only: decimals (the shares) become strings
        Map<?, ?> figures = (Map<?, ?>) JsonParser.parse(stats.out().replaceAll(": (-?\\d+\\.\\d+)", ": \"$1\""));
        Map<String, Object> byCode = new java.util.TreeMap<>();
        for (Object o : (List<?>) figures.get("signatureFindings")) {
            Map<?, ?> m = (Map<?, ?>) o;
            byCode.put(m.get("severity") + " " + m.get("code"), m.get("documents"));
            assertTrue(
                    !((String) m.get("meaningVi")).isBlank() && !((String) m.get("meaningEn")).isBlank(), m::toString);
        }
        assertEquals(1, ((Number) byCode.get("error EDXML-SIG-017")).intValue(), byCode::toString);
        assertEquals(1, ((Number) byCode.get("info EDXML-SIG-042")).intValue(), byCode::toString);
        Map<?, ?> total = (Map<?, ?>) figures.get("total");
        assertEquals(1, ((Number) total.get("xmldsigInvalid")).intValue(), total::toString);
        CliRun text = CliRun.of("--lang", "en", "stats", dir.toString(), "--trust", root.toString());
        assertTrue(
                text.out().contains("XML signature findings by code")
                        && text.out().contains("2 × INFO EDXML-SIG-020"),
                text::toString);
    }

    @Test
    void onlineFetchesTheCrlTheCertificateNamesAndCachesIt() throws Exception {
        ChainPki ca = ChainPki.root("C=VN,CN=CA truc tuyen dong lenh");
        Path root = TestPki.pem(dir.resolve("root.pem"), ca.cert);
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        try {
            String url = "http://127.0.0.1:" + http.getAddress().getPort() + "/ca.crl";
            SigningKey revokedKey = ca.signer("Người bị thu hồi", null, url);
            byte[] crl = ca.crl(revokedKey.chain().get(0)).getEncoded();
            http.createContext("/ca.crl", ex -> {
                requests.incrementAndGet();
                ex.sendResponseHeaders(200, crl.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(crl);
                }
            });
            http.start();
            Path revoked = signed(revokedKey, "revoked.edxml");

            CliRun offline = CliRun.of("verify", revoked.toString(), "--trust", root.toString());
            assertEquals(0, offline.code(), offline::toString);
            assertEquals(0, requests.get());

            Path cache = dir.resolve("cache");
            for (int i = 0; i < 2; i++) {
                CliRun online = CliRun.of(
                        "verify",
                        revoked.toString(),
                        "--trust",
                        root.toString(),
                        "--online",
                        "--cache",
                        cache.toString(),
                        "--json");
                assertEquals(1, online.code(), online::toString);
                assertTrue(online.out().contains("EDXML-SIG-017"), online::toString);
                assertTrue(online.err().contains(cache.toString()), online::toString);
            }
            assertEquals(1, requests.get());
        } finally {
            http.stop(0);
        }
    }

    @Test
    void theDefaultCacheFollowsTheUsersCacheFolder() {
        assertEquals(
                Path.of("/x/cache", "edxml", "revocation"),
                TrustOptions.defaultCache(Map.of("XDG_CACHE_HOME", "/x/cache")));
        assertEquals(
                Path.of("C:\\Users\\a\\AppData\\Local", "edxml", "revocation"),
                TrustOptions.defaultCache(Map.of("LOCALAPPDATA", "C:\\Users\\a\\AppData\\Local")));
    }
}
