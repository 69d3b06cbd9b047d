package dev.edxml.sign.pdf;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * External things some tests need: {@code pdfsig} (Debian {@code poppler-utils}) and DejaVuSans (Debian
 * {@code fonts-dejavu-core}). Missing ones skip the test with a message, or fail it when the system property
 * {@code edxml.requireTools} is {@code true}, as CI sets it, so that CI never passes by skipping.
 */
final class RequiredTools {
    static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private RequiredTools() {}

    static Path font() {
        return require(
                Files.isRegularFile(DEJAVU_SANS) ? Optional.of(DEJAVU_SANS) : Optional.empty(),
                "the font " + DEJAVU_SANS + " is missing (Debian package fonts-dejavu-core)");
    }

    static Path pdfsig() {
        Optional<Path> found = Optional.empty();
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator, -1)) {
            Path p = Path.of(dir, "pdfsig");
            if (Files.isExecutable(p)) {
                found = Optional.of(p);
                break;
            }
        }
        return require(found, "pdfsig is not on the PATH (Debian package poppler-utils)");
    }

    private static Path require(Optional<Path> tool, String missing) {
        if (tool.isEmpty()) {
            if ("true".equals(System.getProperty("edxml.requireTools"))) {
                fail(missing + ", and edxml.requireTools=true");
            }
            assumeTrue(false, "skipped: " + missing + " (set -Dedxml.requireTools=true to make this a failure)");
        }
        return tool.get();
    }
}
