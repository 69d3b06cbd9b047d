package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.EdxmlException;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming signing path: its failures, its determinism, and the two verification paths agreeing on it. */
class StreamingSignerTest {
    @Test
    void aPackageTheWriterRefusesFailsWithTheWritersCode() throws Exception {
        TestPki pki = new TestPki("CA luồng");
        Signer signer =
                Signer.builder().key(pki.signer(TestPki.rsa(), "Lê Văn Luồng")).build();
        EdocPackage bad = Fixtures.letter().toBuilder()
                .header(MessageHeader.builder()
                        .subject("ký tự điều khiển \u0001 không hợp lệ")
                        .build())
                .build();
        EdxmlException e = assertThrows(EdxmlException.class, () -> signer.sign(bad));
        assertEquals("EDXML-ENV-010", e.code());
        // the same with a 2 MB attachment: written in a second thread through the pipe, the writer's failure is
        // still the one reported
        EdocPackage large = bad.toBuilder()
                .addAttachment(dev.edxml.model.Attachment.builder()
                        .name("lon.bin")
                        .contentType("application/octet-stream")
                        .content(new byte[2 << 20])
                        .build())
                .build();
        EdxmlException e2 = assertThrows(EdxmlException.class, () -> signer.sign(large));
        assertEquals("EDXML-ENV-010", e2.code());
    }

    @Test
    void aReadBackFailureWhileTheWriterIsStillWritingEndsInsteadOfHanging() throws Exception {
        TestPki pki = new TestPki("CA luồng");
        Signer signer =
                Signer.builder().key(pki.signer(TestPki.rsa(), "Lê Văn Luồng")).build();
        // the writer accepts an element name longer than the StAX reader's limit (jdk.xml.maxXMLNameLimit, 1000):
        // the package would not be readable, so the canonicaliser fed by the writer refuses it before the 4 MB of
        // attachment
        String longName = "x".repeat(5000);
        EdocPackage pkg = Fixtures.letter().toBuilder()
                .header(Fixtures.letter().header().toBuilder()
                        .extensions(dev.edxml.model.Extensions.of(
                                List.of(dev.edxml.model.XmlElement.ofText("urn:vendor", longName, "v"))))
                        .build())
                .addAttachment(dev.edxml.model.Attachment.builder()
                        .name("lon.bin")
                        .contentType("application/octet-stream")
                        .content(new byte[4 << 20])
                        .build())
                .build();
        Exception e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30), () -> assertThrows(Exception.class, () -> signer.sign(pkg)));
        assertTrue(e instanceof java.io.IOException || e instanceof EdxmlException, e.toString());
    }

    @Test
    void aDiskErrorWhileStreamingIsAnIoErrorNotMalformedXml() throws Exception {
        byte[] bytes = Edxml.toBytes(Fixtures.letter());
        java.io.InputStream failing = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(bytes, 0, 300)) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                int n = super.read(b, off, len);
                if (n < 0) {
                    throw new java.io.IOException("disk read error");
                }
                return n;
            }
        };
        java.io.IOException e = assertThrows(
                java.io.IOException.class,
                () -> dev.edxml.sign.internal.StreamC14n.digest(
                        failing, java.security.MessageDigest.getInstance("SHA-256")));
        assertEquals("disk read error", e.getMessage());
    }

    @Test
    void sameInputSameSignatureAndBothPathsAgree() throws Exception {
        TestPki pki = new TestPki("CA luồng");
        SigningKey key = pki.signer(TestPki.rsa(), "Lê Văn Luồng");
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneOffset.UTC);
        Signer signer = Signer.builder().key(key).clock(clock).build();
        // RSA PKCS#1 v1.5 is deterministic: the same package signed twice gives the same bytes
        byte[] a = Edxml.toBytes(signer.sign(Fixtures.letter()));
        byte[] b = Edxml.toBytes(signer.sign(Fixtures.letter()));
        assertArrayEquals(a, b);
        Verifier v = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
        assertTrue(v.examine(a).isValid());
        assertTrue(v.examineStreamingOnly(a).isValid(), "our own signatures take the streaming path");
        assertTrue(v.examineDom(a).isValid());
        byte[] tampered = VerifierTest.replace(a, "V/v kết nối", "V/v sửa đổi");
        List<String> streamed = StreamingCorpusTest.codes(v.examine(tampered));
        assertEquals(StreamingCorpusTest.codes(v.examineDom(tampered)), streamed);
        assertTrue(streamed.contains("EDXML-SIG-011"), streamed.toString());
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void signingAFileWritesTheBytesOfSigningTheModelInOnePassAndLeavesNoTemporaryFile() throws Exception {
        TestPki pki = new TestPki("CA một lượt");
        SigningKey key = pki.signer(TestPki.rsa(), "Lê Văn Một");
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneOffset.UTC);
        byte[] big = new byte[(3 << 20) + 7];
        new java.util.Random(7).nextBytes(big);
        EdocPackage withTrace = Fixtures.letter().toBuilder()
                .traceHeaders(List.of(
                        dev.edxml.model.TraceHeader.of("000.00.00.G01", Instant.parse("2026-11-25T03:00:00Z")),
                        dev.edxml.model.TraceHeader.of("000.00.00.G02", Instant.parse("2026-11-25T03:01:00Z"))))
                .build();
        for (EdocPackage pkg : List.of(
                Fixtures.letter(),
                withTrace,
                Fixtures.letter().toBuilder()
                        .addAttachment(dev.edxml.model.Attachment.builder()
                                .name("lớn.bin")
                                .contentType("application/octet-stream")
                                .content(big)
                                .build())
                        .build())) {
            for (boolean relayTolerant : List.of(true, false)) {
                Signer signer = Signer.builder()
                        .key(key)
                        .clock(clock)
                        .relayTolerant(relayTolerant)
                        .build();
                java.nio.file.Path in = dir.resolve("in.edxml");
                java.nio.file.Path out = dir.resolve("out.edxml");
                Edxml.write(pkg, in);
                signer.sign(in, out);
                byte[] expected;
                try (dev.edxml.model.EdxmlPackage read = Edxml.read(in)) {
                    expected = Edxml.toBytes(signer.sign(read));
                }
                byte[] actual = java.nio.file.Files.readAllBytes(out);
                assertArrayEquals(expected, actual, "relay-tolerant " + relayTolerant);
                Verifier v =
                        Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
                assertTrue(v.examine(actual).isValid());
                assertTrue(v.examineDom(actual).isValid());
                try (var files = java.nio.file.Files.list(dir)) {
                    assertEquals(
                            List.of("in.edxml", "out.edxml"),
                            files.map(f -> f.getFileName().toString())
                                    .sorted()
                                    .collect(java.util.stream.Collectors.toList()));
                }
            }
        }
        // signing a file in place
        java.nio.file.Path same = dir.resolve("in.edxml");
        Signer.builder().key(key).clock(clock).build().sign(same, same);
        assertTrue(Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build())
                .examine(java.nio.file.Files.readAllBytes(same))
                .isValid());
    }
}
