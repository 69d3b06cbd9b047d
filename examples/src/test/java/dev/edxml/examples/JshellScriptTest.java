package dev.edxml.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code examples/jshell/edxml.jsh} in the JDK's jshell, as the README tells a newcomer to. Users give it the
 * CLI's uber-jar; the reactor builds this module before the CLI, so the test gives it its own class path, which holds
 * the same modules.
 */
class JshellScriptTest {
    @TempDir
    Path dir;

    @Test
    void theScriptRunsTheWholeCycle() throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        if (!Files.isExecutable(jshell)) {
            if (Boolean.getBoolean("edxml.requireTools")) {
                fail("jshell is required (edxml.requireTools=true) but " + jshell + " is missing: a JRE, not a JDK?");
            }
            Assumptions.abort("no jshell at " + jshell + " (a JRE, not a JDK): script test skipped");
        }
        Path script = Path.of("jshell", "edxml.jsh").toAbsolutePath();
        assertTrue(Files.isRegularFile(script), script + " (the test runs in the examples folder)");
        Path out = dir.resolve("jshell.out");
        // -R: the JVM that runs the snippets; its temporary files go into this test's folder
        Process p = new ProcessBuilder(List.of(
                        jshell.toString(),
                        "-J-Dfile.encoding=UTF-8",
                        "-R-Dfile.encoding=UTF-8",
                        "-R-Djava.io.tmpdir=" + dir,
                        "-R-Duser.timezone=UTC",
                        "--class-path",
                        System.getProperty("java.class.path"),
                        script.toString()))
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        // stdin at its end: once the script is done, jshell reads no more input and exits
        p.getOutputStream().close();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("jshell timed out:\n" + Files.readString(out, StandardCharsets.UTF_8));
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);

        assertFalse(text.contains("Exception") || text.contains("Error:"), text);
        for (String expected : List.of(
                "1. Gói tin: EdocPackage[7816/VPCP-TTĐT 2025/09/30 from 000.00.00.G22 to [000.00.00.H41]",
                "   Số, ký hiệu: 7816/VPCP-TTĐT",
                "đọc lại giống hệt: true",
                "3. Khóa: SigningKey[RSA, C=VN,O=Văn phòng Chính phủ,CN=Văn thư thử nghiệm]",
                "4. Chữ ký hợp lệ, người ký: Văn thư thử nghiệm",
                "5. Kiểm tra theo hồ sơ axis: hợp lệ",
                "6. Gói chưa ký: không hợp lệ",
                "error EDXML-SIG-030 Gói tin chưa được ký số",
                "7. Tiếp nhận: ACCEPT_WITH_WARNINGS",
                "[attachment cong-van.pdf]",
                "8. Sau khi trục thêm vết xử lý: chữ ký vẫn hợp lệ, vết không được ký: [#2 02.29.W00 at 2025/09/30 08:00:01]",
                "Xong. Các tệp ở " + dir)) {
            assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
        }
    }
}
