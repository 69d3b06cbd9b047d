package dev.edxml.sign.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import dev.edxml.sign.TrustPolicy;
import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What is appended after a signature, from harmless padding to a changed page, and how it is judged. */
class PdfAppendedTest {
    static TestPki pki;
    static SigningKey key;
    static TrustPolicy policy;
    static byte[] signed;

    @BeforeAll
    static void sign() throws Exception {
        pki = new TestPki("Root CA thử nghiệm");
        key = pki.signer(TestPki.rsa(), "Lê Văn Cường");
        policy = PdfFixtures.trusting(pki);
        signed = PdfFixtures.sign(PdfFixtures.textPdf(), key);
    }

    static PdfReport inspect(byte[] pdf) throws Exception {
        return PdfVerifier.of(policy).examine(new ByteArrayInputStream(pdf));
    }

    static void assertAppended(PdfReport r, byte[] original, byte[] now, PdfChange change, String code) {
        assertEquals(change, r.appended(), r::toString);
        assertEquals(now.length - original.length, r.appendedBytes());
        assertTrue(r.hasProblem(code), r::toString);
        PdfSignatureInfo s = r.signatures().get(0);
        assertEquals(PdfSignatureInfo.Coverage.EARLIER_REVISION, s.coverage());
        assertEquals(original.length, s.signedLength());
        assertEquals(change, s.changesAfter());
        assertTrue(s.isValid(), "the signature still holds for the revision it covers");
    }

    @Test
    void anAnnotationAddedAfterSigningChangesWhatIsShown() throws Exception {
        byte[] t = PdfFixtures.appendAnnotation(signed);
        PdfReport r = inspect(t);
        // an annotation is its own kind of change; without a certification at level 3 it is an error
        assertAppended(r, signed, t, PdfChange.ANNOTATIONS, PdfCodes.TAIL_CONTENT);
        assertFalse(r.isValid());
        assertTrue(r.toString().contains("annotation added"), r::toString);
    }

    @Test
    void replacedPageContentChangesWhatIsShown() throws Exception {
        byte[] t = PdfFixtures.appendContentChange(signed);
        PdfReport r = inspect(t);
        assertAppended(r, signed, t, PdfChange.CONTENT, PdfCodes.TAIL_CONTENT);
        assertFalse(r.isValid());
        assertTrue(r.toString().contains("page 1 /Contents"), r::toString);
    }

    @Test
    void aDssDictionaryIsValidationDataOnly() throws Exception {
        byte[] t = PdfFixtures.appendDss(signed, key.chain().get(0).getEncoded());
        PdfReport r = inspect(t);
        assertAppended(r, signed, t, PdfChange.VALIDATION_DATA, PdfCodes.TAIL_VALIDATION_DATA);
        assertTrue(r.isValid(), r::toString);
    }

    @Test
    void anEmptySignatureFieldAddedIsAWarning() throws Exception {
        byte[] t = PdfFixtures.appendEmptySignatureField(signed);
        PdfReport r = inspect(t);
        assertAppended(r, signed, t, PdfChange.SIGNATURES, PdfCodes.TAIL_SIGNATURE_FIELDS);
        assertTrue(r.hasProblem(PdfCodes.EMPTY_FIELD));
        assertTrue(r.isValid(), "a warning, not an error: " + r);
    }

    @Test
    void lineEndsAfterTheSignatureChangeNothing() throws Exception {
        byte[] t = PdfFixtures.concat(signed, "\r\n\n");
        PdfReport r = inspect(t);
        assertAppended(r, signed, t, PdfChange.PADDING, PdfCodes.TAIL_PADDING);
        assertTrue(r.isValid());
    }

    @Test
    void bytesOutsideThePdfStructureChangeNoObjectButAreUnsigned() throws Exception {
        byte[] t = PdfFixtures.concat(signed, "PK\u0003\u0004 hidden payload");
        PdfReport r = inspect(t);
        assertAppended(r, signed, t, PdfChange.NO_EFFECT, PdfCodes.TAIL_NO_EFFECT);
        assertTrue(r.isValid(), "a warning: " + r);
    }

    @Test
    void aBrokenUpdateCannotBeAnalysed() throws Exception {
        byte[] t = PdfFixtures.concat(
                signed, "\n99 0 obj\n<< /Type /Page /Contents 98 0 R\nxref\n0 1\nstartxref\n1\n%%EOF\n");
        PdfReport r = inspect(t);
        assertFalse(r.isValid(), r::toString);
        assertTrue(r.hasProblem(PdfCodes.DAMAGED_END), r::toString);
    }

    @Test
    void aSecondSignatureOverAChangedPageLeavesAWarningOnTheFirst() throws Exception {
        SigningKey second = pki.signer(TestPki.rsa(), "Phạm Thị Dung");
        byte[] changed = PdfFixtures.appendContentChange(signed);
        byte[] twice = PdfFixtures.sign(changed, second);
        PdfReport r = inspect(twice);
        assertEquals(2, r.signatures().size());
        PdfSignatureInfo first = r.signatures().get(0);
        PdfSignatureInfo last = r.signatures().get(1);
        assertEquals(PdfChange.CONTENT, first.changesAfter());
        assertTrue(first.problems().stream().anyMatch(p -> p.code().equals(PdfCodes.CHANGED_AFTER)), r::toString);
        assertTrue(last.coversWholeFile());
        assertEquals(PdfChange.NONE, r.appended());
        assertTrue(r.isValid(), "the later signature vouches for the change: " + r);
    }

    @Test
    void aSecondSignatureAloneIsOnlyMoreSignatures() throws Exception {
        byte[] twice = PdfFixtures.sign(signed, pki.signer(TestPki.rsa(), "Phạm Thị Dung"));
        PdfReport r = inspect(twice);
        assertEquals(PdfChange.SIGNATURES, r.signatures().get(0).changesAfter(), r::toString);
        assertTrue(r.allProblems().stream().noneMatch(p -> p.code().equals(PdfCodes.CHANGED_AFTER)));
        assertTrue(r.isValid(), r::toString);
    }

    @Test
    void aDocumentTimestampIsCheckedAndCountsAsValidationData() throws Exception {
        KeyPair tsaKey = TestPki.rsa();
        X509Certificate tsa = RawSigning.tsaCertificate(pki, tsaKey);
        Instant at = Instant.parse("2026-11-25T07:31:00Z");
        byte[] stamped = RawSigning.documentTimestamp(signed, tsaKey, tsa, at);
        PdfReport r = inspect(stamped);
        assertEquals(2, r.signatures().size(), r::toString);
        PdfSignatureInfo ts = r.signatures().get(1);
        assertEquals(PdfSignatureInfo.Kind.DOCUMENT_TIMESTAMP, ts.kind());
        assertEquals(at, ts.cmsSigningTime().orElseThrow());
        assertTrue(ts.isValid(), r::toString);
        assertEquals(PdfChange.VALIDATION_DATA, r.signatures().get(0).changesAfter(), r::toString);
        assertTrue(r.isValid(), r::toString);

        byte[] t = stamped.clone();
        t[11] ^= 1;
        PdfReport bad = inspect(t);
        assertFalse(bad.signatures().get(1).digestMatches());
        assertFalse(bad.isValid());
    }
}
