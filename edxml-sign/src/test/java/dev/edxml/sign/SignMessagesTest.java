package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.sign.internal.SignMessages;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Vietnamese and English messages of this module's codes are kept in step. */
class SignMessagesTest {
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void bothLanguagesHaveTheSameCodes() {
        Set<String> vi = new TreeSet<>(SignMessages.codes("vi"));
        Set<String> en = new TreeSet<>(SignMessages.codes("en"));
        assertFalse(vi.isEmpty());
        assertEquals(en, vi);
    }

    @Test
    void codesAreWellFormed() {
        for (String code : SignMessages.codes("en")) {
            // besides the codes, the texts of a sender binding's evidence (binding.*), which are no codes
            assertTrue(code.matches("EDXML-(SIG|PDF)-\\d{3}|binding\\.[a-z-]+"), code);
        }
    }

    @Test
    void bothLanguagesUseTheSameArguments() {
        for (String code : SignMessages.codes("en")) {
            List<String> args = List.of("«0»", "«1»", "«2»", "«3»", "«4»", "«5»");
            assertEquals(
                    used(SignMessages.text(code, args, Locale.ENGLISH)), used(SignMessages.text(code, args, VI)), code);
            assertFalse(SignMessages.text(code, args, VI).contains("{"), code + " has an unformatted argument");
        }
    }

    @Test
    void vietnameseIsChosenOnlyForVi() {
        String en = SignMessages.text("EDXML-SIG-001", List.of(), Locale.ENGLISH);
        assertEquals(en, SignMessages.text("EDXML-SIG-001", List.of(), Locale.FRENCH));
        assertFalse(en.equals(SignMessages.text("EDXML-SIG-001", List.of(), VI)));
    }

    private static Set<String> used(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("«\\d»").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
