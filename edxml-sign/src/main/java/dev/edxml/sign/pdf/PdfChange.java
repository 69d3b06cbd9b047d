package dev.edxml.sign.pdf;

import java.util.Locale;

/**
 * What the bytes after a signature's revision do to the document, from harmless to dangerous. Found by comparing the
 * objects of the signed revision with those of the whole file (a heuristic, see the package documentation): a PDF
 * viewer shows the latest revision, so anything that changes pages, annotations or form values after a signature
 * means the document on screen is not the one signed.
 *
 * @since 0.1.0
 */
public enum PdfChange {
    /** Nothing follows: the signature covers the file to its last byte. */
    NONE("nothing", "không có gì"),
    /** Only line ends, spaces or zero bytes follow, as some writers leave them. */
    PADDING("only line ends or zero bytes", "chỉ có ký tự xuống dòng hoặc byte 0"),
    /** Bytes follow but no object of the document changes (data outside the PDF structure, objects rewritten as they were). */
    NO_EFFECT("bytes that change no object of the document", "các byte không thay đổi đối tượng nào của tài liệu"),
    /** An update that adds only validation data (a DSS/VRI dictionary) or document timestamps: nothing shown changes. */
    VALIDATION_DATA(
            "validation data only (DSS/VRI, document timestamps)",
            "chỉ dữ liệu kiểm tra chữ ký (DSS/VRI, dấu thời gian tài liệu)"),
    /**
     * An update that adds signature fields or later signatures, or changes document metadata: page content is the same,
     * but a signature's stamp may appear on a page.
     */
    SIGNATURES("further signature fields, signatures or metadata", "thêm trường chữ ký, chữ ký hoặc siêu dữ liệu"),
    /**
     * An update that fills in existing form fields (their values and appearances): what the fields show changes. A
     * certification signature with DocMDP level 2 or 3 permits it; otherwise it counts as a change of content.
     */
    FORM_FILL("form fields filled in", "điền giá trị vào trường biểu mẫu"),
    /**
     * An update that adds, changes or removes annotations (comments, marks; not form fields): they are drawn over the
     * pages. A certification signature with DocMDP level 3 permits it; otherwise it counts as a change of content.
     */
    ANNOTATIONS("annotations added, changed or removed", "thêm, sửa hoặc xóa chú thích (annotation)"),
    /** An update that changes, or could change, what the document shows: pages, annotations, form values, objects removed. */
    CONTENT("changes that could alter what is shown", "thay đổi có thể làm khác nội dung hiển thị"),
    /** The appended bytes or the signed revision could not be parsed to tell; treat as {@link #CONTENT}. */
    UNREADABLE("changes that could not be analysed", "thay đổi không phân tích được");

    private final String en;
    private final String vi;

    PdfChange(String en, String vi) {
        this.en = en;
        this.vi = vi;
    }

    /** Whether this kind of change can alter what a viewer shows of the signed pages (a stamp counts as no). */
    public boolean mayChangeContent() {
        return this == FORM_FILL || this == ANNOTATIONS || this == CONTENT || this == UNREADABLE;
    }

    /**
     * Whether a certification signature with DocMDP permission level {@code p} (1: no changes, 2: form fill and
     * signing, 3: also annotations) allows this kind of change after it. Validation data (DSS, document timestamps)
     * is allowed at every level, as PAdES long-term validation needs it.
     */
    public boolean permittedBy(int p) {
        return switch (this) {
            case NONE, PADDING, NO_EFFECT, VALIDATION_DATA -> true;
            case SIGNATURES, FORM_FILL -> p >= 2;
            case ANNOTATIONS -> p >= 3;
            case CONTENT, UNREADABLE -> false;
        };
    }

    /** A few words in Vietnamese ({@code vi}) or English. */
    public String describe(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? vi : en;
    }

    /** The more serious of two kinds. */
    PdfChange max(PdfChange other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
