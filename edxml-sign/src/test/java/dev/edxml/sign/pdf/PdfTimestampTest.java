package dev.edxml.sign.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import dev.edxml.sign.TrustPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PAdES B-T: the signature timestamp is reported, checked, and used as proof of time for the signer's certificate. */
class PdfTimestampTest {
    enum Damage {
        NONE,
        WRONG_IMPRINT,
        WRONG_TSA_KEY
    }

    static TestPki pki;
    static KeyPair tsaKey;
    static X509Certificate tsa;
    static TrustPolicy policy;

    @SuppressWarnings("TimeInStaticInitializer") // one instant shared by the certificates and the signatures
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("Root CA thử nghiệm");
        tsaKey = TestPki.rsa();
        tsa = tsaCertificate(pki, tsaKey, NOW.minus(Duration.ofDays(350)), NOW.plus(Duration.ofDays(365)));
        policy = PdfFixtures.trusting(pki);
    }

    static X509Certificate tsaCertificate(TestPki pki, KeyPair key, Instant from, Instant to) throws Exception {
        return pki.ca
                .leaf(new X500Name("C=VN,O=TSA thử nghiệm,CN=TSA"))
                .key(key)
                .validity(from, to)
                .keyUsage(KeyUsage.digitalSignature)
                .criticalExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping)
                .withoutKeyIdentifiers()
                .issue()
                .certificate();
    }

    /** Signs with a CMS that carries a signature-time-stamp attribute made at {@code time}. */
    static byte[] signWithTimestamp(byte[] pdf, SigningKey key, Instant time, Damage damage) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            doc.addSignature(sig, content -> {
                try {
                    CMSSignedData sd = new CMSSignedData(Attacks.cms(content.readAllBytes(), key));
                    SignerInformation si =
                            sd.getSignerInfos().getSigners().iterator().next();
                    byte[] imprint = MessageDigest.getInstance("SHA-256").digest(si.getSignature());
                    if (damage == Damage.WRONG_IMPRINT) {
                        imprint[0] ^= 1;
                    }
                    KeyPair signing = damage == Damage.WRONG_TSA_KEY ? TestPki.rsa() : tsaKey;
                    TimeStampTokenGenerator gen = new TimeStampTokenGenerator(
                            new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", signing.getPrivate(), tsa),
                            new JcaDigestCalculatorProviderBuilder()
                                    .build()
                                    .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                            org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                            new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
                    gen.addCertificates(new JcaCertStore(List.of(tsa)));
                    TimeStampRequestGenerator rg = new TimeStampRequestGenerator();
                    rg.setCertReq(true);
                    TimeStampToken token =
                            gen.generate(rg.generate(TSPAlgorithms.SHA256, imprint), BigInteger.TWO, Date.from(time));
                    AttributeTable unsigned = new AttributeTable(new Attribute(
                            PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                            new DERSet(token.toCMSSignedData().toASN1Structure())));
                    si = SignerInformation.replaceUnsignedAttributes(si, unsigned);
                    return CMSSignedData.replaceSigners(sd, new SignerInformationStore(si))
                            .getEncoded();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    static PdfReport inspect(byte[] pdf) throws Exception {
        return PdfVerifier.of(policy).examine(new ByteArrayInputStream(pdf));
    }

    @Test
    void aValidSignatureTimestampIsReportedAndProvesTheTime() throws Exception {
        SigningKey key = pki.signer(TestPki.rsa(), "Nguyễn Văn An");
        Instant at = NOW.minus(Duration.ofMinutes(1));
        PdfReport r = inspect(signWithTimestamp(PdfFixtures.textPdf(), key, at, Damage.NONE));
        PdfSignatureInfo s = r.signatures().get(0);
        PdfTimestamp ts = s.signatureTimestamp().orElseThrow(() -> new AssertionError(r.toString()));
        assertEquals(at, ts.time());
        assertTrue(ts.valid(), r::toString);
        assertEquals("SHA-256", ts.digestAlgorithm().orElseThrow());
        assertTrue(ts.authority().orElseThrow().toString().contains("TSA"), ts::toString);
        assertEquals(at, s.provenTime().orElseThrow());
        assertTrue(r.isValid(), r::toString);
        assertTrue(r.toString().contains("timestamp: " + at), r::toString);
    }

    @Test
    void aCertificateExpiredSinceIsValidAtTheTimestampsTime() throws Exception {
        KeyPair kp = TestPki.rsa();
        X509Certificate c = pki.issue(
                kp,
                "Lê Thị Cúc",
                NOW.minus(Duration.ofDays(300)),
                NOW.minus(Duration.ofDays(30)),
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        SigningKey expired = SigningKey.of(kp.getPrivate(), List.of(c, pki.root));
        Instant at = NOW.minus(Duration.ofDays(200));
        PdfReport proven = inspect(signWithTimestamp(PdfFixtures.textPdf(), expired, at, Damage.NONE));
        assertTrue(proven.isValid(), proven::toString);
        assertEquals(at, proven.signatures().get(0).provenTime().orElseThrow());

        // the same signature whose token is damaged proves nothing: the certificate is checked now, and has expired
        PdfReport damaged = inspect(signWithTimestamp(PdfFixtures.textPdf(), expired, at, Damage.WRONG_IMPRINT));
        assertFalse(damaged.isValid(), damaged::toString);
        assertTrue(damaged.hasProblem(PdfCodes.TIMESTAMP_INVALID), damaged::toString);
        assertTrue(damaged.hasProblem("EDXML-SIG-015"), damaged::toString);
        assertTrue(damaged.signatures().get(0).provenTime().isEmpty());
    }

    @Test
    void aTokenSignedByAnotherKeyIsInvalid() throws Exception {
        SigningKey key = pki.signer(TestPki.rsa(), "Nguyễn Văn An");
        PdfReport r = inspect(signWithTimestamp(PdfFixtures.textPdf(), key, NOW, Damage.WRONG_TSA_KEY));
        assertFalse(r.isValid(), r::toString);
        assertTrue(r.hasProblem(PdfCodes.TIMESTAMP_INVALID), r::toString);
        assertFalse(r.signatures().get(0).signatureTimestamp().orElseThrow().valid());
    }

    @Test
    void aTimestampFromAnUntrustedAuthorityIsInvalid() throws Exception {
        SigningKey key = pki.signer(TestPki.rsa(), "Nguyễn Văn An");
        byte[] pdf = signWithTimestamp(PdfFixtures.textPdf(), key, NOW, Damage.NONE);
        TestPki other = new TestPki("Root khác");
        TrustPolicy onlySigner = TrustPolicy.builder().trustAnchor(pki.root).build();
        assertTrue(PdfVerifier.of(onlySigner)
                .examine(new ByteArrayInputStream(pdf))
                .isValid());
        // a policy trusting another root: the signer and the TSA are both untrusted; the timestamp says why
        PdfReport r = PdfVerifier.of(
                        TrustPolicy.builder().trustAnchor(other.root).build())
                .examine(new ByteArrayInputStream(pdf));
        assertTrue(r.hasProblem(PdfCodes.TIMESTAMP_INVALID), r::toString);
        assertTrue(r.toString().contains("not trusted"), r::toString);
    }

    @Test
    void aTimestampMuchEarlierThanTheClaimedSigningTimeIsAWarning() throws Exception {
        SigningKey key = pki.signer(TestPki.rsa(), "Nguyễn Văn An");
        // Attacks.cms writes a signing-time attribute of now; the token says two hours earlier
        PdfReport r =
                inspect(signWithTimestamp(PdfFixtures.textPdf(), key, NOW.minus(Duration.ofHours(2)), Damage.NONE));
        assertTrue(r.hasProblem(PdfCodes.TIMESTAMP_BEFORE_SIGNING), r::toString);
        assertTrue(r.isValid(), "a warning only: " + r);
    }
}
