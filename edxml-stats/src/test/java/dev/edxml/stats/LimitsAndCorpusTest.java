package dev.edxml.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packages beyond the limits are counted as unreadable with their code; the real corpus is read without a loss. */
class LimitsAndCorpusTest {
    @TempDir
    Path dir;

    @Test
    void aTooLargePackageAndAZipBombAreCountedNotRead() throws Exception {
        Path set = Files.createDirectories(dir.resolve("set"));
        TestFolder.plain(set.resolve("ok.edxml"), TestFolder.edoc(TestFolder.A, "Bộ A", "1"));
        Files.writeString(set.resolve("big.edxml"), "<x>" + " ".repeat(3000) + "</x>");
        StatsReport r = ComplianceStats.builder()
                .maxPackageBytes(2000)
                .threads(1)
                .build()
                .scan(set);
        assertEquals(2, r.total().packages());
        assertEquals(1, r.total().documents());
        assertEquals(
                List.of(ComplianceStats.TOO_LARGE),
                r.unreadablePackages().stream().map(UnreadablePackage::code).toList());

        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("bomb.edxml"));
            out.write(new byte[4 << 20]);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("ok.edxml"));
            out.write(Files.readAllBytes(set.resolve("ok.edxml")));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("note.txt"));
            out.closeEntry();
        }
        StatsReport z = ComplianceStats.builder().build().scan(zip);
        assertEquals(
                List.of(ComplianceStats.ZIP_BOMB),
                z.unreadablePackages().stream().map(UnreadablePackage::code).toList());
        assertEquals(1, z.total().documents());
        assertEquals(1, z.otherFiles());
        assertThrows(
                java.io.IOException.class,
                () -> ComplianceStats.builder().maxEntries(2).build().scan(zip));
    }

    @Test
    void aFileThatIsNotAnArchiveIsReadAsOnePackage() throws Exception {
        Path one = TestFolder.plain(
                dir.resolve("one.edxml"),
                TestFolder.status(
                        TestFolder.R,
                        "R",
                        TestFolder.A,
                        "1",
                        dev.edxml.model.StatusCode.ACCEPTED,
                        null,
                        TestFolder.hours(1)));
        StatsReport r = ComplianceStats.builder().build().scan(one);
        assertEquals(1, r.total().statusPackages());
        assertEquals(1, r.total().statusUnmatched());
    }

    @Test
    void everyCorpusPackageIsCountedOnce() throws Exception {
        String samples = System.getProperty("edxml.samples", "");
        Assumptions.assumeTrue(!samples.isBlank() && Files.isDirectory(Path.of(samples)), "no sample corpus");
        long expected;
        try (Stream<Path> files = Files.walk(Path.of(samples))) {
            expected = files.filter(Files::isRegularFile)
                    .filter(ComplianceStats::isPackageName)
                    .count();
        }
        StatsReport r = ComplianceStats.builder().build().scan(Path.of(samples));
        assertEquals(expected, r.total().packages(), r::toString);
        assertEquals(
                r.total().documents() + r.total().statusPackages() + r.total().unreadable(),
                r.total().packages());
        assertTrue(r.total().legacyPlaceholder() > 0, r::toString);
        assertEquals(0, r.total().xmldsigValid());
    }
}
