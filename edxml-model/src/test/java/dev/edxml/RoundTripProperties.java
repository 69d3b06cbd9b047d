package dev.edxml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.ModelWalk;
import dev.edxml.model.PackageArbitraries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writing then reading gives the package back, and writing is a function of the package: the same bytes every time,
 * also after a round trip, in both element orders.
 */
class RoundTripProperties {

    @Provide
    Arbitrary<EdxmlPackage> packages() {
        return PackageArbitraries.packages();
    }

    /** Fails with the path of the first difference (strings shown with invisible characters escaped). */
    static void assertSamePackage(EdxmlPackage expected, EdxmlPackage actual, byte[] written) {
        assertEquals(
                expected,
                actual,
                () -> ModelWalk.firstDifference(expected, actual) + "\n--- written ---\n"
                        + new String(written, StandardCharsets.UTF_8));
    }

    /** Fails with the first differing line of two writings. */
    static void assertSameBytes(byte[] expected, byte[] actual, String what) {
        if (java.util.Arrays.equals(expected, actual)) {
            return;
        }
        String e = new String(expected, StandardCharsets.UTF_8);
        String a = new String(actual, StandardCharsets.UTF_8);
        int i = 0;
        while (i < Math.min(e.length(), a.length()) && e.charAt(i) == a.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 120);
        assertEquals(
                ModelWalk.show(e.substring(from, Math.min(e.length(), i + 120))),
                ModelWalk.show(a.substring(from, Math.min(a.length(), i + 120))),
                what + ": first difference at character " + i);
        assertEquals(e, a, what);
    }

    @Property(tries = 400)
    void writtenPackagesReadBackEqual(@ForAll("packages") EdxmlPackage p) throws IOException {
        byte[] bytes = Edxml.toBytes(p);
        EdxmlPackage back = Edxml.parse(bytes);
        assertSamePackage(p, back, bytes);
    }

    @Property(tries = 300)
    void writingIsDeterministic(@ForAll("packages") EdxmlPackage p) throws IOException {
        assertSameBytes(Edxml.toBytes(p), Edxml.toBytes(p), "two writings of one package");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Edxml.write(p, out);
        assertSameBytes(Edxml.toBytes(p), out.toByteArray(), "toBytes and write(stream)");
    }

    @Property(tries = 300)
    void writeReadWriteGivesTheSameBytes(@ForAll("packages") EdxmlPackage p) throws IOException {
        byte[] first = Edxml.toBytes(p);
        byte[] second = Edxml.toBytes(Edxml.parse(first));
        assertSameBytes(first, second, "write, read, write");
    }

    @Property(tries = 300)
    void bothElementOrdersReadBackEqual(@ForAll("packages") EdxmlPackage p) throws IOException {
        for (EdxmlWriter writer :
                java.util.List.of(Edxml.writer().sdkOrder(), Edxml.writer().regulationOrder())) {
            byte[] bytes = writer.toBytes(p);
            assertSamePackage(p, Edxml.parse(bytes), bytes);
            assertSameBytes(bytes, writer.toBytes(p), writer + " twice");
        }
        // a package read from the regulation's order writes the SDK's order exactly as the original would
        byte[] regulation = Edxml.writer().regulationOrder().toBytes(p);
        assertSameBytes(Edxml.toBytes(p), Edxml.toBytes(Edxml.parse(regulation)), "REGULATION read, SDK written");
    }
}
