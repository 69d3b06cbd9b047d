package dev.edxml.sign;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A signer whose key is elsewhere: a remote signing service, an HSM behind an API, a signing app on a phone. It
 * receives the bytes to sign (the canonical {@code SignedInfo}) and returns the signature value in the JCA format
 * of the algorithm (as {@link java.security.Signature#sign()} returns it; DER for ECDSA).
 *
 * <p>For a service that cannot be called synchronously, use {@link Signer#prepare} and
 * {@link PreparedSignature#complete} instead.
 *
 * @since 0.1.0
 */
public interface ExternalSigner {
    /** The signer's certificate followed by the rest of its chain. */
    List<X509Certificate> certificateChain();

    /** Signs {@code dataToSign} with {@code algorithm}. */
    byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) throws GeneralSecurityException;
}
