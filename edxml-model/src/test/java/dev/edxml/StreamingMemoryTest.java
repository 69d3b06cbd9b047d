package dev.edxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package with a 200 MB attachment is written and read with the heap capped at 96 MB (a forked JVM), so no part of
 * the path holds an attachment in memory.
 */
class StreamingMemoryTest {
    @Test
    void twoHundredMegabyteAttachmentStreamsThroughA96MegabyteHeap(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-Xmx96m",
                        "-Dfile.encoding=UTF-8",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LargePackageMain.class.getName(),
                        dir.toString(),
                        String.valueOf(200L * 1000 * 1000)))
                .redirectErrorStream(true)
                .start();
        boolean finished = p.waitFor(5, TimeUnit.MINUTES);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            p.destroyForcibly();
        }
        assertTrue(finished, "timed out: " + out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("OK size=200000000"), out);
    }
}
