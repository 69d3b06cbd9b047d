package dev.edxml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates of spec §10: {@code yyyy/MM/dd}, with the variants seen in the wild. */
class EdxmlDateTest {

    @Test
    void canonicalDate() {
        EdxmlDate d = EdxmlDate.parse("2015/09/30");
        assertTrue(d.isCanonical());
        assertEquals(Optional.of(LocalDate.of(2015, 9, 30)), d.date());
        assertEquals("2015/09/30", d.text());
        assertEquals("2015/09/30", d.toString());
    }

    @Test
    void ofWritesTheRegulationsFormat() {
        assertEquals("2020/01/05", EdxmlDate.of(LocalDate.of(2020, 1, 5)).text());
        assertEquals("1999/12/31", EdxmlDate.of(LocalDate.of(1999, 12, 31)).text());
        assertEquals(EdxmlDate.parse("2024/02/29"), EdxmlDate.of(LocalDate.of(2024, 2, 29)));
        assertTrue(EdxmlDate.of(LocalDate.of(2024, 2, 29)).isCanonical());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014/02/30", "2015/02/29", "2015/13/01", "2015/00/10", "2015/04/31", "2015/01/32"})
    void impossibleDatesAreNotDates(String text) {
        // the official SDK parses leniently (2014/02/30 -> 2014-03-02); this model must not
        EdxmlDate d = EdxmlDate.parse(text);
        assertEquals(Optional.empty(), d.date(), text);
        assertFalse(d.isCanonical(), text);
        assertEquals(text, d.text());
    }

    @Test
    void variantsSeenInTheWildParseButAreNotCanonical() {
        EdxmlDate dmy = EdxmlDate.parse("30/10/2020");
        assertEquals(Optional.of(LocalDate.of(2020, 10, 30)), dmy.date());
        assertFalse(dmy.isCanonical());
        assertEquals("30/10/2020", dmy.text());

        EdxmlDate iso = EdxmlDate.parse("2020-10-30");
        assertEquals(Optional.of(LocalDate.of(2020, 10, 30)), iso.date());
        assertFalse(iso.isCanonical());
        assertEquals("2020-10-30", iso.text());

        assertNotEquals(dmy, iso, "the text is the value");
        assertNotEquals(iso, EdxmlDate.parse("2020/10/30"));
        assertEquals(Optional.empty(), EdxmlDate.parse("31/02/2020").date());
    }

    @Test
    void anyTextIsKept() {
        for (String t : new String[] {"hôm nay", "2015/09/30T00:00", "2015.09.30", "ngày 30 tháng 9"}) {
            EdxmlDate d = EdxmlDate.parse(t);
            assertEquals(t, d.text());
            assertEquals(Optional.empty(), d.date(), t);
            assertFalse(d.isCanonical());
        }
    }

    @Test
    void blankIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> EdxmlDate.parse(""));
        assertThrows(IllegalArgumentException.class, () -> EdxmlDate.parse(" \r\n"));
        assertThrows(NullPointerException.class, () -> EdxmlDate.parse(null));
        assertThrows(NullPointerException.class, () -> EdxmlDate.of(null));
    }
}
