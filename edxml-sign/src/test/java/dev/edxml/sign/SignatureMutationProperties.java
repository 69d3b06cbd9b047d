package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.edxml.sign.internal.Dom;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.xml.security.c14n.Canonicalizer;

/**
 * Random single-byte changes to a signed package never verify, unless the change leaves what the signature covers
 * untouched: an equivalent spelling (a tab instead of a space between attributes), the whitespace between the trace
 * hops that the relay-tolerant profile leaves out, or the parts XML-DSig never signs
 * (the certificate copies in {@code KeyInfo}, the {@code SignatureValue} text, the attributes and wrappers of the
 * {@code Signature} element itself). So the check is: whenever a mutated package verifies, the canonical form of
 * exactly what is signed (the document without the signature, {@code SignedInfo}, and the signed signing-time
 * property) equals the original's.
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

    @Property(tries = 500)
    void singleByteChangesDoNotVerify(
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int position, @ForAll byte value) throws Exception {
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
        String ds = dev.edxml.sign.internal.Dsig.NS;
        org.w3c.dom.Element sig = (org.w3c.dom.Element)
                doc.getElementsByTagNameNS(ds, "Signature").item(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalizer c = Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
        c.canonicalizeSubtree(sig.getElementsByTagNameNS(ds, "SignedInfo").item(0), out);
        c.canonicalizeSubtree(
                sig.getElementsByTagNameNS(ds, "SignatureProperty").item(0), out);
        // the document as the relay-tolerant reference covers it: without the hops after the first (the letter has
        // one) and the whitespace directly inside the trace list (the streaming filter is Santuario's, as
        // RelayProperties checks); where the streaming pass leaves a shape to the DOM, the whole document
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        if (dev.edxml.sign.internal.StreamC14n.canonicalize(new java.io.ByteArrayInputStream(xml), document, 1)) {
            out.write(document.toByteArray());
        } else {
            sig.getParentNode().removeChild(sig);
            c.canonicalizeSubtree(doc, out);
        }
        return out.toByteArray();
    }
}
