package dev.edxml.cli;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.PayloadType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoBuildsWritesReadsAndInspectsAPackage() throws IOException {
        Path out = dir.resolve("new-folder");
        CliRun run = CliRun.of("demo", "--out", out.toString());
        assertEquals(0, run.code(), run::toString);
        assertEquals("", run.err(), run::toString);
        assertTrue(run.out().contains("[4/4]"), run::toString);
        assertTrue(run.out().contains("Nội dung đọc lại giống hệt gói tin đã dựng."), run::toString);
        assertTrue(run.out().contains("PDF không có chữ ký số"), run::toString);

        Path file = out.resolve("demo.edxml");
        EdocPackage pkg = assertInstanceOf(EdocPackage.class, Edxml.read(file));
        assertEquals("000.00.00.G22", pkg.header().from().flatMap(o -> o.organId()).orElseThrow().value());
        assertEquals(2, pkg.header().to().size());
        assertEquals(1, pkg.trace().orElseThrow().traceHeaders().size());
        assertEquals("0", pkg.business().flatMap(b -> b.type()).orElseThrow().code());
        assertEquals(PayloadType.PDF, pkg.attachments().get(0).payloadType());
    }

    @Test
    void demoSpeaksEnglish() {
        CliRun run = CliRun.of("demo", "--lang", "en", "--out", dir.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("What was read back equals what was built."), run::toString);
        assertTrue(Files.isRegularFile(dir.resolve("demo.edxml")));
    }

    @Test
    void theDemoPdfHasAConsistentCrossReferenceTable() {
        String pdf = new String(DemoPackage.pdf("Hello (world)"), java.nio.charset.StandardCharsets.US_ASCII);
        int startxref = Integer.parseInt(pdf.substring(pdf.indexOf("startxref\n") + 10, pdf.indexOf("\n%%EOF")));
        assertTrue(pdf.startsWith("xref\n", startxref), "startxref points at the xref table");
        String entry = pdf.substring(startxref).lines().skip(3).findFirst().orElseThrow();
        int offset = Integer.parseInt(entry.substring(0, 10));
        assertTrue(pdf.startsWith("1 0 obj", offset), "the first entry points at object 1");
        assertTrue(pdf.contains("(Hello \\(world\\)) Tj"));
    }
}
