package dev.edxml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/** Properties of the model values alone (no reading or writing), and a check that the arbitraries are what they claim. */
class ModelProperties {

    @Provide
    Arbitrary<EdxmlPackage> packages() {
        return PackageArbitraries.packages();
    }

    @Property(tries = 300)
    void toBuilderRebuildsAnEqualPackage(@ForAll("packages") EdxmlPackage p) {
        EdxmlPackage copy = p instanceof EdocPackage e
                ? e.toBuilder().build()
                : ((StatusPackage) p).toBuilder().build();
        assertEquals(p, copy, () -> ModelWalk.firstDifference(p, copy));
        assertEquals(p.hashCode(), copy.hashCode());
        if (p instanceof EdocPackage e) {
            assertEquals(e.header(), e.header().toBuilder().build());
            e.header().from().ifPresent(o -> assertEquals(o, o.toBuilder().build()));
            for (Attachment a : e.attachments()) {
                if (a.contentId().isPresent()) {
                    assertEquals(a, a.toBuilder().build());
                }
            }
        }
    }

    @Property(tries = 300)
    void everyValuePrintsWithoutOptionalWrappers(@ForAll("packages") EdxmlPackage p) {
        List<String> texts = new ArrayList<>();
        ModelWalk.walk("", p, (path, v) -> {
            if (!(v instanceof Optional<?>) && !(v instanceof List<?>) && !(v instanceof java.util.Map<?, ?>)) {
                texts.add(path + " -> " + v);
            }
        });
        for (String t : texts) {
            assertFalse(t.contains("Optional["), t);
            assertFalse(t.contains("Optional.empty"), t);
        }
        assertFalse(p.toString().contains("Optional"), p.toString());
    }

    @Property(tries = 300)
    void equalityIsConsistent(@ForAll("packages") EdxmlPackage p, @ForAll("packages") EdxmlPackage q) {
        assertEquals(p, p);
        if (p.equals(q)) {
            assertEquals(p.hashCode(), q.hashCode());
        }
        assertEquals(p.equals(q), q.equals(p));
        assertNotEquals(null, p);
    }

    /** The arbitraries keep their promises: legal, non-empty text, no empty container, and the promised variety. */
    @Property(tries = 500)
    void arbitrariesProduceValidPackages(@ForAll("packages") EdxmlPackage p) {
        boolean[] seen = new boolean[8];
        ModelWalk.strings(p, (path, s) -> {
            assertTrue(ModelWalk.isXmlLegal(s), () -> path + " " + ModelWalk.show(s));
            if (!path.endsWith("{key}") && !path.contains(".attributes{") && !path.endsWith(".namespace")) {
                assertFalse(s.isEmpty(), path);
            }
            if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
                seen[0] = true;
            }
            seen[1] |= s.indexOf('\r') >= 0;
            seen[2] |= s.indexOf('<') >= 0 || s.indexOf('&') >= 0;
            seen[3] |= !s.isEmpty() && Character.isWhitespace(s.charAt(0));
            seen[4] |= s.indexOf('đ') >= 0 || s.indexOf('Đ') >= 0;
        });
        ModelWalk.walk("", p, (path, v) -> {
            if (v instanceof Record r
                    && !(v instanceof MessageHeader)
                    && !(v instanceof StatusHeader)
                    && !(v instanceof Extensions)
                    && !(v instanceof XmlElement)
                    && !(v instanceof XmlText)
                    && !(v instanceof SignatureBlock)
                    && !(v instanceof OrganId)
                    && !(v instanceof EdxmlDate)
                    && !(v instanceof EdxmlTimestamp)) {
                assertTrue(ModelWalk.hasContent(r), () -> "empty container at " + path + ": " + v);
            }
            if (v instanceof OpenCode c) {
                assertEquals(c.code().strip(), c.code(), path);
                seen[5] |= !c.isKnown();
            }
            if (v instanceof XmlElement e) {
                boolean texts = e.children().stream().anyMatch(XmlText.class::isInstance);
                assertTrue(!texts || e.children().size() == 1, () -> "mixed or split text at " + path);
                e.children().stream()
                        .filter(XmlText.class::isInstance)
                        .map(x -> ((XmlText) x).text())
                        .forEach(t -> assertFalse(t.isBlank(), path));
                seen[6] = true;
            }
            if (v instanceof Attachment a) {
                seen[7] |= a.content().size() > 0;
            }
        });
        Statistics.label("kind").collect(p.kind());
        Statistics.label("NFD text").collect(seen[0]);
        Statistics.label("CR").collect(seen[1]);
        Statistics.label("XML metacharacters").collect(seen[2]);
        Statistics.label("leading whitespace").collect(seen[3]);
        Statistics.label("đ/Đ").collect(seen[4]);
        Statistics.label("unknown code").collect(seen[5]);
        Statistics.label("extension element").collect(seen[6]);
        Statistics.label("signature")
                .collect(p.signature()
                        .map(s -> s.isXmlDsig() ? "XMLDSIG" : "LEGACY_PLACEHOLDER")
                        .orElse("none"));
        Statistics.label("attachment bytes").collect(seen[7]);
        if (p instanceof EdocPackage e) {
            Statistics.label("manifest")
                    .collect(
                            e.manifest().isEmpty()
                                    ? "none"
                                    : e.manifest()
                                                    .get()
                                                    .references()
                                                    .equals(e.attachments().stream()
                                                            .map(ManifestReference::of)
                                                            .toList())
                                            ? "synthesised"
                                            : "explicit");
        }
        for (String label : List.of(
                "NFD text",
                "CR",
                "XML metacharacters",
                "leading whitespace",
                "đ/Đ",
                "unknown code",
                "extension element",
                "attachment bytes")) {
            Statistics.label(label).coverage(c -> c.check(true).percentage(pct -> pct > 5));
        }
        Statistics.label("signature").coverage(c -> {
            c.check("XMLDSIG").count(n -> n > 0);
            c.check("LEGACY_PLACEHOLDER").count(n -> n > 0);
            c.check("none").count(n -> n > 0);
        });
        Statistics.label("kind").coverage(c -> c.check("status").percentage(pct -> pct > 10));
    }

    @Property(tries = 300)
    void datesOfLocalDatesAreCanonicalAndReadBack(@ForAll @LongRange(min = -200_000, max = 2_900_000) long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        EdxmlDate e = EdxmlDate.of(d);
        assertTrue(e.isCanonical(), e.text());
        assertEquals(Optional.of(d), e.date());
        assertEquals(e, EdxmlDate.parse(e.text()));
        assertTrue(e.text().matches("\\d{4}/\\d{2}/\\d{2}"), e.text());
    }

    @Property(tries = 300)
    void timestampsOfInstantsAreCanonicalAndReadBack(
            @ForAll @LongRange(min = -2_000_000_000L, max = 4_000_000_000L) long epochSecond) {
        Instant i = Instant.ofEpochSecond(epochSecond);
        EdxmlTimestamp t = EdxmlTimestamp.of(i);
        assertTrue(t.isCanonical(), t.text());
        assertEquals(Optional.of(i), t.instant());
        assertEquals(Optional.of(EdxmlTimestamp.VIETNAM), t.offsetDateTime().map(o -> o.getOffset()));
        assertTrue(t.text().matches("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}"), t.text());
    }
}
