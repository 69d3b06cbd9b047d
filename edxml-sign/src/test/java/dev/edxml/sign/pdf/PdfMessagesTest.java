package dev.edxml.sign.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Finding;
import dev.edxml.sign.internal.SignMessages;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfMessagesTest {
    static Set<String> declaredCodes() throws IllegalAccessException {
        Set<String> codes = new TreeSet<>();
        for (Field f : PdfCodes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        return codes;
    }

    @Test
    void everyPdfCodeHasAVietnameseAndAnEnglishMessage() throws Exception {
        Set<String> declared = declaredCodes();
        Set<String> en = SignMessages.codes("en").stream()
                .filter(c -> c.startsWith("EDXML-PDF-"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> vi = SignMessages.codes("vi").stream()
                .filter(c -> c.startsWith("EDXML-PDF-"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, en);
        assertEquals(declared, vi);
        for (String code : declared) {
            Finding p = SignMessages.error(code, "Chữ ký 1", "chi tiết", "2", "người", "cao", "lý do");
            String e = p.messageEn();
            String v = p.messageVi();
            assertFalse(e.startsWith(code), code + " has no English text");
            assertFalse(v.startsWith(code), code + " has no Vietnamese text");
            assertNotEquals(e, v, code);
            assertFalse(e.contains("{") || v.contains("{"), code + ": an unfilled placeholder or a lone quote");
            assertTrue(v.chars().anyMatch(c -> c > 0x7F), code + " Vietnamese text without diacritics: " + v);
        }
        assertTrue(SignMessages.error(PdfCodes.VALUE_FAILS, "S").messageEn().contains("signer's"));
    }

    @Test
    void changeKindsDescribeThemselvesInBothLanguages() {
        for (PdfChange c : PdfChange.values()) {
            assertNotEquals(c.describe(Locale.ENGLISH), c.describe(Locale.forLanguageTag("vi")), c.name());
        }
    }

    /** The end-to-end vector for EDXML-PDF-021: the revision a signature covers cannot be parsed on its own. */
    @Test
    void aRevisionThatCannotBeParsedMakesTheAppendedPartUnreadable() throws Exception {
        byte[] pdf = PdfFixtures.textPdf();
        try (PdfSource src = PdfSource.spool(new java.io.ByteArrayInputStream(pdf));
                PDDocument whole = Loader.loadPDF(pdf)) {
            RevisionDiff.Outcome o = PdfInspection.changeAfter(src, 40, whole);
            assertEquals(PdfChange.UNREADABLE, o.change(), o::toString);
            Finding p = PdfInspection.tailProblem(pdf.length - 40, o).orElseThrow();
            assertEquals(PdfCodes.TAIL_UNREADABLE, p.code());
            assertTrue(p.isError());
        }
        List<String> seen = new ArrayList<>();
        for (PdfChange c : PdfChange.values()) {
            PdfInspection.tailProblem(1, new RevisionDiff.Outcome(c, List.of("x")))
                    .ifPresent(p -> seen.add(p.code()));
        }
        assertEquals(PdfChange.values().length - 1, seen.size());
    }
}
