package dev.edxml.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A point in time (thời điểm) as written in a package ({@code TraceHeader/Timestamp}, status {@code Timestamp}): the
 * regulation's format is {@code yyyy/MM/dd HH:mm:ss} in local time without a zone designator.
 *
 * <p>Time zone: no package states one; this library reads and writes these timestamps as Vietnam time,
 * UTC+07:00 ({@link #VIETNAM}, which has had no daylight saving since 1975), never in the JVM's default zone.
 * ISO 8601 text with an offset is understood too (and reported as non-canonical). The text is kept as read.
 *
 * @since 0.1.0
 */
public record EdxmlTimestamp(String text) {
    /** The offset of Vietnam time, in which the regulation's timestamps are read and written. */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final DateTimeFormatter CANONICAL = EdxmlDate.strict("uuuu/MM/dd HH:mm:ss");

    public EdxmlTimestamp {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a timestamp must not be blank");
        }
    }

    /** The instant written in Vietnam time in the regulation's format (whole seconds; the fraction is dropped). */
    public static EdxmlTimestamp of(Instant instant) {
        return new EdxmlTimestamp(CANONICAL.format(instant.atOffset(VIETNAM)));
    }

    /** The local Vietnam date and time written in the regulation's format. */
    public static EdxmlTimestamp of(LocalDateTime vietnamTime) {
        return new EdxmlTimestamp(CANONICAL.format(vietnamTime));
    }

    /** The timestamp as written, whatever its format; see {@link #instant()}. */
    public static EdxmlTimestamp parse(String text) {
        return new EdxmlTimestamp(text);
    }

    /** The instant, if the text is a timestamp in the regulation's format (read as UTC+07:00) or ISO 8601 with an offset. */
    public Optional<Instant> instant() {
        return offsetDateTime().map(OffsetDateTime::toInstant);
    }

    /** The time with its offset: UTC+07:00 for the regulation's format, the stated offset for ISO 8601 text. */
    public Optional<OffsetDateTime> offsetDateTime() {
        String t = text.strip();
        try {
            return Optional.of(LocalDateTime.parse(t, CANONICAL).atOffset(VIETNAM));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /** Whether the text is a real timestamp in the regulation's format {@code yyyy/MM/dd HH:mm:ss}. */
    public boolean isCanonical() {
        try {
            LocalDateTime.parse(text, CANONICAL);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
