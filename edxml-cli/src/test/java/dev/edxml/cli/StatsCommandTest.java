package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edxml stats}: 0 when the figures were produced (unreadable packages included), 2 when it could not run. */
class StatsCommandTest {
    @TempDir
    static Path dir;

    static SigningFixtures fx;
    static Path set;

    /** One signed document, one legacy placeholder, one unsigned, one status 03 and one file that is not XML. */
    @BeforeAll
    static void setUp() throws Exception {
        fx = new SigningFixtures(Files.createDirectories(dir.resolve("keys")));
        set = Files.createDirectories(dir.resolve("set"));
        fx.signed(set.resolve("ky.edxml"), Packages.edoc(null));
        SigningFixtures.write(
                Files.createDirectories(set.resolve("con")).resolve("gia.edxml"),
                Packages.edoc(Packages.legacyPlaceholder()));
        SigningFixtures.write(
                set.resolve("khong-ky.xml"),
                Packages.edoc(null).toBuilder()
                        .header(Packages.edoc(null).header().toBuilder()
                                .documentId("khac")
                                .build())
                        .build());
        SigningFixtures.write(set.resolve("trang-thai.edxml"), Packages.status());
        Files.writeString(set.resolve("rac.edxml"), "không phải XML");
    }

    /** The JSON, with decimals read as their text (the tests' parser reads integers only). */
    private static Object parse(String json) {
        return JsonParser.parse(json.replaceAll(": (-?\\d+\\.\\d+)", ": \"$1\""));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasTheRequiredKeysInTotalAndEachAgency() {
        CliRun r = CliRun.of("stats", set.toString(), "--trust", fx.root.toString(), "--json", "--threads", "2");
        assertEquals(0, r.code(), r::toString);
        Map<String, Object> root = object(parse(r.out()));
        Map<String, Object> total = object(root.get("total"));
        List<Object> agencies = (List<Object>) root.get("agencies");
        for (String key : List.of(
                "documents",
                "xmldsigValid",
                "xmldsigInvalid",
                "legacyPlaceholder",
                "unsigned",
                "unreadable",
                "statusPackages")) {
            assertTrue(total.containsKey(key), key);
            agencies.forEach(a -> assertTrue(object(a).containsKey(key), key));
        }
        assertEquals(
                List.of("000.00.00.G22", "000.00.00.H41"),
                agencies.stream().map(a -> object(a).get("organId")).toList());
        assertEquals("Văn phòng Chính phủ", object(agencies.get(0)).get("name"));
        assertEquals(5L, ((Number) total.get("packages")).longValue());
        assertEquals(3L, ((Number) total.get("documents")).longValue());
        assertEquals(1L, ((Number) total.get("xmldsigValid")).longValue());
        assertEquals(1L, ((Number) total.get("legacyPlaceholder")).longValue());
        assertEquals(1L, ((Number) total.get("unsigned")).longValue());
        assertEquals(1L, ((Number) total.get("unreadable")).longValue());
        assertEquals(1L, ((Number) total.get("statusPackages")).longValue());
        assertEquals(1L, ((Number) object(agencies.get(1)).get("acknowledged")).longValue());
        // the status 03 came 1.5 h after the signed document's trace time
        assertEquals(
                "1.50",
                String.valueOf(object(object(agencies.get(1)).get("hoursToAcknowledge"))
                        .get("median")));
        List<Object> bad = (List<Object>) root.get("unreadablePackages");
        assertEquals(1, bad.size());
        assertEquals("EDXML-ENV-003", object(bad.get(0)).get("code"));
        assertTrue(r.err().contains("1 gói tin không đọc được"), r::toString);
    }

    @Test
    void withoutTrustTheSignatureIsUntrustedNotValid() {
        CliRun r = CliRun.of("stats", set.toString(), "--json");
        assertEquals(0, r.code(), r::toString);
        Map<String, Object> total = object(object(parse(r.out())).get("total"));
        assertEquals(0L, ((Number) total.get("xmldsigValid")).longValue());
        assertEquals(1L, ((Number) total.get("xmldsigUntrusted")).longValue());
    }

    @Test
    void textTableCsvAndHtml() throws Exception {
        Path csv = dir.resolve("stats.csv");
        Path html = dir.resolve("stats.html");
        CliRun r = CliRun.of(
                "stats",
                set.toString(),
                "--trust",
                fx.root.toString(),
                "--csv",
                csv.toString(),
                "--html",
                html.toString(),
                "--lang",
                "en");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("Signing-compliance statistics\n"), r::toString);
        assertTrue(r.out().contains("000.00.00.G22"), r::toString);
        assertTrue(r.err().contains("packages that could not be read: 1"), r::toString);
        String c = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(c.startsWith("scope,organId,name,packages,documents,xmldsigValid,"), c);
        assertTrue(c.contains("\r\ntotal,,,5,3,1,0,0,1,1,1,"), c);
        String h = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(h.contains("<svg") && h.contains("lang=\"en\""), h);
        assertFalse(h.contains("http://") || h.contains("https://") || h.contains("<script"), h);
    }

