package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.validate.Validator;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
    private static final List<String> BUNDLES = List.of(
            "dev/edxml/messages",
            "dev/edxml/sign/messages",
            "dev/edxml/axis/messages",
            "dev/edxml/validate/messages_env",
            "dev/edxml/validate/messages_hdr",
            "dev/edxml/validate/messages_trc",
            "dev/edxml/validate/messages_att",
            "dev/edxml/validate/messages_sig",
            "dev/edxml/validate/messages_sta",
            "dev/edxml/cli/texts",
            "dev/edxml/stats/messages");

    /** Every code of every module's message bundles (the server's in the command's), every rule's, and the statistics' codes. */
    private static Set<String> everyCode() throws Exception {
        Set<String> codes = new TreeSet<>();
        for (String base : BUNDLES) {
            for (String lang : List.of("vi", "en")) {
                try (InputStream in = ExplainCommandTest.class
                        .getClassLoader()
                        .getResourceAsStream(base + "_" + lang + ".properties")) {
                    Properties p = new Properties();
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    p.stringPropertyNames().stream()
                            .filter(k -> k.startsWith("EDXML-"))
                            .forEach(codes::add);
                }
            }
        }
        Validator.builder().build().rules().forEach(r -> codes.add(r.code()));
        codes.addAll(List.of(
                dev.edxml.stats.ComplianceStats.EXAMINATION_FAILED,
                dev.edxml.stats.ComplianceStats.TOO_LARGE,
                dev.edxml.stats.ComplianceStats.ZIP_BOMB,
                dev.edxml.stats.ComplianceStats.READ_FAILED,
                dev.edxml.stats.ComplianceStats.NOT_EDXML));
        return codes;
    }

    @Test
    void everyCodeTheLibraryCanEmitIsExplainedInBothLanguages() throws Exception {
        Set<String> codes = everyCode();
        assertTrue(codes.size() > 200, codes::toString);
        Explanations all = Explanations.load();
        assertEquals(codes, new TreeSet<>(all.codes()), "explain knows exactly the library's codes");
        for (String code : codes) {
            var e = all.find(code).orElseThrow(() -> new AssertionError(code));
            for (Lang lang : Lang.values()) {
                assertFalse(e.message(lang).isBlank(), code + " " + lang);
                List<String> lines = all.lines(e, lang);
                assertTrue(
                        lines.get(0).startsWith(code + "  ") && lines.get(0).length() > code.length() + 5,
                        code + " " + lang);
                assertTrue(lines.stream().anyMatch(l -> l.contains(lang == Lang.VI ? "Ví dụ:" : "Example:")), code);
            }
            assertFalse(e.vi().equals(e.en()), "a Vietnamese text of its own: " + code);
        }
    }

    @Test
    void explainPrintsClauseSeverityAndExample() {
        CliRun r = CliRun.of("explain", "EDXML-HDR-018");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("EDXML-HDR-018  "), r::toString);
        assertTrue(r.out().contains("Căn cứ: QCVN 102:2016"), r::toString);
        assertTrue(r.out().contains("Mức độ: qcvn102: lỗi · axis: lỗi · lenient: cảnh báo"), r::toString);
        assertTrue(r.out().contains("Ví dụ: edxml validate 1234.edxml"), r::toString);
        CliRun en = CliRun.of("explain", "hdr-018", "--lang", "en");
        assertTrue(en.out().contains("Severity: qcvn102: error · axis: error · lenient: warning"), en::toString);
        CliRun json = CliRun.of("explain", "EDXML-SIG-030", "--json");
        assertEquals(0, json.code(), json::toString);
        assertTrue(json.out().contains("\"axis\": \"error\""), json::toString);
        CliRun list = CliRun.of("explain", "--list");
        assertTrue(list.out().lines().count() > 200, list::toString);
    }

    @Test
    void anUnknownCodeCannotRunAndNearCodesAreSuggested() {
        CliRun r = CliRun.of("explain", "EDXML-HDR-918");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("không có mã \"EDXML-HDR-918\""), r::toString);
        assertTrue(r.err().contains("Các mã gần giống: EDXML-HDR-018"), r::toString);
        assertEquals("", r.out());
        assertEquals(2, CliRun.of("explain").code());
    }

    @Test
    void theOldSpellingOfTheStatisticsCodesIsExplainedAsRenamed() {
        CliRun r = CliRun.of("explain", "EDXML-STATS-005", "--lang", "en");
        assertEquals(0, r.code(), r::toString);
        assertTrue(
                r.out().startsWith("EDXML-STC-005  Not an edXML package")
                        || r.out().startsWith("EDXML-STC-005  A .docx"),
                r::toString);
        assertTrue(r.err().contains("EDXML-STATS-005 was renamed EDXML-STC-005"), r::toString);
        CliRun vi = CliRun.of("explain", "stats-002");
        assertTrue(vi.out().startsWith("EDXML-STC-002  "), vi::toString);
        assertTrue(vi.err().contains("đã được đổi thành EDXML-STC-002"), vi::toString);
    }
}
