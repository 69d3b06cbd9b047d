package dev.edxml.sign.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The saved state of a prepared PDF signature round-trips, and a damaged one is refused with
 * {@link IllegalArgumentException}, never another exception or a state that silently differs.
 */
class PreparedStateProperties {
    private static byte[] state;
    private static PreparedPdfSignature prepared;

    private static synchronized byte[] state() throws Exception {
        if (state == null) {
            SigningKey key = new TestPki("Root CA thử nghiệm").signer(TestPki.rsa(), "Văn phòng Chính phủ");
            Path dir = Files.createTempDirectory("prep");
            Path pdf = PdfFixtures.write(dir, "a.pdf", PdfFixtures.textPdf());
            prepared = PdfSigner.builder(key.chain()).build().prepare(pdf, dir.resolve("a.prepared.pdf"));
            state = prepared.toBytes();
        }
        return state;
    }

    @Property(tries = 300)
    void aDamagedStateIsRefusedOrReadsTheSame(@ForAll("damage") Tuple.Tuple2<Integer, Byte> change) throws Exception {
        byte[] s = state().clone();
        int at = Math.floorMod(change.get1(), s.length);
        s[at] = change.get2();
        try {
            PreparedPdfSignature p = PreparedPdfSignature.fromBytes(s);
            // a change that still parses must be one that does not matter (white space) or show in the value
            assertEquals(p.equals(prepared), java.util.Arrays.equals(p.toBytes(), prepared.toBytes()));
        } catch (IllegalArgumentException expected) {
            // refused, as a damaged state must be
        }
    }

    @Property(tries = 1)
    void theStateRoundTrips() throws Exception {
        state();
        assertEquals(prepared, PreparedPdfSignature.fromBytes(prepared.toBytes()));
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Integer, Byte>> damage() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).tuple2().flatMap(t -> Arbitraries.bytes()
                .map(b -> Tuple.of(t.get1(), b)));
    }
}
