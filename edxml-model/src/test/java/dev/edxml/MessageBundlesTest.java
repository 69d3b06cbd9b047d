package dev.edxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Vietnamese and English bundles have the same codes and the same placeholders (conventions, principle 5). */
class MessageBundlesTest {
    private static final Pattern CODE = Pattern.compile("EDXML-(ENV|HDR|TRC|ATT|SIG|PDF|STA)-\\d{3}");
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void bundlesHaveTheSameCodes() {
        Set<String> vi = new TreeSet<>(Messages.codes("vi"));
        Set<String> en = new TreeSet<>(Messages.codes("en"));
        assertFalse(en.isEmpty(), "no codes in the English bundle");
        Set<String> onlyVi = new TreeSet<>(vi);
        onlyVi.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(vi);
        assertEquals(en, vi, "only in vi: " + onlyVi + ", only in en: " + onlyEn);
    }

    @Test
    void everyCodeFollowsTheNamingConvention() {
        for (String lang : List.of("vi", "en")) {
            for (String code : Messages.codes(lang)) {
                assertTrue(CODE.matcher(code).matches(), lang + ": " + code);
            }
        }
    }

    /**
     * Both languages use the same arguments, and every argument reaches the text: a single quote that MessageFormat
     * reads as quoting would swallow the placeholders after it.
     */
    @Test
    void everyMessageRendersItsArgumentsInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (String code : new TreeSet<>(Messages.codes("en"))) {
            String[] args = {"ARG-ZERO", "ARG-ONE", "ARG-TWO", "ARG-THREE", "ARG-FOUR"};
            EdxmlException e = new EdxmlException(code, args);
            String en = e.message(Locale.ENGLISH);
            String vi = e.message(VI);
            if (en.isBlank() || vi.isBlank()) {
                problems.add(code + ": empty message");
                continue;
            }
            if (en.equals(vi)) {
                problems.add(code + ": the Vietnamese text is the English one");
            }
            Set<String> usedEn = used(en, args);
            Set<String> usedVi = used(vi, args);
            if (!usedEn.equals(usedVi)) {
                problems.add(code + ": arguments en " + usedEn + " vi " + usedVi);
            }
            if (en.contains("{") || vi.contains("{")) {
                problems.add(code + ": unformatted placeholder: " + en + " / " + vi);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void describeNamesCodeAndPosition() {
        String code = new TreeSet<>(Messages.codes("en")).first();
        EdxmlException e = new EdxmlException(code, List.of("x"), 3, 7, "/edXML/edXMLEnvelope", null);
        assertTrue(e.getMessage().startsWith(code + " at 3:7 (/edXML/edXMLEnvelope): "), e.getMessage());
        assertEquals("3:7", e.position());
        assertTrue(e.describe(VI).startsWith(code + " at 3:7"), e.describe(VI));
        assertNotEquals(e.describe(Locale.ENGLISH), e.describe(VI));
        EdxmlException unplaced = new EdxmlException(code, "x");
        assertEquals("", unplaced.position());
        assertTrue(unplaced.line().isEmpty()
                && unplaced.column().isEmpty()
                && unplaced.path().isEmpty());
    }

    private static Set<String> used(String text, String[] args) {
        Set<String> s = new TreeSet<>();
        for (String a : args) {
            if (text.contains(a)) {
                s.add(a);
            }
        }
        return s;
    }
}
