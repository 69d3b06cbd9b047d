package dev.edxml.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The forms people read: the 100-column table, --wide, the HTML page's ranking and trend, "—", the CSV's BOM. */
class HumanFormsTest {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private final StatsReport report = SampleReport.make();

    @Test
    void theTableFitsOneHundredColumnsInBothLanguages() {
        for (Locale l : List.of(VI, Locale.ENGLISH)) {
            String text = StatsFormat.TEXT.render(report, l);
            String table = text.substring(0, text.indexOf("\n\n", text.indexOf("-----")));
            for (String line : table.split("\n", -1)) {
                assertTrue(line.codePointCount(0, line.length()) <= 100, () -> line.length() + ": " + line);
            }
            // every agency has its line, a long name is cut with "…", and the full names follow the table
            assertTrue(table.contains("000.00.20.A80 UBND xã Hòa"), table);
            assertTrue(table.contains("000.00.00.H29 UBND TP Hồ Ch"), "the usual abbreviations: " + table);
            assertTrue(table.contains("…"), table);
            assertTrue(text.contains("000.00.20.A80: UBND xã Hòa Tiến - UBND huyện Hòa Vang - Thành phố Đà Nẵng\n"));
            // the agency without documents: "—" for its shares, never 0.0%
            String k05 = table.lines()
                    .filter(s -> s.startsWith("000.00.00.K05"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(k05.matches("000\\.00\\.00\\.K05 .*\\s0(\\s+—){8}"), k05);
        }
        String vi = StatsFormat.TEXT.render(report, VI);
        assertTrue(vi.contains("Thời điểm lập: 01/04/2025 09:30 (giờ Việt Nam)"), vi);
        assertTrue(vi.matches("(?s).*\\d+,\\d%.*"), "a decimal comma in Vietnamese");
        String en = StatsFormat.TEXT.render(report, Locale.ENGLISH);
        assertTrue(en.contains("Generated: 2025-04-01 09:30 (Vietnam time)"), en);
    }

    @Test
    void wideKeepsEveryCount() {
        String wide = StatsFormat.TEXT.render(
                report, StatsFormat.Options.of(Locale.ENGLISH).withWide(true));
        Figures t = report.total();
        String total =
                wide.lines().filter(s -> s.startsWith("Total ")).findFirst().orElseThrow();
        assertTrue(total.contains(t.xmldsigValid() + "/" + t.documents() + " ("), total);
        assertTrue(total.contains(" " + t.xmldsigNotBySender() + " "), total);
        assertTrue(total.length() > 100, "the wide table is wider than the default");
        assertFalse(wide.contains("--wide, --json"), "no hint to the wide table in the wide table");
    }

    @Test
    void csvCanBeginWithAByteOrderMark() throws Exception {
        Path dir = Files.createTempDirectory("csv");
        Path plain = dir.resolve("plain.csv");
        Path bom = dir.resolve("bom.csv");
        StatsFormat.CSV.write(report, plain, StatsFormat.Options.of(VI));
        StatsFormat.CSV.write(report, bom, StatsFormat.Options.of(VI).withByteOrderMark(true));
        byte[] a = Files.readAllBytes(plain);
        byte[] b = Files.readAllBytes(bom);
        assertEquals('s', a[0]);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 's'}, java.util.Arrays.copyOf(b, 4));
        assertEquals(new String(a, StandardCharsets.UTF_8), new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void htmlRanksTheAgenciesAndShowsTheTrend() {
        String html = StatsFormat.HTML.render(report, VI);
        assertTrue(html.contains("<h2 id=\"ranking\">Xếp hạng đơn vị theo tỉ lệ văn bản ký hợp lệ</h2>"), html);
        // ranked by share, highest first; the agency without documents last, ranked "—"
        String ranking = html.substring(
                html.indexOf("<table class=\"ranking\">"),
                html.indexOf("</table>", html.indexOf("<table class=\"ranking\">")));
        List<Figures> withDocs = report.agencies().stream()
                .filter(f -> f.documents() > 0 && f.organId().isPresent())
                .sorted(java.util.Comparator.comparing(Figures::xmldsigValidShare)
                        .reversed())
                .toList();
        assertTrue(
                ranking.indexOf(withDocs.get(0).organId().orElseThrow())
                        < ranking.indexOf(withDocs.get(1).organId().orElseThrow()),
                ranking);
        assertTrue(
                ranking.contains("<tr><td class=\"n\">—</td><td>000.00.00.K05</td><td class=\"name\">"
                        + "Tòa án nhân dân tối cao</td><td class=\"n\">0</td><td class=\"n\">—</td><td>—</td></tr>"),
                ranking);
        assertTrue(ranking.contains("Ủy ban nhân dân Thành phố Hồ Chí Minh"), "names beside codes");
        // the trend: one column per month, in Vietnamese dd/MM form, names beside codes, "—" where none was sent
        assertTrue(html.contains("<h2 id=\"trend\">Diễn biến theo thời gian: tỉ lệ văn bản ký hợp lệ — Tháng</h2>"));
        assertTrue(html.contains("<th class=\"n\">01/2024</th>") && html.contains("<th class=\"n\">03/2025</th>"));
        assertFalse(html.contains(">0.0%<") || html.contains(">0,0%<"), "no wall of 0.0% labels");
        assertTrue(
                html.contains("<text x=") && html.split("%</text>").length - 1 <= 5 + SampleReport.MONTHS,
                "one label a column at most, besides the axis");
        assertFalse(html.matches("(?s).*<th[^>]*>[a-z]+[A-Z][a-zA-Z]*</th>.*"), "no camelCase headings");
        assertTrue(html.contains("@media print") && html.contains("size:A4"));
        String quarters = StatsFormat.HTML.render(
                report, StatsFormat.Options.of(Locale.ENGLISH).withBy(TrendPeriod.QUARTER));
        assertTrue(
                quarters.contains("<th class=\"n\">2024-Q1</th>") && quarters.contains("<th class=\"n\">2025-Q1</th>"));
        assertFalse(quarters.contains("<th class=\"n\">2024-Q1</th><th class=\"n\">2024-Q1</th>"));
        // the unreadable .docx is explained in the page's language, not in English
        assertTrue(html.contains("Không phải gói tin edXML hay tệp nén chứa gói tin edXML"), html);
        assertFalse(html.contains("an Office Open XML document"), html);
    }

    @Test
    void jsonCarriesTheTrend() {
        String json = StatsFormat.JSON.render(report, StatsFormat.Options.of(VI).withBy(TrendPeriod.QUARTER));
        assertTrue(json.contains("\"trend\": {\n    \"by\": \"quarter\",\n    \"undatedDocuments\": 0,"), json);
        assertTrue(json.contains("\"period\": \"2025-Q1\",\n        \"from\": \"2025-01-01\","), json);
    }

    @Property
    void aMonthFallsInTheBucketThatStartsAtOrBeforeIt(
            @ForAll @IntRange(min = 1900, max = 2200) int year, @ForAll @IntRange(min = 1, max = 12) int month) {
        YearMonth m = YearMonth.of(year, month);
        assertEquals(m, TrendPeriod.MONTH.start(m));
        YearMonth q = TrendPeriod.QUARTER.start(m);
        assertTrue(!q.isAfter(m) && q.plusMonths(3).isAfter(m) && (q.getMonthValue() - 1) % 3 == 0);
        assertEquals(year + "-Q" + ((month + 2) / 3), TrendPeriod.QUARTER.key(m));
        assertEquals(TrendPeriod.QUARTER.key(q), TrendPeriod.QUARTER.key(m));
        assertEquals(String.format(Locale.ROOT, "%02d/%d", month, year), TrendPeriod.MONTH.label(m, VI));
    }

    @Property
    void bucketingKeepsEveryDocument(@ForAll @IntRange(min = 0, max = 40) int shift) {
        // regrouping the months into quarters loses and invents nothing, per agency and in total
        StatsReport r = report;
        for (TrendPeriod by : TrendPeriod.values()) {
            assertEquals(
                    r.total().documents(),
                    r.totalTrend(by).stream().mapToInt(PeriodFigures::documents).sum());
            assertEquals(
                    r.total().documents(),
                    r.trend(by).stream().mapToInt(PeriodFigures::documents).sum());
            assertEquals(
                    r.totalTrend(TrendPeriod.MONTH).stream()
                            .mapToInt(PeriodFigures::xmldsigValid)
                            .sum(),
                    r.totalTrend(by).stream()
                            .mapToInt(PeriodFigures::xmldsigValid)
                            .sum());
        }
        assertEquals(5, r.totalTrend(TrendPeriod.QUARTER).size());
        assertEquals(SampleReport.MONTHS, r.totalTrend(TrendPeriod.MONTH).size());
        YearMonth m = SampleReport.FIRST.plusMonths(shift);
        assertEquals(TrendPeriod.QUARTER.start(m), TrendPeriod.QUARTER.start(TrendPeriod.QUARTER.start(m)));
    }
}
