package dev.edxml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The document-type catalogue against the table of spec §11.3 and the abbreviations of §11.9. */
class DocumentTypeTest {

    @Test
    void findsEntriesOfTheSpecificationTable() {
        assertEquals("Hiến pháp", name(DocumentCategory.LEGAL_NORMATIVE, 1));
        assertEquals("Luật", name(DocumentCategory.LEGAL_NORMATIVE, 2));
        assertEquals("Nghị định", name(DocumentCategory.LEGAL_NORMATIVE, 7));
        assertEquals("Thông tư", name(DocumentCategory.LEGAL_NORMATIVE, 9));
        assertEquals("Bộ luật", name(DocumentCategory.LEGAL_NORMATIVE, 12));
        assertEquals("Quyết định (cá biệt)", name(DocumentCategory.ADMINISTRATIVE, 2));
        assertEquals("Thông báo", name(DocumentCategory.ADMINISTRATIVE, 7));
        assertEquals("Báo cáo", name(DocumentCategory.ADMINISTRATIVE, 14));
        // the .NET SDK's "18 = Công văn" agrees with the table
        assertEquals("Công văn", name(DocumentCategory.ADMINISTRATIVE, 18));
        assertEquals("Giấy mời", name(DocumentCategory.ADMINISTRATIVE, 25));
        assertEquals("Giấy giới thiệu", name(DocumentCategory.ADMINISTRATIVE, 26));
    }

    private static String name(DocumentCategory c, int code) {
        Optional<DocumentType> d = DocumentType.find(c, code);
        assertTrue(d.isPresent(), () -> c.code() + "/" + code + " not in the catalogue");
        assertEquals(Optional.of(c), d.get().category());
        assertEquals(Optional.of(code), d.get().detail());
        return d.get().name().orElseThrow();
    }

    @Test
    void unknownEntriesAreNotFound() {
        assertEquals(Optional.empty(), DocumentType.find(DocumentCategory.ADMINISTRATIVE, 0));
        assertEquals(Optional.empty(), DocumentType.find(DocumentCategory.ADMINISTRATIVE, 99));
        assertEquals(Optional.empty(), DocumentType.find(DocumentCategory.LEGAL_NORMATIVE, 14));
        assertEquals(Optional.empty(), DocumentType.find(DocumentCategory.of("71"), 1));
        assertEquals(Optional.empty(), DocumentType.find(DocumentCategory.LEGAL_NORMATIVE, -1));
    }

    @Test
    void catalogueCoversTheTableWithoutGaps() {
        Map<DocumentCategory, Set<Integer>> codes = DocumentType.catalogue().stream()
                .collect(Collectors.groupingBy(
                        d -> d.category().orElseThrow(),
                        Collectors.mapping(d -> d.detail().orElseThrow(), Collectors.toSet())));
        assertEquals(Set.of(DocumentCategory.LEGAL_NORMATIVE, DocumentCategory.ADMINISTRATIVE), codes.keySet());
        assertEquals(
                IntStream.rangeClosed(1, 13).boxed().collect(Collectors.toSet()),
                codes.get(DocumentCategory.LEGAL_NORMATIVE));
        assertEquals(
                IntStream.rangeClosed(1, 26).boxed().collect(Collectors.toSet()),
                codes.get(DocumentCategory.ADMINISTRATIVE));
    }

    @Test
    void catalogueIsConsistent() {
        Set<String> keys = new HashSet<>();
        for (DocumentType d : DocumentType.catalogue()) {
            DocumentCategory cat = d.category().orElseThrow();
            int code = d.detail().orElseThrow();
            String vi = d.name().orElseThrow();
            assertTrue(keys.add(cat.code() + "/" + code), () -> "code repeated in its category: " + d);
            assertTrue(cat.isKnown(), d::toString);
            assertTrue(code > 0, d::toString);
            assertFalse(vi.isBlank(), d::toString);
            assertFalse(d.nameEn().orElseThrow().isBlank(), d::toString);
            assertEquals(vi.strip(), vi, d::toString);
            assertEquals(Normalizer.normalize(vi, Normalizer.Form.NFC), vi, "NFC: " + d);
            assertEquals(
                    d.abbreviation().orElseThrow().strip(), d.abbreviation().orElseThrow(), d::toString);
            assertEquals(Optional.of(d), DocumentType.find(cat, code));
            assertTrue(DocumentType.findByName(vi).contains(d), d::toString);
            // a type read with another name keeps it, and still finds its catalogue entry
            DocumentType read = new DocumentType(d.category(), d.detail(), Optional.of("x"), Extensions.NONE);
            assertEquals(Optional.of(d), read.catalogueEntry());
            assertEquals(Optional.of(vi), read.nameVi());
            assertEquals(d.nameEn(), read.nameEn());
            assertTrue(d.toString().contains(vi), d::toString);
        }
        // names are unique within a category (the same name may appear in both, e.g. Chỉ thị)
        for (DocumentCategory c : DocumentCategory.known()) {
            List<String> names = DocumentType.catalogue().stream()
                    .filter(d -> d.category().orElseThrow().equals(c))
                    .map(d -> d.name().orElseThrow().toLowerCase(Locale.ROOT))
                    .toList();
            assertEquals(names.size(), new HashSet<>(names).size(), "names repeated in category " + c.code());
        }
        assertThrows(UnsupportedOperationException.class, () -> DocumentType.catalogue()
                .add(DocumentType.catalogue().get(0)));
    }

