package dev.edxml.validate;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The validator never throws: arbitrary bytes and mutated packages give findings. */
class ValidatorProperties {
    static final byte[] GOOD = good();

    private static byte[] good() {
        try {
            return Edxml.toBytes(ValidatorTest.pkg("Về việc kiểm tra đột biến"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 200)
    void arbitraryBytesGiveAReport(@ForAll byte[] bytes) {
        ValidationReport r = Validator.of(Profile.QCVN102).validate(bytes, "random");
        assertNotNull(r);
        assertTrue(!r.isValid() || r.kind().isPresent());
    }

    @Property(tries = 300)
    void mutatedPackagesGiveFindingsNotExceptions(
            @ForAll @IntRange(min = 0, max = 100_000) int position,
            @ForAll("mutations") String insert,
            @ForAll @IntRange(min = 0, max = 3) int cut) {
        int pos = position % GOOD.length;
        byte[] ins = insert.getBytes(StandardCharsets.UTF_8);
        byte[] m = new byte[GOOD.length - Math.min(cut, GOOD.length - pos) + ins.length];
        System.arraycopy(GOOD, 0, m, 0, pos);
        System.arraycopy(ins, 0, m, pos, ins.length);
        int rest = GOOD.length - pos - Math.min(cut, GOOD.length - pos);
        System.arraycopy(GOOD, GOOD.length - rest, m, pos + ins.length, rest);
        for (Profile p : Profile.builtIn()) {
            ValidationReport r = Validator.of(p).validate(m, "mutated");
            assertTrue(
                    r.findings().stream().noneMatch(f -> f.code().equals("EDXML-ENV-099")),
                    "a rule crashed on " + Arrays.toString(ins) + " at " + pos + ": " + r.findings());
        }
    }

    @Provide
    Arbitrary<String> mutations() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        "<",
                        ">",
                        "&",
                        "&amp;",
                        "\"",
                        "</edXML:To>",
                        "<edXML:To>",
                        "<X/>",
                        " ",
                        "\u0301",
                        "&#1;",
                        "]]>",
                        "<!--",
                        "<edXML:Priority>9</edXML:Priority>",
                        "<edXML:PromulgationDate>2099/02/30</edXML:PromulgationDate>",
                        "<edXML:ContentTransferEncoded>@@</edXML:ContentTransferEncoded>"),
                Arbitraries.strings().ofMaxLength(4));
    }
}
