package dev.edxml.sign.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import dev.edxml.sign.TrustPolicy;
import java.io.ByteArrayInputStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signatures made by other tools, with the flaws this library's signer never has. */
class PdfCmsVariantsTest {
    static TestPki pki;
    static SigningKey key;
    static TrustPolicy policy;
    static byte[] pdf;

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("Root CA thử nghiệm");
        key = pki.signer(TestPki.rsa(), "Hoàng Văn Em");
        policy = PdfFixtures.trusting(pki);
        pdf = PdfFixtures.textPdf();
    }

    static PdfReport inspect(byte[] b, TrustPolicy p) throws Exception {
        return PdfVerifier.of(p).examine(new ByteArrayInputStream(b));
    }

    @Test
    void aPlainAdobeDetachedSignatureIsValidWithoutTheEssAttribute() throws Exception {
        PdfReport r = inspect(
                RawSigning.sign(
                        pdf, key, PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED, "SHA-256", true, RawSigning.Ess.NONE),
                policy);
        assertTrue(r.isValid(), r::toString);
        assertTrue(r.signatures().get(0).cmsSigningTime().isPresent(), "the CMS signing-time attribute is read");
    }

    @Test
    void aPadesSignatureWithoutTheEssAttributeIsWarned() throws Exception {
        PdfReport r = inspect(
                RawSigning.sign(
                        pdf, key, PDSignature.SUBFILTER_ETSI_CADES_DETACHED, "SHA-256", true, RawSigning.Ess.NONE),
                policy);
        assertTrue(r.hasProblem(PdfCodes.ESS_MISSING), r::toString);
        assertTrue(r.isValid(), "a warning: " + r);
    }

    @Test
    void anEssAttributeNamingAnotherCertificateIsAnError() throws Exception {
        PdfReport r = inspect(
                RawSigning.sign(
                        pdf, key, PDSignature.SUBFILTER_ETSI_CADES_DETACHED, "SHA-256", true, RawSigning.Ess.WRONG),
                policy);
        assertTrue(r.hasProblem(PdfCodes.ESS_MISMATCH), r::toString);
        assertFalse(r.isValid());
    }

    @Test
    void aSignatureWithoutCertificatesCannotBeChecked() throws Exception {
        PdfReport r = inspect(
                RawSigning.sign(
                        pdf, key, PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED, "SHA-256", false, RawSigning.Ess.CORRECT),
                policy);
        assertTrue(r.hasProblem(PdfCodes.NO_CERTIFICATE), r::toString);
        assertFalse(r.isValid());
    }

    @Test
    void sha1IsRejectedUnlessThePolicyAllowsItThenWarned() throws Exception {
        byte[] sha1 = RawSigning.sign(
                pdf, key, PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED, "SHA-1", true, RawSigning.Ess.CORRECT);
        PdfReport strict = inspect(sha1, policy);
        assertTrue(strict.hasProblem(PdfCodes.SHA1_REJECTED), strict::toString);
        assertFalse(strict.isValid());
        TrustPolicy lenient = TrustPolicy.builder()
                .trustAnchor(pki.root)
                .allowInsecureLegacySha1()
                .build();
        PdfReport tolerated = inspect(sha1, lenient);
        assertTrue(tolerated.hasProblem(PdfCodes.SHA1_TOLERATED), tolerated::toString);
        assertTrue(tolerated.isValid(), tolerated::toString);
    }
}
