package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.testkit.LocalTsa;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sign --tsa} and {@code verify --at}: proof of time from a local time-stamping authority on 127.0.0.1. */
class TimeCliTest {
    @TempDir
    Path dir;

    private SigningFixtures keys;
    private LocalTsa tsa;
    private Path unsigned;
    private final String later = Instant.now().plus(Duration.ofDays(730)).toString();

    @BeforeEach
    void setUp() throws Exception {
        keys = new SigningFixtures(dir);
        tsa = LocalTsa.start(keys.pki.ca);
        unsigned = SigningFixtures.write(dir.resolve("unsigned.edxml"), Packages.edoc(null));
    }

    @AfterEach
    void tearDown() {
        tsa.close();
    }

    private Path sign(String name, String... more) {
        Path out = dir.resolve(name);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "sign",
                unsigned.toString(),
                "--key",
                keys.p12.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--out",
                out.toString()));
        args.addAll(java.util.List.of(more));
        CliRun run = CliRun.of(args.toArray(new String[0]));
        assertEquals(0, run.code(), run::toString);
        return out;
    }

    private static Map<?, ?> json(CliRun run) {
        return (Map<?, ?>) JsonParser.parse(run.out());
    }

    @Test
    void aTimestampedSignatureStaysValidAfterTheCertificateExpires() {
        Path signed = sign("ts.edxml", "--tsa", tsa.uri().toString());
        assertEquals(1, tsa.requests());
        CliRun now = CliRun.of("verify", "--json", signed.toString(), "--trust", keys.root.toString());
        assertEquals(0, now.code(), now::toString);
        assertEquals("valid", json(now).get("verdict"));
        assertNotNull(json(now).get("timestamp"), now::toString);
        CliRun twoYearsOn =
                CliRun.of("verify", "--json", signed.toString(), "--trust", keys.root.toString(), "--at", later);
        assertEquals(0, twoYearsOn.code(), twoYearsOn::toString);
        assertEquals("valid", json(twoYearsOn).get("verdict"));
    }

    @Test
    void withoutATimestampItIsIndeterminate() {
        Path signed = sign("plain.edxml");
        CliRun run = CliRun.of("verify", "--json", signed.toString(), "--trust", keys.root.toString(), "--at", later);
        assertEquals(1, run.code(), run::toString);
        assertEquals("indeterminate", json(run).get("verdict"), run::toString);
        CliRun text =
                CliRun.of("--lang", "en", "verify", signed.toString(), "--trust", keys.root.toString(), "--at", later);
        assertTrue(text.out().contains("INDETERMINATE") && text.out().contains("EDXML-SIG-028"), text::toString);
        CliRun date = CliRun.of("verify", signed.toString(), "--trust", keys.root.toString(), "--at", "2020-01-01");
        assertEquals(1, date.code(), "before the certificate: " + date);
    }

    @Test
    void badTimesAndUnreachableAuthoritiesCannotRun() {
        CliRun bad = CliRun.of(
                "--lang", "en", "verify", unsigned.toString(), "--trust", keys.root.toString(), "--at", "yesterday");
        assertEquals(2, bad.code(), bad::toString);
        assertTrue(bad.err().contains("not a time"), bad::toString);
        Path out = dir.resolve("x.edxml");
        CliRun down = CliRun.of(
                "sign",
                unsigned.toString(),
                "--key",
                keys.p12.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--out",
                out.toString(),
                "--tsa",
                "http://127.0.0.1:9/tsa");
        assertEquals(2, down.code(), down::toString);
        assertTrue(down.err().contains("127.0.0.1:9"), down::toString);
        assertTrue(!java.nio.file.Files.exists(out), "nothing written when the timestamp cannot be had");
        CliRun ftp = CliRun.of(
                "sign",
                unsigned.toString(),
                "--key",
                keys.p12.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--out",
                out.toString(),
                "--tsa",
                "ftp://x/tsa");
        assertEquals(2, ftp.code(), ftp::toString);
    }
}
