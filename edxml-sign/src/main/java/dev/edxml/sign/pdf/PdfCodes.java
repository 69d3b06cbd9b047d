package dev.edxml.sign.pdf;

/**
 * The {@code EDXML-PDF-NNN} codes in one place, so the messages files, the README table and the code agree. Codes are
 * never reused; certificate problems keep the {@code EDXML-SIG-NNN} codes of {@link dev.edxml.sign.TrustPolicy}.
 */
final class PdfCodes {
    static final String NOT_PDF = "EDXML-PDF-001";
    static final String UNREADABLE = "EDXML-PDF-002";
    static final String ENCRYPTED = "EDXML-PDF-003";
    static final String UNSIGNED = "EDXML-PDF-004";
    static final String LOOKS_SCANNED = "EDXML-PDF-005";
    static final String EMPTY_FIELD = "EDXML-PDF-006";
    static final String BAD_BYTE_RANGE = "EDXML-PDF-007";
    static final String BAD_CMS = "EDXML-PDF-008";
    static final String UNSUPPORTED = "EDXML-PDF-009";
    static final String VALUE_FAILS = "EDXML-PDF-010";
    static final String DIGEST_MISMATCH = "EDXML-PDF-011";
    static final String NO_CERTIFICATE = "EDXML-PDF-012";
    static final String SHA1_REJECTED = "EDXML-PDF-013";
    static final String SHA1_TOLERATED = "EDXML-PDF-014";
    static final String ESS_MISMATCH = "EDXML-PDF-015";
    static final String ESS_MISSING = "EDXML-PDF-016";
    static final String TAIL_PADDING = "EDXML-PDF-017";
    static final String TAIL_VALIDATION_DATA = "EDXML-PDF-018";
    static final String TAIL_SIGNATURE_FIELDS = "EDXML-PDF-019";
    static final String TAIL_CONTENT = "EDXML-PDF-020";
    static final String TAIL_UNREADABLE = "EDXML-PDF-021";
    static final String TAIL_NO_EFFECT = "EDXML-PDF-022";
    static final String CHANGED_AFTER = "EDXML-PDF-023";
    static final String ATTACHMENT_UNPACK = "EDXML-PDF-024";
    static final String DAMAGED_END = "EDXML-PDF-025";
    static final String REVISION_NOT_CLOSED = "EDXML-PDF-026";
    static final String DOCMDP_VIOLATED = "EDXML-PDF-027";
    static final String FIELD_LOCKED = "EDXML-PDF-028";
    static final String TAIL_FORM_FILL = "EDXML-PDF-029";
    static final String TAIL_ANNOTATIONS = "EDXML-PDF-030";
    static final String TIMESTAMP_INVALID = "EDXML-PDF-031";
    static final String TIMESTAMP_BEFORE_SIGNING = "EDXML-PDF-032";
    // Decree 30/2020 findings (Decree30)
    static final String DECREE_NO_SIGNATURE = Decree30.NO_SIGNATURE;
    static final String DECREE_NO_PERSON = Decree30.NO_PERSON;
    static final String DECREE_NO_ORGANISATION = Decree30.NO_ORGANISATION;
    static final String DECREE_ORDER = Decree30.ORDER;
    static final String DECREE_ATTACHED_NOT_ORGANISATION = Decree30.ATTACHED_NOT_ORGANISATION;
    static final String DECREE_AFTER_LAST = Decree30.AFTER_LAST;
    static final String DECREE_ROLE = Decree30.ROLE;

    private PdfCodes() {}
}
