package dev.edxml.sign.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Key identifiers of certificates, and which OCSP response speaks of which certificate. */
public final class CertIds {
    private CertIds() {}

    /** The key identifier of the authority key identifier extension, if any. */
    public static Optional<byte[]> authorityKeyId(X509Certificate c) {
        try {
            byte[] ext = c.getExtensionValue(Extension.authorityKeyIdentifier.getId());
            if (ext == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(
                    AuthorityKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(ext))
                            .getKeyIdentifierOctets());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The subject key identifier, if any. */
    public static Optional<byte[]> subjectKeyId(X509Certificate c) {
        try {
            byte[] ext = c.getExtensionValue(Extension.subjectKeyIdentifier.getId());
            if (ext == null) {
                return Optional.empty();
            }
            return Optional.of(ASN1OctetString.getInstance(JcaX509ExtensionUtils.parseExtensionValue(ext))
                    .getOctets());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The first of these DER OCSP responses that answers for {@code cert} issued by {@code issuer} (serial number and
     * issuer name and key hashes), if any. Whether it is genuine is for the PKIX revocation checker to say.
     */
    public static Optional<byte[]> matchingOcsp(List<byte[]> responses, X509Certificate cert, X509Certificate issuer) {
        try {
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            JcaX509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            for (byte[] r : responses) {
                try {
                    OCSPResp resp = new OCSPResp(r);
                    if (!(resp.getResponseObject() instanceof BasicOCSPResp basic)) {
                        continue;
                    }
                    for (SingleResp s : basic.getResponses()) {
                        if (s.getCertID().getSerialNumber().equals(cert.getSerialNumber())
                                && s.getCertID().matchesIssuer(issuerHolder, digests)) {
                            return Optional.of(r);
                        }
                    }
                } catch (Exception e) {
                    // not an OCSP response this library can read: it answers for nothing
                }
            }
        } catch (Exception e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether these bytes are a successful DER OCSP response. */
    public static boolean isOcspResponse(byte[] bytes) {
        try {
            OCSPResp resp = new OCSPResp(bytes);
            return resp.getStatus() == OCSPResp.SUCCESSFUL && resp.getResponseObject() instanceof BasicOCSPResp;
        } catch (Exception e) {
            return false;
        }
    }
}
