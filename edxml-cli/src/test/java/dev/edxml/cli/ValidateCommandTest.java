package dev.edxml.cli;

import static dev.edxml.cli.JsonParser.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.OtherInfo;
import dev.edxml.model.Priority;
import dev.edxml.validate.Profile;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code edxml validate}: 0 when no package has an error, 1 when one has, 2 when the command could not run. */
class ValidateCommandTest {
    private static final String SUBJECT_MISSING = "error EDXML-HDR-015 Thiếu trích yếu nội dung văn bản (Subject)";
    private static final String PRIORITY_9 = "error EDXML-HDR-026 Độ khẩn (Priority) \"9\" không thuộc danh mục 0-4 "
            + "(thường, khẩn, thượng khẩn, hỏa tốc, hỏa tốc hẹn giờ)";

    @TempDir
    Path dir;

    private Path clean;
    private Path bad;
    private Path malformed;

    @BeforeEach
    void setUp() throws Exception {
        clean = SigningFixtures.write(dir.resolve("sach.edxml"), Packages.edoc(null));
        EdocPackage pkg = Packages.edoc(null);
        MessageHeader header = pkg.header().toBuilder()
                .subject("")
                .otherInfo(OtherInfo.builder().priority(Priority.of("9")).build())
                .build();
        bad = SigningFixtures.write(
                dir.resolve("loi.edxml"), pkg.toBuilder().header(header).build());
        // an end tag misspelt, as in a hand-edited file: not well-formed
        malformed = SigningFixtures.tampered(clean, dir.resolve("hong.xml"), "</edXML:Subject>", "</edXML:Subjet>");
    }

    private static CliRun validate(Object... args) {
        List<String> all = new ArrayList<>(List.of("validate"));
        Stream.of(args).map(String::valueOf).forEach(all::add);
        return CliRun.of(all.toArray(new String[0]));
    }

    @Test
    void aCleanPackagePasses() throws Exception {
        CliRun run = validate(clean);
        assertEquals(0, run.code(), run::toString);
        assertFalse(run.out().contains(": error "), run::toString);
        assertTrue(run.out().contains(clean + ":4:24: warning EDXML-SIG-030 "), "warnings are shown: " + run);
        assertEquals(
                "Đã kiểm tra 1 tệp theo bộ quy tắc qcvn102: 1 tệp hợp lệ, 0 tệp có lỗi; tổng cộng 0 lỗi, "
                        + "1 cảnh báo, 1 thông tin\n",
                run.err(),
                run::toString);

        // signed, it is clean under the axis profile too, which requires a real signature
        Path signed = new SigningFixtures(dir).signed(dir.resolve("da-ky.edxml"), Packages.edoc(null));
        CliRun axis = validate(signed, "--profile", "axis");
        assertEquals(0, axis.code(), axis::toString);
        assertFalse(axis.out().contains(": error "), axis::toString);
        assertEquals(1, validate(clean, "--profile", "axis").code(), "unsigned is an error under axis");
    }

