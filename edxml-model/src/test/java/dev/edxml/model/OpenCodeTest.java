package dev.edxml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The six open code lists, against the code tables of the specification (§7.2, §11). */
class OpenCodeTest {

    /** One code list: its factory, its named codes, and the codes the specification names. */
    record CodeList(
            String name,
            Function<String, ? extends OpenCode> of,
            Supplier<List<? extends OpenCode>> known,
            Set<String> specCodes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<CodeList> codeLists() {
        return Stream.of(
                new CodeList(
                        "StatusCode",
                        StatusCode::of,
                        StatusCode::known,
                        Set.of("01", "02", "03", "04", "05", "06", "13", "15", "16")),
                new CodeList(
                        "BusinessDocType", BusinessDocType::of, BusinessDocType::known, Set.of("0", "1", "2", "3")),
                new CodeList("DocumentCategory", DocumentCategory::of, DocumentCategory::known, Set.of("1", "2")),
                new CodeList("Priority", Priority::of, Priority::known, Set.of("0", "1", "2", "3", "4")),
                new CodeList("SteeringType", SteeringType::of, SteeringType::known, Set.of("0", "1", "2")),
                new CodeList("ReceiverType", ReceiverType::of, ReceiverType::known, Set.of("0", "1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeLists")
    void namedCodesAreThoseOfTheSpecification(CodeList list) {
        List<? extends OpenCode> known = list.known().get();
        assertEquals(list.specCodes(), known.stream().map(OpenCode::code).collect(Collectors.toSet()));
        assertEquals(list.specCodes().size(), known.size(), "no code named twice");
        for (OpenCode c : known) {
            assertTrue(c.isKnown(), c::toString);
            assertEquals(c, list.of().apply(c.code()));
            assertFalse(c.nameVi().isBlank());
            assertFalse(c.nameEn().isBlank());
            assertNotEquals(c.nameVi(), c.nameEn(), "two languages for " + c.code());
            assertTrue(
                    c.toString().contains(c.code())
                            && c.toString().contains(c.nameEn())
                            && c.toString().contains(c.nameVi()),
                    c::toString);
        }
        assertEquals(
                known.size(), known.stream().map(OpenCode::nameEn).distinct().count(), "English names distinct");
        assertEquals(
                known.size(), known.stream().map(OpenCode::nameVi).distinct().count(), "Vietnamese names distinct");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeLists")
    void knownListIsInCodeOrder(CodeList list) {
        List<String> codes = list.known().get().stream().map(OpenCode::code).toList();
        assertEquals(codes.stream().sorted().toList(), codes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeLists")
    void unknownCodesKeepTheirTextAndSayTheyAreUnknown(CodeList list) {
        for (String text : List.of("71", "99", "x-y", "0 1", "Văn bản", "007")) {
            if (list.specCodes().contains(text)) {
                continue;
            }
            OpenCode c = list.of().apply(text);
            assertFalse(c.isKnown(), text);
            assertEquals(text, c.code());
            assertTrue(
                    c.nameEn().contains(text)
                            && c.nameEn().toLowerCase(Locale.ROOT).contains("unknown"),
                    c.nameEn());
            assertTrue(c.nameVi().contains(text) && c.nameVi().contains("không"), c.nameVi());
            assertTrue(c.toString().contains(text), c.toString());
            for (OpenCode k : list.known().get()) {
                assertNotEquals(k, c);
                assertNotEquals(k.nameEn(), c.nameEn());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeLists")
    void codesAreTrimmed(CodeList list) {
        for (OpenCode k : list.known().get()) {
            OpenCode padded = list.of().apply(" \t" + k.code() + "\r\n ");
            assertEquals(k, padded);
            assertEquals(k.code(), padded.code());
            assertTrue(padded.isKnown());
        }
        OpenCode unknown = list.of().apply("  71x ");
        assertEquals("71x", unknown.code());
        assertEquals(list.of().apply("71x"), unknown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeLists")
    void blankCodesAreRejected(CodeList list) {
        for (String blank : List.of("", " ", "\t\r\n", "\u2003")) {
            assertThrows(IllegalArgumentException.class, () -> list.of().apply(blank), '"' + blank + '"');
        }
        assertThrows(NullPointerException.class, () -> list.of().apply(null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeLists")
    void equalityIsByListAndCode(CodeList list) {
        OpenCode a = list.of().apply("98");
        OpenCode b = list.of().apply("98");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, list.of().apply("97"));
        assertNotEquals(a, "98");
        assertNotEquals(a, null);
    }

    @Test
    void sameCodeInDifferentListsIsNotEqual() {
        assertNotEquals(Priority.of("1"), SteeringType.of("1"));
        assertNotEquals(BusinessDocType.of("1"), ReceiverType.of("1"));
        assertNotEquals(DocumentCategory.of("2"), Priority.of("2"));
        assertNotEquals(StatusCode.of("71"), Priority.of("71"));
    }

    @Test
    void statusCodesAreTwoDigitTextNotNumbers() {
        // "01" is Arrived; "1" is another text, kept as written (spec §7.2: two-digit strings)
        assertEquals("1", StatusCode.of("1").code());
        assertNotEquals(StatusCode.ARRIVED, StatusCode.of("001"));
    }

    @Test
    void vietnameseNamesFollowTheSpecification() {
        assertEquals("Đã đến", StatusCode.of("01").nameVi());
        assertEquals("Từ chối tiếp nhận", StatusCode.of("02").nameVi());
        assertEquals("Đã tiếp nhận", StatusCode.of("03").nameVi());
        assertTrue(StatusCode.of("04").nameVi().startsWith("Phân công"));
        assertEquals("Đang xử lý", StatusCode.of("05").nameVi());
        assertEquals("Hoàn thành", StatusCode.of("06").nameVi());
        assertTrue(StatusCode.of("13").nameVi().toLowerCase(Locale.ROOT).contains("lấy lại"));
        assertTrue(StatusCode.of("15").nameVi().startsWith("Đồng ý"));
        assertTrue(StatusCode.of("16").nameVi().startsWith("Từ chối"));

        assertEquals("Thường", Priority.of("0").nameVi());
        assertEquals("Khẩn", Priority.of("1").nameVi());
        assertEquals("Thượng khẩn", Priority.of("2").nameVi());
        assertEquals("Hỏa tốc", Priority.of("3").nameVi());
        assertEquals("Hỏa tốc hẹn giờ", Priority.of("4").nameVi());

        assertEquals("Văn bản điện tử mới", BusinessDocType.of("0").nameVi());
        assertTrue(BusinessDocType.of("1").nameVi().toLowerCase(Locale.ROOT).contains("thu hồi"));
        assertTrue(BusinessDocType.of("2").nameVi().toLowerCase(Locale.ROOT).contains("cập nhật"));
        assertTrue(BusinessDocType.of("3").nameVi().toLowerCase(Locale.ROOT).contains("thay thế"));

        assertEquals("Văn bản quy phạm pháp luật", DocumentCategory.of("1").nameVi());
        assertEquals("Văn bản hành chính", DocumentCategory.of("2").nameVi());

        assertTrue(SteeringType.of("0").nameVi().toLowerCase(Locale.ROOT).contains("không"));
        assertTrue(SteeringType.of("1").nameVi().toLowerCase(Locale.ROOT).contains("chỉ đạo"));
        assertTrue(SteeringType.of("2").nameVi().toLowerCase(Locale.ROOT).contains("báo cáo"));

        assertTrue(ReceiverType.of("0").nameVi().contains("bỏ"));
        assertTrue(ReceiverType.of("1").nameVi().contains("thêm"));
    }

    @Test
    void englishNamesFollowTheSpecification() {
        assertTrue(StatusCode.of("01").nameEn().toLowerCase(Locale.ROOT).contains("arrived"));
        assertTrue(StatusCode.of("02").nameEn().toLowerCase(Locale.ROOT).contains("reject"));
        assertTrue(Priority.of("0").nameEn().toLowerCase(Locale.ROOT).contains("normal"));
        assertTrue(Priority.of("3").nameEn().toLowerCase(Locale.ROOT).contains("flash"));
        assertTrue(BusinessDocType.of("1").nameEn().toLowerCase(Locale.ROOT).contains("revo"));
        assertTrue(BusinessDocType.of("3").nameEn().toLowerCase(Locale.ROOT).contains("replace"));
        assertTrue(DocumentCategory.of("2").nameEn().toLowerCase(Locale.ROOT).contains("administrative"));
        assertTrue(ReceiverType.of("0").nameEn().toLowerCase(Locale.ROOT).contains("removed"));
        assertTrue(ReceiverType.of("1").nameEn().toLowerCase(Locale.ROOT).contains("added"));
    }

    @Test
    void constantsAreTheNamedCodes() {
        assertEquals("01", StatusCode.ARRIVED.code());
        assertEquals("16", StatusCode.CHANGE_REJECTED.code());
        assertEquals("3", BusinessDocType.REPLACE.code());
        assertEquals("4", Priority.FLASH_SCHEDULED.code());
        assertEquals("2", SteeringType.STEERING_REPORT.code());
        assertEquals("1", ReceiverType.ADDED.code());
        assertEquals("2", DocumentCategory.ADMINISTRATIVE.code());
    }
}
