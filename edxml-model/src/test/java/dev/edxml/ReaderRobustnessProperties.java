package dev.edxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.ModelWalk;
import dev.edxml.model.PackageArbitraries;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever bytes it is given, the reader either returns a package or throws {@link EdxmlException}: never another
 * exception, an error, or a hang. What it accepts it can write, and reads back the same.
 */
class ReaderRobustnessProperties {
    private static final String NS = PackageArbitraries.EDXML_NS;

    /** How one input ended: read, or refused with an {@link EdxmlException}. */
    private enum Outcome {
        READ,
        REFUSED
    }

    /** Parses, failing the property on anything but success or an {@link EdxmlException}. */
    static EdxmlPackage parseOrRefuse(byte[] bytes, String what) {
        Object[] result = new Object[1];
        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> {
                    try {
                        result[0] = Edxml.parse(bytes);
                    } catch (EdxmlException e) {
                        result[0] = e;
                    } catch (Throwable t) {
                        fail(
                                what + ": " + t.getClass().getName() + " instead of EdxmlException; input: "
                                        + ModelWalk.show(new String(
                                                bytes, 0, Math.min(bytes.length, 3000), StandardCharsets.UTF_8)),
                                t);
                    }
                },
                what + " did not finish");
        if (result[0] instanceof EdxmlException e) {
            assertEquals(true, e.code().matches("EDXML-[A-Z]{3}-\\d{3}"), "code " + e.code());
            Statistics.label("outcome").collect(Outcome.REFUSED);
            Statistics.label("code").collect(e.code());
            return null;
        }
        Statistics.label("outcome").collect(Outcome.READ);
        return (EdxmlPackage) result[0];
    }

    /** An accepted input gives a package that writes, reads back equal, and writes the same bytes again. */
    static void assertStable(EdxmlPackage read, String what) {
        if (read == null) {
            return;
        }
        byte[] written;
        try {
            written = Edxml.toBytes(read);
        } catch (Throwable t) {
            throw new AssertionError(what + ": a package the reader accepted could not be written: " + read, t);
        }
        EdxmlPackage again;
        try {
            again = Edxml.parse(written);
        } catch (Throwable t) {
            throw new AssertionError(
                    what + ": the writing of an accepted package could not be read:\n"
                            + new String(written, StandardCharsets.UTF_8),
                    t);
        }
        assertEquals(read, again, () -> what + ": " + ModelWalk.firstDifference(read, again));
    }

    @Provide
    Arbitrary<EdxmlPackage> packages() {
        return PackageArbitraries.packages();
    }

    /** Random bytes, alone or after a start that gets them past the first checks into the XML parser. */
    @Provide
    Arbitrary<byte[]> randomBytes() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        return Arbitraries.oneOf(
                raw,
                raw.map(b -> concat("<".getBytes(StandardCharsets.UTF_8), b)),
                raw.map(b -> concat(
                        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<edXML xmlns=\"" + NS
                                        + "\"><edXML:edXMLEnvelope xmlns:edXML=\"" + NS
                                        + "\"><edXML:edXMLHeader><edXML:MessageHeader>"
                                        + "<edXML:Subject>")
                                .getBytes(StandardCharsets.UTF_8),
                        b)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** Fragments of edXML, shuffled: mostly not well-formed, sometimes deep, sometimes almost right. */
    @Provide
    Arbitrary<byte[]> xmlSoup() {
        List<String> tokens = List.of(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "\uFEFF",
                "1212",
                "<edXML xmlns=\"" + NS + "\">",
                "</edXML>",
                "<edXML:edXMLEnvelope xmlns:edXML=\"" + NS + "\">",
                "</edXML:edXMLEnvelope>",
                "<edXMLEnvelope xmlns=\"" + NS + "\">",
                "</edXMLEnvelope>",
                "<edXML:edXMLHeader>",
                "</edXML:edXMLHeader>",
                "<edXML:edXMLBody>",
                "</edXML:edXMLBody>",
                "<edXML:MessageHeader>",
                "</edXML:MessageHeader>",
                "<edXML:From>",
                "</edXML:From>",
                "<edXML:OrganId>000.00.00.G22</edXML:OrganId>",
                "<edXML:To>",
                "</edXML:To>",
                "<edXML:StatusCode>01</edXML:StatusCode>",
                "<edXML:Timestamp>2018/09/28 17:25:11</edXML:Timestamp>",
                "<edXML:Priority>x</edXML:Priority>",
                "<edXML:PageAmount>99999999999999999999</edXML:PageAmount>",
                "<edXML:Direction>maybe</edXML:Direction>",
                "<edXML:TypeDetail>-1</edXML:TypeDetail>",
                "<edXML:TraceHeaderList>",
                "</edXML:TraceHeaderList>",
                "<edXML:Bussiness>",
                "</edXML:Bussiness>",
                "<edXML:edXMLManifest version=\"1.0\">",
                "</edXML:edXMLManifest>",
                "<edXML:Reference>",
                "</edXML:Reference>",
                "<AttachmentEncoded>",
                "</AttachmentEncoded>",
                "<Attachment>",
                "</Attachment>",
                "<ContentId>cid:1</ContentId>",
                "<edXML:ContentTransferEncoded>",
                "</edXML:ContentTransferEncoded>",
                "JVBERi0xLjQK",
                "UEsDBBQ=",
                "====",
                "!!notbase64!!",
                "<Signature>",
                "</Signature>",
                "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">",
                "<X a=\"1\" a=\"2\"/>",
                "<x:Y/>",
                "&amp;",
                "&nbsp;",
                "&#0;",
                "&#xD800;",
                "&#x1F600;",
                "<![CDATA[",
                "]]>",
                "<!--",
                "-->",
                "<?pi x?>",
                "<!DOCTYPE edXML>",
                "<!DOCTYPE x [<!ENTITY e \"e\">]>",
                "<!ENTITY % p SYSTEM \"file:///etc/passwd\">",
                "&e;",
                "\r\n",
                "  ",
                "Hà Nội",
                "\u0000",
                "\u00FF",
                "<",
                ">",
                "/",
                "\"",
                "'",
                "=",
                "xmlns:edXML=\"\"");
        return Arbitraries.of(tokens).list().ofMaxSize(60).map(l -> String.join("", l)
                .getBytes(StandardCharsets.UTF_8));
    }

    private enum Mutation {
        REPLACE,
        FLIP_BIT,
        DELETE,
        INSERT,
        TRUNCATE,
        DUPLICATE_RANGE
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Mutation.REPLACE)),
                Tuple.of(2, Arbitraries.just(Mutation.FLIP_BIT)),
                Tuple.of(2, Arbitraries.just(Mutation.DELETE)),
                Tuple.of(2, Arbitraries.just(Mutation.INSERT)),
                Tuple.of(2, Arbitraries.just(Mutation.TRUNCATE)),
                Tuple.of(1, Arbitraries.just(Mutation.DUPLICATE_RANGE)));
    }

    /** Bytes the mutated document may get: XML metacharacters, controls, high bytes, digits. */
    @Provide
    Arbitrary<Byte> mutationBytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes(),
                Arbitraries.of(
                        (byte) '<',
                        (byte) '>',
                        (byte) '&',
                        (byte) '"',
                        (byte) '/',
                        (byte) ':',
                        (byte) '=',
                        (byte) 0,
                        (byte) 0x0B,
                        (byte) 0x0D,
                        (byte) 0x0A,
                        (byte) 0xC3,
                        (byte) 0xFF,
                        (byte) '9',
                        (byte) ' '));
    }

    static byte[] mutate(byte[] b, Mutation m, int position, byte value) {
        int pos = position % Math.max(1, b.length);
        switch (m) {
            case REPLACE: {
                byte[] c = b.clone();
                c[pos] = c[pos] == value ? (byte) (value + 1) : value;
                return c;
            }
            case FLIP_BIT: {
                byte[] c = b.clone();
                c[pos] ^= (byte) (1 << (value & 7));
                return c;
            }
            case DELETE: {
                byte[] c = new byte[b.length - 1];
                System.arraycopy(b, 0, c, 0, pos);
                System.arraycopy(b, pos + 1, c, pos, b.length - pos - 1);
                return c;
            }
            case INSERT: {
                byte[] c = new byte[b.length + 1];
                System.arraycopy(b, 0, c, 0, pos);
                c[pos] = value;
                System.arraycopy(b, pos, c, pos + 1, b.length - pos);
                return c;
            }
            case TRUNCATE:
                return Arrays.copyOf(b, pos);
            case DUPLICATE_RANGE: {
                int len = Math.min(1 + (value & 0x7F), b.length - pos);
                byte[] c = new byte[b.length + len];
                System.arraycopy(b, 0, c, 0, pos + len);
                System.arraycopy(b, pos, c, pos + len, b.length - pos);
                return c;
            }
            default:
                throw new IllegalArgumentException(m.name());
        }
    }

    @Property(tries = 500)
    void arbitraryBytesAreReadOrRefused(@ForAll("randomBytes") byte[] bytes) {
        assertStable(parseOrRefuse(bytes, "random bytes"), "random bytes");
    }

    @Property(tries = 500)
    void xmlSoupIsReadOrRefused(@ForAll("xmlSoup") byte[] bytes) {
        assertStable(parseOrRefuse(bytes, "xml soup"), "xml soup");
    }

    @Property(tries = 500)
    void mutatedPackagesAreReadOrRefused(
            @ForAll("packages") EdxmlPackage p,
            @ForAll("mutations") Mutation m,
            @ForAll @IntRange(min = 0, max = 1 << 20) int position,
            @ForAll("mutationBytes") byte value)
            throws Exception {
        byte[] original = Edxml.toBytes(p);
        byte[] mutated = mutate(original, m, position, value);
        int at = position % Math.max(1, original.length);
        String what = m + " at byte " + at + " ("
                + ModelWalk.show(new String(
                        original,
                        Math.max(0, at - 40),
                        Math.min(original.length, at + 40) - Math.max(0, at - 40),
                        StandardCharsets.UTF_8))
                + ")";
        Statistics.label("mutation").collect(m);
        assertStable(parseOrRefuse(mutated, what), what);
    }

    @Property(tries = 300)
    void everyTruncationIsReadOrRefused(
            @ForAll("packages") EdxmlPackage p, @ForAll @IntRange(min = 0, max = 1 << 20) int position)
            throws Exception {
        byte[] original = Edxml.toBytes(p);
        int cut = position % Math.max(1, original.length);
        byte[] truncated = Arrays.copyOf(original, cut);
        EdxmlPackage read = parseOrRefuse(truncated, "truncated at " + cut);
        boolean rootClosed =
                new String(truncated, StandardCharsets.UTF_8).stripTrailing().endsWith("</edXML>");
        if (read != null && !rootClosed) {
            // a well-formed document cannot end before its root element closes
            fail("a package truncated at " + cut + " of " + original.length + " bytes was read: " + read);
        }
        if (read == null && !new String(truncated, StandardCharsets.UTF_8).contains("<!")) {
            // there is no DOCTYPE in a written package, so "declares a DTD" would send its reader the wrong way
            EdxmlException e = assertThrows(EdxmlException.class, () -> Edxml.parse(truncated));
            assertNotEquals("EDXML-ENV-002", e.code(), () -> "truncated at " + cut + ": " + e.getMessage());
        }
    }
}
