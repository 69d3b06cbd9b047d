package dev.edxml.sign;

import dev.edxml.testkit.TestCa;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * A CA of a test PKI, for chains: CAs that share a name but not a key, CAs that sign with SHA-1 (as VGCA G1 does),
 * signers whose certificates name an OCSP responder and a CRL distribution point, CRLs. TEST ONLY: the certificates
 * come from the shared test kit ({@link TestCa}); this class keeps the shorthands these tests use.
 */
@SuppressWarnings("exports") // test code: the kit's and BouncyCastle's types in its signatures are fine
public final class ChainPki {
    public final TestCa ca;
    public final KeyPair key;
    public final X509Certificate cert;

    private ChainPki(TestCa ca) {
        this.ca = ca;
        this.key = ca.key();
        this.cert = ca.certificate();
    }

    /** A self-signed root CA. */
    public static ChainPki root(String dn) throws GeneralSecurityException {
        return new ChainPki(TestCa.rootNamed(dn));
    }

    /** A CA under this one, its certificate signed with {@code alg}. */
    public ChainPki subCa(String dn, String alg) throws GeneralSecurityException {
        return new ChainPki(ca.intermediate(dn, alg));
    }

    /** A signer issued by this CA (its chain: its own certificate only), naming {@code ocspUrl} and {@code crlUrl}. */
    public SigningKey signer(String cn, String ocspUrl, String crlUrl) throws GeneralSecurityException {
        var issued = ca.leaf(new X500Name("C=VN,O=Văn phòng Chính phủ,CN=" + cn))
                .ocsp(ocspUrl)
                .crl(crlUrl)
                .issue();
        return SigningKey.of(issued.privateKey(), List.of(issued.certificate()));
    }

    /** A CRL of this CA, valid for a day, listing these certificates as revoked (key compromise). */
    public X509CRL crl(X509Certificate... revoked) throws GeneralSecurityException {
        return ca.crl(revoked);
    }
}
