package dev.edxml.axis;

import static dev.edxml.axis.Letters.H41;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.AttachmentContent;
import dev.edxml.model.EdocPackage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 64 MB package goes up to the local axis and comes back down (base64 inside JSON) in a JVM whose heap is 48 MB,
 * client and server together: neither side holds the package, or the attachment, in memory.
 */
class StreamingMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void aPackageLargerThanTheHeapIsExchanged() throws Exception {
        Path pdf = tmp.resolve("lon.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            out.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
            byte[] block = Letters.pdf(1 << 20);
            for (int i = 0; i < 48; i++) {
                out.write(block);
            }
        }
        EdocPackage letter = Letters.letter("8001", new byte[] {1}, H41);
        EdocPackage large = letter.toBuilder()
                .attachments(List.of(Attachment.builder()
                        .name("lon.pdf")
                        .contentType("application/pdf")
                        .content(AttachmentContent.ofFile(pdf))
                        .build()))
                .build();
        Path pkg = tmp.resolve("large.edxml");
        Edxml.write(large, pkg);
        long size = Files.size(pkg);
        assertTrue(size > 60L << 20, "package of " + size + " bytes");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-Xmx48m",
                        "-Dfile.encoding=UTF-8",
                        "-Djava.io.tmpdir=" + tmp,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LargeExchangeMain.class.getName(),
                        pkg.toString(),
                        tmp.toString()))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("RECEIVED "), out);
        Path got = tmp.resolve("got.edxml");
        // the same bytes but for the hop inserted in the header
        long at = Files.mismatch(pkg, got);
        long hop = Files.size(got) - size;
        assertTrue(at > 0 && at < 20_000 && hop > 0 && hop < 500, at + " " + hop);
        try (var a = new java.io.BufferedInputStream(Files.newInputStream(pkg));
                var b = new java.io.BufferedInputStream(Files.newInputStream(got))) {
            a.skipNBytes(at);
            b.skipNBytes(at + hop);
            byte[] x = new byte[1 << 16];
            byte[] y = new byte[1 << 16];
            int n;
            while ((n = a.readNBytes(x, 0, x.length)) > 0) {
                assertEquals(n, b.readNBytes(y, 0, n));
                assertTrue(Arrays.equals(x, 0, n, y, 0, n), "differs after the hop");
            }
            assertEquals(-1, b.read());
        }
    }
}
