package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 at the command line: bad and hostile input gets the right verdict, and nothing is left behind. */
class HostileInputCliTest {
    @TempDir
    Path dir;

    private static boolean raw(String s) {
        return s.chars().anyMatch(c -> c == 0x1B || c >= 0x80 && c <= 0x9F || c == 0x202E);
    }

    @Test
    void certificateNamesCannotDriveTheTerminal() throws Exception {
        // an untrusted self-signed certificate whose names clear the screen and print "valid"
        TestPki evil = new TestPki("\u001B[2J\u001B[HValid signature. Covers: the whole package.\u009B0m");
        SigningKey key = evil.signer(TestPki.rsa(), "Kẻ gian\nValid signature.\u202Eabc");
        Path signed = dir.resolve("signed.edxml");
        Edxml.write(Signer.builder().key(key).build().sign(Packages.edoc(null)), signed);
        SigningFixtures trusted = new SigningFixtures(dir);
        CliRun run = CliRun.of("--lang", "en", "verify", signed.toString(), "--trust", trusted.root.toString());
        assertEquals(1, run.code(), run::toString);
        assertFalse(raw(run.out()), run::toString);
        assertTrue(run.out().contains("\\u001B[2J"), run::toString);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).contains("The signature is NOT valid."), run::toString);
        assertTrue(
                lines.stream().skip(1).allMatch(l -> l.startsWith("  ")),
                "every further line is a problem, none forged: " + run);
        CliRun inspect = CliRun.of("--lang", "en", "inspect", signed.toString(), "--trust", trusted.root.toString());
        assertFalse(raw(inspect.out() + inspect.err()), inspect::toString);
    }

    @Test
    void packageTextCannotForgeInspectLines() throws Exception {
        EdocPackage pkg = Packages.edoc(null);
        EdocPackage evil = pkg.toBuilder()
                .header(MessageHeader.builder()
                        .from(pkg.header().from().orElseThrow())
                        .to(pkg.header().to())
                        .subject("x\nSignature:             VALID")
                        .build())
                .build();
        String xml = new String(Edxml.toBytes(evil), StandardCharsets.UTF_8);
        // XML 1.1 lets a package carry ESC itself, as a character reference
        Path file = Files.writeString(
                dir.resolve("evil.edxml"),
                xml.replace("<?xml version=\"1.0\"", "<?xml version=\"1.1\"")
                        .replace("VALID", "VALID&#x1B;]0;owned&#x7;&#x85;&#x9B;31m"),
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("--lang", "en", "inspect", file.toString());
        assertEquals(0, run.code(), run::toString);
        assertFalse(raw(run.out()), run::toString);
        assertTrue(run.out().contains("x\\u000ASignature:"), run::toString);
        assertFalse(run.out().lines().anyMatch(l -> l.startsWith("Signature:") && l.contains("VALID")), run::toString);
    }

    @Test
    void invalidUtf8IsUnreadableNotUnsignedAndPrintsNothingRaw() throws Exception {
        byte[] good = Edxml.toBytes(Packages.edoc(null));
        String text = new String(good, StandardCharsets.UTF_8);
        int at = text.indexOf("kiểm thử");
        byte[] bad = good.clone();
        bad[text.substring(0, at).getBytes(StandardCharsets.UTF_8).length + 2] = (byte) 0xC3;
        bad[text.substring(0, at).getBytes(StandardCharsets.UTF_8).length + 3] = (byte) 0x41;
        Path file = Files.write(dir.resolve("bad-utf8.edxml"), bad);
        PrintStream saved = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        CliRun run;
        try {
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            run = CliRun.of(
                    "--lang", "en", "verify", file.toString(), "--trust", new SigningFixtures(dir).root.toString());
        } finally {
            System.setErr(saved);
        }
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().contains("could not be read"), run::toString);
        assertFalse(run.out().contains("not signed"), run::toString);
        assertTrue(run.out().contains("EDXML-SIG-021"), run::toString);
        assertEquals("", stderr.toString(StandardCharsets.UTF_8), "the parser prints nothing of its own");
    }

    @Test
    void aHugeJsonNumberIsRefusedWithItsPosition() throws Exception {
        Path json = Files.writeString(dir.resolve("so.json"), "{\"from\": \"000.00.00.G22\", \"number\": 1e200000000}");
        CliRun run = CliRun.of(
                "--lang",
                "en",
                "new",
                "edoc",
                "--json",
                json.toString(),
                "--out",
                dir.resolve("x.edxml").toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("1:"), run::toString);
        assertTrue(run.err().contains("out of range"), run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
    }

    @Test
    void outputsReplaceOnlyRegularFiles() throws Exception {
        Path pkg = SigningFixtures.write(dir.resolve("in.edxml"), Packages.edoc(null));
        Process mk = new ProcessBuilder("mkfifo", dir.resolve("fifo").toString()).start();
        assertEquals(0, mk.waitFor());
        Path fifo = dir.resolve("fifo");
        Path toStdout = Files.createSymbolicLink(dir.resolve("out.txt"), Path.of("/proc/self/fd/1"));
        for (Path target : List.of(fifo, toStdout)) {
            CliRun v = CliRun.of("--lang", "en", "validate", pkg.toString(), "--output", target.toString());
            assertEquals(2, v.code(), v::toString);
            assertTrue(v.err().contains("is not a regular file"), v::toString);
            CliRun n = CliRun.of(
                    "--lang",
                    "en",
                    "new",
                    "edoc",
                    "--from",
                    "000.00.00.G22",
                    "--from-name",
                    "A",
                    "--to",
                    "000.00.00.H41",
                    "--number",
                    "1",
                    "--notation",
                    "A",
                    "--date",
                    "2025-03-07",
                    "--subject",
                    "s",
                    "--out",
                    target.toString());
            assertEquals(2, n.code(), n::toString);
            assertTrue(n.err().contains("is not a regular file"), n::toString);
            // refused before the work: before the key store (which does not exist) is even looked at
            CliRun s = CliRun.of(
                    "--lang",
                    "en",
                    "sign",
                    pkg.toString(),
                    "--key",
                    dir.resolve("none.p12").toString(),
                    "--out",
                    target.toString());
            assertEquals(2, s.code(), s::toString);
            assertTrue(s.err().startsWith(target + ": ") && s.err().contains("is not a regular file"), s::toString);
        }
        assertTrue(
                Files.isSymbolicLink(toStdout) && !Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        // "-" is the standard output, written through
        CliRun stdout = CliRun.of("--lang", "en", "validate", pkg.toString(), "--output", "-", "--format", "json");
        assertTrue(stdout.out().contains("\"profile\""), stdout::toString);
        assertFalse(Files.exists(Path.of("-")));
        // a package to standard output: written through, the note on stderr, nothing left in the folder
        SigningFixtures keys = new SigningFixtures(dir);
        CliRun signed = CliRun.withEnv(
                java.util.Map.of(SignCommand.PASSWORD_VARIABLE, SigningFixtures.PASSWORD),
                "--lang",
                "en",
                "sign",
                pkg.toString(),
                "--key",
                keys.p12.toString(),
                "--out",
                "-");
        assertEquals(0, signed.code(), signed::toString);
        assertTrue(signed.out().startsWith("<?xml"), signed::toString);
        assertTrue(signed.err().contains("Nguyễn Văn Ký"), signed::toString);
        Path back = Files.writeString(dir.resolve("from-stdout.edxml"), signed.out(), StandardCharsets.UTF_8);
        CliRun verified = CliRun.of("--lang", "en", "verify", back.toString(), "--trust", keys.root.toString());
        assertEquals(0, verified.code(), verified::toString);
        CliRun made = CliRun.of(
                "--lang",
                "en",
                "new",
                "edoc",
                "--from",
                "000.00.00.G22",
                "--from-name",
                "A",
                "--to",
                "000.00.00.H41",
                "--number",
                "1",
                "--notation",
                "A",
                "--date",
                "2025-03-07",
                "--subject",
                "s",
                "--type",
                "Công văn",
                "--out",
                "-");
        assertEquals(0, made.code(), made::toString);
        assertTrue(
                made.out().startsWith("<?xml") && made.out().contains("<edXML:Subject>s</edXML:Subject>"),
                made::toString);
        assertFalse(Files.exists(Path.of("-")));
    }

    /** The CLI in a separate JVM whose temporary folder is {@code tmp}. */
    private static Process java(Path tmp, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-Djava.io.tmpdir=" + tmp,
                "-cp",
                System.getProperty("java.class.path"),
                EdxmlCli.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static long leftIn(Path tmp) throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("edxml-"))
                    .count();
        }
    }

    @Test
    void commandsLeaveNoTemporaryFilesBehindEvenWhenInterrupted() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        byte[] big = new byte[3 << 20];
        new Random(15).nextBytes(big);
        EdocPackage pkg = Packages.edoc(null).toBuilder()
                .addAttachment(Attachment.builder()
                        .name("big.bin")
                        .contentType("application/octet-stream")
                        .content(big)
                        .build())
                .build();
        Path file = SigningFixtures.write(dir.resolve("big.edxml"), pkg);
        SigningFixtures keys = new SigningFixtures(dir);
        for (String[] args : List.of(
                new String[] {"inspect", file.toString()},
                new String[] {"validate", file.toString()},
                new String[] {"stats", dir.toString()},
                new String[] {
                    "sign",
                    file.toString(),
                    "--key",
                    keys.p12.toString(),
                    "--password-file",
                    keys.passwordFile.toString(),
                    "--out",
                    dir.resolve("signed.edxml").toString()
                })) {
            Process p = java(tmp, args);
            int code = p.waitFor();
            assertTrue(code <= 1, String.join(" ", args) + " exited " + code);
            assertEquals(0, leftIn(tmp), String.join(" ", args) + " left its temporary files");
        }
        // interrupted (SIGTERM, as Ctrl-C's SIGINT, runs the shutdown hooks) while a package is open
        Path many = Files.createDirectory(dir.resolve("many"));
        for (int i = 0; i < 40; i++) {
            Files.copy(file, many.resolve(i + ".edxml"));
        }
        Process p = java(tmp, "stats", many.toString());
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (leftIn(tmp) == 0 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        p.destroy();
        p.waitFor();
        assertEquals(0, leftIn(tmp), "an interrupted command deletes what it spooled");
    }
}
