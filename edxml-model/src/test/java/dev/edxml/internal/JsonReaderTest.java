package dev.edxml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {
    @Test
    void readsValues() throws Exception {
        assertEquals(
                Map.of("a", List.of("x\n\u00e9", new BigDecimal("-1.5e3"), true, false), "b", Map.of()),
                JsonReader.read(" {\"a\": [\"x\\n\\u00e9\", -1.5e3, true, false], \"b\": {}} "));
        assertEquals("Hà Nội", JsonReader.read("\uFEFF\"Hà Nội\""));
    }

    @Test
    void isStrict() {
        for (String bad : List.of(
                "{\"a\": 1,}",
                "[1,]",
                "{\"a\": 1, \"a\": 2}",
                "{a: 1}",
                "'x'",
                "01",
                "1.",
                "[1] 2",
                "// c\n1",
                "\"\t\"",
                "nul",
                "{\"a\" 1}",
                "",
                "[")) {
            assertThrows(JsonReader.Malformed.class, () -> JsonReader.read(bad), bad);
        }
        JsonReader.Malformed e = assertThrows(JsonReader.Malformed.class, () -> JsonReader.read("{\n  \"a\": x}"));
        assertEquals(2, e.line());
        assertEquals(8, e.column());
    }

    @Test
    void whatItReadsTheWriterWritesBack() throws Exception {
        String text = "{\n  \"a\": [\n    -1500.25,\n    2,\n    \"x\"\n  ],\n  \"b\": true\n}";
        assertEquals(text, Json.write(JsonReader.read(text)));
        // a number is written in plain notation, whatever notation it was read in: the same value
        assertEquals("[\n  -1500,\n  0.00015\n]", Json.write(JsonReader.read("[-1.5E+3, 1.5e-4]")));
    }

    @Test
    void numbersAreBounded() throws Exception {
        // 1e200000000 read as a BigDecimal is small; printing it (Json.write) needs 200 million digits: out of memory
        for (String bad : List.of(
                "{\"number\": 1e200000000}", "[1E-2000000000]", "[1e1001]", "[1e-1001]", "[" + "9".repeat(101) + "]")) {
            JsonReader.Malformed e = assertThrows(JsonReader.Malformed.class, () -> JsonReader.read(bad), bad);
            assertEquals(1, e.line());
        }
        assertEquals(new BigDecimal("1e1000"), JsonReader.read("1e1000"));
        assertEquals(new BigDecimal("9".repeat(100)), JsonReader.read("9".repeat(100)));
    }
}
