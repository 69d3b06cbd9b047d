package dev.edxml.model;

import java.util.List;
import java.util.Map;

/**
 * Business type of a document package (loại nghiệp vụ văn bản, {@code Bussiness/BussinessDocType}).
 *
 * <p>An open list: {@link #of(String)} accepts any code and {@link #isKnown()} tells whether it is named here.
 *
 * @since 0.1.0
 */
public final class BusinessDocType extends OpenCode {
    /** {@code 0}: New document (Văn bản điện tử mới). */
    public static final BusinessDocType NEW = new BusinessDocType("0", "Văn bản điện tử mới", "New document", true);
    /** {@code 1}: Revocation (Thu hồi văn bản điện tử). */
    public static final BusinessDocType REVOKE =
            new BusinessDocType("1", "Thu hồi văn bản điện tử", "Revocation", true);
    /** {@code 2}: Update (Cập nhật văn bản điện tử). */
    public static final BusinessDocType UPDATE = new BusinessDocType("2", "Cập nhật văn bản điện tử", "Update", true);
    /** {@code 3}: Replacement (Thay thế văn bản điện tử). */
    public static final BusinessDocType REPLACE =
            new BusinessDocType("3", "Thay thế văn bản điện tử", "Replacement", true);

    private static final Map<String, BusinessDocType> KNOWN = index(List.of(NEW, REVOKE, UPDATE, REPLACE));

    private BusinessDocType(String code, String nameVi, String nameEn, boolean known) {
        super(code, nameVi, nameEn, known);
    }

    /** The value for {@code code} (trimmed): a named constant when known, otherwise an unknown code that keeps its text. */
    public static BusinessDocType of(String code) {
        return lookup(KNOWN, code, c -> new BusinessDocType(c, null, null, false));
    }

    /** The named codes, in code order. */
    public static List<BusinessDocType> known() {
        return sorted(KNOWN);
    }
}
