package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} as standard input, {@code --quiet}, {@code --progress} and the progress bar's figures. */
class StdinAndQuietTest {
    @TempDir
    Path dir;

    private static final byte[] TRUNCATED = ("<?xml version=\"1.0\"?>\n"
                    + "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><a>")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void inspectReadsStandardInput() throws Exception {
        byte[] pkg = Edxml.toBytes(Packages.edoc(null));
        CliRun r = CliRun.withStdin(pkg, "inspect", "-");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("(đầu vào chuẩn)"), r::toString);
        assertTrue(r.out().contains("Đơn vị gửi:"), r::toString);
        CliRun bad = CliRun.withStdin(TRUNCATED, "inspect", "-");
        assertEquals(1, bad.code(), bad::toString);
        assertTrue(bad.err().startsWith("(đầu vào chuẩn):2:"), bad::toString);
        CliRun en = CliRun.withStdin(TRUNCATED, "--lang", "en", "inspect", "-");
        assertTrue(en.err().startsWith("<stdin>:2:"), en::toString);
    }

    @Test
    void validateReadsStandardInputAmongFiles() throws Exception {
        Path file = dir.resolve("a.edxml");
        Edxml.write(Packages.edoc(null), file);
        CliRun r = CliRun.withStdin(TRUNCATED, "validate", file.toString(), "-");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("(đầu vào chuẩn):2:59: error EDXML-ENV-001"), r::toString);
        assertTrue(r.out().contains(file + ":"), r::toString);
        assertFalse(r.out().contains("edxml-stdin-"), "the temporary file's name is not shown");
        CliRun twice = CliRun.withStdin(TRUNCATED, "validate", "-", "-");
        assertEquals(2, twice.code(), twice::toString);
    }

    @Test
    void verifyReadsStandardInput() throws Exception {
        SigningFixtures keys = new SigningFixtures(dir);
        Path signed = keys.signed(dir.resolve("signed.edxml"), Packages.edoc(null));
        CliRun r =
                CliRun.withStdin(Files.readAllBytes(signed), "verify", "-", "--trust", keys.root.toString(), "--json");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("\"file\": \"(đầu vào chuẩn)\""), r::toString);
    }

    @Test
    void statsReadsAZipFromStandardInput() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("a.edxml"));
            z.write(Edxml.toBytes(Packages.edoc(null)));
            z.closeEntry();
        }
        CliRun r = CliRun.withStdin(zip.toByteArray(), "stats", "-", "--json");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("000.00.00.G22"), r::toString);
    }

    @Test
    void standardInputIsBounded() {
        var e = assertThrows(
                StdinInput.TooLarge.class,
                () -> StdinInput.spool(new ByteArrayInputStream(new byte[5000]), 4096, Lang.VI, ".edxml"));
        assertEquals(4096, e.max);
    }

    @Test
    void quietKeepsErrorsButNotTheSummary() throws Exception {
        Path file = dir.resolve("a.edxml");
        Edxml.write(Packages.edoc(null), file);
        CliRun loud = CliRun.of("validate", file.toString());
        assertTrue(loud.err().startsWith("Đã kiểm tra 1 tệp"), loud::toString);
        CliRun quiet = CliRun.of("validate", "--quiet", file.toString());
        assertEquals(0, quiet.code(), quiet::toString);
        assertEquals("", quiet.err(), quiet::toString);
        assertEquals(loud.out(), quiet.out());
        CliRun missing =
                CliRun.of("--quiet", "inspect", dir.resolve("none.edxml").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("không tìm thấy tệp"), missing::toString);
    }

    @Test
    void progressIsForcedByProgressAndSilencedByQuiet() throws Exception {
        for (int i = 0; i < 3; i++) {
            Edxml.write(Packages.edoc(null), dir.resolve(i + ".edxml"));
        }
        CliRun none = CliRun.of("validate", dir.toString());
        assertFalse(none.err().contains("\r"), "no bar when stderr is no terminal");
        CliRun bar = CliRun.of("validate", "--progress", dir.toString());
        assertTrue(bar.err().contains("đang kiểm tra 3/3"), bar::toString);
        assertTrue(bar.err().contains("\r"), bar::toString);
        CliRun quiet = CliRun.of("validate", "--progress", "--quiet", dir.toString());
        assertEquals("", quiet.err(), quiet::toString);
    }

    @Test
    void theBarTellsRateAndTimeLeft() {
        assertEquals("", ProgressBar.rateAndEta(0, 100, 5_000_000_000L, Lang.VI));
        assertEquals(" · 10 tệp/giây · còn khoảng 9 giây", ProgressBar.rateAndEta(10, 100, 1_000_000_000L, Lang.VI));
        assertEquals(" · 1 files/s · about 1 min 30 s left", ProgressBar.rateAndEta(10, 100, 10_000_000_000L, Lang.EN));
        assertEquals(" · 0.5 tệp/giây", ProgressBar.rateAndEta(2, 2, 4_000_000_000L, Lang.VI));
    }

    @Test
    void aWrongAliasListsTheKeysInTheStore() throws Exception {
        SigningFixtures keys = new SigningFixtures(dir);
        Path pkg = dir.resolve("p.edxml");
        Edxml.write(Packages.edoc(null), pkg);
        CliRun r = CliRun.of(
                "sign",
                pkg.toString(),
                "--key",
                keys.p12.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--alias",
                "khong-co",
                "--out",
                dir.resolve("o.edxml").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(
                r.err().contains("EDXML-SIG-105")
                        && r.err().contains("dưới tên khong-co; các khóa có trong kho: [signer]"),
                r::toString);
    }
}
