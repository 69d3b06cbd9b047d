package dev.edxml.conformance;

import dev.edxml.internal.JsonReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the software under test answered (câu trả lời của phần mềm được kiểm thử): it accepted the package and extracted
 * these fields, it rejected it, or it could not be asked (crash, timeout, an answer that is not JSON): an error, which
 * is never a pass.
 *
 * @param kind   accepted, rejected or error
 * @param fields for an accepted package, the extracted fields flattened to {@code inspect --json} paths
 *               ({@code to[0].organId}); empty otherwise
 * @param detail why it rejected, or what went wrong (bounded), for the report
 * @since 0.1.0
 */
public record Answer(Kind kind, Map<String, String> fields, String detail) {
    /**
     * The three kinds of answer.
     *
     * @since 0.1.0
     */
    public enum Kind {
        ACCEPTED,
        REJECTED,
        ERROR
    }

    public Answer {
        Objects.requireNonNull(kind, "kind");
        fields = Map.copyOf(fields);
        Objects.requireNonNull(detail, "detail");
    }

    /** The package was read and these fields extracted. */
    public static Answer accepted(Map<String, String> fields) {
        return new Answer(Kind.ACCEPTED, new TreeMap<>(fields), "");
    }

    /** The package was rejected, for {@code reason}. */
    public static Answer rejected(String reason) {
        return new Answer(Kind.REJECTED, Map.of(), reason);
    }

    /** The software could not be asked, or its answer could not be understood. */
    public static Answer error(String message) {
        return new Answer(Kind.ERROR, Map.of(), message);
    }

    /**
     * An accepted answer from the {@code edxml inspect --json} object in {@code json}: nested objects become
     * {@code a.b}, arrays {@code a[0]}, numbers and booleans their JSON text; {@code null} values are left out.
     *
     * @throws IllegalArgumentException when {@code json} is not one JSON object
     */
    public static Answer fromJson(String json) {
        Object value;
        try {
            value = JsonReader.read(json.strip());
        } catch (JsonReader.Malformed e) {
            throw new IllegalArgumentException("not JSON (" + e.line() + ":" + e.column() + "): " + e.getMessage(), e);
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Map<String, String> fields = new TreeMap<>();
        flatten("", map, fields);
        return accepted(fields);
    }

    private static void flatten(String prefix, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                flatten(prefix + "[" + i + "]", l.get(i), out);
            }
        } else if (value instanceof BigDecimal d) {
            out.put(prefix, d.toPlainString());
        } else if (value != null) {
            out.put(prefix, String.valueOf(value));
        }
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ACCEPTED -> "accepted " + fields;
            case REJECTED -> "rejected: " + detail;
            case ERROR -> "error: " + detail;
        };
    }
}
