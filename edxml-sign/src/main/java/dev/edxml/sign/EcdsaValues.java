package dev.edxml.sign;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.SignatureException;
import java.security.interfaces.ECPublicKey;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;

/** XML-DSig writes an ECDSA signature as r‖s, each the size of the curve order; the JCA gives DER. */
final class EcdsaValues {
    private EcdsaValues() {}

    static byte[] derToConcatenated(byte[] der, PublicKey key) throws SignatureException {
        int size = (((ECPublicKey) key).getParams().getOrder().bitLength() + 7) / 8;
        try {
            ASN1Sequence seq = ASN1Sequence.getInstance(der);
            BigInteger r = ASN1Integer.getInstance(seq.getObjectAt(0)).getValue();
            BigInteger s = ASN1Integer.getInstance(seq.getObjectAt(1)).getValue();
            byte[] out = new byte[2 * size];
            put(r, out, 0, size);
            put(s, out, size, size);
            return out;
        } catch (RuntimeException e) {
            throw new SignatureException("not a DER ECDSA signature value", e);
        }
    }

    private static void put(BigInteger v, byte[] out, int off, int size) {
        byte[] b = v.toByteArray();
        int start = b.length > size ? b.length - size : 0;
        int len = b.length - start;
        System.arraycopy(b, start, out, off + size - len, len);
    }
}
