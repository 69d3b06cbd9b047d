package dev.edxml.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library on the module path (JPMS), as a user's own named module uses it: a tiny module ({@code smoke}, in
 * {@code src/test/resources/module-smoke}) that requires only {@code dev.edxml.validate} is compiled against the
 * library's jars and run in a JVM of its own with nothing on the class path. It reads, signs, verifies, validates and
 * receives, and prints messages of every module's bundles in Vietnamese: each module's resources are encapsulated
 * there, which the class-path tests cannot see.
 */
class ModulePathTest {
    /** The jars of the library and of its dependencies, taken from this test's class path by their names. */
    private static final List<String> JARS = List.of(
            "edxml-model-",
            "edxml-sign-",
            "edxml-validate-",
            "bcprov-",
            "bcpkix-",
            "bcutil-",
            "xmlsec-",
            "pdfbox-",
            "pdfbox-io-",
            "fontbox-",
            "commons-logging-",
            "slf4j-api-",
            "commons-codec-",
            "jakarta.activation-api-",
            "jakarta.xml.bind-api-");

    @Test
    void aNamedModuleReadsSignsVerifiesValidatesAndReceives(@TempDir Path dir) throws Exception {
        List<String> path = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.endsWith(".jar") && !p.endsWith("-tests.jar"))
                .filter(p -> JARS.stream()
                        .anyMatch(j -> Path.of(p).getFileName().toString().startsWith(j)))
                .toList();
        for (String module : List.of("edxml-model-", "edxml-sign-", "edxml-validate-")) {
            assertTrue(
                    path.stream()
                            .anyMatch(p -> Path.of(p).getFileName().toString().startsWith(module)),
                    "the library's own jar " + module + " must be on the test class path as a jar: " + path);
        }
        String modulePath = String.join(File.pathSeparator, path);
        Path src = Path.of("src", "test", "resources", "module-smoke").toAbsolutePath();
        Path out = Files.createDirectories(dir.resolve("classes"));
        int compiled = ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        null,
                        null,
                        "-encoding",
                        "UTF-8",
                        "-d",
                        out.toString(),
                        "--module-path",
                        modulePath,
                        src.resolve("module-info.java").toString(),
                        src.resolve("smoke").resolve("Main.java").toString());
        assertEquals(0, compiled, "the module compiles against the public API only");

        Path p12 = dir.resolve("smoke.p12");
        run(
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "smoke",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-dname",
                        "CN=Van thu,O=Van phong Chinh phu,C=VN",
                        "-validity",
                        "30",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        p12.toString(),
                        "-storepass",
                        "mat-khau",
                        "-ext",
                        "KU=digitalSignature,nonRepudiation"),
                dir);
        String text = run(
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dfile.encoding=UTF-8",
                        "--module-path",
                        out + File.pathSeparator + modulePath,
                        "-m",
                        "smoke/smoke.Main",
                        p12.toString(),
                        "mat-khau",
                        dir.toString()),
                dir);
        assertFalse(text.contains("Exception"), text);
        assertTrue(text.contains("verify: Chữ ký số hợp lệ."), text);
        assertTrue(text.contains("THÔNG TIN EDXML-SIG-020 Chưa kiểm tra thu hồi chứng thư"), text);
        assertTrue(text.contains("validate: "), text);
        assertTrue(text.contains("receive: ACCEPT"), text);
        assertTrue(text.contains("error: EDXML-ENV-001"), text);
        assertTrue(text.strip().endsWith("OK"), text);
    }

    private static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("out-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> command.stream().collect(Collectors.joining(" ")) + "\n" + text);
        return text;
    }
}
