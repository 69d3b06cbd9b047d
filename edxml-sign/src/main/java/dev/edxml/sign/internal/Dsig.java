package dev.edxml.sign.internal;

import javax.xml.crypto.dsig.XMLSignatureFactory;
import org.apache.jcp.xml.dsig.internal.dom.XMLDSigRI;

/**
 * The XML-DSig factory: the JSR-105 API with Apache Santuario's implementation, passed as a provider instance, so
 * that nothing is registered in the JVM's global provider list and no global prefix setting is touched.
 */
public final class Dsig {
    /** Namespace of XML-DSig. */
    public static final String NS = "http://www.w3.org/2000/09/xmldsig#";
    /** JSR-105 context property naming the provider of {@code java.security.Signature} (tokens, external signers). */
    public static final String SIGNATURE_PROVIDER = "org.jcp.xml.dsig.internal.dom.SignatureProvider";
    /** Santuario's secure-validation switch. */
    public static final String SECURE_VALIDATION = "org.apache.jcp.xml.dsig.secureValidation";

    /**
     * Santuario's provider, made once: building it registers some sixty services, which cost more than verifying a
     * small package's signature value. A {@code Provider} is thread-safe, and this one is never registered globally.
     */
    private static final XMLDSigRI PROVIDER = new XMLDSigRI();

    private Dsig() {}

    /**
     * The exclusive canonical form (without comments) of an element's subtree, as {@code SignedInfo} is signed. Uses
     * Santuario's canonicaliser; its algorithm table is set up by Santuario's JSR-105 provider, which the caller has
     * used by then ({@code Init.init()} only registers the built-in algorithms once and changes no setting).
     */
    public static byte[] canonicalizeExclusive(org.w3c.dom.Element e) throws java.security.GeneralSecurityException {
        org.apache.xml.security.Init.init();
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.apache.xml.security.c14n.Canonicalizer.getInstance(
                            org.apache.xml.security.c14n.Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS)
                    .canonicalizeSubtree(e, out);
            return out.toByteArray();
        } catch (org.apache.xml.security.exceptions.XMLSecurityException ex) {
            throw new java.security.SignatureException("canonicalising SignedInfo failed: " + ex.getMessage(), ex);
        }
    }

    public static XMLSignatureFactory factory() {
        return XMLSignatureFactory.getInstance("DOM", PROVIDER);
    }
}
