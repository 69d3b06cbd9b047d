package dev.edxml.sign.internal;

import org.apache.jcp.xml.dsig.internal.dom.XMLDSigRI;

import javax.xml.crypto.dsig.XMLSignatureFactory;

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

    private Dsig() {
    }

    public static XMLSignatureFactory factory() {
        return XMLSignatureFactory.getInstance("DOM", PROVIDER);
    }
}
