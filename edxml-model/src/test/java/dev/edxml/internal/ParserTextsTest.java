package dev.edxml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.EdxmlException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ParserTextsTest {
    @Test
    void theParsersCommonComplaintsAreSaidInVietnamese() {
        assertEquals(
                "phần tử \"a\" phải được đóng bằng thẻ \"</a>\"",
                ParserTexts.vietnamese("The element type \"a\" must be terminated by the matching end-tag \"</a>\"."));
        assertEquals(
                "tài liệu kết thúc khi còn phần tử chưa đóng",
                ParserTexts.vietnamese("XML document structures must start and end within the same entity."));
        assertEquals("(thông báo của bộ phân tích XML) Something new", ParserTexts.vietnamese("Something new"));
    }

    @Test
    void aTruncatedPackageIsReportedWithoutEnglishInVietnamese() {
        byte[] xml = "<?xml version=\"1.0\"?>\n<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><a>"
                .getBytes(StandardCharsets.UTF_8);
        EdxmlException e = assertThrows(EdxmlException.class, () -> Edxml.parse(xml));
        assertEquals("EDXML-ENV-001", e.code());
        String vi = e.message(new Locale("vi"));
        assertTrue(vi.startsWith("Gói tin không phải XML hợp lệ: "), vi);
        assertFalse(vi.contains("must") || vi.contains("entity") || vi.contains("XML document"), vi);
        assertTrue(e.message(Locale.ENGLISH).contains("XML document structures"), e.message(Locale.ENGLISH));
    }
}
