package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.edxml.Finding;
import dev.edxml.sign.internal.StreamC14n;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The interop corpus ({@code edxml.samples}; skipped when absent): for every package that is well-formed XML, the
 * streaming canonicaliser gives Santuario's canonical form of the package without its first signature, and the
 * verifier's streaming path gives the same report (kind, coverage, problem codes) as the DOM path.
 */
class StreamingCorpusTest {
    @BeforeAll
    static void init() {
        org.apache.xml.security.Init.init();
    }

    static List<Path> packages() throws IOException {
        String dir = System.getProperty("edxml.samples");
        Path root = dir == null ? null : Path.of(dir);
        assumeTrue(
                root != null && Files.isDirectory(root),
                "interop corpus not present (system property edxml.samples=" + dir + "): corpus tests skipped");
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.toString().endsWith(".edxml") || f.toString().endsWith(".xml"))
                    .sorted()
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> streamingAgreesWithTheDomOnEverySample() throws Exception {
        List<Path> files = packages();
        assertTrue(files.size() >= 30, "expected the whole corpus, found " + files.size());
        TestPki pki = new TestPki("CA mẫu");
        Verifier verifier =
                Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
        return files.stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    byte[] xml = Files.readAllBytes(f);
                    byte[] expected;
                    try {
                        expected = StreamC14nProperties.santuario(xml);
                    } catch (org.xml.sax.SAXException e) {
                        // not well-formed: both paths must call it unreadable
                        assertEquals(List.of("EDXML-SIG-021"), codes(verifier.examine(xml)), f.toString());
                        assertEquals(List.of("EDXML-SIG-021"), codes(verifier.examineDom(xml)), f.toString());
                        return;
                    }
                    ByteArrayOutputStream ours = new ByteArrayOutputStream();
                    if (StreamC14n.canonicalize(new ByteArrayInputStream(xml), ours)) {
                        assertEquals(
                                new String(expected, StandardCharsets.UTF_8),
                                ours.toString(StandardCharsets.UTF_8),
                                f.toString());
                    }
                    SignatureReport streamed = verifier.examine(xml);
                    SignatureReport dom = verifier.examineDom(xml);
                    assertEquals(dom.kind(), streamed.kind(), f.toString());
                    assertEquals(dom.coverage(), streamed.coverage(), f.toString());
                    assertEquals(codes(dom), codes(streamed), f.toString());
                }));
    }

    static List<String> codes(SignatureReport r) {
        return r.problems().stream().map(Finding::code).sorted().toList();
    }
}