    @Test
    void aPackageWithErrorsIsRejectedWithOneLinePerFinding() throws Exception {
        CliRun run = validate(bad);
        assertEquals(1, run.code(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertTrue(
                lines.contains(bad + ":" + after(bad, "<edXML:MessageHeader>") + ": " + SUBJECT_MISSING),
                run::toString);
        assertTrue(lines.contains(bad + ":" + after(bad, "<edXML:Priority>") + ": " + PRIORITY_9), run::toString);
        assertEquals(bad + ":38:27: " + PRIORITY_9, lines.get(2), "the position is just after the start tag");
        lines.forEach(l ->
                assertTrue(l.matches("\\Q" + bad + "\\E:\\d+:\\d+: (error|warning|info) EDXML-[A-Z]{3}-\\d{3} .+"), l));
        assertTrue(run.err().contains("0 tệp hợp lệ, 1 tệp có lỗi; tổng cộng 2 lỗi"), run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void aMalformedFileIsAFinding() throws Exception {
        CliRun run = validate(malformed);
        assertEquals(1, run.code(), run::toString);
        String line = after(malformed, "</edXML:Subjet>").split(":", -1)[0];
        assertTrue(
                run.out()
                        .matches("\\Q" + malformed + ":" + line + "\\E:\\d+: error EDXML-ENV-001 Gói tin không phải "
                                + "XML hợp lệ: .*edXML:Subject.*\n"),
                run::toString);
        assertEquals(1, run.out().lines().count(), run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void aFolderIsWalkedInOrderAndCheckedInParallelWithTheSameResultEveryTime() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("thu-muc"));
        Path sub = Files.createDirectories(folder.resolve("con"));
        List<Path> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path source = i % 3 == 0 ? bad : i % 3 == 1 ? clean : malformed;
            String name = String.format(java.util.Locale.ROOT, "goi-%02d%s", i, i % 3 == 2 ? ".xml" : ".edxml");
            expected.add(Files.copy(source, (i < 6 ? folder : sub).resolve(name)));
        }
        Files.writeString(folder.resolve("ghi-chu.txt"), "not a package");
        expected.sort(java.util.Comparator.comparing(Path::toString));

        CliRun run = validate(folder);
        assertEquals(1, run.code(), run::toString);
        StringBuilder oneByOne = new StringBuilder();
        for (Path f : expected) {
            oneByOne.append(validate(f).out());
        }
        assertEquals(oneByOne.toString(), run.out(), "the folder's lines are the files' lines, in path order");
        assertFalse(run.out().contains("ghi-chu.txt"), run::toString);
        assertTrue(
                run.err().startsWith("Đã kiểm tra 12 tệp theo bộ quy tắc qcvn102: 4 tệp hợp lệ, 8 tệp có lỗi;"),
                run::toString);
        for (int i = 0; i < 3; i++) {
            assertEquals(run.out(), validate(folder).out(), "parallel runs give the same output");
        }
        // a folder of clean packages passes
        Path good = Files.createDirectories(dir.resolve("tot"));
        Files.copy(clean, good.resolve("a.edxml"));
        Files.copy(clean, good.resolve("b.edxml"));
        assertEquals(0, validate(good).code());
    }

    @Test
    void jsonHasTheKeys() {
        CliRun run = validate(bad, clean, "--format", "json", "--profile", "axis");
        assertEquals(1, run.code(), run::toString);
        List<?> reports = assertInstanceOf(List.class, JsonParser.parse(run.out()));
        assertEquals(2, reports.size());
        Object first = reports.get(0);
        assertEquals(bad.toString(), at(first, "source"));
        assertEquals("axis", at(first, "profile"));
        assertEquals("edoc", at(first, "kind"));
        assertEquals(false, at(first, "valid"));
        assertTrue(((String) at(first, "summary")).contains("7816/VPCP-TTĐT"), run::toString);
        List<?> findings = assertInstanceOf(List.class, at(first, "findings"));
        Map<?, ?> priority = findings.stream()
                .map(Map.class::cast)
                .filter(f -> "EDXML-HDR-026".equals(f.get("code")))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("code", "severity", "line", "column", "path", "clause", "message"),
                List.copyOf(priority.keySet()));
        assertEquals("error", priority.get("severity"));
        assertEquals(38L, priority.get("line"));
        assertEquals(27L, priority.get("column"));
        assertTrue(((String) priority.get("path")).endsWith("/OtherInfo/Priority"), priority::toString);
        assertTrue(((String) priority.get("message")).startsWith("Độ khẩn (Priority) \"9\""), priority::toString);
        assertEquals(clean.toString(), at(reports.get(1), "source"));
        assertEquals(false, at(reports.get(1), "valid"), "unsigned is an error under axis");
    }

    @Test
    void junitHasATestCasePerFile() throws Exception {
        CliRun run = validate(bad, clean, malformed, "--format", "junit");
        assertEquals(1, run.code(), run::toString);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc =
                f.newDocumentBuilder().parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals("testsuites", doc.getDocumentElement().getTagName());
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength(), run::toString);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        assertEquals(List.of(bad.toString(), clean.toString(), malformed.toString()), names);
        assertEquals(
                2, ((Element) cases.item(0)).getElementsByTagName("failure").getLength(), "two errors");
        assertEquals(
                0, ((Element) cases.item(1)).getElementsByTagName("failure").getLength());
        assertEquals(
                "EDXML-ENV-001",
                ((Element) ((Element) cases.item(2))
                                .getElementsByTagName("failure")
                                .item(0))
                        .getAttribute("type"));
    }

    @Test
    void htmlIsAVietnamesePageWithTheSummary() {
        CliRun run = validate(bad, clean, "--format", "html");
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().startsWith("<!DOCTYPE html>"), run::toString);
        assertTrue(run.out().contains("<html lang=\"vi\">"), run::toString);
        assertTrue(run.out().contains("Kết quả kiểm tra gói tin edXML"), run::toString);
        assertTrue(run.out().contains("2 gói tin: 1 hợp lệ, 1 không hợp lệ"), run::toString);
        assertTrue(run.out().contains("Thiếu trích yếu nội dung văn bản (Subject)"), run::toString);
        CliRun en = validate(bad, "--format", "html", "--lang", "en");
        assertTrue(en.out().contains("Packages: 1; valid: 0, not valid: 1"), en::toString);
        assertTrue(en.out().contains("errors: 2, warnings: 1, notes: 1"), "no \"1 errors\": " + en);
        // the Basis column cites the regulation and decrees, never the project's notes or bracketed tags
        for (CliRun page : List.of(run, en)) {
            assertFalse(
                    page.out().contains("spec §")
                            || page.out().contains("[official SDK]")
                            || page.out().contains("[Bkav checker]"),
                    page::toString);
        }
    }

