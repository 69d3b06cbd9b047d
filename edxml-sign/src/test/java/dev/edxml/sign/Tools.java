package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** External referee tools (xmlsec1, pdfsig): required in CI ({@code -Dedxml.requireTools=true}), skipped elsewhere. */
public final class Tools {
    private Tools() {}

    public static void require(String command) {
        boolean present = List.of(
                        System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                .stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
        if (!present) {
            if (Boolean.getBoolean("edxml.requireTools")) {
                fail(command + " is required (edxml.requireTools=true) but not installed");
            }
            Assumptions.abort(command + " is not installed: interop test skipped (CI installs it)");
        }
    }

    /** Runs a command; returns exit code and combined output. */
    public static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean done = p.waitFor(2, TimeUnit.MINUTES);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
            fail("timed out: " + command + "\n" + out);
        }
        return new Result(p.exitValue(), out);
    }

    public record Result(int exit, String output) {}
}
