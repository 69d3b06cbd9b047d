package dev.edxml.axis.internal;

import dev.edxml.axis.AxisException;
import dev.edxml.internal.JsonReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The official SDKVXP's request authentication, as its bytecode shows ({@code VnptService.addXroadVnptHashHeader}):
 * every parameter of a call travels as a header {@code XroadVnpt-<name>}; {@code XroadVnpt-sign-header} carries a
 * JSON object of those headers, {@code XroadVnpt-sign-header-key} the {@code ;}-separated parameter names, and
 * {@code XroadVnpt-hash-header} the lower-case hex HMAC-SHA256 of the JSON text (UTF-8) keyed with the system's secret
 * (UTF-8). UNCERTAIN: what the live axis checks beyond the HMAC (the SDK signs whatever JSON text it sends, so a
 * server can only recompute the HMAC over the text received), and whether it checks the timestamp's age.
 */
public final class XroadHeaders {
    public static final String PREFIX = "XroadVnpt-";
    public static final String SIGN_HEADER_KEY = "XroadVnpt-sign-header-key";
    public static final String SIGN_HEADER = "XroadVnpt-sign-header";
    public static final String HASH_HEADER = "XroadVnpt-hash-header";
    public static final String VERSION_HEADER = "XroadVnpt-version";
    /** The SDK's fixed values (VnptService fields). */
    public static final String SDK_USER_AGENT = "JAVASDKAgent/1.0.0 XRoad/VPCP";

    public static final String SDK_VERSION = "3.0.201608";

    private static final Pattern TIMESTAMP =
            Pattern.compile("(\\d{2})(\\d{2})(\\d{4})T(\\d{2})(\\d{2})(\\d{2})\\+(\\d{1,4})");

    private XroadHeaders() {}

    /**
     * The headers for a call with these parameters (names as the SDK spells them: {@code systemid},
     * {@code timestamp}, {@code docId}…), in order: each {@code XroadVnpt-<name>}, then the three signature headers.
     * Header values are ASCII: non-ASCII text is escaped in the JSON and sent as UTF-8 bytes in the plain headers.
     */
    public static List<Map.Entry<String, String>> sign(Map<String, String> params, byte[] secret) {
        Map<String, String> signed = new LinkedHashMap<>();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            signed.put(PREFIX + e.getKey(), e.getValue());
            headers.add(Map.entry(PREFIX + e.getKey(), latin1OfUtf8(e.getValue())));
        }
        String json = Jsons.compact(signed);
        headers.add(Map.entry(SIGN_HEADER_KEY, String.join(";", params.keySet())));
        headers.add(Map.entry(SIGN_HEADER, json));
        headers.add(Map.entry(HASH_HEADER, hmacHex(secret, json.getBytes(StandardCharsets.UTF_8))));
        return headers;
    }

    /** Lower-case hex HMAC-SHA256 of {@code data} keyed with {@code secret}. */
    public static String hmacHex(byte[] secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** The SDK's timestamp: {@code ddMMyyyy'T'HHmmss+SSSS} with SimpleDateFormat's meaning (milliseconds, 4 digits). */
    public static String timestamp(Instant now, ZoneId zone) {
        ZonedDateTime t = now.atZone(zone);
        return String.format(
                java.util.Locale.ROOT,
                "%02d%02d%04dT%02d%02d%02d+%04d",
                t.getDayOfMonth(),
                t.getMonthValue(),
                t.getYear(),
                t.getHour(),
                t.getMinute(),
                t.getSecond(),
                t.getNano() / 1_000_000);
    }

    /** The instant of an SDK timestamp read in {@code zone}, or {@code null} when it is not one. */
    public static Instant parseTimestamp(String s, ZoneId zone) {
        Matcher m = s == null ? null : TIMESTAMP.matcher(s.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        try {
            LocalDateTime t = LocalDateTime.of(
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)),
                    Math.min(999, Integer.parseInt(m.group(7))) * 1_000_000);
            return t.atZone(zone).toInstant();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * Checks a request's signature headers and returns its signed parameters (names without the prefix, looked up
     * case-insensitively, since vendors write {@code docId} and {@code docid}).
     *
     * @param header   a request header by name (case-insensitive), as received (ISO-8859-1 characters for bytes)
     * @param secretOf the secret of a system id, or {@code null} for an unknown system
     */
    public static Map<String, String> verify(Function<String, String> header, Function<String, byte[]> secretOf)
            throws AxisException {
        String hash = header.apply(HASH_HEADER);
        String signedText = header.apply(SIGN_HEADER);
        if (hash == null || signedText == null) {
            throw new AxisException("EDXML-AXS-101");
        }
        byte[] signedBytes = signedText.getBytes(StandardCharsets.ISO_8859_1); // the bytes on the wire
        Object parsed;
        try {
            parsed = JsonReader.read(new String(signedBytes, StandardCharsets.UTF_8));
        } catch (JsonReader.Malformed e) {
            throw new AxisException("EDXML-AXS-102", e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new AxisException("EDXML-AXS-102", "not an object");
        }
        Map<String, String> params = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = (String) e.getKey();
            Object v = e.getValue();
            String value = v == null ? "" : v instanceof String s ? s : String.valueOf(v);
            params.put(k.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) ? k.substring(PREFIX.length()) : k, value);
        }
        String systemId = params.get("systemid");
        if (systemId == null || systemId.isBlank()) {
            throw new AxisException("EDXML-AXS-103", String.valueOf(systemId));
        }
        byte[] secret = secretOf.apply(systemId);
        if (secret == null) {
            throw new AxisException("EDXML-AXS-103", systemId);
        }
        byte[] expected = hmacHex(secret, signedBytes).getBytes(StandardCharsets.US_ASCII);
        byte[] given = hash.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.ISO_8859_1);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new AxisException("EDXML-AXS-104", systemId);
        }
        // a plain XroadVnpt-<name> header that says something else than the signed text was changed on the way
        for (Map.Entry<String, String> e : params.entrySet()) {
            String plain = header.apply(PREFIX + e.getKey());
            if (plain != null) {
                String decoded = new String(plain.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                if (!decoded.equals(e.getValue()) && !plain.equals(e.getValue())) {
                    throw new AxisException("EDXML-AXS-105", e.getKey());
                }
            }
        }
        return params;
    }

    private static String latin1OfUtf8(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
