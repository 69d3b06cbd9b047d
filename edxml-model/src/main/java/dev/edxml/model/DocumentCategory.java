package dev.edxml.model;

import java.util.List;
import java.util.Map;

/**
 * Document category ({@code DocumentType/Type}): legal normative document (văn bản quy phạm pháp luật) or
 * administrative document (văn bản hành chính).
 *
 * <p>An open list: {@link #of(String)} accepts any code and {@link #isKnown()} tells whether it is named here.
 *
 * @since 0.1.0
 */
public final class DocumentCategory extends OpenCode {
    /** {@code 1}: Legal normative document (Văn bản quy phạm pháp luật). */
    public static final DocumentCategory LEGAL_NORMATIVE =
            new DocumentCategory("1", "Văn bản quy phạm pháp luật", "Legal normative document", true);
    /** {@code 2}: Administrative document (Văn bản hành chính). */
    public static final DocumentCategory ADMINISTRATIVE =
            new DocumentCategory("2", "Văn bản hành chính", "Administrative document", true);

    private static final Map<String, DocumentCategory> KNOWN = index(List.of(LEGAL_NORMATIVE, ADMINISTRATIVE));

    private DocumentCategory(String code, String nameVi, String nameEn, boolean known) {
        super(code, nameVi, nameEn, known);
    }

    /** The value for {@code code} (trimmed): a named constant when known, otherwise an unknown code that keeps its text. */
    public static DocumentCategory of(String code) {
        return lookup(KNOWN, code, c -> new DocumentCategory(c, null, null, false));
    }

    /** The named codes, in code order. */
    public static List<DocumentCategory> known() {
        return sorted(KNOWN);
    }
}
