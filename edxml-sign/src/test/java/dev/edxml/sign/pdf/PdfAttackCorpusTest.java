package dev.edxml.sign.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import dev.edxml.sign.TrustPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated corpus of attacked PDFs, each with the verdict it must get: the shadow attacks and incremental-saving
 * attacks of pdf-insecurity.org, the dangling-hook variants, and the permitted changes of DocMDP levels 1 to 3.
 * {@link #corpus()} is also what the referee tests (pdfsig, EU DSS) run over.
 */
class PdfAttackCorpusTest {
    static TestPki pki;
    static SigningKey key;
    static SigningKey second;
    static TrustPolicy policy;

    /** One attacked (or honest) file and what the inspection must say about it. */
    @SuppressWarnings("ArrayRecordComponent") // a test vector, never shared
    record Case(String name, byte[] pdf, boolean valid, String code, String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("Root CA thử nghiệm");
        key = pki.signer(TestPki.rsa(), "Nguyễn Văn An");
        second = pki.signer(TestPki.rsa(), "Trần Thị Bình");
        policy = PdfFixtures.trusting(pki);
    }

    static byte[] sign(byte[] pdf, SigningKey k) throws Exception {
        return PdfFixtures.sign(pdf, k);
    }

    static byte[] certify(byte[] pdf, SigningKey k, int p) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSigner.builder(k).certify(p).clock(PdfFixtures.CLOCK).build().sign(new ByteArrayInputStream(pdf), out);
        return out.toByteArray();
    }

    static List<Case> corpus() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (Attacks.Hook h : Attacks.Hook.values()) {
            byte[] signed = sign(Attacks.danglingBase(h), key);
            cases.add(new Case("honest base, dangling " + h, signed, true, null, null));
            cases.add(new Case(
                    "dangling hook " + h + " defined by an update",
                    Attacks.defineHook(signed, h, true),
                    false,
                    PdfCodes.TAIL_CONTENT,
                    "defined only after"));
            cases.add(new Case(
                    "dangling hook " + h + " written without xref",
                    Attacks.defineHook(signed, h, false),
                    false,
                    PdfCodes.TAIL_CONTENT,
                    "written only after"));
        }
        byte[] text = sign(PdfFixtures.textPdf(), key);
        cases.add(new Case(
                "unsigned signature widget painted over the page (SWA-like overlay)",
                Attacks.paintedSignatureWidget(text),
                false,
                PdfCodes.TAIL_CONTENT,
                "paints over the page"));
        cases.add(new Case(
                "empty signature field without appearance",
                PdfFixtures.appendEmptySignatureField(text),
                true,
                PdfCodes.TAIL_SIGNATURE_FIELDS,
                null));
        cases.add(new Case(
                "byte range stops before the revision's xref and trailer",
                Attacks.shortRange(PdfFixtures.textPdf(), key),
                false,
                PdfCodes.REVISION_NOT_CLOSED,
                null));
        byte[] shadow = sign(Attacks.shadowBase(), key);
        cases.add(new Case("shadow base signed", shadow, true, null, null));
        cases.add(new Case(
                "shadow hide-and-replace: catalog switched to a signed but unused page tree",
                Attacks.switchPageTree(shadow),
                false,
                PdfCodes.TAIL_CONTENT,
                "catalog /Pages"));
        cases.add(new Case(
                "shadow replace: font object redefined",
                Attacks.replaceFont(shadow),
                false,
                PdfCodes.TAIL_CONTENT,
                "Font"));
        cases.add(new Case(
                "incremental saving attack: page content replaced",
                PdfFixtures.appendContentChange(text),
                false,
                PdfCodes.TAIL_CONTENT,
                "page 1 /Contents"));
        cases.add(new Case(
                "annotation added without certification",
                PdfFixtures.appendAnnotation(text),
                false,
                PdfCodes.TAIL_CONTENT,
                "annotation added"));

        byte[] form = Attacks.formPdf();
        byte[] approved = sign(form, key);
        cases.add(new Case(
                "form filled after an approval signature",
                Attacks.fillField(approved, "900"),
                false,
                PdfCodes.TAIL_CONTENT,
                "SoTien"));
        byte[] p1 = certify(form, key, 1);
        cases.add(new Case("certified P=1", p1, true, null, null));
        cases.add(new Case(
                "certified P=1, then a second signature", sign(p1, second), false, PdfCodes.DOCMDP_VIOLATED, null));
        cases.add(new Case(
                "certified P=1, then DSS added",
                PdfFixtures.appendDss(p1, key.chain().get(0).getEncoded()),
                true,
                PdfCodes.TAIL_VALIDATION_DATA,
                null));
        byte[] p2 = certify(form, key, 2);
        cases.add(new Case(
                "certified P=2, then form filled",
                Attacks.fillField(p2, "900"),
                true,
                PdfCodes.TAIL_FORM_FILL,
                "SoTien"));
        cases.add(new Case("certified P=2, then a second signature", sign(p2, second), true, null, null));
        cases.add(new Case(
                "certified P=2, then an annotation",
                PdfFixtures.appendAnnotation(p2),
                false,
                PdfCodes.DOCMDP_VIOLATED,
                null));
        byte[] p3 = certify(form, key, 3);
        cases.add(new Case(
                "certified P=3, then an annotation",
                PdfFixtures.appendAnnotation(p3),
                true,
                PdfCodes.TAIL_ANNOTATIONS,
                "annotation added"));
        cases.add(new Case(
                "certified P=3, then page content replaced",
                PdfFixtures.appendContentChange(p3),
                false,
                PdfCodes.DOCMDP_VIOLATED,
                null));
        return cases;
    }

    @TestFactory
    List<DynamicTest> everyCaseGetsItsVerdict() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : corpus()) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                PdfReport r = PdfVerifier.of(policy).examine(new ByteArrayInputStream(c.pdf()));
                assertTrue(r.isSigned(), r::toString);
                assertEquals(c.valid(), r.isValid(), r::toString);
                if (c.code() != null) {
                    assertTrue(r.hasProblem(c.code()), () -> c.code() + " expected: " + r);
                }
                if (c.detail() != null) {
                    assertTrue(r.toString().contains(c.detail()), () -> "'" + c.detail() + "' expected: " + r);
                }
            }));
        }
        return tests;
    }

    @Test
    void aFieldLockedByFieldMdpMustNotBeFilledLater() throws Exception {
        byte[] form = Attacks.formPdf();
        byte[] locked = Attacks.lockFields(form, key, "SoTien");
        PdfReport ok = PdfVerifier.of(policy).examine(new ByteArrayInputStream(locked));
        assertTrue(ok.isValid(), ok::toString);
        byte[] filled = Attacks.fillField(locked, "900");
        PdfReport r = PdfVerifier.of(policy).examine(new ByteArrayInputStream(filled));
        assertFalse(r.isValid(), r::toString);
        assertTrue(r.hasProblem(PdfCodes.FIELD_LOCKED), r::toString);
        assertEquals(PdfChange.FORM_FILL, r.appended());
    }

    @Test
    void theCertificationLevelIsReported() throws Exception {
        PdfReport r = PdfVerifier.of(policy).examine(new ByteArrayInputStream(certify(PdfFixtures.textPdf(), key, 2)));
        assertEquals(2, r.signatures().get(0).certificationLevel());
        assertTrue(r.signatures().get(0).isCertification());
        assertTrue(r.toString().contains("DocMDP P=2"), r::toString);
        PdfReport a = PdfVerifier.of(policy).examine(new ByteArrayInputStream(sign(PdfFixtures.textPdf(), key)));
        assertEquals(0, a.signatures().get(0).certificationLevel());
    }

    @Test
    void aCertificationMustBeTheFirstSignature() throws Exception {
        byte[] once = sign(PdfFixtures.textPdf(), key);
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(
                java.io.IOException.class, () -> certify(once, second, 2));
        assertTrue(e.getMessage().contains("first"), e.getMessage());
    }
}
