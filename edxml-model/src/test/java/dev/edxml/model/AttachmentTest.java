package dev.edxml.model;

import dev.edxml.EdxmlException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attachments and the official SDK's zip convention (spec §6.3), with the limits against hostile archives. */
class AttachmentTest {
    private static final ZipLimits GENEROUS = new ZipLimits(1, 1L << 30, 10_000);

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    private static byte[] zip(String[] names, byte[]... contents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (int i = 0; i < names.length; i++) {
                z.putNextEntry(new ZipEntry(names[i]));
                z.write(contents[i]);
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Attachment attachment(String name, byte[] content) {
        return Attachment.builder().contentId("cid:1").name(name).contentType("application/zip").content(content)
                .build();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static EdxmlException refused(Attachment a, ZipLimits limits) {
        return assertThrows(EdxmlException.class, () -> readAll(a.openDocument(limits)));
    }

    @Test
    void unzipsTheSingleEntryOfTheConvention() throws IOException {
        byte[] doc = ("Nội dung văn bản " + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        byte[] zip = zip(new String[] {"6616e890-1ad5-4696-8af5-f045919b1d7a.doc"}, doc);
        Attachment a = attachment("Công văn.doc", zip);
        assertEquals(PayloadType.ZIP, a.payloadType());
        assertTrue(a.isZippedByConvention());
        assertArrayEquals(doc, readAll(a.openDocument(ZipLimits.DEFAULT)));
        assertArrayEquals(zip, readAll(a.openStream()), "the transported bytes are the zip");
    }

    @Test
    void aZipNamedZipOrAnOfficeFileIsTheDocumentItself() throws IOException {
        byte[] zip = zip(new String[] {"a.txt"}, random(100));
        for (String name : new String[] {"archive.zip", "ARCHIVE.ZIP", "report.docx", "sheet.xlsx"}) {
            Attachment a = attachment(name, zip);
            assertFalse(a.isZippedByConvention(), name);
            assertArrayEquals(zip, readAll(a.openDocument(ZipLimits.DEFAULT)), name);
        }
    }

    @Test
    void otherPayloadsAreTheDocumentItself() throws IOException {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
        Attachment a = attachment("a.pdf", pdf);
        assertEquals(PayloadType.PDF, a.payloadType());
        assertFalse(a.isZippedByConvention());
        assertArrayEquals(pdf, readAll(a.openDocument(new ZipLimits(1, 1, 1))));
        assertEquals(PayloadType.OTHER, attachment("a.bin", new byte[0]).payloadType());
        assertEquals(PayloadType.OTHER, attachment("a.bin", new byte[] {0x50, 0x4B}).payloadType());
        assertEquals(PayloadType.OLE, attachment("a.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0}).payloadType());
    }

    @Test
    void refusesMoreEntriesThanAllowed() throws IOException {
        byte[] zip = zip(new String[] {"a.doc", "b.doc"}, random(10), random(20));
        EdxmlException e = refused(attachment("a.doc", zip), ZipLimits.DEFAULT);
        assertEquals("EDXML-ATT-011", e.code());
        // two are fine when two are allowed
        assertEquals(10, readAll(attachment("a.doc", zip).openDocument(new ZipLimits(2, 1000, 1000))).length);
    }

    @Test
    void refusesMoreUncompressedBytesThanAllowed() throws IOException {
        byte[] zip = zip(new String[] {"a.doc"}, random(10_000));
        EdxmlException e = refused(attachment("a.doc", zip), new ZipLimits(1, 9_999, 10_000));
        assertEquals("EDXML-ATT-012", e.code());
        assertEquals(10_000, readAll(attachment("a.doc", zip).openDocument(new ZipLimits(1, 10_000, 10_000))).length);
    }

    @Test
    void refusesAZipBombByItsRatio() throws IOException {
        // 50 MB of zeros, streamed into the deflater: the archive itself is about 50 KB
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("bomb.doc"));
            byte[] zeros = new byte[1 << 16];
            for (long written = 0; written < 50L << 20; written += zeros.length) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertTrue(bytes.size() < 1 << 20, "compressed to " + bytes.size());
        Attachment a = attachment("bomb.doc", bytes.toByteArray());
        EdxmlException e = refused(a, new ZipLimits(1, 1L << 40, 100));
        assertEquals("EDXML-ATT-013", e.code());
        assertFalse(e.message(Locale.ENGLISH).isBlank());
    }

    @Test
    void refusesTraversalNames() throws IOException {
        for (String name : new String[] {"../evil", "a/../../evil.doc", "..\\evil.doc", "/etc/passwd", "C:\\x.doc"}) {
            byte[] zip = zip(new String[] {name}, random(10));
            EdxmlException e = refused(attachment("a.doc", zip), ZipLimits.DEFAULT);
            assertEquals("EDXML-ATT-014", e.code(), name);
        }
    }

    @Test
    void refusesATruncatedArchive() throws IOException {
        byte[] zip = zip(new String[] {"a.doc"}, random(20_000));
        byte[] cut = Arrays.copyOf(zip, zip.length / 2);
        EdxmlException e = refused(attachment("a.doc", cut), ZipLimits.DEFAULT);
        assertEquals("EDXML-ATT-010", e.code());
    }

    @Test
    void refusesAnArchiveWithoutEntries() throws IOException {
        // an empty zip is only an end-of-central-directory record, "PK\5\6", which sniffs as ZIP
        byte[] zip = new byte[22];
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 5;
        zip[3] = 6;
        Attachment a = attachment("a.doc", zip);
        assertEquals(PayloadType.ZIP, a.payloadType());
        assertEquals("EDXML-ATT-010", refused(a, ZipLimits.DEFAULT).code());
    }

    @Test
    void zipLimitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ZipLimits(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ZipLimits(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ZipLimits(1, 1, 0));
    }

    @Test
    void contentTypeForCommonExtensions() {
        assertEquals("application/pdf", Attachment.contentTypeFor("Văn bản.PDF"));
        assertEquals("application/zip", Attachment.contentTypeFor("a.zip"));
        assertEquals("application/msword", Attachment.contentTypeFor("a.doc"));
        assertEquals("application/octet-stream", Attachment.contentTypeFor("noextension"));
        assertEquals("application/octet-stream", Attachment.contentTypeFor("a.weird"));
    }
}
