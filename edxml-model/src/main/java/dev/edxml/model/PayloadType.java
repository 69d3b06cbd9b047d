package dev.edxml.model;

/**
 * The type of an attachment's bytes, from their first bytes rather than from the declared content type.
 *
 * @since 0.1.0
 */
public enum PayloadType {
    /** {@code %PDF-}. */
    PDF("application/pdf"),
    /** {@code PK\3\4}: a ZIP archive (also DOCX, XLSX, ODT…). */
    ZIP("application/zip"),
    /** OLE compound file: legacy DOC, XLS, PPT. */
    OLE("application/msword"),
    /** Anything else. */
    OTHER("application/octet-stream");

    private final String typicalContentType;

    PayloadType(String typicalContentType) {
        this.typicalContentType = typicalContentType;
    }

    /** The MIME type usually declared for this payload. */
    public String typicalContentType() {
        return typicalContentType;
    }

    /** The type of a payload starting with {@code head}. */
    public static PayloadType sniff(byte[] head) {
        if (startsWith(head, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return PDF;
        } else if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
            return ZIP;
        } else if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE;
        }
        return OTHER;
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
