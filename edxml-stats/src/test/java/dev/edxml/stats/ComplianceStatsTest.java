package dev.edxml.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.sign.TrustPolicy;
import dev.edxml.testkit.TestCa;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures over the generated folder ({@link TestFolder}) against a hand count. The count, per agency, in the
 * order of {@link Columns#COUNTS}: packages, documents, xmldsigValid, xmldsigUntrusted, xmldsigInvalid,
 * legacyPlaceholder, unsigned, unreadable, formatErrors, attachments, pdfAttachments, pdfValid, pdfUntrusted,
 * pdfInvalid, pdfUnsigned, pdfScanned, pdfUnreadable, documentsWithPdf, documentsAllPdfValid, statusPackages,
 * acknowledged, finished, rejected, statusUnmatched, xmldsigNotBySender (the folder's signers' certificates name no
 * organisation: no evidence either way, so 0 everywhere; {@link #signedButNotByTheSenderIsCounted} counts one),
 * xmldsigIndeterminate (0 now; {@link #anExpiredCertificateIsIndeterminateNotInvalid} counts them two years on).
 */
class ComplianceStatsTest {
    /** A: a1, a2 valid; a5 untrusted; a6 altered; a3 legacy; a4 unsigned. PDFs a1 valid, a5 untrusted, a2 scanned, a3 blank. */
    static final int[] A = {6, 6, 2, 1, 1, 1, 1, 0, 0, 6, 4, 1, 1, 0, 2, 1, 0, 4, 1, 0, 0, 0, 0, 0, 0, 0};
    /**
     * B: b1 valid (one signed PDF, one scanned), b2 unsigned with a "PDF" that is not one (a format error: its bytes
     * contradict its declared type, EDXML-ATT-031), b3 legacy.
     */
    static final int[] B = {3, 3, 1, 0, 0, 1, 1, 0, 1, 3, 3, 1, 0, 0, 1, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0};
    /** S (H14): 03 a1, 02 b1, 02 b2, 99 (format error), 03 about a document not in the folder (unmatched). */
    static final int[] S = {5, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 2, 0, 2, 1, 0, 0};
    /** R (H41): 03 a1, 06 a1, 03 a2, 02 a3. */
    static final int[] R = {4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 2, 1, 1, 0, 0, 0};
    /** The sum, plus the three unreadable packages (garbage, cut, DTD), which are format errors too. */
    static final int[] TOTAL = {21, 9, 3, 1, 1, 2, 2, 3, 5, 9, 7, 2, 1, 0, 3, 2, 1, 6, 1, 9, 4, 1, 3, 1, 0, 0};

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    static TestFolder folder;
    static StatsReport report;

    @BeforeAll
    static void make() throws Exception {
        folder = new TestFolder();
        folder.write(dir.resolve("set"));
        report = stats(folder.trust(), 2).scan(dir.resolve("set"));
    }

    static ComplianceStats stats(TrustPolicy trust, int threads) {
        return ComplianceStats.builder()
                .trust(trust)
                .threads(threads)
                .clock(CLOCK)
                .build();
    }

    static int[] counts(Figures f) {
        return Columns.COUNTS.stream().mapToInt(c -> c.value().applyAsInt(f)).toArray();
    }

    @Test
    void figuresMatchTheHandCount() {
        assertArrayEquals(TOTAL, counts(report.total()), report::toString);
        assertEquals(
                List.of(TestFolder.A, TestFolder.B, TestFolder.S, TestFolder.R),
                report.agencies().stream().map(a -> a.organId().orElseThrow()).toList());
        assertArrayEquals(A, counts(report.agencies().get(0)));
        assertArrayEquals(B, counts(report.agencies().get(1)));
        assertArrayEquals(S, counts(report.agencies().get(2)));
        assertArrayEquals(R, counts(report.agencies().get(3)));
        assertEquals(Optional.of("Bộ A"), report.agencies().get(0).name());
        assertEquals(Optional.of(TestFolder.B_NAME), report.agencies().get(1).name());
        assertEquals(1, report.otherFiles());
    }

    @Test
    void responseTimesAndReasons() {
        Figures r = report.agencies().get(3);
        // R answered a1 with 03 after 2 h and 06 after 26 h, a2 with 03 after 4 h
        assertEquals(
                new TimeSummary(
                        2,
                        Optional.of(Duration.ofHours(3)),
                        Optional.of(Duration.ofHours(3)),
                        Optional.of(Duration.ofHours(4))),
                r.timeToAcknowledge());
        assertEquals(TimeSummary.ofSeconds(new long[] {26 * 3600}), r.timeToFinish());
        // over everyone: 1 h (S), 2 h, 4 h
        TimeSummary all = report.total().timeToAcknowledge();
        assertEquals(3, all.count());
        assertEquals(Duration.ofHours(2), all.median().orElseThrow());
        assertEquals(Duration.ofMinutes(140), all.mean().orElseThrow());
        assertEquals(Duration.ofHours(4), all.p90().orElseThrow());
        assertEquals(
                List.of(Map.entry("Sai thể thức", 1), Map.entry("Thiếu chữ ký", 1)),
                List.copyOf(report.agencies().get(2).rejectionReasons().entrySet()));
        assertEquals(
                List.of(Map.entry("Sai thể thức", 2), Map.entry("Thiếu chữ ký", 1)),
                List.copyOf(report.total().rejectionReasons().entrySet()));
    }

    @Test
    void unreadablePackagesAreListedWithCodeAndPosition() {
        List<UnreadablePackage> bad = report.unreadablePackages();
        assertEquals(
                List.of("cut.edxml", "dtd.xml", "garbage.edxml"),
                bad.stream()
                        .map(u -> Path.of(u.source()).getFileName().toString())
                        .toList());
        assertEquals(
                List.of("EDXML-ENV-001", "EDXML-ENV-002", "EDXML-ENV-003"),
                bad.stream().map(UnreadablePackage::code).toList());
        assertTrue(bad.stream().allMatch(u -> u.line().isPresent() && u.column().isPresent()), bad::toString);
        assertEquals("2:32", bad.get(1).position());
    }

    @Test
    void signedButNotByTheSenderIsCounted(@TempDir Path other) throws Exception {
        // a letter from "Bộ A" signed with a certificate of another agency, and one of Bộ A's own
        TestCa pki = TestCa.root("CA thử nghiệm người gửi");
        TestFolder.signed(
                other.resolve("la.edxml"),
                TestFolder.edoc(TestFolder.A, "Bộ A", "1"),
                TestFolder.signer(pki, "Ủy ban nhân dân tỉnh Lai Châu", "Văn thư Lai Châu"));
        TestFolder.signed(
                other.resolve("ok.edxml"),
                TestFolder.edoc(TestFolder.A, "Bộ A", "2"),
                TestFolder.signer(pki, "BỘ A", "Văn thư Bộ A"));
        StatsReport r = stats(
                        TrustPolicy.builder().trustAnchor(pki.certificate()).build(), 1)
                .scan(other);
        assertEquals(2, r.total().xmldsigValid(), r::toString);
        assertEquals(1, r.total().xmldsigNotBySender(), r::toString);
        assertTrue(r.total().toString().contains("1 not signed by the sender"), r::toString);
    }

    @Test
    void anExpiredCertificateIsIndeterminateNotInvalid() throws Exception {
        // two years on, every signer's certificate (valid for a year) has expired; the signatures claim a signing
        // time when they were good and carry no timestamp: indeterminate, not invalid (a6, altered, stays invalid)
        StatsReport r = stats(
                        TrustPolicy.builder()
                                .trustAnchor(folder.trust().anchors().get(0))
                                .at(java.time.Instant.now().plus(java.time.Duration.ofDays(730)))
                                .build(),
                        1)
                .scan(dir.resolve("set"));
        Figures a = r.agencies().get(0);
        assertEquals(0, a.xmldsigValid(), a::toString);
        assertEquals(2, a.xmldsigIndeterminate(), a::toString);
        assertEquals(
                a.documents(),
                a.xmldsigValid()
                        + a.xmldsigUntrusted()
                        + a.xmldsigIndeterminate()
                        + a.xmldsigInvalid()
                        + a.legacyPlaceholder()
                        + a.unsigned());
        assertTrue(a.toString().contains("2 indeterminate"), a::toString);
    }

    @Test
    void withoutTrustAnchorsNoSignatureIsValid() throws Exception {
        StatsReport r = stats(TrustPolicy.builder().build(), 2).scan(dir.resolve("set"));
        int[] a = A.clone();
        a[2] = 0; // xmldsigValid
        a[3] = 3; // xmldsigUntrusted: a1, a2, a5
        a[11] = 0; // pdfValid
        a[12] = 2; // pdfUntrusted: a1, a5
        a[18] = 0; // documentsAllPdfValid
        assertArrayEquals(a, counts(r.agencies().get(0)));
        int[] b = B.clone();
        b[2] = 0;
        b[3] = 1;
        b[11] = 0;
        b[12] = 1;
        assertArrayEquals(b, counts(r.agencies().get(1)));
        assertEquals(0, r.trustAnchors());
        assertTrue(StatsFormat.TEXT.render(r, Locale.ENGLISH).contains("none: no signature is counted as valid"));
    }

    @Test
    void textFromThePackagesCannotDriveTheTerminal() throws Exception {
        Path d = dir.resolve("escapes");
        java.nio.file.Files.createDirectories(d);
        // XML 1.0 cannot carry ESC, but it carries the C1 control CSI (U+009B), which many terminals take as ESC [
        String evil = "UBND \u009b2J\u009b31mxã\nTổng: 999";
        TestFolder.plain(d.resolve("e.edxml"), TestFolder.edoc("000.00.00.H99", evil, "1"));
        String text =
                StatsFormat.TEXT.render(stats(TrustPolicy.builder().build(), 1).scan(d), Locale.ENGLISH);
        assertFalse(text.contains("\u009b"), text);
        assertTrue(text.contains("000.00.00.H99: UBND \\u009B2J\\u009B31mxã\\u000ATổng: 999\n"), text);
    }

    @Test
    void theSameFolderAsAZipGivesTheSameFigures() throws Exception {
        Path zip = TestFolder.zip(dir.resolve("set"), dir.resolve("set.zip"));
        StatsReport z = stats(folder.trust(), 3).scan(zip);
        assertEquals(report.total(), z.total());
        assertEquals(report.agencies(), z.agencies());
        assertEquals(1, z.otherFiles());
        assertTrue(
                z.unreadablePackages().get(0).source().endsWith("set.zip!/bad/cut.edxml"),
                z.unreadablePackages()::toString);
    }

    @Test
    void threadCountDoesNotChangeTheResult() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<Integer> totals = new ArrayList<>();
        StatsReport one = ComplianceStats.builder()
                .trust(folder.trust())
                .threads(1)
                .clock(CLOCK)
                .progress((done, total) -> {
                    calls.incrementAndGet();
                    synchronized (totals) {
                        totals.add(total);
                    }
                })
                .build()
                .scan(dir.resolve("set"));
        assertEquals(StatsFormat.JSON.render(report, Locale.ENGLISH), StatsFormat.JSON.render(one, Locale.ENGLISH));
        assertEquals(TOTAL[0], calls.get());
        assertTrue(totals.stream().allMatch(t -> t == TOTAL[0]), totals::toString);
    }

    @Test
    void jsonCarriesTheCountsUnderTheirNames() {
        String json = StatsFormat.JSON.render(report, Locale.ENGLISH);
        String total = json.substring(json.indexOf("\"total\": {"), json.indexOf("\"agencies\": ["));
        assertCounts(TOTAL, total);
        String[] agencies = json.substring(json.indexOf("\"agencies\": ["), json.indexOf("\"unreadablePackages\""))
                .split("\"organId\": ", -1);
        assertEquals(5, agencies.length);
        assertTrue(agencies[1].startsWith("\"000.00.00.G01\",\n      \"name\": \"Bộ A\","), agencies[1]);
        assertTrue(agencies[2].startsWith("\"000.00.00.G02\",\n      \"name\": \"Bộ \\\"B\\\", <&>\","), agencies[2]);
        assertCounts(A, agencies[1]);
        assertCounts(B, agencies[2]);
        assertCounts(S, agencies[3]);
        assertCounts(R, agencies[4]);
        assertTrue(
                json.contains("\"hoursToAcknowledge\": {\n      \"count\": 3,\n      \"median\": 2.00,\n"
                        + "      \"mean\": 2.33,\n      \"p90\": 4.00\n"),
                json);
        assertTrue(json.contains("\"xmldsigValid\": 33.3,"), json);
        assertTrue(json.contains("\"code\": \"EDXML-ENV-002\",\n      \"line\": 2,\n      \"column\": 32,"), json);
    }

    private static void assertCounts(int[] expected, String object) {
        for (int i = 0; i < expected.length; i++) {
            String key = Columns.COUNTS.get(i).key();
            assertTrue(
                    Pattern.compile("\\n\\s*\"" + key + "\": " + expected[i] + ",\\n")
                            .matcher(object)
                            .find(),
                    key + " = " + expected[i] + " in\n" + object);
        }
    }

    @Test
    void csvHasATotalRowAndOneRowPerAgency() {
        String csv = StatsFormat.CSV.render(report, Locale.ENGLISH);
        assertTrue(csv.endsWith("\r\n"), "CSV rows end with CRLF");
        String[] lines = csv.substring(0, csv.length() - 2).split("\r\n", -1);
        assertEquals(6, lines.length);
        assertTrue(
                lines[0].startsWith("scope,organId,name,packages,documents,xmldsigValid,xmldsigUntrusted,"), lines[0]);
        assertTrue(lines[1].startsWith("total,,," + join(TOTAL) + ",33.3,"), lines[1]);
        assertTrue(lines[2].startsWith("agency,000.00.00.G01,Bộ A," + join(A) + ","), lines[2]);
        assertTrue(lines[3].startsWith("agency,000.00.00.G02,\"Bộ \"\"B\"\", <&>\"," + join(B) + ","), lines[3]);
        assertTrue(lines[4].endsWith(",1× Sai thể thức | 1× Thiếu chữ ký"), lines[4]);
        assertTrue(lines[5].startsWith("agency,000.00.00.H41,UBND Nghệ An," + join(R) + ","), lines[5]);
        assertTrue(lines[5].contains(",2,3.00,3.00,4.00,1,26.00,26.00,26.00,"), lines[5]);
        assertEquals("'=1+1", MachineForms.field("=1+1"));
        assertEquals("-3", MachineForms.field("-3"));
        // names and reasons come from packages: no raw escape sequence reaches a terminal that shows the CSV
        assertEquals("Bộ \\u001B[2J\\u009B31m\\u202Eabc", MachineForms.field("Bộ \u001B[2J\u009B31m\u202Eabc"));
        assertEquals("\"a\nb\"", MachineForms.field("a\nb"), "a line break stays, quoted");
    }

    private static String join(int[] counts) {
        return String.join(",", Arrays.stream(counts).mapToObj(String::valueOf).toList());
    }

    @Test
    void textTableShowsTheTotalLine() {
        String text = StatsFormat.TEXT.render(
                report, StatsFormat.Options.of(Locale.ENGLISH).withWide(true));
        assertTrue(
                Pattern.compile(
                                "\\nTotal\\s+9\\s+3/9 \\(33\\.3%\\)\\s+1\\s+\\d+\\s+1\\s+2\\s+2\\s+\\d+\\s+1/6 \\(16\\.7%\\)\\s+"
                                        + "2/7 \\(28\\.6%\\)\\s+5/21 \\(23\\.8%\\)\\s+9\\s+2\\.00\\s+26\\.00\\s+3\\n")
                        .matcher(text)
                        .find(),
                text);
        String narrow = StatsFormat.TEXT.render(report, Locale.ENGLISH);
        assertTrue(
                Pattern.compile(
                                "\\nTotal\\s+9\\s+33\\.3%\\s+11\\.1%\\s+\\S+\\s+11\\.1%\\s+22\\.2%\\s+22\\.2%\\s+16\\.7%\\s+"
                                        + "28\\.6%\\n")
                        .matcher(narrow)
                        .find(),
                narrow);
        String vi = StatsFormat.TEXT.render(report, Locale.forLanguageTag("vi"));
        assertTrue(vi.startsWith("Thống kê tuân thủ ký số\n"), vi);
        assertTrue(vi.contains("\nTổng "), vi);
        assertTrue(vi.contains("Gói tin không đọc được: 3"), vi);
    }

    @Test
    void htmlIsSelfContainedEscapedAndCarriesTheFigures() throws Exception {
        Path file = dir.resolve("stats.html");
        StatsFormat.HTML.write(report, file, Locale.forLanguageTag("vi"));
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(
                html.contains("http://")
                        || html.contains("https://")
                        || html.contains("<script")
                        || html.contains("@import")
                        || html.contains("url("),
                html);
        assertTrue(html.contains("<svg"));
        assertTrue(html.contains("Bộ &quot;B&quot;, &lt;&amp;&gt;"), html);
        assertFalse(html.contains("<&>"));
        assertTrue(html.contains("<td class=\"n\">21</td>"), html);
        assertTrue(html.contains("EDXML-ENV-002"), html);
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void aMissingInputIsAnError() {
        assertThrows(NoSuchFileException.class, () -> stats(folder.trust(), 1).scan(dir.resolve("nothing")));
    }

    @Test
    void languagesHaveTheSameLabels() {
        assertEquals(Texts.VI.keySet(), Texts.EN.keySet());
    }
}
