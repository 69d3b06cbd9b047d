package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.PayloadType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoBuildsWritesReadsSignsVerifiesValidatesAndInspectsAPackage() throws Exception {
        Path out = dir.resolve("new-folder");
        CliRun run = CliRun.of("demo", "--out", out.toString());
        assertEquals(0, run.code(), run::toString);
        assertEquals("", run.err(), run::toString);
        assertTrue(run.out().contains("[7/7] Xem gói tin như lệnh inspect"), run::toString);
        assertTrue(run.out().contains("[6/7] Kiểm tra gói tin đã ký theo bộ quy tắc axis"), run::toString);
        assertTrue(run.out().contains(": info EDXML-SIG-032 Có chữ ký số XML-DSig"), run::toString);
        assertFalse(run.out().contains(": error "), run::toString);
        assertTrue(
                run.out()
                        .contains("Kết luận: không có lỗi nào theo bộ quy tắc axis, nên Trục sẽ tiếp nhận gói tin "
                                + "này (0 cảnh báo, 1 thông tin)."),
                run::toString);
        assertTrue(run.out().contains("Nội dung đọc lại giống hệt gói tin đã dựng."), run::toString);
        assertTrue(run.out().contains("Đã ký với danh nghĩa Trần Văn Minh"), run::toString);
        assertTrue(run.out().contains("Chữ ký số hợp lệ."), run::toString);
        assertTrue(run.out().contains("bị từ chối (EDXML-SIG-011)"), run::toString);
        assertTrue(run.out().contains("Có chữ ký W3C XML-DSig"), run::toString);
        assertTrue(run.out().contains("Đã ký số tệp 1234-VPCP-KSTT.pdf (PAdES"), run::toString);
        assertTrue(run.out().contains("PDF có chữ ký số"), run::toString);

        // what the demo leaves behind verifies with the command, against the root it wrote
        Path signed = out.resolve("demo-signed.edxml");
        Path root = out.resolve("demo-root.pem");
        assertTrue(run.out().contains("edxml verify " + signed + " --trust " + root), run::toString);
        CliRun verify = CliRun.of("verify", signed.toString(), "--trust", root.toString());
        assertEquals(0, verify.code(), verify::toString);
        assertEquals(
                1,
                CliRun.of("verify", out.resolve("demo.edxml").toString(), "--trust", root.toString())
                        .code(),
                "the unsigned demo package is rejected");

        Path file = out.resolve("demo.edxml");
        EdocPackage pkg = assertInstanceOf(EdocPackage.class, Edxml.read(file));
        assertEquals(
                "000.00.00.G22",
                pkg.header().from().flatMap(o -> o.organId()).orElseThrow().value());
        assertEquals(2, pkg.header().to().size());
        assertEquals(1, pkg.traceHeaders().size());
        assertEquals("0", pkg.business().flatMap(b -> b.type()).orElseThrow().code());
        assertEquals(PayloadType.PDF, pkg.attachments().get(0).payloadType());

        // what the demo leaves behind is clean under the axis profile with the command too
        CliRun validate = CliRun.of("validate", signed.toString(), "--profile", "axis");
        assertEquals(0, validate.code(), validate::toString);
    }

    @Test
    void demoSpeaksEnglish() {
        CliRun run = CliRun.of("demo", "--lang", "en", "--out", dir.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("What was read back equals what was built."), run::toString);
        assertTrue(run.out().contains("Valid signature. Signed by: Trần Văn Minh"), run::toString);
        assertTrue(run.out().contains("rejected (EDXML-SIG-011), as it must be"), run::toString);
        assertTrue(
                run.out().contains("Verdict: no error under the axis profile, so the axis would accept this package"),
                run::toString);
        assertTrue(Files.isRegularFile(dir.resolve("demo.edxml")));
        assertTrue(Files.isRegularFile(dir.resolve("demo-signed.edxml")));
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

    @Test
    void theDemoLetterIsWrittenWithItsVietnameseLetters() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                !DemoPackage.fonts().isEmpty() || !Boolean.getBoolean("edxml.requireTools"),
                "no Times, Liberation or DejaVu font");
        byte[] pdf = DemoPackage.vietnamesePdf(
                DemoPackage.fonts(),
                "CÔNG VĂN số 1234/VPCP-KSTT",
                "Bản demo do edxml tạo ra, không có giá trị pháp lý.");
        Path file = java.nio.file.Files.write(dir.resolve("letter.pdf"), pdf);
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.isExecutable(pdftotext) || Boolean.getBoolean("edxml.requireTools"),
                "pdftotext (poppler-utils) is missing");
        Process p = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", file.toString(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertTrue(text.contains("CÔNG VĂN số 1234/VPCP-KSTT"), text);
        assertTrue(text.contains("không có giá trị pháp lý"), text);
        assertEquals(
                "Ban demo, khong co gia tri phap ly. Do",
                DemoPackage.withoutMarks("Bản demo, không có giá trị pháp lý. Đỗ"));
    }
}
