package dev.edxml.axis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The relay hop: inserted once before the first TraceHeaderList end tag, every other byte unchanged. */
class TraceHopProperties {
    private static final String HOP_TIME = "2026/12/07 09:15:00";

    private static String copy(String xml, int chunk, String organId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk)); // arbitrary read sizes: tags cut anywhere
            }
        };
        TraceHop.copy(in, out, organId, HOP_TIME);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Property(tries = 200)
    void onlyTheHopIsInsertedWhateverTheChunkSizes(
            @ForAll @IntRange(min = 1, max = 40) int chunk,
            @ForAll("prefixes") String prefix,
            @ForAll @StringLength(max = 30) String text)
            throws IOException {
        String p = prefix.isEmpty() ? "" : prefix + ":";
        String safe = text.replace("<", "").replace("&", "");
        String before = "<?xml version=\"1.0\"?>\r\n<edXML><" + p + "TraceHeaderList>\r\n    <" + p + "TraceHeader>"
                + safe + "</" + p + "TraceHeader>\r\n  ";
        String after = "</" + p + "TraceHeaderList><" + p + "Other>x</" + p + "Other></edXML>";
        String got = copy(before + after, chunk, null);
        assertTrue(got.startsWith(before) && got.endsWith(after), got);
        String hop = got.substring(before.length(), got.length() - after.length());
        assertEquals(
                "  <" + p + "TraceHeader>\r\n      <" + p + "Timestamp>" + HOP_TIME + "</" + p + "Timestamp>\r\n"
                        + "    </" + p + "TraceHeader>\r\n  ",
                hop);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> prefixes() {
        return net.jqwik.api.Arbitraries.of("", "edXML", "e", "ns1");
    }

    @Test
    void anOrganIdIsWrittenWhenConfiguredAndPackagesWithoutTraceAreCopiedAsTheyAre() throws IOException {
        String got = copy("<a><edXML:TraceHeaderList></edXML:TraceHeaderList></a>", 7, "000.00.00.A01");
        assertEquals(
                "<a><edXML:TraceHeaderList><edXML:TraceHeader><edXML:OrganId>000.00.00.A01</edXML:OrganId>"
                        + "<edXML:Timestamp>" + HOP_TIME
                        + "</edXML:Timestamp></edXML:TraceHeader></edXML:TraceHeaderList></a>",
                got);
        String status =
                "<edXML><edXML:MessageHeader><edXML:StatusCode>03</edXML:StatusCode></edXML:MessageHeader></edXML>";
        assertEquals(status, copy(status, 3, null));
        // look-alikes are not the list's end tag
        String lookAlike = "<x></TraceHeaderListX></a:b:TraceHeaderList></MyTraceHeaderList>";
        assertEquals(lookAlike, copy(lookAlike, 5, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertFalse(TraceHop.copy(
                new ByteArrayInputStream(lookAlike.getBytes(StandardCharsets.UTF_8)), out, null, HOP_TIME));
    }

    @Test
    void onlyTheFirstListGetsAHopAndLargeTailsAreCopied() throws IOException {
        String tail = "<AttachmentEncoded>" + "QUJD".repeat(50_000) + "</TraceHeaderList></AttachmentEncoded>";
        String xml = "<edXML><TraceHeaderList></TraceHeaderList>" + tail + "</edXML>";
        String got = copy(xml, 65536, null);
        assertEquals(
                xml.replace(
                        "<TraceHeaderList></TraceHeaderList>",
                        "<TraceHeaderList><TraceHeader><Timestamp>" + HOP_TIME
                                + "</Timestamp></TraceHeader></TraceHeaderList>"),
                got);
    }
}
