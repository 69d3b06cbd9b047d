package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.EdxmlException;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.XmlElement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignerTest {
    static TestPki pki;
    static SigningKey key;
    static Verifier verifier;

    @BeforeAll
    static void setUp() throws Exception {
        pki = new TestPki("CA ký");
        key = pki.signer(TestPki.rsa(), "Đỗ Văn Hùng");
        verifier = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
    }

    @Test
    void decomposedVietnameseIsSignedAsItIsNotRenormalised() throws Exception {
        String nfd = Normalizer.normalize("Về việc tiếp nhận văn bản", Normalizer.Form.NFD);
        EdocPackage pkg = Fixtures.letter();
        pkg = pkg.toBuilder()
                .header(pkg.header().toBuilder().subject(nfd).build())
                .build();
        byte[] signed = Edxml.toBytes(Signer.builder().key(key).build().sign(pkg));
        assertTrue(new String(signed, StandardCharsets.UTF_8).contains(nfd));
        assertTrue(verifier.verify(signed).isValid());
    }

    @Test
    void theLegacyPlaceholderIsReplacedByARealSignature() throws Exception {
        XmlElement placeholder =
                new XmlElement(dev.edxml.model.SpecVersion.QCVN_102_2016.namespace(), "Signature", Map.of(), List.of());
        EdocPackage legacy = Fixtures.letter().toBuilder()
                .signature(new SignatureBlock(placeholder))
                .build();
        EdocPackage signed = Signer.builder().key(key).build().sign(legacy);
        assertTrue(signed.signature().orElseThrow().isXmlDsig());
        assertTrue(verifier.verify(signed).isValid());
    }

    @Test
    void signingFilesIsAtomic(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.edxml");
        Edxml.write(Fixtures.letter(), in);
        Path out = dir.resolve("out.edxml");
        Signer signer = Signer.builder().key(key).build();
        signer.sign(in, out);
        assertTrue(verifier.verify(out).isValid());
        Path broken = Files.writeString(dir.resolve("broken.edxml"), "<edXML");
        Path none = dir.resolve("none.edxml");
        assertThrows(EdxmlException.class, () -> signer.sign(broken, none));
        assertFalse(Files.exists(none));
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "in, out and broken; no temporary file left behind");
        }
    }

    @Test
    void signersRefuseWhatTheyShouldNotDo() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Signer.builder()
                .key(key)
                .algorithm(SignatureAlgorithm.RSA_SHA1)
                .build());
        assertThrows(IllegalStateException.class, () -> Signer.builder().build());
        Signer twoStep = Signer.builder().certificateChain(key.chain()).build();
        assertThrows(IllegalStateException.class, () -> twoStep.sign(Fixtures.letter()));
        assertTrue(twoStep.toString().contains("two-step"));
        assertTrue(key.toString().contains("Đỗ Văn Hùng") && !key.toString().contains("PRIVATE"));
    }

    @Test
    void theSignedHeaderIsTheOneWritten() throws Exception {
        EdocPackage signed = Signer.builder().key(key).build().sign(Fixtures.letter());
        MessageHeader h = ((EdocPackage) Edxml.parse(Edxml.toBytes(signed))).header();
        assertEquals(Fixtures.letter().header(), h);
    }
}
