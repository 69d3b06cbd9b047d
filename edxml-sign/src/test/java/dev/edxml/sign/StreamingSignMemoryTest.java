package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package with a 64 MB attachment is signed and verified file to file with the heap capped at 128 MB (a forked
 * JVM): the streaming canonicaliser holds neither the package's bytes nor a DOM of it (the old DOM path needed
 * several times the file's size). The benchmarks module does the same with 100 MB and measures the time.
 */
class StreamingSignMemoryTest {
    @Test
    void largeAttachmentIsSignedAndVerifiedInA128MegabyteHeap(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-Xmx128m",
                        "-Dfile.encoding=UTF-8",
                        "-Djava.io.tmpdir=" + dir,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LargeSignMain.class.getName(),
                        dir.toString(),
                        String.valueOf(64L * 1000 * 1000)))
                .redirectErrorStream(true)
                .start();
        boolean finished = p.waitFor(5, TimeUnit.MINUTES);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            p.destroyForcibly();
        }
        assertTrue(finished, "timed out: " + out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("OK size=64000000"), out);
    }
}
