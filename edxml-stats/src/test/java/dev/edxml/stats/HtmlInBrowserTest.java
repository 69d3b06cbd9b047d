package dev.edxml.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The HTML page in a real browser: headless Chromium prints it to PDF (A4) and takes a screenshot, pdftoppm turns the
 * first page into pixels, and the page must have rendered (not blank) without a script error. The pages, PDFs and PNGs
 * stay in {@code target/report-screenshots/} for people to look at. Skipped without chromium and pdftoppm, or failed
 * with {@code -Dedxml.requireTools=true}.
 */
class HtmlInBrowserTest {
    @Test
    void thePageRendersAndPrints() throws Exception {
        Path chromium = tool("chromium", "chromium-browser", "google-chrome");
        Path pdftoppm = tool("pdftoppm");
        Path out = Path.of("target", "report-screenshots").toAbsolutePath();
        Files.createDirectories(out);
        StatsReport r = SampleReport.make();
        List<String[]> pages = List.of(
                new String[] {"stats-vi-month", render(r, StatsFormat.Options.of(Locale.forLanguageTag("vi")))},
                new String[] {
                    "stats-en-quarter",
                    render(r, StatsFormat.Options.of(Locale.ENGLISH).withBy(TrendPeriod.QUARTER))
                });
        for (String[] p : pages) {
            Path html = out.resolve(p[0] + ".html");
            Files.writeString(html, p[1], StandardCharsets.UTF_8);
            Path png = out.resolve(p[0] + ".png");
            Path pdf = out.resolve(p[0] + ".pdf");
            String log = run(
                    chromium.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--enable-logging=stderr",
                    "--screenshot=" + png,
                    "--window-size=1280,2400",
                    html.toUri().toString());
            assertFalse(log.contains("Uncaught"), log);
            run(
                    chromium.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf,
                    html.toUri().toString());
            assertTrue(Files.size(png) > 20_000, png + " is too small to be a rendered page");
            String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
            assertTrue(pdfText.startsWith("%PDF-"), pdf.toString());
            // A4: 595 x 842 points
            assertTrue(pdfText.contains("/MediaBox [0 0 595") || pdfText.contains("/MediaBox [0 0 594"), "A4 pages");
            run(
                    pdftoppm.toString(),
                    "-png",
                    "-r",
                    "50",
                    pdf.toString(),
                    out.resolve(p[0] + "-page").toString());
            run(
                    pdftoppm.toString(),
                    "-r",
                    "20",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    pdf.toString(),
                    out.resolve(p[0] + "-first").toString());
            Path ppm;
            try (var s = Files.list(out)) {
                ppm = s.filter(f -> f.getFileName().toString().startsWith(p[0] + "-first")
                                && f.toString().endsWith(".ppm"))
                        .findFirst()
                        .orElseThrow();
            }
            double ink = ink(Files.readAllBytes(ppm));
            assertTrue(ink > 0.02, "the first printed page is almost blank: " + ink);
        }
    }

    private static String render(StatsReport r, StatsFormat.Options o) {
        return StatsFormat.HTML.render(r, o);
    }

    /** The share of pixels of a binary PPM (P6, 8 bits) that are not near white. */
    static double ink(byte[] ppm) {
        int[] pos = {0};
        assertEquals("P6", token(ppm, pos));
        int w = Integer.parseInt(token(ppm, pos));
        int h = Integer.parseInt(token(ppm, pos));
        assertEquals("255", token(ppm, pos));
        int start = pos[0] + 1;
        long dark = 0;
        for (int i = 0; i < w * h; i++) {
            int k = start + 3 * i;
            if ((ppm[k] & 0xff) + (ppm[k + 1] & 0xff) + (ppm[k + 2] & 0xff) < 3 * 235) {
                dark++;
            }
        }
        return (double) dark / (w * (long) h);
    }

    private static String token(byte[] b, int[] pos) {
        while (Character.isWhitespace(b[pos[0]])) {
            pos[0]++;
        }
        int s = pos[0];
        while (!Character.isWhitespace(b[pos[0]])) {
            pos[0]++;
        }
        return new String(b, s, pos[0] - s, StandardCharsets.US_ASCII);
    }

    static Path tool(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator, -1)) {
            for (String n : names) {
                Path p = Path.of(dir, n);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        if (Boolean.getBoolean("edxml.requireTools")) {
            fail(names[0] + " is required (edxml.requireTools=true) but not on the PATH");
        }
        Assumptions.abort(names[0] + " is not on the PATH");
        return null;
    }

    /** Runs a tool and returns what it wrote; fails when it does not end within two minutes or exits non-zero. */
    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command)))
                .redirectErrorStream(true)
                .start();
        byte[] text;
        try (InputStream in = p.getInputStream()) {
            text = in.readAllBytes();
        }
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + ": did not end");
        }
        String log = new String(text, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + "\n" + log);
        return log;
    }
}