    @Test
    void findByNameIgnoresCaseAndSurroundingSpace() {
        List<DocumentType> cv = DocumentType.findByName("Công văn");
        assertEquals(1, cv.size());
        assertEquals(DocumentType.OFFICIAL_LETTER, cv.get(0));
        assertEquals(Optional.of(18), cv.get(0).detail());
        assertEquals(Optional.of(DocumentCategory.ADMINISTRATIVE), cv.get(0).category());
        assertEquals(cv, DocumentType.findByName("  công văn "));
        assertEquals(cv, DocumentType.findByName("CÔNG VĂN"));
        assertEquals(List.of(), DocumentType.findByName("Không có loại này"));
        assertEquals(List.of(), DocumentType.findByName("Công"));
    }

    @Test
    void findByNameReturnsEveryCategoryWithThatName() {
        // "Chỉ thị" is 1/11 (legal normative) and 2/3 (administrative) in the table
        Set<String> found = DocumentType.findByName("Chỉ thị").stream()
                .map(d -> d.category().orElseThrow().code() + "/" + d.detail().orElseThrow())
                .collect(Collectors.toSet());
        assertEquals(Set.of("1/11", "2/3"), found);
    }

    @Test
    void findByNameMatchesDecomposedVietnamese() {
        // spec §2.4: some Vietnamese text in real packages is NFD; §12.1.11: normalise to NFC for comparison
        String nfd = Normalizer.normalize("Công văn", Normalizer.Form.NFD);
        assertEquals(DocumentType.findByName("Công văn"), DocumentType.findByName(nfd));
    }

    @Test
    void abbreviationsFollowDecree30AppendixIII() {
        Map<String, String> spec = Map.of(
                "Quyết định (cá biệt)",
                "QĐ",
                "Quy định",
                "QyĐ",
                "Chương trình",
                "CTr",
                "Tờ trình",
                "TTr",
                "Công điện",
                "CĐ",
                "Hợp đồng",
                "HĐ",
                "Bản ghi nhớ",
                "BGN",
                "Giấy mời",
                "GM",
                "Đề án",
                "ĐA",
                "Công văn",
                "");
        spec.forEach((name, abbr) -> {
            List<DocumentType> d = DocumentType.findByName(name).stream()
                    .filter(x -> x.category().orElseThrow().equals(DocumentCategory.ADMINISTRATIVE))
                    .toList();
            assertEquals(1, d.size(), name);
            assertEquals(Optional.of(abbr), d.get(0).abbreviation(), name);
        });
    }

    @Test
    void documentTypeOfCategoryAndName() {
        DocumentType t = DocumentType.of(DocumentCategory.ADMINISTRATIVE, "Công văn");
        assertEquals(Optional.empty(), t.detail());
        assertEquals(Optional.empty(), t.catalogueEntry());
        assertEquals(Optional.of("Công văn"), t.name());
        DocumentType mismatch = new DocumentType(
                Optional.of(DocumentCategory.of("71")), Optional.of(1), Optional.of("Báo cáo"), Extensions.NONE);
        assertEquals(Optional.empty(), mismatch.catalogueEntry());
        assertEquals(Optional.empty(), mismatch.nameEn());
        assertEquals(Optional.empty(), mismatch.abbreviation());
        assertFalse(mismatch.toString().contains("Optional["), mismatch.toString());
    }
}
