package dev.edxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.internal.OutputFile;
import dev.edxml.internal.io.TempFiles;
import dev.edxml.model.Attachment;
import dev.edxml.model.AttachmentContent;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: oversized markup is refused before the parser materialises it, temporary files do not outlive their
 * package, and output files replace only regular files.
 */
class HostileInputTest {
    private static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final String HEAD = "<edXML xmlns=\"" + NS + "\"><edXMLEnvelope><edXMLHeader><MessageHeader>"
            + "<From><OrganId>000.00.00.G22</OrganId></From>";
    private static final String TAIL = "</MessageHeader></edXMLHeader></edXMLEnvelope></edXML>";

    /** A stream of {@code n} copies of one byte, never held whole. */
    private static InputStream repeated(byte b, long n) {
        return new InputStream() {
            long left = n;

            @Override
            public int read() {
                return left-- > 0 ? b : -1;
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int k = (int) Math.min(len, left);
                java.util.Arrays.fill(buf, off, off + k, b);
                left -= k;
                return k;
            }
        };
    }

    private static InputStream concat(String head, InputStream middle, String tail) {
        return new SequenceInputStream(Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                middle,
                new java.io.ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void aHugeAttributeCommentOrInstructionIsRefusedEarly() {
        // 600 MB before the fix: the parser built the whole value, then an OutOfMemoryError and a stack trace
        long huge = 600L << 20;
        for (String[] shape : List.of(
                new String[] {"<Subject x=\"", "\">s</Subject>"},
                new String[] {"<Subject x='", "'>s</Subject>"},
                new String[] {"<!--", "-->"},
                new String[] {"<?pi ", "?>"})) {
            EdxmlException e = assertThrows(
                    EdxmlException.class,
                    () -> Edxml.reader().read(concat(HEAD + shape[0], repeated((byte) 'a', huge), shape[1] + TAIL)),
                    shape[0]);
            assertEquals("EDXML-ENV-011", e.code(), shape[0]);
            assertTrue(e.message(java.util.Locale.ENGLISH).contains("65536"), e::getMessage);
        }
    }

    @Test
    void markupWithinTheLimitsIsRead() throws IOException {
        String value = "v".repeat(60_000);
        String xml = HEAD + "<!-- " + "c".repeat(60_000) + " --><?pi " + "p".repeat(60_000) + "?>"
                + "<Subject><![CDATA[" + "<x a=\"".repeat(20_000) + "]]></Subject>" + TAIL;
        EdocPackage doc = (EdocPackage) Edxml.parse(xml);
        assertEquals("<x a=\"".repeat(20_000), doc.header().subject().orElseThrow());
        EdocPackage attr = (EdocPackage) Edxml.parse(HEAD + "<Subject>s</Subject>"
                + TAIL.replace("</edXML>", "<Extra xmlns=\"urn:x\" a=\"" + value + "\"/></edXML>"));
        assertEquals("s", attr.header().subject().orElseThrow());
    }

    @Test
    void deepNestingIsRefusedFast() {
        int depth = 200_000;
        String xml = HEAD + "<Subject>" + "<x>".repeat(depth) + "</x>".repeat(depth) + "</Subject>" + TAIL;
        EdxmlException e = assertThrows(EdxmlException.class, () -> Edxml.parse(xml));
        assertEquals("EDXML-ENV-008", e.code());
    }

    private static EdocPackage withBigAttachment() {
        byte[] big = new byte[3 << 20];
        new Random(7).nextBytes(big);
        return Edxml.edoc()
                .header(MessageHeader.builder()
                        .from(Organization.of("000.00.00.G22", "Văn phòng"))
                        .addTo(Organization.of("000.00.00.H29", "Sở"))
                        .subject("s")
                        .build())
                .addAttachment(Attachment.builder()
                        .name("big.bin")
                        .contentType("application/octet-stream")
                        .content(big)
                        .build())
                .build();
    }

    private static long spooled(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("edxml-att-"))
                    .count();
        }
    }

    @Test
    void closingAPackageDeletesItsTemporaryFiles(@TempDir Path dir) throws IOException {
        byte[] bytes = Edxml.toBytes(withBigAttachment());
        EdxmlPackage pkg;
        try (EdxmlPackage read = Edxml.reader().tempDirectory(dir).parse(bytes)) {
            pkg = read;
            assertEquals(1, spooled(dir), "content over 1 MiB is spooled");
        }
        assertEquals(0, spooled(dir), "closed: deleted now, not at some garbage collection");
        AttachmentContent c = ((EdocPackage) pkg).attachments().get(0).content();
        assertEquals(3 << 20, c.size(), "the size and digest stay");
        assertThrows(IOException.class, c::openStream);
        pkg.close(); // idempotent
        // a package refused half-way (after its attachment was spooled) leaves nothing either
        String text = new String(bytes, StandardCharsets.UTF_8);
        byte[] broken = text.replace("</edXML>", "").getBytes(StandardCharsets.UTF_8);
        assertThrows(
                EdxmlException.class, () -> Edxml.reader().tempDirectory(dir).parse(broken));
        assertEquals(0, spooled(dir));
        int live = TempFiles.live();
        Edxml.reader().tempDirectory(dir).parse(bytes);
        assertEquals(live + 1, TempFiles.live(), "an unclosed content is registered for deletion at exit");
    }

    private static Path fifo(Path dir) throws Exception {
        Path f = dir.resolve("fifo");
        Process p = new ProcessBuilder("mkfifo", f.toString()).start();
        assertEquals(0, p.waitFor());
        return f;
    }

    @Test
    void onlyRegularFilesAreReplaced(@TempDir Path dir) throws Exception {
        EdocPackage pkg = (EdocPackage) Edxml.parse(HEAD + "<Subject>s</Subject>" + TAIL);
        Path fifo = fifo(dir);
        Path toDevice = Files.createSymbolicLink(dir.resolve("stdout.edxml"), Path.of("/dev/null"));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.edxml"), dir.resolve("none"));
        for (Path target : List.of(fifo, toDevice, dangling, Path.of("/dev/null"))) {
            assertThrows(OutputFile.NotRegularFileException.class, () -> Edxml.write(pkg, target), target::toString);
        }
        assertTrue(
                Files.isSymbolicLink(toDevice)
                        && !Files.isRegularFile(fifo)
                        && !Files.isRegularFile(Path.of("/dev/null")),
                "left as they were");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(3, s.count(), "no temporary file left beside them");
        }
        // a link to a regular file is followed: the file is replaced, the link stays
        Path real = Files.writeString(dir.resolve("real.edxml"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.edxml"), real);
        Edxml.write(pkg, link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(pkg, Edxml.read(real));
    }
}
