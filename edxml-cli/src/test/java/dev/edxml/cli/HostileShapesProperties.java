package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 15: hostile shapes (depth, sizes, counts, control characters, broken encodings) added to a validly signed
 * package, and every command (inspect, validate, verify, stats) run on them in one forked JVM with {@code -Xmx128m}:
 * each ends with a verdict (exit 0 or 1), within a time bound, with no Error, stack trace, parser noise or raw
 * control character. A try batches many shapes, so the property costs a few forks, not one per case.
 */
class HostileShapesProperties {
    /** Generous per command, far below what the quadratic paths took (80 MB of ds:Object: 87 s). */
    private static final long MAX_MILLIS = 15_000;

    private static Path dir;
    private static String signed;
    private static Path trust;

    @BeforeContainer
    static void base() throws Exception {
        dir = Files.createTempDirectory("edxml-hostile-");
        SigningFixtures keys = new SigningFixtures(dir);
        signed = new String(
                Edxml.toBytes(
                        dev.edxml.sign.Signer.builder().key(keys.key).build().sign(Packages.edoc(null))),
                StandardCharsets.UTF_8);
        trust = keys.root;
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One hostile change to the signed package; {@code size} scales it. */
    enum Kind {
        DEPTH,
        ATTRIBUTE,
        COMMENT,
        SIGNATURE_TEXT,
        HEADER_TEXT,
        ATTACHMENTS,
        CONTROLS,
        BAD_UTF8
    }

    record Shape(Kind kind, int size, long seed) {
        byte[] apply(String pkg) {
            Random random = new Random(seed);
            String body = "</edXML:edXMLBody>";
            String s =
                    switch (kind) {
                        case DEPTH -> pkg.replace(
                                body, "<x xmlns=\"urn:x\">".repeat(size) + "</x>".repeat(size) + body);
                        case ATTRIBUTE -> pkg.replace(
                                body, "<x xmlns=\"urn:x\" a=\"" + "v".repeat(size) + "\"/>" + body);
                        case COMMENT -> pkg.replace(body, "<!--" + "c".repeat(size) + "-->" + body);
                        case SIGNATURE_TEXT -> signatureObject(pkg, "A".repeat(size));
                        case HEADER_TEXT -> pkg.replace("V/v", "V/v " + "n".repeat(size));
                        case ATTACHMENTS -> attachments(pkg, size);
                        case CONTROLS -> pkg.replace("V/v", controls(random, size));
                        case BAD_UTF8 -> pkg;
                    };
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (kind == Kind.BAD_UTF8) {
                int at = s.indexOf("kiểm thử");
                b[s.substring(0, at).getBytes(StandardCharsets.UTF_8).length + 3] = (byte) (0x41 + random.nextInt(20));
            }
            return b;
        }
    }

    private static String signatureObject(String pkg, String text) {
        int end = pkg.indexOf("</Signature>");
        return pkg.substring(0, end) + "<Object xmlns=\"http://www.w3.org/2000/09/xmldsig#\">" + text + "</Object>"
                + pkg.substring(end);
    }

    private static String attachments(String pkg, int n) {
        StringBuilder refs = new StringBuilder();
        StringBuilder atts = new StringBuilder();
        for (int i = 0; i < n; i++) {
            refs.append("<edXML:Reference><edXML:ContentId>t")
                    .append(i)
                    .append("</edXML:ContentId><edXML:AttachmentName>t")
                    .append(i)
                    .append(".txt</edXML:AttachmentName><edXML:ContentType>text/plain</edXML:ContentType>"
                            + "</edXML:Reference>");
            // AttachmentEncoded's children are written unprefixed, in the default (edXML) namespace
            atts.append("<Attachment><ContentId>t")
                    .append(i)
                    .append("</ContentId><AttachmentName>t")
                    .append(i)
                    .append(".txt</AttachmentName><ContentType>text/plain</ContentType>"
                            + "<ContentTransferEncoded>eA==</ContentTransferEncoded></Attachment>");
        }
        String out = pkg.replace("</edXML:edXMLManifest>", refs + "</edXML:edXMLManifest>")
                .replace("</AttachmentEncoded>", atts + "</AttachmentEncoded>");
        if (out.length() < pkg.length() + 200L * n) {
            throw new AssertionError("the attachments were not added: the writer's layout changed");
        }
        return out;
    }

    /** Escape sequences, C1 controls, bidirectional overrides and line breaks that would forge a line. */
    private static String controls(Random random, int n) {
        String[] parts = {
            "\u001B[2J",
            "\u001B]0;x\u0007",
            "\u009B31m",
            "\u0085",
            "\u202E",
            "\u2066",
            "\u2028",
            "\nSignature:             VALID\n",
            "\r",
            "\t",
            "&#x1B;",
            "\u200F"
        };
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String p = parts[random.nextInt(parts.length)];
            // XML 1.0 cannot carry ESC or BEL: those reach the package as text only through a character reference,
            // which 1.0 refuses too (the reader's verdict is then "not well-formed")
            b.append(p.replace("\u001B", "&#x1B;").replace("\u0007", "&#x7;"));
        }
        return b.append("V/v").toString();
    }

