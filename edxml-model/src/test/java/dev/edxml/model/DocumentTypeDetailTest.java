package dev.edxml.model;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The document-type catalogue against the table of spec §11.3 and the abbreviations of §11.9. */
class DocumentTypeDetailTest {

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
        Optional<DocumentTypeDetail> d = DocumentTypeDetail.find(c, code);
        assertTrue(d.isPresent(), () -> c.code() + "/" + code + " not in the catalogue");
        assertEquals(c, d.get().category());
        assertEquals(code, d.get().code());
        return d.get().nameVi();
    }

    @Test
    void unknownEntriesAreNotFound() {
        assertEquals(Optional.empty(), DocumentTypeDetail.find(DocumentCategory.ADMINISTRATIVE, 0));
        assertEquals(Optional.empty(), DocumentTypeDetail.find(DocumentCategory.ADMINISTRATIVE, 99));
        assertEquals(Optional.empty(), DocumentTypeDetail.find(DocumentCategory.LEGAL_NORMATIVE, 14));
        assertEquals(Optional.empty(), DocumentTypeDetail.find(DocumentCategory.of("71"), 1));
        assertEquals(Optional.empty(), DocumentTypeDetail.find(DocumentCategory.LEGAL_NORMATIVE, -1));
    }

    @Test
    void catalogueCoversTheTableWithoutGaps() {
        Map<DocumentCategory, Set<Integer>> codes = DocumentTypeDetail.all().stream().collect(
                Collectors.groupingBy(DocumentTypeDetail::category,
                        Collectors.mapping(DocumentTypeDetail::code, Collectors.toSet())));
        assertEquals(Set.of(DocumentCategory.LEGAL_NORMATIVE, DocumentCategory.ADMINISTRATIVE), codes.keySet());
        assertEquals(IntStream.rangeClosed(1, 13).boxed().collect(Collectors.toSet()),
                codes.get(DocumentCategory.LEGAL_NORMATIVE));
        assertEquals(IntStream.rangeClosed(1, 26).boxed().collect(Collectors.toSet()),
                codes.get(DocumentCategory.ADMINISTRATIVE));
    }

    @Test
    void catalogueIsConsistent() {
        Set<String> keys = new HashSet<>();
        for (DocumentTypeDetail d : DocumentTypeDetail.all()) {
            assertTrue(keys.add(d.category().code() + "/" + d.code()), () -> "code repeated in its category: " + d);
            assertTrue(d.category().isKnown(), d::toString);
            assertTrue(d.code() > 0, d::toString);
            assertFalse(d.nameVi().isBlank(), d::toString);
            assertFalse(d.nameEn().isBlank(), d::toString);
            assertEquals(d.nameVi().strip(), d.nameVi(), d::toString);
            assertEquals(Normalizer.normalize(d.nameVi(), Normalizer.Form.NFC), d.nameVi(), "NFC: " + d);
            assertEquals(d.abbreviation().strip(), d.abbreviation(), d::toString);
            assertEquals(Optional.of(d), DocumentTypeDetail.find(d.category(), d.code()));
            assertTrue(DocumentTypeDetail.findByName(d.nameVi()).contains(d), d::toString);
            DocumentType t = DocumentType.of(d);
            assertEquals(Optional.of(d), t.catalogueEntry());
            assertEquals(Optional.of(d.nameVi()), t.name());
            assertTrue(d.toString().contains(d.nameVi()), d::toString);
        }
        // names are unique within a category (the same name may appear in both, e.g. Chỉ thị)
        for (DocumentCategory c : DocumentCategory.known()) {
            List<String> names = DocumentTypeDetail.all().stream().filter(d -> d.category().equals(c))
                    .map(d -> d.nameVi().toLowerCase(Locale.ROOT)).toList();
            assertEquals(names.size(), new HashSet<>(names).size(), "names repeated in category " + c.code());
        }
        assertThrows(UnsupportedOperationException.class,
                () -> DocumentTypeDetail.all().add(DocumentTypeDetail.all().get(0)));
    }

    @Test
    void findByNameIgnoresCaseAndSurroundingSpace() {
        List<DocumentTypeDetail> cv = DocumentTypeDetail.findByName("Công văn");
        assertEquals(1, cv.size());
        assertEquals(18, cv.get(0).code());
        assertEquals(DocumentCategory.ADMINISTRATIVE, cv.get(0).category());
        assertEquals(cv, DocumentTypeDetail.findByName("  công văn "));
        assertEquals(cv, DocumentTypeDetail.findByName("CÔNG VĂN"));
        assertEquals(List.of(), DocumentTypeDetail.findByName("Không có loại này"));
        assertEquals(List.of(), DocumentTypeDetail.findByName("Công"));
    }

    @Test
    void findByNameReturnsEveryCategoryWithThatName() {
        // "Chỉ thị" is 1/11 (legal normative) and 2/3 (administrative) in the table
        Set<String> found = DocumentTypeDetail.findByName("Chỉ thị").stream()
                .map(d -> d.category().code() + "/" + d.code()).collect(Collectors.toSet());
        assertEquals(Set.of("1/11", "2/3"), found);
    }

    @Test
    void findByNameMatchesDecomposedVietnamese() {
        // spec §2.4: some Vietnamese text in real packages is NFD; §12.1.11: normalise to NFC for comparison
        String nfd = Normalizer.normalize("Công văn", Normalizer.Form.NFD);
        assertEquals(DocumentTypeDetail.findByName("Công văn"), DocumentTypeDetail.findByName(nfd));
    }

    @Test
    void abbreviationsFollowDecree30AppendixIII() {
        Map<String, String> spec = Map.of("Quyết định (cá biệt)", "QĐ", "Quy định", "QyĐ", "Chương trình", "CTr",
                "Tờ trình", "TTr", "Công điện", "CĐ", "Hợp đồng", "HĐ", "Bản ghi nhớ", "BGN", "Giấy mời", "GM",
                "Đề án", "ĐA", "Công văn", "");
        spec.forEach((name, abbr) -> {
            List<DocumentTypeDetail> d = DocumentTypeDetail.findByName(name).stream()
                    .filter(x -> x.category().equals(DocumentCategory.ADMINISTRATIVE)).toList();
            assertEquals(1, d.size(), name);
            assertEquals(abbr, d.get(0).abbreviation(), name);
        });
    }

    @Test
    void documentTypeOfCategoryAndName() {
        DocumentType t = DocumentType.of(DocumentCategory.ADMINISTRATIVE, "Công văn");
        assertEquals(Optional.empty(), t.detail());
        assertEquals(Optional.empty(), t.catalogueEntry());
        assertEquals(Optional.of("Công văn"), t.name());
        DocumentType mismatch = new DocumentType(Optional.of(DocumentCategory.of("71")), Optional.of(1),
                Optional.of("Báo cáo"), Extensions.NONE);
        assertEquals(Optional.empty(), mismatch.catalogueEntry());
        assertFalse(mismatch.toString().contains("Optional["), mismatch.toString());
    }
}
