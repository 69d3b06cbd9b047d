package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/** Revocation from pre-fetched OCSP responses, offline: good and revoked, each from a response the CA signed. */
class OcspRevocationTest {
    @Test
    void aGivenOcspResponseDecides() throws Exception {
        TestPki pki = new TestPki("CA OCSP thử nghiệm");
        SigningKey key = pki.signer(TestPki.rsa(), "Ngô Văn Khoa");
        byte[] signed = Edxml.toBytes(Signer.builder().key(key).build().sign(Fixtures.letter()));
        X509Certificate leaf = key.chain().get(0);

        Verifier good = Verifier.of(TrustPolicy.builder()
                .trustAnchor(pki.root)
                .ocspResponse(leaf, response(pki, leaf, false))
                .requireRevocationCheck()
                .build());
        SignatureReport ok = good.verify(signed);
        assertTrue(
                ok.problems().stream()
                        .noneMatch(p ->
                                p.code().startsWith("EDXML-SIG-01") || p.code().equals("EDXML-SIG-020")),
                ok.toString());

        Verifier revoked = Verifier.of(TrustPolicy.builder()
                .trustAnchor(pki.root)
                .ocspResponse(leaf, response(pki, leaf, true))
                .build());
        assertEquals(Set.of("EDXML-SIG-017"), VerifierTest.codes(revoked.examine(signed)));
    }

    private static byte[] response(TestPki pki, X509Certificate leaf, boolean revoked) throws Exception {
        DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
        X509CertificateHolder issuer = new JcaX509CertificateHolder(pki.root);
        CertificateID id = new CertificateID(digests.get(CertificateID.HASH_SHA1), issuer, leaf.getSerialNumber());
        BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(new RespID(issuer.getSubject()));
        Instant now = Instant.now();
        CertificateStatus status = revoked
                ? new RevokedStatus(Date.from(now.minus(Duration.ofHours(1))), CRLReason.keyCompromise)
                : CertificateStatus.GOOD;
        b.addResponse(id, status, Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(1))));
        return new OCSPRespBuilder()
                .build(
                        OCSPRespBuilder.SUCCESSFUL,
                        b.build(
                                new JcaContentSignerBuilder("SHA256withRSA").build(pki.rootKey.getPrivate()),
                                new X509CertificateHolder[] {issuer},
                                Date.from(now)))
                .getEncoded();
    }
}
