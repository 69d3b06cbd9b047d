package dev.edxml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Timestamps of spec §10: {@code yyyy/MM/dd HH:mm:ss} in Vietnam time (UTC+07:00), never the JVM's zone. The build
 * runs tests with {@code -Duser.timezone=UTC}, so a value computed in the default zone would differ from these.
 */
class EdxmlTimestampTest {

    @Test
    void regulationFormatIsVietnamTime() {
        EdxmlTimestamp t = EdxmlTimestamp.parse("2018/09/28 17:25:11");
        assertTrue(t.isCanonical());
        assertEquals(Optional.of(Instant.parse("2018-09-28T10:25:11Z")), t.instant());
        assertEquals(
                Optional.of(OffsetDateTime.of(2018, 9, 28, 17, 25, 11, 0, ZoneOffset.ofHours(7))), t.offsetDateTime());
        assertEquals(ZoneOffset.ofHours(7), EdxmlTimestamp.VIETNAM);
        assertEquals("2018/09/28 17:25:11", t.text());
    }

    @Test
    void ofInstantWritesVietnamTimeWhateverTheDefaultZone() {
        assertEquals(
                "2018/09/28 17:25:11",
                EdxmlTimestamp.of(Instant.parse("2018-09-28T10:25:11Z")).text());
        // crossing midnight and the year in Vietnam
        assertEquals(
                "2021/01/01 03:00:00",
                EdxmlTimestamp.of(Instant.parse("2020-12-31T20:00:00Z")).text());
        assertEquals(
                "2020/01/01 06:59:59",
                EdxmlTimestamp.of(Instant.parse("2019-12-31T23:59:59Z")).text());
        assertEquals("1970/01/01 07:00:00", EdxmlTimestamp.of(Instant.EPOCH).text());
    }

    @Test
    void ofInstantDropsTheFraction() {
        EdxmlTimestamp t = EdxmlTimestamp.of(Instant.parse("2018-09-28T10:25:11.987654321Z"));
        assertEquals("2018/09/28 17:25:11", t.text());
        assertEquals(Optional.of(Instant.parse("2018-09-28T10:25:11Z")), t.instant());
    }

    @Test
    void ofLocalDateTimeIsTakenAsVietnamTime() {
        EdxmlTimestamp t = EdxmlTimestamp.of(LocalDateTime.of(2025, 10, 13, 8, 5, 0));
        assertEquals("2025/10/13 08:05:00", t.text());
        assertEquals(Optional.of(Instant.parse("2025-10-13T01:05:00Z")), t.instant());
    }

    @Test
    void isoTextWithOffsetIsUnderstoodButNotCanonical() {
        EdxmlTimestamp iso = EdxmlTimestamp.parse("2018-09-28T17:25:11+07:00");
        assertFalse(iso.isCanonical());
        assertEquals(Optional.of(Instant.parse("2018-09-28T10:25:11Z")), iso.instant());
        EdxmlTimestamp utc = EdxmlTimestamp.parse("2018-05-15T07:19:17Z");
        assertEquals(Optional.of(Instant.parse("2018-05-15T07:19:17Z")), utc.instant());
        assertEquals(Optional.of(ZoneOffset.UTC), utc.offsetDateTime().map(OffsetDateTime::getOffset));
        assertEquals("2018-05-15T07:19:17Z", utc.text());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2018/09/28 24:00:00",
                "2018/02/30 10:00:00",
                "2018/09/28 17:60:00",
                "2018/09/28",
                "28/09/2018 17:25:11",
                "2018-09-28T17:25:11",
                "2018/09/28 5:25:11",
                "bây giờ"
            })
    void otherTextIsKeptWithoutAnInstant(String text) {
        EdxmlTimestamp t = EdxmlTimestamp.parse(text);
        assertEquals(text, t.text());
        assertFalse(t.isCanonical(), text);
        assertEquals(Optional.empty(), t.instant(), text);
    }

    @Test
    void blankIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> EdxmlTimestamp.parse(""));
        assertThrows(IllegalArgumentException.class, () -> EdxmlTimestamp.parse("  "));
        assertThrows(NullPointerException.class, () -> EdxmlTimestamp.parse(null));
    }

    @Test
    void equalityIsByText() {
        assertEquals(
                EdxmlTimestamp.parse("2018/09/28 17:25:11"), EdxmlTimestamp.of(Instant.parse("2018-09-28T10:25:11Z")));
        assertFalse(
                EdxmlTimestamp.parse("2018-09-28T17:25:11+07:00").equals(EdxmlTimestamp.parse("2018/09/28 17:25:11")),
                "same instant, different text");
    }
}
