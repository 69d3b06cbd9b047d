package dev.edxml.axis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.edxml.axis.AxisException;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The SDK's HMAC headers: made and checked, tampering found, the SDK's timestamp spelled as SimpleDateFormat does. */
class XroadHeadersTest {
    private static final byte[] SECRET = "bí-mật".getBytes(StandardCharsets.UTF_8);

    private static Function<String, String> headers(List<Map.Entry<String, String>> list) {
        Map<String, String> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        list.forEach(e -> m.put(e.getKey(), e.getValue()));
        return m::get;
    }

    private static Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("systemid", "vxp.saas.03");
        p.put("timestamp", "07122026T091500+0042");
        p.put("docId", "d-1");
        p.put("note", "Văn bản \"đến\"");
        return p;
    }

    @Test
    void signedHeadersVerifyAndCarryTheParameters() throws Exception {
        List<Map.Entry<String, String>> h = XroadHeaders.sign(params(), SECRET);
        Map<String, String> got = XroadHeaders.verify(headers(h), id -> id.equals("vxp.saas.03") ? SECRET : null);
        assertEquals("d-1", got.get("docid"));
        assertEquals("Văn bản \"đến\"", got.get("note"));
        assertEquals("systemid;timestamp;docId;note", headers(h).apply(XroadHeaders.SIGN_HEADER_KEY));
        // the SDK's JSON: {"XroadVnpt-systemid":"…",…}, HMAC-SHA256 hex of it with the secret
        String json = headers(h).apply(XroadHeaders.SIGN_HEADER);
        assertEquals(
                XroadHeaders.hmacHex(SECRET, json.getBytes(StandardCharsets.UTF_8)),
                headers(h).apply(XroadHeaders.HASH_HEADER));
    }

    @Test
    void tamperingAndWrongSecretsAreRefusedWithTheirCodes() {
        List<Map.Entry<String, String>> h = XroadHeaders.sign(params(), SECRET);
        Function<String, String> base = headers(h);
        assertEquals(
                "EDXML-AXS-104",
                assertThrows(
                                AxisException.class,
                                () -> XroadHeaders.verify(base, id -> "other".getBytes(StandardCharsets.UTF_8)))
                        .code());
        assertEquals(
                "EDXML-AXS-103",
                assertThrows(AxisException.class, () -> XroadHeaders.verify(base, id -> null))
                        .code());
        Function<String, String> changedPlain = n -> n.equalsIgnoreCase("XroadVnpt-docId") ? "d-2" : base.apply(n);
        assertEquals(
                "EDXML-AXS-105",
                assertThrows(AxisException.class, () -> XroadHeaders.verify(changedPlain, id -> SECRET))
                        .code());
        Function<String, String> changedJson = n ->
                n.equalsIgnoreCase(XroadHeaders.SIGN_HEADER) ? base.apply(n).replace("d-1", "d-2") : base.apply(n);
        assertEquals(
                "EDXML-AXS-104",
                assertThrows(AxisException.class, () -> XroadHeaders.verify(changedJson, id -> SECRET))
                        .code());
        assertEquals(
                "EDXML-AXS-101",
                assertThrows(AxisException.class, () -> XroadHeaders.verify(n -> null, id -> SECRET))
                        .code());
        Function<String, String> notJson = n -> n.equalsIgnoreCase(XroadHeaders.SIGN_HEADER) ? "{oops" : base.apply(n);
        assertEquals(
                "EDXML-AXS-102",
                assertThrows(AxisException.class, () -> XroadHeaders.verify(notJson, id -> SECRET))
                        .code());
    }

    @Test
    void theTimestampIsSpelledAsTheSdksSimpleDateFormat() throws Exception {
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        for (Instant t : List.of(
                Instant.parse("2026-12-07T02:15:00.042Z"),
                Instant.parse("2019-01-31T23:59:59.999Z"),
                Instant.parse("2025-03-07T00:00:00Z"))) {
            SimpleDateFormat sdk = new SimpleDateFormat("ddMMyyyy'T'HHmmss+SSSS", java.util.Locale.ROOT);
            sdk.setTimeZone(TimeZone.getTimeZone(zone));
            assertEquals(sdk.format(Date.from(t)), XroadHeaders.timestamp(t, zone));
            assertEquals(t, XroadHeaders.parseTimestamp(XroadHeaders.timestamp(t, zone), zone));
        }
        assertNull(XroadHeaders.parseTimestamp("2026-12-07", zone));
        assertNull(XroadHeaders.parseTimestamp("32132026T091500+0000", zone));
    }
}
