package dev.edxml.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The type of a document (loại văn bản, {@code MessageHeader/DocumentType}): category ({@code Type}: 1 văn bản quy
 * phạm pháp luật, 2 văn bản hành chính), detail code within the category ({@code TypeDetail}) and the type's name
 * ({@code TypeName}, e.g. {@code Công văn}).
 *
 * <p>The constants are the document-type catalogue (danh mục loại văn bản): {@code .documentType(DocumentType.OFFICIAL_LETTER)}
 * writes {@code Type=2, TypeDetail=18, TypeName=Công văn}. Source: the table of Amendment 1:2022 as read from a
 * third-party copy (spec §11.3). The administrative codes 10–17 were inferred to fill gaps and codes from 27 on were
 * not captured: both are uncertain until the official text is checked. Abbreviations for {@code CodeNotation} are
 * from Decree 30/2020 Appendix III (empty where the type has none, e.g. Công văn). An open list: a type not in the
 * catalogue is read and written like any other, and {@link #catalogueEntry()} is empty for it.
 *
 * @param category   {@code Type}
 * @param detail     {@code TypeDetail}
 * @param name       {@code TypeName}
 * @param extensions unknown children and attributes, kept
 * @since 0.1.0
 */
public record DocumentType(
        Optional<DocumentCategory> category, Optional<Integer> detail, Optional<String> name, Extensions extensions) {
    /** English name and {@code CodeNotation} abbreviation of a catalogue entry. */
    private record Names(String nameEn, String abbreviation) {}

    /** Filled while the class initialises (by {@link #entry}), only read afterwards. */
    private static final Map<DocumentType, Names> NAMES = new java.util.HashMap<>();

    /** Constitution (Hiến pháp), {@code Type=1, TypeDetail=1}. */
    public static final DocumentType LEGAL_CONSTITUTION =
            entry(DocumentCategory.LEGAL_NORMATIVE, 1, "Hiến pháp", "Constitution", "");
    /** Law (Luật), {@code Type=1, TypeDetail=2}. */
    public static final DocumentType LEGAL_LAW = entry(DocumentCategory.LEGAL_NORMATIVE, 2, "Luật", "Law", "");
    /** Ordinance (Pháp lệnh), {@code Type=1, TypeDetail=3}. */
    public static final DocumentType LEGAL_ORDINANCE =
            entry(DocumentCategory.LEGAL_NORMATIVE, 3, "Pháp lệnh", "Ordinance", "");
    /** Order (Lệnh), {@code Type=1, TypeDetail=4}. */
    public static final DocumentType LEGAL_ORDER = entry(DocumentCategory.LEGAL_NORMATIVE, 4, "Lệnh", "Order", "");
    /** Resolution (Nghị quyết), {@code Type=1, TypeDetail=5}. */
    public static final DocumentType LEGAL_RESOLUTION =
            entry(DocumentCategory.LEGAL_NORMATIVE, 5, "Nghị quyết", "Resolution", "");
    /** Joint resolution (Nghị quyết liên tịch), {@code Type=1, TypeDetail=6}. */
    public static final DocumentType LEGAL_JOINT_RESOLUTION =
            entry(DocumentCategory.LEGAL_NORMATIVE, 6, "Nghị quyết liên tịch", "Joint resolution", "");
    /** Decree (Nghị định), {@code Type=1, TypeDetail=7}. */
    public static final DocumentType LEGAL_DECREE =
            entry(DocumentCategory.LEGAL_NORMATIVE, 7, "Nghị định", "Decree", "");
    /** Decision (Quyết định), {@code Type=1, TypeDetail=8}. */
    public static final DocumentType LEGAL_DECISION =
            entry(DocumentCategory.LEGAL_NORMATIVE, 8, "Quyết định", "Decision", "");
    /** Circular (Thông tư), {@code Type=1, TypeDetail=9}. */
    public static final DocumentType LEGAL_CIRCULAR =
            entry(DocumentCategory.LEGAL_NORMATIVE, 9, "Thông tư", "Circular", "");
    /** Joint circular (Thông tư liên tịch), {@code Type=1, TypeDetail=10}. */
    public static final DocumentType LEGAL_JOINT_CIRCULAR =
            entry(DocumentCategory.LEGAL_NORMATIVE, 10, "Thông tư liên tịch", "Joint circular", "");
    /** Directive (Chỉ thị), {@code Type=1, TypeDetail=11}. */
    public static final DocumentType LEGAL_DIRECTIVE =
            entry(DocumentCategory.LEGAL_NORMATIVE, 11, "Chỉ thị", "Directive", "");
    /** Code (Bộ luật), {@code Type=1, TypeDetail=12}. */
    public static final DocumentType LEGAL_CODE = entry(DocumentCategory.LEGAL_NORMATIVE, 12, "Bộ luật", "Code", "");
    /** Legal document of a special administrative-economic unit (Văn bản quy phạm pháp luật của chính quyền địa phương ở đơn vị hành chính - kinh tế đặc biệt), {@code Type=1, TypeDetail=13}. */
    public static final DocumentType LEGAL_SPECIAL_ZONE_LEGAL_DOCUMENT = entry(
            DocumentCategory.LEGAL_NORMATIVE,
            13,
            "Văn bản quy phạm pháp luật của chính quyền địa phương ở đơn vị hành chính - kinh tế đặc biệt",
            "Legal document of a special administrative-economic unit",
            "");
    /** Resolution (individual) (Nghị quyết (cá biệt)), {@code Type=2, TypeDetail=1}. */
    public static final DocumentType RESOLUTION =
            entry(DocumentCategory.ADMINISTRATIVE, 1, "Nghị quyết (cá biệt)", "Resolution (individual)", "NQ");
    /** Decision (individual) (Quyết định (cá biệt)), {@code Type=2, TypeDetail=2}. */
    public static final DocumentType DECISION =
            entry(DocumentCategory.ADMINISTRATIVE, 2, "Quyết định (cá biệt)", "Decision (individual)", "QĐ");
    /** Directive (Chỉ thị), {@code Type=2, TypeDetail=3}. */
    public static final DocumentType DIRECTIVE =
            entry(DocumentCategory.ADMINISTRATIVE, 3, "Chỉ thị", "Directive", "CT");
    /** Statute (Quy chế), {@code Type=2, TypeDetail=4}. */
    public static final DocumentType STATUTE = entry(DocumentCategory.ADMINISTRATIVE, 4, "Quy chế", "Statute", "QC");
    /** Regulation (Quy định), {@code Type=2, TypeDetail=5}. */
    public static final DocumentType REGULATION =
            entry(DocumentCategory.ADMINISTRATIVE, 5, "Quy định", "Regulation", "QyĐ");
    /** Communiqué (Thông cáo), {@code Type=2, TypeDetail=6}. */
    public static final DocumentType COMMUNIQUE =
            entry(DocumentCategory.ADMINISTRATIVE, 6, "Thông cáo", "Communiqué", "TC");
    /** Notice (Thông báo), {@code Type=2, TypeDetail=7}. */
    public static final DocumentType NOTICE = entry(DocumentCategory.ADMINISTRATIVE, 7, "Thông báo", "Notice", "TB");
    /** Guidance (Hướng dẫn), {@code Type=2, TypeDetail=8}. */
    public static final DocumentType GUIDANCE =
            entry(DocumentCategory.ADMINISTRATIVE, 8, "Hướng dẫn", "Guidance", "HD");
    /** Programme (Chương trình), {@code Type=2, TypeDetail=9}. */
    public static final DocumentType PROGRAMME =
            entry(DocumentCategory.ADMINISTRATIVE, 9, "Chương trình", "Programme", "CTr");
    /** Plan (Kế hoạch), {@code Type=2, TypeDetail=10}. */
    public static final DocumentType PLAN = entry(DocumentCategory.ADMINISTRATIVE, 10, "Kế hoạch", "Plan", "KH");
    /** Scheme (Phương án), {@code Type=2, TypeDetail=11}. */
    public static final DocumentType SCHEME = entry(DocumentCategory.ADMINISTRATIVE, 11, "Phương án", "Scheme", "PA");
    /** Proposal (Đề án), {@code Type=2, TypeDetail=12}. */
    public static final DocumentType PROPOSAL = entry(DocumentCategory.ADMINISTRATIVE, 12, "Đề án", "Proposal", "ĐA");
    /** Project (Dự án), {@code Type=2, TypeDetail=13}. */
    public static final DocumentType PROJECT = entry(DocumentCategory.ADMINISTRATIVE, 13, "Dự án", "Project", "DA");
    /** Report (Báo cáo), {@code Type=2, TypeDetail=14}. */
    public static final DocumentType REPORT = entry(DocumentCategory.ADMINISTRATIVE, 14, "Báo cáo", "Report", "BC");
    /** Minutes (Biên bản), {@code Type=2, TypeDetail=15}. */
    public static final DocumentType MINUTES = entry(DocumentCategory.ADMINISTRATIVE, 15, "Biên bản", "Minutes", "BB");
    /** Submission (Tờ trình), {@code Type=2, TypeDetail=16}. */
    public static final DocumentType SUBMISSION =
            entry(DocumentCategory.ADMINISTRATIVE, 16, "Tờ trình", "Submission", "TTr");
    /** Contract (Hợp đồng), {@code Type=2, TypeDetail=17}. */
    public static final DocumentType CONTRACT =
            entry(DocumentCategory.ADMINISTRATIVE, 17, "Hợp đồng", "Contract", "HĐ");
    /** Official letter (Công văn), {@code Type=2, TypeDetail=18}. */
    public static final DocumentType OFFICIAL_LETTER =
            entry(DocumentCategory.ADMINISTRATIVE, 18, "Công văn", "Official letter", "");
    /** Official telegram (Công điện), {@code Type=2, TypeDetail=19}. */
    public static final DocumentType OFFICIAL_TELEGRAM =
            entry(DocumentCategory.ADMINISTRATIVE, 19, "Công điện", "Official telegram", "CĐ");
    /** Memorandum of understanding (Bản ghi nhớ), {@code Type=2, TypeDetail=20}. */
    public static final DocumentType MEMORANDUM =
            entry(DocumentCategory.ADMINISTRATIVE, 20, "Bản ghi nhớ", "Memorandum of understanding", "BGN");
    /** Commitment (Bản cam kết), {@code Type=2, TypeDetail=21}. */
    public static final DocumentType COMMITMENT =
            entry(DocumentCategory.ADMINISTRATIVE, 21, "Bản cam kết", "Commitment", "");
    /** Agreement (Bản thỏa thuận), {@code Type=2, TypeDetail=22}. */
    public static final DocumentType AGREEMENT =
            entry(DocumentCategory.ADMINISTRATIVE, 22, "Bản thỏa thuận", "Agreement", "BTT");
    /** Certificate (Giấy chứng nhận), {@code Type=2, TypeDetail=23}. */
    public static final DocumentType CERTIFICATE =
            entry(DocumentCategory.ADMINISTRATIVE, 23, "Giấy chứng nhận", "Certificate", "");
    /** Letter of authorisation (Giấy ủy quyền), {@code Type=2, TypeDetail=24}. */
    public static final DocumentType AUTHORIZATION =
            entry(DocumentCategory.ADMINISTRATIVE, 24, "Giấy ủy quyền", "Letter of authorisation", "GUQ");
    /** Invitation (Giấy mời), {@code Type=2, TypeDetail=25}. */
    public static final DocumentType INVITATION =
            entry(DocumentCategory.ADMINISTRATIVE, 25, "Giấy mời", "Invitation", "GM");
    /** Letter of introduction (Giấy giới thiệu), {@code Type=2, TypeDetail=26}. */
    public static final DocumentType INTRODUCTION =
            entry(DocumentCategory.ADMINISTRATIVE, 26, "Giấy giới thiệu", "Letter of introduction", "GGT");

    private static final List<DocumentType> CATALOGUE = List.of(
            LEGAL_CONSTITUTION,
            LEGAL_LAW,
            LEGAL_ORDINANCE,
            LEGAL_ORDER,
            LEGAL_RESOLUTION,
            LEGAL_JOINT_RESOLUTION,
            LEGAL_DECREE,
            LEGAL_DECISION,
            LEGAL_CIRCULAR,
            LEGAL_JOINT_CIRCULAR,
            LEGAL_DIRECTIVE,
            LEGAL_CODE,
            LEGAL_SPECIAL_ZONE_LEGAL_DOCUMENT,
            RESOLUTION,
            DECISION,
            DIRECTIVE,
            STATUTE,
            REGULATION,
            COMMUNIQUE,
            NOTICE,
            GUIDANCE,
            PROGRAMME,
            PLAN,
            SCHEME,
            PROPOSAL,
            PROJECT,
            REPORT,
            MINUTES,
            SUBMISSION,
            CONTRACT,
            OFFICIAL_LETTER,
            OFFICIAL_TELEGRAM,
            MEMORANDUM,
            COMMITMENT,
            AGREEMENT,
            CERTIFICATE,
            AUTHORIZATION,
            INVITATION,
            INTRODUCTION);

    public DocumentType {
        category = Opt.some(category, "category");
        detail = Opt.some(detail, "detail");
        name = Opt.text(name, "name");
        extensions = Opt.ext(extensions);
    }

    private static DocumentType entry(
            DocumentCategory category, int detail, String nameVi, String nameEn, String abbreviation) {
        DocumentType t =
                new DocumentType(Optional.of(category), Optional.of(detail), Optional.of(nameVi), Extensions.NONE);
        NAMES.put(t, new Names(nameEn, abbreviation));
        return t;
    }

    /** A type given by category and name only, as many packages carry it. */
    public static DocumentType of(DocumentCategory category, String name) {
        return new DocumentType(Optional.of(category), Optional.empty(), Opt.text(name), Extensions.NONE);
    }

    /** The catalogue entry for a category and detail code. */
    public static Optional<DocumentType> find(DocumentCategory category, int detail) {
        return CATALOGUE.stream()
                .filter(t -> t.category.orElseThrow().equals(category) && t.detail.orElseThrow() == detail)
                .findFirst();
    }

    /**
     * The catalogue entries whose Vietnamese name is {@code nameVi}, compared without case and after NFC
     * normalisation (real packages carry decomposed Vietnamese, spec §2.4).
     */
    public static List<DocumentType> findByName(String nameVi) {
        String n = fold(nameVi);
        List<DocumentType> out = new ArrayList<>();
        for (DocumentType t : CATALOGUE) {
            if (fold(t.name.orElseThrow()).equals(n)) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Every entry of the catalogue. */
    public static List<DocumentType> catalogue() {
        return CATALOGUE;
    }

    /** The catalogue entry named by category and detail code, if both are present and known. */
    public Optional<DocumentType> catalogueEntry() {
        return category.flatMap(c -> detail.flatMap(d -> find(c, d)));
    }

    /** The catalogue's Vietnamese name for this category and detail code. */
    public Optional<String> nameVi() {
        return catalogueEntry().flatMap(DocumentType::name);
    }

    /** The catalogue's English name for this category and detail code. */
    public Optional<String> nameEn() {
        return catalogueEntry().map(t -> NAMES.get(t).nameEn());
    }

    /**
     * The catalogue's abbreviation for {@code CodeNotation} (Decree 30/2020 Appendix III), e.g. {@code QĐ}; empty text
     * for a catalogued type that has none (Công văn), empty for a type not in the catalogue.
     */
    public Optional<String> abbreviation() {
        return catalogueEntry().map(t -> NAMES.get(t).abbreviation());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DocumentType[");
        Opt.add(sb, "category", category.map(OpenCode::code));
        Opt.add(sb, "detail", detail);
        Opt.add(sb, "name", name);
        nameEn().ifPresent(en -> Opt.add(sb, "nameEn", Optional.of(en)));
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }
}