    @Test
    void aLargeHtmlBatchIsAnIndexAndAPagePerPackage() throws Exception {
        Path in = Files.createDirectories(dir.resolve("lo"));
        for (int i = 0; i < 60; i++) {
            Files.copy(i % 20 == 7 ? bad : clean, in.resolve(String.format(java.util.Locale.ROOT, "%03d.edxml", i)));
        }
        Path report = dir.resolve("bao-cao.html");
        Files.createDirectories(dir.resolve("bao-cao-files"));
        Files.writeString(dir.resolve("bao-cao-files/cu.html"), "an older run");
        CliRun run = validate(in, "--format", "html", "--output", report);
        assertEquals(1, run.code(), run::toString);
        String index = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(index.contains("<h1>Kiểm tra gói tin edXML: mục lục</h1>"), index);
        assertTrue(index.contains("<div><b>60</b><span>Gói tin đã kiểm tra</span></div>"), index);
        assertTrue(index.contains("<div><b>3</b><span>Có lỗi</span></div>"), index);
        assertTrue(index.contains("<input type=\"search\" id=\"q\"") && index.contains("<script>"), index);
        assertFalse(index.contains("http://") || index.contains("https://") || index.contains(" src="), index);
        // errors first: the three bad packages are the first three rows
        List<String> rows =
                index.lines().filter(l -> l.startsWith("<tr class=")).toList();
        assertEquals(60, rows.size());
        assertTrue(rows.subList(0, 3).stream().allMatch(r -> r.startsWith("<tr class=\"bad\">")), rows::toString);
        assertTrue(
                rows.get(0).contains("<a href=\"bao-cao-files/00008.html\">" + in.resolve("007.edxml") + "</a>"),
                rows.get(0));
        try (Stream<Path> pages = Files.list(dir.resolve("bao-cao-files"))) {
            assertEquals(60, pages.count(), "one page per package; the older folder is replaced");
        }
        String page = Files.readString(dir.resolve("bao-cao-files/00008.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("Thiếu trích yếu nội dung văn bản (Subject)"), page);
        assertTrue(page.contains("<body>\n<p class=\"back\"><a href=\"../bao-cao.html\">← về mục lục</a></p>"), page);
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary folder left");
        }
        // the index stays small: a few hundred bytes a package
        assertTrue(
                Files.size(report) < 20_000 + 400L * 60,
                () -> "index of " + report.toFile().length() + " bytes");
    }

    @Test
    void outputWritesTheReportToAFileAndNothingToStdout() throws Exception {
        Path report = dir.resolve("bao-cao.json");
        CliRun run = validate(bad, clean, "--format", "json", "--output", report);
        assertEquals(1, run.code(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertTrue(run.err().startsWith("Đã kiểm tra 2 tệp"), run::toString);
        assertEquals(validate(bad, clean, "--format", "json").out(), Files.readString(report, StandardCharsets.UTF_8));
        // over an existing file, and leaving no temporary file behind
        assertEquals(0, validate(clean, "--output", report).code());
        assertEquals(validate(clean).out(), Files.readString(report, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of(),
                    files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                            .toList());
        }
    }

    @Test
    void anUnwritableOutputCannotRun() throws Exception {
        CliRun noFolder = validate(clean, "--output", dir.resolve("khong-co").resolve("bao-cao.txt"));
        assertEquals(2, noFolder.code(), noFolder::toString);
        assertEquals("", noFolder.out(), noFolder::toString);
        assertTrue(
                noFolder.err().contains("thư mục " + dir.resolve("khong-co") + " không tồn tại"), noFolder::toString);
        assertFalse(Files.exists(dir.resolve("khong-co")));
        CliRun folder = validate(clean, "--output", dir);
        assertEquals(2, folder.code(), folder::toString);
        assertTrue(folder.err().contains("đây là thư mục"), folder::toString);
        assertNoStackTrace(noFolder);
    }

    @Test
    void anUnknownProfileOrFormatCannotRun() {
        CliRun profile = validate(clean, "--profile", "tinh");
        assertEquals(2, profile.code(), profile::toString);
        assertEquals("", profile.out(), profile::toString);
        for (Profile p : Profile.builtIn()) {
            assertTrue(
                    profile.err().contains(p.name() + " (" + p.description(new java.util.Locale("vi")) + ")"),
                    profile::toString);
        }
        assertTrue(profile.err().contains("không có bộ quy tắc \"tinh\""), profile::toString);
        CliRun en = validate(clean, "--profile", "tinh", "--lang", "en");
        assertTrue(
                en.err()
                        .contains("there is no profile \"tinh\"; the profiles are: qcvn102 (QCVN 102:2016 as "
                                + "written), axis ("),
                en::toString);

        CliRun format = validate(clean, "--format", "pdf");
        assertEquals(2, format.code(), format::toString);
        assertTrue(format.err().contains("text, json, junit, html"), format::toString);
        assertEquals(
                0, validate(clean, "--profile", "Lenient", "--format", "JSON").code(), "names are case-insensitive");
        assertNoStackTrace(profile);
        assertNoStackTrace(format);
    }

    @Test
    void aMissingPathCannotRun() {
        CliRun run = validate(clean, dir.resolve("khong-co.edxml"));
        assertEquals(2, run.code(), run::toString);
        assertEquals("", run.out(), "nothing is validated when an input is missing: " + run);
        assertEquals(dir.resolve("khong-co.edxml") + ": không tìm thấy tệp hoặc thư mục\n", run.err(), run::toString);
        CliRun noArgs = validate();
        assertEquals(2, noArgs.code(), noArgs::toString);
    }

    @Test
    void aFolderWithoutPackagesCannotRun() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("rong"));
        CliRun run = validate(empty);
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("thư mục không có tệp .edxml hoặc .xml nào"), run::toString);
        CliRun withOther = validate(empty, clean);
        assertEquals(0, withOther.code(), "an empty folder beside a package is only mentioned: " + withOther);
        assertTrue(withOther.err().contains(empty + ": thư mục không có tệp"), withOther::toString);
    }

