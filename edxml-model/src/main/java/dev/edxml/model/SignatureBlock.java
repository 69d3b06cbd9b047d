package dev.edxml.model;

import java.util.Objects;

/**
 * The {@code Signature} element (chữ ký số) of a package header, kept as read.
 *
 * <p>Two kinds exist: a W3C XML-DSig signature (in the {@code http://www.w3.org/2000/09/xmldsig#} namespace), which
 * {@code edxml-sign} verifies, and the placeholder the official SDK writes (the same element names in the edXML
 * namespace, with constant values copied between packages and a truncated certificate), which nobody can verify.
 */
public record SignatureBlock(XmlElement element) {
    /** The W3C XML-DSig namespace. */
    public static final String XMLDSIG_NS = "http://www.w3.org/2000/09/xmldsig#";

    /** What a signature block is. */
    public enum Kind {
        /** A W3C XML-DSig signature, to be verified. */
        XMLDSIG,
        /** The official SDK's placeholder: not a signature at all. */
        LEGACY_PLACEHOLDER
    }

    public SignatureBlock {
        Objects.requireNonNull(element, "element");
        if (!element.localName().equals("Signature")) {
            throw new IllegalArgumentException("a signature block is a Signature element, not " + element.localName());
        }
    }

    public Kind kind() {
        return element.namespace().equals(XMLDSIG_NS) ? Kind.XMLDSIG : Kind.LEGACY_PLACEHOLDER;
    }

    @Override
    public String toString() {
        return kind() == Kind.XMLDSIG ? "SignatureBlock[W3C XML-DSig]"
                : "SignatureBlock[legacy placeholder of the official SDK: not a verifiable signature]";
    }
}
