package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LangTest {
    @Test
    void bothLanguagesHaveTheSameTexts() {
        assertEquals(Lang.VI.keys(), Lang.EN.keys());
    }

    @Test
    void textsTakeArguments() {
        assertEquals(
                "000.00.00.G22 lúc 2025/03/07 08:30:00",
                Lang.VI.t("trace.hop", "000.00.00.G22", "2025/03/07 08:30:00"));
        assertThrows(IllegalArgumentException.class, () -> Lang.EN.t("no.such.key"));
    }

    @Test
    void theLanguageIsFoundInRawArguments() {
        assertEquals(Lang.EN, Lang.fromArgs(new String[] {"inspect", "--lang", "en", "--bogus"}));
        assertEquals(Lang.EN, Lang.fromArgs(new String[] {"--lang=EN", "x"}));
        assertEquals(Lang.VI, Lang.fromArgs(new String[] {"inspect", "--lang"}));
        assertEquals(Lang.VI, Lang.fromArgs(new String[] {}));
    }
}