    @Test
    void theSameFiguresInVietnamese() {
        CliRun r = CliRun.of("stats", set.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("Thống kê tuân thủ ký số\n"), r::toString);
    }

    @Test
    void aMissingInputOrTrustOrOutputPlaceCannotRun() {
        CliRun missing = CliRun.of("stats", dir.resolve("khong-co").toString(), "--lang", "en");
        assertEquals(2, missing.code(), missing::toString);
        assertEquals("", missing.out());
        CliRun trust = CliRun.of(
                "stats", set.toString(), "--trust", dir.resolve("khong-co.pem").toString());
        assertEquals(2, trust.code(), trust::toString);
        Path nowhere = dir.resolve("khong-co/stats.html");
        CliRun out = CliRun.of("stats", set.toString(), "--html", nowhere.toString());
        assertEquals(2, out.code(), out::toString);
        assertFalse(Files.exists(nowhere));
        CliRun threads = CliRun.of("stats", set.toString(), "--threads", "0");
        assertEquals(2, threads.code(), threads::toString);
    }

    @Test
    void helpHasExamples() {
        CliRun r = CliRun.of("stats", "--help");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("edxml stats archive/ --trust roots/ --html stats.html"), r::toString);
        assertTrue(r.out().contains("--csv=FILE"), r::toString);
    }

    @Test
    void aWordDocumentIsNotAnArchiveOfPackages() throws Exception {
        // a .docx is a zip of XML parts: reported as not an edXML package, counted as unreadable, exit 1
        Path docx = dir.resolve("cong-van.docx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(docx))) {
            for (String part : List.of("[Content_Types].xml", "word/document.xml", "docProps/core.xml")) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part));
                zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        CliRun vi = CliRun.of("stats", docx.toString());
        assertEquals(1, vi.code(), vi::toString);
        assertTrue(vi.err().contains(docx + ": không phải gói tin edXML hay tệp .zip chứa gói tin"), vi::toString);
        assertTrue(
                vi.out()
                        .replaceAll("\\s+", " ")
                        .contains("EDXML-STC-005 Không phải gói tin edXML hay tệp nén chứa gói tin edXML"),
                vi::toString);
        assertFalse(vi.out().contains("word/document.xml"), "its parts are not read as packages: " + vi);
        CliRun en = CliRun.of("stats", docx.toString(), "--json", "--lang", "en");
        assertEquals(1, en.code(), en::toString);
        assertTrue(en.out().contains("\"code\": \"EDXML-STC-005\""), en::toString);
        assertTrue(en.out().contains("\"unreadable\": 1,"), en::toString);
    }

    @Test
    void wideByAndBomShapeTheOutputs() throws Exception {
        CliRun narrow = CliRun.of("stats", set.toString(), "--lang", "en", "--threads", "2");
        assertEquals(0, narrow.code(), narrow::toString);
        String table = narrow.out()
                .substring(
                        narrow.out().indexOf("Agency"),
                        narrow.out().indexOf("\n\n", narrow.out().indexOf("Agency")));
        assertTrue(table.lines().allMatch(l -> l.length() <= 100), table);
        CliRun wide = CliRun.of("stats", set.toString(), "--lang", "en", "--wide", "--threads", "2");
        assertTrue(wide.out().contains("Signed, not by the sender"), wide::toString);
        Path csv = dir.resolve("excel.csv");
        Path html = dir.resolve("quy.html");
        CliRun r = CliRun.of(
                "stats",
                set.toString(),
                "--csv",
                csv.toString(),
                "--bom",
                "--html",
                html.toString(),
                "--by",
                "quarter",
                "--json",
                "--threads",
                "2");
        assertEquals(0, r.code(), r::toString);
        byte[] b = Files.readAllBytes(csv);
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff));
        assertTrue(r.out().contains("\"by\": \"quarter\""), r::toString);
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("— Quý</h2>"));
        CliRun bad = CliRun.of("stats", set.toString(), "--by", "week");
        assertEquals(2, bad.code(), bad::toString);
        assertTrue(bad.err().contains("--by phải là month (tháng) hoặc quarter (quý): week"), bad::toString);
    }
}
