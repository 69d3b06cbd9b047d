package dev.edxml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Identifier schemes of spec §8 with the examples given there. */
class OrganIdTest {

    @Test
    void legacyCodeReadsFromLevelFourToLevelOne() {
        OrganId id = OrganId.of("000.00.00.G22");
        assertEquals(OrganId.Scheme.LEGACY_102, id.scheme());
        assertEquals(List.of("G22"), id.levels(), "empty levels 000 and 00 left out");
        assertEquals(Optional.of('G'), id.groupLetter());
        assertEquals("000.00.00.G22", id.value());
        assertEquals("000.00.00.G22", id.toString());
        assertMentions(id, "G22");
        assertTrue(id.explain().toLowerCase(Locale.ROOT).contains("ministr"), id.explain());
    }

    @Test
    void legacyCodeWithLowerLevels() {
        OrganId id = OrganId.of("002.00.20.H13");
        assertEquals(OrganId.Scheme.LEGACY_102, id.scheme());
        assertEquals(List.of("H13", "20", "002"), id.levels());
        assertEquals(Optional.of('H'), id.groupLetter());
        assertMentions(id, "H13", "20", "002");
        assertTrue(id.explain().toLowerCase(Locale.ROOT).contains("province"), id.explain());

        assertEquals(List.of("H51", "15"), OrganId.of("000.00.15.H51").levels());
        assertEquals(List.of("A36", "30", "12"), OrganId.of("000.12.30.A36").levels());
    }

    @Test
    void qd20CodesReadFromLevelOneDown() {
        OrganId g12 = OrganId.of("G12");
        assertEquals(OrganId.Scheme.QD20, g12.scheme());
        assertEquals(List.of("G12"), g12.levels());
        assertEquals(Optional.of('G'), g12.groupLetter());
        assertMentions(g12, "G12");

        OrganId h = OrganId.of("H37.02.02");
        assertEquals(OrganId.Scheme.QD20, h.scheme());
        assertEquals(List.of("H37", "02", "02"), h.levels());
        assertEquals(Optional.of('H'), h.groupLetter());
        assertMentions(h, "H37", "02");

        OrganId dn = OrganId.of("H37.DN.001");
        assertEquals(OrganId.Scheme.QD20, dn.scheme());
        assertEquals(List.of("H37", "DN", "001"), dn.levels());

        assertNotEquals(OrganId.of("G12"), OrganId.of("000.00.00.G12"), "the two schemes are different values");
    }

    @Test
    void enterpriseCode() {
        OrganId id = OrganId.of("020100107370");
        assertEquals(OrganId.Scheme.ENTERPRISE, id.scheme());
        assertEquals(List.of(), id.levels());
        assertEquals(Optional.empty(), id.groupLetter());
        // spec §8.2: apparently 02 + the 10-digit tax code
        assertMentions(id, "0100107370");
    }

    @Test
    void systemId() {
        OrganId id = OrganId.of("vxp.saas.03");
        assertEquals(OrganId.Scheme.SYSTEM_ID, id.scheme());
        assertEquals(List.of(), id.levels());
        assertEquals(Optional.empty(), id.groupLetter());
        assertMentions(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"28.22.H17", "01.02.G22", "001.00.20.TT2", "02.29.W00", "null", "000.00.00.G2"})
    void malformedCodesAreUnknownButKept(String value) {
        OrganId id = OrganId.of(value);
        assertEquals(OrganId.Scheme.UNKNOWN, id.scheme(), value);
        assertEquals(List.of(), id.levels());
        assertEquals(Optional.empty(), id.groupLetter());
        assertEquals(value, id.value());
        assertMentions(id);
    }

    @Test
    void explanationsDifferByLanguage() {
        for (String v : List.of("000.00.00.G22", "H37.02.02", "020100107370", "vxp.saas.03", "28.22.H17")) {
            OrganId id = OrganId.of(v);
            assertNotEquals(id.explain(), id.explainVi(), v);
        }
        assertTrue(
                OrganId.of("H37.02.02").explainVi().contains("tỉnh"),
                OrganId.of("H37.02.02").explainVi());
    }

    @Test
    void blankIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> OrganId.of(""));
        assertThrows(IllegalArgumentException.class, () -> OrganId.of("  \t"));
        assertThrows(NullPointerException.class, () -> OrganId.of(null));
    }

    @Test
    void equalityIsByValue() {
        assertEquals(OrganId.of("000.00.00.G22"), new OrganId("000.00.00.G22"));
        assertEquals(OrganId.of("G12").hashCode(), OrganId.of("G12").hashCode());
        assertNotEquals(OrganId.of("g12"), OrganId.of("G12"));
    }

    /** Both explanations mention the identifier and each given part. */
    private static void assertMentions(OrganId id, String... parts) {
        for (String text : List.of(id.explain(), id.explainVi())) {
            assertTrue(text.contains(id.value()), text);
            for (String p : parts) {
                assertTrue(text.contains(p), () -> text + " should mention " + p);
            }
        }
    }
}
