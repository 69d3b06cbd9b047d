package dev.edxml.sign.pdf;

import dev.edxml.sign.TestPki;
import dev.edxml.sign.TrustPolicy;
import java.io.ByteArrayInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;

/** No change of a single signed byte leaves a signed PDF valid. */
class PdfTamperProperties {
    static byte[] signed;
    static int[] hole;
    static TrustPolicy policy;

    @BeforeContainer
    static void sign() throws Exception {
        TestPki pki = new TestPki("Root CA thử nghiệm");
        signed = PdfFixtures.sign(PdfFixtures.textPdf(), pki.signer(TestPki.rsa(), "Ngô Thị Lan"));
        hole = PdfFixtures.lastHole(signed);
        policy = PdfFixtures.trusting(pki);
    }

    @Property(tries = 40)
    boolean anySignedByteChangedInvalidates(
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int where,
            @ForAll @IntRange(min = 1, max = 255) int xor)
            throws Exception {
        int signedBytes = signed.length - (hole[1] + 1 - hole[0]);
        int pos = where % signedBytes;
        if (pos >= hole[0]) {
            pos += hole[1] + 1 - hole[0];
        }
        byte[] t = signed.clone();
        t[pos] ^= (byte) xor;
        return !PdfVerifier.of(policy).examine(new ByteArrayInputStream(t)).isValid();
    }
}
