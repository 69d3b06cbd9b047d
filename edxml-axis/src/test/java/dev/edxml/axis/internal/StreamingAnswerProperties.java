package dev.edxml.axis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The streamed getEdoc answer: any package bytes come back whole, in any spelling a JSON writer may choose. */
class StreamingAnswerProperties {
    private static Map<String, String> read(String json, ByteArrayOutputStream out) throws Exception {
        return StreamingAnswer.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "data", out);
    }

    @Property(tries = 200)
    void packageBytesRoundTrip(
            @ForAll @Size(max = 20_000) byte[] pkg,
            @ForAll boolean escapeSlashes,
            @ForAll boolean mimeLines,
            @ForAll boolean dataFirst)
            throws Exception {
        String b64 = mimeLines
                ? Base64.getMimeEncoder().encodeToString(pkg).replace("\r\n", "\\r\\n")
                : Base64.getEncoder().encodeToString(pkg);
        if (escapeSlashes) {
            b64 = b64.replace("/", "\\/"); // Gson and others may write \/
        }
        String fields = "\"status\":\"OK\",\"ErrorCode\":\"0\",\"ErrorDesc\":\"Th\\u00e0nh c\\u00f4ng\",\"n\":12,"
                + "\"x\":{\"a\":[1,{\"b\":null}]}";
        String json = dataFirst
                ? "{\"data\":\"" + b64 + "\"," + fields + "}"
                : "{ " + fields + " ,\n\"data\" : \"" + b64 + "\"}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> m = read(json, out);
        assertArrayEquals(pkg, out.toByteArray());
        assertEquals("OK", m.get("status"));
        assertEquals("Thành công", m.get("ErrorDesc"));
        assertEquals("12", m.get("n"));
        assertFalse(m.containsKey("x"));
    }

    @Test
    void notJsonOrNotBase64IsMalformed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(StreamingAnswer.Malformed.class, () -> read("<html>502 Bad Gateway</html>", out));
        assertThrows(StreamingAnswer.Malformed.class, () -> read("{\"data\":\"QUJ*\"}", out));
        assertThrows(StreamingAnswer.Malformed.class, () -> read("{\"data\":\"QUJ\"}", out));
        assertThrows(StreamingAnswer.Malformed.class, () -> read("{\"data\":\"QUJD", out));
        assertThrows(StreamingAnswer.Malformed.class, () -> read("{\"a\":1} trailing", out));
    }

    @Test
    void aFailureAnswerHasNoData() throws Exception {
        Map<String, String> m = read(
                "{\"status\":\"FAIL\",\"ErrorCode\":\"EDXML-AXS-130\",\"ErrorDesc\":\"x\"}",
                new ByteArrayOutputStream());
        assertEquals("FAIL", m.get("status"));
        assertFalse(m.containsKey("data"));
    }
}
