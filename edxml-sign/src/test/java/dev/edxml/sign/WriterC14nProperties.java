package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.edxml.Edxml;
import dev.edxml.EdxmlException;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.Extensions;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.XmlElement;
import dev.edxml.model.XmlNode;
import dev.edxml.model.XmlText;
import dev.edxml.sign.internal.Dsig;
import dev.edxml.sign.internal.StreamC14n;
import dev.edxml.sign.internal.StreamingDigest;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Signing in one pass (issue 19): the digest the canonicaliser makes from what the writer tells it
 * ({@code WriterC14n}) is the digest of the bytes the writer writes, read back by the StAX canonicaliser (itself
 * checked against Santuario by {@code StreamC14nProperties}), for generated packages: text with every kind of
 * character the writer escapes, extensions in other namespaces with prefixed, unprefixed and {@code xml:} attributes,
 * mixed content, trace hops, under both profiles.
 */
class WriterC14nProperties {
    private static final List<String> TEXTS = List.of(
            "",
            "V/v kết nối",
            "Hoà",
            "Ho\u0300a",
            "a & b",
            "<x>",
            "]]>",
            "\"quoted\" 'single'",
            "line\nbreak",
            "cr\r\nlf",
            "\r",
            "tab\there",
            "  spaced  ",
            "😀 \uD840\uDC00",
            "&amp;",
            "\u00A0\u2028");
    private static final List<String> NAMESPACES =
            List.of("urn:vendor:a", "urn:vendor:b", "", dev.edxml.model.SpecVersion.QCVN_102_2016.namespace());
    private static final List<String> ATTRIBUTE_KEYS =
            List.of("k", "id", "{urn:vendor:a}k", "{urn:vendor:c}z", "{http://www.w3.org/XML/1998/namespace}lang");

    @Property(tries = 150)
    void theWritersDigestIsTheDigestOfTheBytesItWrites(
            @ForAll("packages") EdocPackage pkg, @ForAll boolean relayTolerant) throws Exception {
        EdocPackage withPlaceholder = pkg.toBuilder()
                .signature(new SignatureBlock(new XmlElement(Dsig.NS, "Signature", Map.of(), List.of())))
                .build();
        byte[] bytes;
        try {
            bytes = Edxml.toBytes(withPlaceholder);
        } catch (EdxmlException e) {
            return; // a character XML cannot carry: the writer refuses it on both paths alike
        }
        StreamC14n.Result written =
                StreamingDigest.ofPackage(withPlaceholder, MessageDigest.getInstance("SHA-256"), relayTolerant);
        StreamC14n.Result read =
                StreamC14n.digest(new ByteArrayInputStream(bytes), MessageDigest.getInstance("SHA-256"), relayTolerant);
        assertNotNull(read.digest());
        assertArrayEquals(read.digest(), written.digest());
        assertEquals(read.traceHops(), written.traceHops());
    }

    @Provide
    Arbitrary<EdocPackage> packages() {
        Arbitrary<String> text = Arbitraries.of(TEXTS);
        Arbitrary<List<XmlElement>> extensions = element(2).list().ofMaxSize(3);
        Arbitrary<Integer> hops = Arbitraries.integers().between(0, 3);
        return Combinators.combine(text, extensions, hops, element(1).list().ofMaxSize(2))
                .as((subject, ext, n, more) -> {
                    EdocPackage base = Fixtures.letter();
                    EdocPackage.Builder b = base.toBuilder()
                            .header(base.header().toBuilder()
                                    .subject(subject)
                                    .extensions(Extensions.of(ext))
                                    .build());
                    if (n > 0) {
                        List<dev.edxml.model.TraceHeader> list = new ArrayList<>();
                        for (int i = 0; i < n; i++) {
                            list.add(dev.edxml.model.TraceHeader.of(
                                    "000.00.00.G0" + i,
                                    Instant.parse("2026-11-25T03:00:00Z").plusSeconds(60L * i)));
                        }
                        b.traceHeaders(list);
                    }
                    return b.headerExtensions(Extensions.of(more)).build();
                });
    }

    private Arbitrary<XmlElement> element(int depth) {
        Arbitrary<Map<String, String>> attributes = Arbitraries.maps(
                        Arbitraries.of(ATTRIBUTE_KEYS), Arbitraries.of(TEXTS))
                .ofMaxSize(3)
                .map(LinkedHashMap::new);
        Arbitrary<List<XmlNode>> children = depth == 0
                ? Arbitraries.of(TEXTS).map(t -> t.isEmpty() ? List.<XmlNode>of() : List.<XmlNode>of(new XmlText(t)))
                : Arbitraries.oneOf(
                                element(depth - 1).map(e -> (XmlNode) e),
                                Arbitraries.of(TEXTS).filter(t -> !t.isEmpty()).map(t -> (XmlNode) new XmlText(t)))
                        .list()
                        .ofMaxSize(3);
        return Combinators.combine(
                        Arbitraries.of(NAMESPACES), Arbitraries.of("x", "Item", "Signature"), attributes, children)
                .as(XmlElement::new);
    }
}