    @Provide
    Arbitrary<Shape> shapes() {
        Arbitrary<Kind> kinds = Arbitraries.of(Kind.class);
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 1000), Arbitraries.longs())
                .as((k, r, seed) -> new Shape(k, scale(k, r), seed));
    }

    /** Sizes from harmless to past each limit (depth 64, markup 64 KiB, text 8 Mi), kept small enough to be quick. */
    private static int scale(Kind k, int r) {
        return switch (k) {
            case DEPTH -> r < 500 ? 1 + r / 10 : 100 * r; // 1..50, or 50,000..100,000
            case ATTRIBUTE, COMMENT -> r < 500 ? 100 * r : 8_000 * r; // up to 50 KB, or 4..8 MB
            case SIGNATURE_TEXT, HEADER_TEXT -> 12_000 * r; // up to 12 M characters
            case ATTACHMENTS -> 8 * r; // up to 8,000 (7 MB)
            case CONTROLS -> 1 + r / 20;
            case BAD_UTF8 -> 1;
        };
    }

    @Property(tries = 2, shrinking = ShrinkingMode.OFF)
    void everyCommandEndsWithAVerdictWithinBoundsAt128m(
            @ForAll @Size(min = 8, max = 8) List<@From("shapes") Shape> shapes) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-XX:+UseSerialGC",
                "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                "-Dslf4j.internal.verbosity=WARN",
                "-cp",
                System.getProperty("java.class.path"),
                HostileShapesMain.class.getName(),
                trust.toString()));
        List<Shape> used = new ArrayList<>(shapes);
        used.add(new Shape(Kind.CONTROLS, 12, 15)); // every try has terminal injection and a broken encoding
        used.add(new Shape(Kind.BAD_UTF8, 1, 15));
        for (int i = 0; i < used.size(); i++) {
            Path f = dir.resolve(
                    "shape-" + System.nanoTime() + "-" + i + "-" + used.get(i).kind() + ".edxml");
            Files.write(f, used.get(i).apply(signed));
            cmd.add(f.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), () -> used + "\n" + out);
        List<String> lines = out.lines().toList();
        assertEquals(used.size() * 4 + 1, lines.size(), () -> used + "\n" + out);
        for (String line : lines.subList(0, lines.size() - 1)) {
            String[] f = line.split("\t", -1);
            String why = used + "\n" + line;
            assertEquals("ok", f[4], why);
            assertTrue(f[2].equals("0") || f[2].equals("1"), "a verdict, not 'could not run': " + why);
            assertTrue(Long.parseLong(f[3]) < MAX_MILLIS, "time bound: " + why);
        }
        assertTrue(lines.get(lines.size() - 1).startsWith("peakHeapBytes"), out);
        String slowest = lines.subList(0, lines.size() - 1).stream()
                .max(Comparator.comparingLong(l -> Long.parseLong(l.split("\t", -1)[3])))
                .orElse("");
        System.out.println("hostile shapes at -Xmx128m: " + lines.get(lines.size() - 1) + "; slowest: " + slowest);
    }
}
