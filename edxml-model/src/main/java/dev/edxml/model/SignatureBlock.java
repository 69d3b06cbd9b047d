package dev.edxml.model;

import java.util.Objects;

/**
 * The {@code Signature} element (chữ ký số) of a package header, kept as read.
 *
 * <p>Two kinds exist: a W3C XML-DSig signature (in the {@code http://www.w3.org/2000/09/xmldsig#} namespace), which
 * {@code edxml-sign} verifies, and the placeholder the official SDK writes (the same element names in the edXML
 * namespace, with constant values copied between packages and a truncated certificate), which nobody can verify.
 *
 * @since 0.1.0
 */
public record SignatureBlock(XmlElement element) {
    /** The W3C XML-DSig namespace. */
    public static final String XMLDSIG_NS = "http://www.w3.org/2000/09/xmldsig#";

    public SignatureBlock {
        Objects.requireNonNull(element, "element");
        if (!element.localName().equals("Signature")) {
            throw new IllegalArgumentException("a signature block is a Signature element, not " + element.localName());
        }
    }

    /** Whether this is a W3C XML-DSig signature (to be verified), rather than the official SDK's placeholder. */
    public boolean isXmlDsig() {
        return element.namespace().equals(XMLDSIG_NS);
    }

    /** Whether this is the official SDK's placeholder, which is not a signature at all. */
    public boolean isLegacyPlaceholder() {
        return !isXmlDsig();
    }

    @Override
    public String toString() {
        return isXmlDsig()
                ? "SignatureBlock[W3C XML-DSig]"
                : "SignatureBlock[legacy placeholder of the official SDK: not a verifiable signature]";
    }
}
