package dev.edxml.sign;

import dev.edxml.model.EdxmlPackage;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * A signature waiting for its value from a signing service: {@link #dataToSign()} goes out, the signature value
 * comes back to {@link #complete(byte[])}. Use it once.
 */
public final class PreparedSignature {
    /** Turns a signature value into the signed package. */
    interface Completion {
        EdxmlPackage complete(byte[] value) throws GeneralSecurityException;
    }

    private final byte[] data;
    private final SignatureAlgorithm algorithm;
    private final Completion completion;
    private boolean done;

    PreparedSignature(byte[] data, SignatureAlgorithm algorithm, Completion completion) {
        this.data = data;
        this.algorithm = algorithm;
        this.completion = completion;
    }

    /** The bytes to sign: the canonical {@code SignedInfo}. The service signs them with {@link #algorithm()}. */
    public byte[] dataToSign() {
        return data.clone();
    }

    /** The digest of {@link #dataToSign()}, for services that take a hash and sign it ("raw" or "hash" signing). */
    public byte[] digestToSign() throws GeneralSecurityException {
        return MessageDigest.getInstance(algorithm.digest().jcaName()).digest(data);
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * The signed package, given the signature value in the JCA format of the algorithm (as
     * {@link java.security.Signature#sign()} returns it; DER for ECDSA).
     */
    @SuppressWarnings("unchecked")
    public synchronized <P extends EdxmlPackage> P complete(byte[] signatureValue) throws GeneralSecurityException {
        if (done) {
            throw new IllegalStateException("this prepared signature was completed already");
        }
        done = true;
        return (P) completion.complete(signatureValue.clone());
    }

    @Override
    public String toString() {
        return "PreparedSignature[" + algorithm + ", " + data.length + " bytes to sign" + (done ? ", completed" : "")
                + "]";
    }
}
