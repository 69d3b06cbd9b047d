package dev.edxml.axis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The builders of the client and the local axis refuse a missing or meaningless value at once, naming it. */
class BuilderArgumentsTest {
    @Test
    void theLocalAxisRefusesNullAndNegativeSettings() {
        LocalAxis.Builder b = LocalAxis.builder();
        assertEquals(
                "tolerance",
                assertThrows(NullPointerException.class, () -> b.timestampTolerance(null))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.timestampTolerance(Duration.ofMinutes(-5)));
        b.timestampTolerance(Duration.ofMinutes(5));
        assertEquals(
                "profile",
                assertThrows(NullPointerException.class, () -> b.validation(null))
                        .getMessage());
        assertEquals(
                "policy",
                assertThrows(NullPointerException.class, () -> b.trust(null)).getMessage());
        assertEquals(
                "log",
                assertThrows(NullPointerException.class, () -> b.log(null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.hopOrganId(null));
        assertThrows(IllegalArgumentException.class, () -> b.hopOrganId("  "));
        assertEquals(
                "dir",
                assertThrows(NullPointerException.class, () -> b.dataDir(null)).getMessage());
    }

    @Test
    void theClientRefusesNullSettings() {
        AxisClient.Builder b = AxisClient.builder();
        assertThrows(NullPointerException.class, () -> b.endpoint(null));
        assertEquals(
                "requestTimeout",
                assertThrows(NullPointerException.class, () -> b.requestTimeout(null))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.connectTimeout(Duration.ZERO));
        assertThrows(NullPointerException.class, () -> b.zone(null));
    }
}
