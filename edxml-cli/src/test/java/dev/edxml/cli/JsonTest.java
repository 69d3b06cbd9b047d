package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.edxml.internal.Json;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void escapesWhatJsonRequiresAndKeepsVietnamese() {
        assertEquals(
                "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\\u007f\"",
                Json.write("a\"b\\c\n\r\t\b\f\u0001\u001f\u007f"));
        assertEquals("\"Trích yếu: Công văn số 1/VPCP\"", Json.write("Trích yếu: Công văn số 1/VPCP"));
        assertEquals("\"\\u2028\\u2029\"", Json.write("\u2028\u2029"));
        assertEquals("\"😀\"", Json.write("😀"));
        assertEquals("\"\\ud800x\\udc00\"", Json.write("\ud800x\udc00"));
    }

    @Test
    void writesNestedValuesIndented() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", "edoc");
        o.put("size", 12L);
        o.put("signed", true);
        o.put("none", null);
        o.put("to", List.of(Map.of("organId", "000.00.00.H41")));
        o.put("empty", List.of());
        assertEquals(
                "{\n  \"kind\": \"edoc\",\n  \"size\": 12,\n  \"signed\": true,\n  \"none\": null,\n"
                        + "  \"to\": [\n    {\n      \"organId\": \"000.00.00.H41\"\n    }\n  ],\n  \"empty\": []\n}",
                Json.write(o));
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(1.5));
        assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of(1, "x")));
    }

    @Property
    void anyStringSurvivesTheRoundTrip(@ForAll String s) {
        assertEquals(s, JsonParser.parse(Json.write(s)));
    }

    @Property
    void anyListOfStringsAndNumbersSurvivesTheRoundTrip(@ForAll List<String> strings, @ForAll long n) {
        List<Object> value = Arrays.asList(strings, n, Map.of("k", strings));
        assertEquals(value, JsonParser.parse(Json.write(value)));
    }
}