    @Test
    void englishMessages() {
        CliRun run = validate(bad, "--lang", "en");
        assertEquals(1, run.code(), run::toString);
        assertTrue(
                run.out().contains(": error EDXML-HDR-015 The subject (Subject) is missing or empty\n"), run::toString);
        assertTrue(
                run.out().contains(": error EDXML-HDR-026 Priority \"9\" is not in the code list 0-4"), run::toString);
        assertEquals(
                "Files checked under the qcvn102 profile: 1; valid: 0, with errors: 1. Findings: errors: 2, "
                        + "warnings: 1, notes: 1\n",
                run.err(),
                run::toString);
        CliRun before = CliRun.of("--lang", "en", "validate", bad.toString());
        assertEquals(run.out(), before.out(), "--lang works before the command too");
    }

    @Test
    void theProgressBarIsOverwrittenInPlaceAndCleared() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), Lang.VI);
        bar.progress(1, 4);
        bar.progress(4, 4);
        bar.clear();
        String s = text.toString();
        assertTrue(s.startsWith("\r[#######-----------------------] đang kiểm tra 1/4"), s);
        assertTrue(s.contains("\r[##############################] đang kiểm tra 4/4"), s);
        assertTrue(s.endsWith("\r"), "the line is blanked and the cursor back at its start");
        assertFalse(s.contains("\n"), "never a new line: the bar stays on one line");
        assertFalse(ProgressBar.stderrIsTerminal(Map.of("TERM", "dumb")));
    }

    /** {@code line:col} just after the first {@code tag} in the file: where the validator places an element. */
    private static String after(Path file, String tag) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(tag);
            if (at >= 0) {
                return (i + 1) + ":" + (at + tag.length() + 1);
            }
        }
        throw new AssertionError(tag + " is not in " + file);
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run::toString);
    }
}
