package dev.edxml.sign;

import dev.edxml.sign.internal.Dom;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.constraints.IntRange;
import org.apache.xml.security.c14n.Canonicalizer;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Random single-byte changes to a signed package never verify, unless the change leaves what the signature covers
 * untouched: an equivalent spelling (a tab instead of a space between attributes), or the parts XML-DSig never signs
 * (the certificate copies in {@code KeyInfo}, whitespace inside the base64 of {@code SignatureValue}). So the check
 * is: whenever a mutated package verifies, its canonical form without those two parts equals the original's.
 */
class SignatureMutationProperties {
    static byte[] signed;
    static byte[] canonical;
    static Verifier verifier;

    @BeforeContainer
    static void sign() throws Exception {
        org.apache.xml.security.Init.init();
        TestPki pki = new TestPki("CA đột biến");
        SigningKey key = pki.signer(TestPki.rsa(), "Vũ Thị Giang");
        signed = dev.edxml.Edxml.toBytes(Signer.builder().key(key).build().sign(Fixtures.letter()));
        canonical = c14n(signed);
        verifier = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
    }

    @Property(tries = 400)
    void singleByteChangesDoNotVerify(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int position,
                                      @ForAll byte value) throws Exception {
        int pos = position % signed.length;
        Assume.that(signed[pos] != value);
        byte[] mutated = Arrays.copyOf(signed, signed.length);
        mutated[pos] = value;
        SignatureReport r = verifier.examine(mutated);
        if (r.isValid()) {
            assertArrayEquals(canonical, c14n(mutated), "a change verified although the document changed at " + pos);
        }
    }

    private static byte[] c14n(byte[] xml) throws Exception {
        org.w3c.dom.Document doc = Dom.parse(xml);
        org.w3c.dom.Node keyInfo = doc.getElementsByTagNameNS(dev.edxml.sign.internal.Dsig.NS, "KeyInfo").item(0);
        keyInfo.getParentNode().removeChild(keyInfo);
        org.w3c.dom.Node value = doc.getElementsByTagNameNS(dev.edxml.sign.internal.Dsig.NS, "SignatureValue").item(0);
        value.setTextContent(value.getTextContent().replaceAll("\\s", ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS).canonicalizeSubtree(doc, out);
        return out.toByteArray();
    }
}
