package dev.edxml.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The document-type catalogue (danh mục loại văn bản, {@code DocumentType/TypeDetail} within
 * {@code DocumentType/Type}).
 *
 * <p>Source: the table of Amendment 1:2022 as read from a third-party copy (spec §11.3). The administrative codes
 * 10–17 were inferred to fill gaps and codes from 27 on were not captured: both are uncertain until the official
 * text is checked. Abbreviations for {@code CodeNotation} are from Decree 30/2020 Appendix III (empty where the
 * type has none, e.g. Công văn). An open list: codes not named here are read and written like any other.
 */
public record DocumentTypeDetail(DocumentCategory category, int code, String nameVi, String nameEn,
                                 String abbreviation) {
    /** Constitution (Hiến pháp), {@code Type=1, TypeDetail=1}. */
    public static final DocumentTypeDetail LEGAL_CONSTITUTION = new DocumentTypeDetail(DocumentCategory.LEGAL_NORMATIVE, 1, "Hiến pháp", "Constitution", "");
    /** Law (Luật), {@code Type=1, TypeDetail=2}. */
    public static final DocumentTypeDetail LEGAL_LAW = new DocumentTypeDetail(DocumentCategory.LEGAL_NORMATIVE, 2, "Luật", "Law", "");
    /** Ordinance (Pháp lệnh), {@code Type=1, TypeDetail=3}. */
    public static final DocumentTypeDetail LEGAL_ORDINANCE = new DocumentTypeDetail(DocumentCategory.LEGAL_NORMATIVE, 3, "Pháp lệnh", "Ordinance", "");
    /** Order (Lệnh), {@code Type=1, TypeDetail=4}. */
    public static final DocumentTypeDetail LEGAL_ORDER = new DocumentTypeDetail(DocumentCategory.LEGAL_NORMATIVE, 4, "Lệnh", "Order", "");
    /** Resolution (Nghị quyết), {@code Type=1, TypeDetail=5}. */
    public static final DocumentTypeDetail LEGAL_RESOLUTION = new DocumentTypeDetail(DocumentCategory.LEGAL_NORMATIVE, 5, "Nghị quyết", "Resolution", "");
    /** Joint resolution (Nghị quyết liên tịch), {@code Type=1, TypeDetail=6}. */
    public static final DocumentTypeDetail LEGAL_JOINT_RESOLUTION = new DocumentTypeDetail(DocumentCategory.LEGAL_NORMATIVE, 6, "Nghị quyết liên tịch", "Joint resolution", "");
    /** Decree (Nghị định), {@code Type=1, TypeDetail=7}. */
    public static final DocumentTypeDetail LEGAL_DECREE = new DocumentTypeDetail(DocumentCategory.LEGAL_NORMATIVE, 7, "Nghị định", "Decree", "");
    /** Decision (Quyết định), {@code Type=1, TypeDetail=8}. */
    public static final DocumentTypeDetail LEGAL_DECISION = new DocumentTypeDetail(DocumentCategory.LEGAL_NORMATIVE, 8, "Quyết định", "Decision", "");
    /** Circular (Thông tư), {@code Type=1, TypeDetail=9}. */
    public static final DocumentTypeDetail LEGAL_CIRCULAR = new DocumentTypeDetail(DocumentCategory.LEGAL_NORMATIVE, 9, "Thông tư", "Circular", "");
    /** Joint circular (Thông tư liên tịch), {@code Type=1, TypeDetail=10}. */
    public static final DocumentTypeDetail LEGAL_JOINT_CIRCULAR = new DocumentTypeDetail(DocumentCategory.LEGAL_NORMATIVE, 10, "Thông tư liên tịch", "Joint circular", "");
    /** Directive (Chỉ thị), {@code Type=1, TypeDetail=11}. */
    public static final DocumentTypeDetail LEGAL_DIRECTIVE = new DocumentTypeDetail(DocumentCategory.LEGAL_NORMATIVE, 11, "Chỉ thị", "Directive", "");
    /** Code (Bộ luật), {@code Type=1, TypeDetail=12}. */
    public static final DocumentTypeDetail LEGAL_CODE = new DocumentTypeDetail(DocumentCategory.LEGAL_NORMATIVE, 12, "Bộ luật", "Code", "");
    /** Legal document of a special administrative-economic unit (Văn bản quy phạm pháp luật của chính quyền địa phương ở đơn vị hành chính - kinh tế đặc biệt), {@code Type=1, TypeDetail=13}. */
    public static final DocumentTypeDetail LEGAL_SPECIAL_ZONE_LEGAL_DOCUMENT = new DocumentTypeDetail(DocumentCategory.LEGAL_NORMATIVE, 13, "Văn bản quy phạm pháp luật của chính quyền địa phương ở đơn vị hành chính - kinh tế đặc biệt", "Legal document of a special administrative-economic unit", "");
    /** Resolution (individual) (Nghị quyết (cá biệt)), {@code Type=2, TypeDetail=1}. */
    public static final DocumentTypeDetail RESOLUTION = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 1, "Nghị quyết (cá biệt)", "Resolution (individual)", "NQ");
    /** Decision (individual) (Quyết định (cá biệt)), {@code Type=2, TypeDetail=2}. */
    public static final DocumentTypeDetail DECISION = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 2, "Quyết định (cá biệt)", "Decision (individual)", "QĐ");
    /** Directive (Chỉ thị), {@code Type=2, TypeDetail=3}. */
    public static final DocumentTypeDetail DIRECTIVE = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 3, "Chỉ thị", "Directive", "CT");
    /** Statute (Quy chế), {@code Type=2, TypeDetail=4}. */
    public static final DocumentTypeDetail STATUTE = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 4, "Quy chế", "Statute", "QC");
    /** Regulation (Quy định), {@code Type=2, TypeDetail=5}. */
    public static final DocumentTypeDetail REGULATION = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 5, "Quy định", "Regulation", "QyĐ");
    /** Communiqué (Thông cáo), {@code Type=2, TypeDetail=6}. */
    public static final DocumentTypeDetail COMMUNIQUE = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 6, "Thông cáo", "Communiqué", "TC");
    /** Notice (Thông báo), {@code Type=2, TypeDetail=7}. */
    public static final DocumentTypeDetail NOTICE = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 7, "Thông báo", "Notice", "TB");
    /** Guidance (Hướng dẫn), {@code Type=2, TypeDetail=8}. */
    public static final DocumentTypeDetail GUIDANCE = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 8, "Hướng dẫn", "Guidance", "HD");
    /** Programme (Chương trình), {@code Type=2, TypeDetail=9}. */
    public static final DocumentTypeDetail PROGRAMME = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 9, "Chương trình", "Programme", "CTr");
    /** Plan (Kế hoạch), {@code Type=2, TypeDetail=10}. */
    public static final DocumentTypeDetail PLAN = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 10, "Kế hoạch", "Plan", "KH");
    /** Scheme (Phương án), {@code Type=2, TypeDetail=11}. */
    public static final DocumentTypeDetail SCHEME = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 11, "Phương án", "Scheme", "PA");
    /** Proposal (Đề án), {@code Type=2, TypeDetail=12}. */
    public static final DocumentTypeDetail PROPOSAL = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 12, "Đề án", "Proposal", "ĐA");
    /** Project (Dự án), {@code Type=2, TypeDetail=13}. */
    public static final DocumentTypeDetail PROJECT = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 13, "Dự án", "Project", "DA");
    /** Report (Báo cáo), {@code Type=2, TypeDetail=14}. */
    public static final DocumentTypeDetail REPORT = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 14, "Báo cáo", "Report", "BC");
    /** Minutes (Biên bản), {@code Type=2, TypeDetail=15}. */
    public static final DocumentTypeDetail MINUTES = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 15, "Biên bản", "Minutes", "BB");
    /** Submission (Tờ trình), {@code Type=2, TypeDetail=16}. */
    public static final DocumentTypeDetail SUBMISSION = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 16, "Tờ trình", "Submission", "TTr");
    /** Contract (Hợp đồng), {@code Type=2, TypeDetail=17}. */
    public static final DocumentTypeDetail CONTRACT = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 17, "Hợp đồng", "Contract", "HĐ");
    /** Official letter (Công văn), {@code Type=2, TypeDetail=18}. */
    public static final DocumentTypeDetail OFFICIAL_LETTER = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 18, "Công văn", "Official letter", "");
    /** Official telegram (Công điện), {@code Type=2, TypeDetail=19}. */
    public static final DocumentTypeDetail OFFICIAL_TELEGRAM = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 19, "Công điện", "Official telegram", "CĐ");
    /** Memorandum of understanding (Bản ghi nhớ), {@code Type=2, TypeDetail=20}. */
    public static final DocumentTypeDetail MEMORANDUM = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 20, "Bản ghi nhớ", "Memorandum of understanding", "BGN");
    /** Commitment (Bản cam kết), {@code Type=2, TypeDetail=21}. */
    public static final DocumentTypeDetail COMMITMENT = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 21, "Bản cam kết", "Commitment", "");
    /** Agreement (Bản thỏa thuận), {@code Type=2, TypeDetail=22}. */
    public static final DocumentTypeDetail AGREEMENT = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 22, "Bản thỏa thuận", "Agreement", "BTT");
    /** Certificate (Giấy chứng nhận), {@code Type=2, TypeDetail=23}. */
    public static final DocumentTypeDetail CERTIFICATE = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 23, "Giấy chứng nhận", "Certificate", "");
    /** Letter of authorisation (Giấy ủy quyền), {@code Type=2, TypeDetail=24}. */
    public static final DocumentTypeDetail AUTHORIZATION = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 24, "Giấy ủy quyền", "Letter of authorisation", "GUQ");
    /** Invitation (Giấy mời), {@code Type=2, TypeDetail=25}. */
    public static final DocumentTypeDetail INVITATION = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 25, "Giấy mời", "Invitation", "GM");
    /** Letter of introduction (Giấy giới thiệu), {@code Type=2, TypeDetail=26}. */
    public static final DocumentTypeDetail INTRODUCTION = new DocumentTypeDetail(DocumentCategory.ADMINISTRATIVE, 26, "Giấy giới thiệu", "Letter of introduction", "GGT");

    private static final List<DocumentTypeDetail> ALL = List.of(
            LEGAL_CONSTITUTION, LEGAL_LAW, LEGAL_ORDINANCE, LEGAL_ORDER, LEGAL_RESOLUTION,
            LEGAL_JOINT_RESOLUTION, LEGAL_DECREE, LEGAL_DECISION, LEGAL_CIRCULAR, LEGAL_JOINT_CIRCULAR,
            LEGAL_DIRECTIVE, LEGAL_CODE, LEGAL_SPECIAL_ZONE_LEGAL_DOCUMENT, RESOLUTION, DECISION,
            DIRECTIVE, STATUTE, REGULATION, COMMUNIQUE, NOTICE,
            GUIDANCE, PROGRAMME, PLAN, SCHEME, PROPOSAL,
            PROJECT, REPORT, MINUTES, SUBMISSION, CONTRACT,
            OFFICIAL_LETTER, OFFICIAL_TELEGRAM, MEMORANDUM, COMMITMENT, AGREEMENT,
            CERTIFICATE, AUTHORIZATION, INVITATION, INTRODUCTION);

    public DocumentTypeDetail {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(abbreviation, "abbreviation");
    }

    /** The catalogue entry for a category and detail code. */
    public static Optional<DocumentTypeDetail> find(DocumentCategory category, int code) {
        return ALL.stream().filter(t -> t.category.equals(category) && t.code == code).findFirst();
    }

    /**
     * The catalogue entries whose Vietnamese name is {@code nameVi}, compared without case and after NFC
     * normalisation (real packages carry decomposed Vietnamese, spec §2.4).
     */
    public static List<DocumentTypeDetail> findByName(String nameVi) {
        String n = fold(nameVi);
        return ALL.stream().filter(t -> fold(t.nameVi).equals(n)).toList();
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
    }

    /** Every entry of the catalogue. */
    public static List<DocumentTypeDetail> all() {
        return ALL;
    }

    @Override
    public String toString() {
        return category.code() + "/" + code + " " + nameVi + " (" + nameEn + ")";
    }
}
