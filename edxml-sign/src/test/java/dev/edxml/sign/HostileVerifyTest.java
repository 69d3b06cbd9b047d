package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: what an intermediary can add to a validly signed package (its {@code Signature} element is not signed) is
 * bounded: text in the signature, nesting, and the size of a package whose signature only the DOM path checks.
 * Time and memory are held by the forked {@code -Xmx128m} property (edxml-cli's HostileShapesProperties); here, the
 * verdicts.
 */
class HostileVerifyTest {
    static TestPki pki;
    static SigningKey key;
    static Verifier verifier;

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("CA thử nghiệm edxml");
        key = pki.signer(TestPki.rsa(), "Nguyễn Văn A");
        verifier = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
    }

    private static String signed() throws Exception {
        return new String(
                Edxml.toBytes(Signer.builder().key(key).build().sign(Fixtures.letter())), StandardCharsets.UTF_8);
    }

    /** A {@code ds:Object} of {@code chars} characters added inside the signature, after signing. */
    private static byte[] withObject(String signed, int chars) {
        int end = signed.indexOf("</Signature>");
        if (end < 0) {
            end = signed.indexOf("</ds:Signature>");
        }
        return (signed.substring(0, end) + "<Object xmlns=\"http://www.w3.org/2000/09/xmldsig#\">" + "A".repeat(chars)
                        + "</Object>" + signed.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void textAddedToTheSignatureKeepsTheVerdictWithinTheLimitAndIsRefusedBeyond() throws Exception {
        String s = signed();
        assertTrue(s.contains("</Signature>") || s.contains("</ds:Signature>"), s);
        // 6 MB in 64-character chunks was quadratic (10 MB: 9.5 s); now one text node, and still valid
        SignatureReport within = verifier.examine(withObject(s, 6 << 20));
        assertTrue(within.isValid(), within::toString);
        SignatureReport beyond = verifier.examine(withObject(s, 9 << 20));
        assertFalse(beyond.isValid());
        assertEquals(Set.of("EDXML-SIG-021"), VerifierTest.codes(beyond));
        assertTrue(
                beyond.problems().get(0).message(java.util.Locale.ENGLISH).contains("characters of text"),
                beyond::toString);
    }

    @Test
    void deepNestingIsRefusedAtTheSharedDepth() throws Exception {
        String s = signed();
        int depth = 200_000;
        String deep = s.replace(
                "</edXML:edXMLBody>",
                "<x xmlns=\"urn:x\">".repeat(depth) + "</x>".repeat(depth) + "</edXML:edXMLBody>");
        assertTrue(deep.length() > s.length() + depth);
        SignatureReport r = verifier.examine(deep.getBytes(StandardCharsets.UTF_8));
        assertEquals(Set.of("EDXML-SIG-021"), VerifierTest.codes(r));
        assertTrue(r.problems().get(0).message(java.util.Locale.ENGLISH).contains("maxElementDepth"), r::toString);
    }

    @Test
    void aPackageOnlyTheDomPathChecksIsBoundedBySize() throws Exception {
        Crafted inclusive = new Crafted();
        inclusive.referenceC14n = CanonicalizationMethod.INCLUSIVE;
        byte[] small = inclusive.sign(Edxml.toBytes(Fixtures.letter()), key.privateKey(), key.chain());
        SignatureReport ok = verifier.examine(small);
        assertTrue(ok.isValid(), ok::toString);
        byte[] big = new byte[7 << 20];
        new Random(15).nextBytes(big);
        EdocPackage large = Fixtures.letter().toBuilder()
                .addAttachment(Attachment.builder()
                        .contentId("cid:2")
                        .name("lon.bin")
                        .contentType("application/octet-stream")
                        .content(big)
                        .build())
                .build();
        byte[] signedLarge = inclusive.sign(Edxml.toBytes(large), key.privateKey(), key.chain());
        assertTrue(signedLarge.length > Verifier.MAX_DOM_BYTES);
        SignatureReport r = verifier.examine(signedLarge);
        assertEquals(SignatureReport.Kind.XMLDSIG, r.kind());
        assertEquals(Set.of("EDXML-SIG-044"), VerifierTest.codes(r));
        assertTrue(r.describe(java.util.Locale.ENGLISH).contains(String.valueOf(Verifier.MAX_DOM_BYTES)), r::toString);
    }
}
