package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code main} in a separate JVM whose default charset, locale and time zone are hostile, to show that the output
 * does not depend on them and that the exit code reaches the shell.
 */
class MainProcessTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private static Result java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=US-ASCII",
                "-Dsun.stdout.encoding=US-ASCII",
                "-Dsun.stderr.encoding=US-ASCII",
                "-Duser.language=tr",
                "-Duser.country=TR",
                "-Duser.timezone=Pacific/Kiritimati",
                "-cp",
                System.getProperty("java.class.path"),
                EdxmlCli.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        return new Result(
                p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void outputIsUtf8AndIndependentOfTheDefaults() throws Exception {
        Path file = dir.resolve("edoc.edxml");
        Edxml.write(Packages.edoc(null), file);
        Result r = java("--lang", "vi", "inspect", file.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Đơn vị gửi:"), r::toString);
        assertTrue(r.out().contains("07/03/2025 tại Hà Nội"), r::toString);
        Result json = java("inspect", file.toString(), "--json");
        assertTrue(json.out().contains("\"notation\": \"VPCP-TTĐT\""), json::toString);
        assertTrue(json.out().contains("\"promulgationDate\": \"2025-03-07\""), json::toString);
    }

    @Test
    void exitCodesReachTheShell() throws Exception {
        Result missing = java("inspect", dir.resolve("none.edxml").toString());
        assertEquals(2, missing.code(), missing::toString);
        assertTrue(missing.err().contains("không tìm thấy tệp"), missing::toString);
        assertEquals(2, java("--no-such-option").code());
    }

    @Test
    void validateIsUtf8AndItsExitCodesReachTheShell() throws Exception {
        Path clean = dir.resolve("sach.edxml");
        Edxml.write(Packages.edoc(null), clean);
        Result ok = java("validate", clean.toString());
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().contains(": warning EDXML-SIG-030 Gói tin chưa được ký số"), ok::toString);
        assertEquals(
                "Đã kiểm tra 1 tệp theo bộ quy tắc qcvn102: 1 tệp hợp lệ, 0 tệp có lỗi; tổng cộng 0 lỗi, "
                        + "1 cảnh báo, 1 thông tin\n",
                ok.err(),
                "a summary and no progress bar when stderr is a pipe");
        Result rejected = java("validate", clean.toString(), "--profile", "axis");
        assertEquals(1, rejected.code(), rejected::toString);
        Result cannot = java("validate", clean.toString(), "--profile", "tinh");
        assertEquals(2, cannot.code(), cannot::toString);
    }

    @Test
    void verifyIsUtf8AndItsExitCodeReachesTheShell() throws Exception {
        SigningFixtures keys = new SigningFixtures(dir);
        Path signed = keys.signed(dir.resolve("signed.edxml"), Packages.edoc(null));
        Result ok = java("verify", signed.toString(), "--trust", keys.root.toString());
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().contains("Chữ ký số hợp lệ. Người ký: Nguyễn Văn Ký"), ok::toString);
        Path legacy = dir.resolve("legacy.edxml");
        Edxml.write(Packages.edoc(Packages.legacyPlaceholder()), legacy);
        Result rejected = java("verify", legacy.toString(), "--trust", keys.root.toString());
        assertEquals(1, rejected.code(), rejected::toString);
        assertTrue(rejected.out().contains("khối chữ ký giữ chỗ của SDK cũ"), rejected::toString);
        assertEquals("", rejected.err(), rejected::toString);
    }

    @Test
    void versionTyposAndSubcommandHelpThroughMain() throws Exception {
        Result version = java("--version");
        assertEquals(0, version.code(), version::toString);
        assertTrue(
                version.out().startsWith("edxml ") && version.out().contains("(QCVN 102:2016/BTTTT)"),
                version::toString);
        assertEquals(version.out(), java("-V").out());
        Result typo = java("--lang", "en", "veryfy", "x.edxml");
        assertEquals(2, typo.code(), typo::toString);
        assertTrue(typo.err().contains("verify"), "the suggestions come from every command: " + typo);
        Result help = java("--lang", "en", "verify", "--help");
        assertEquals(0, help.code(), help::toString);
        assertTrue(help.out().contains("edxml verify"), help::toString);
    }
}
