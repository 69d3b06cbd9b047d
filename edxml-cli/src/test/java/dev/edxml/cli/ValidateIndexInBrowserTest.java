package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index of a large {@code validate --format html} batch in headless Chromium: its script runs without error and
 * filters the list ({@code index.html#CODE}), and the page renders. Skipped without chromium, failed with
 * {@code -Dedxml.requireTools=true}. The screenshot stays in {@code target/report-screenshots/}.
 */
class ValidateIndexInBrowserTest {
    @TempDir
    Path dir;

    @Test
    void theIndexFiltersInABrowser() throws Exception {
        Path chromium = chromium();
        Path in = Files.createDirectories(dir.resolve("lo"));
        Path clean = SigningFixtures.write(dir.resolve("sach.edxml"), Packages.edoc(null));
        EdocPackage pkg = Packages.edoc(null);
        MessageHeader header = pkg.header().toBuilder().subject("").build();
        Path bad = SigningFixtures.write(
                dir.resolve("loi.edxml"), pkg.toBuilder().header(header).build());
        for (int i = 0; i < 55; i++) {
            Files.copy(i % 20 == 3 ? bad : clean, in.resolve(String.format(java.util.Locale.ROOT, "%03d.edxml", i)));
        }
        Path index = dir.resolve("index.html");
        CliRun run = CliRun.of("validate", in.toString(), "--format", "html", "--output", index.toString());
        assertEquals(1, run.code(), run::toString);
        String dom = run(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--enable-logging=stderr",
                "--dump-dom",
                index.toUri() + "#HDR-015");
        assertFalse(dom.contains("Uncaught"), dom);
        assertTrue(dom.contains("<b id=\"n\">3</b>"), "the filter kept the three packages with EDXML-HDR-015");
        Path shots =
                Files.createDirectories(Path.of("target", "report-screenshots").toAbsolutePath());
        Path png = shots.resolve("validate-index.png");
        run(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--screenshot=" + png,
                "--window-size=1280,1200",
                index.toUri().toString());
        assertTrue(Files.size(png) > 20_000, "a rendered page");
    }

    private static Path chromium() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator, -1)) {
            for (String n : List.of("chromium", "chromium-browser", "google-chrome")) {
                if (Files.isExecutable(Path.of(d, n))) {
                    return Path.of(d, n);
                }
            }
        }
        if (Boolean.getBoolean("edxml.requireTools")) {
            fail("chromium is required (edxml.requireTools=true) but not on the PATH");
        }
        Assumptions.abort("chromium is not on the PATH");
        return null;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out;
        try (InputStream s = p.getInputStream()) {
            out = s.readAllBytes();
        }
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("chromium did not end");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        return text;
    }
}
