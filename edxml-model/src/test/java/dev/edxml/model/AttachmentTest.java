package dev.edxml.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.EdxmlException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Attachments and the official SDK's zip convention (spec §6.3), with the limits against hostile archives. */
class AttachmentTest {

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
        return Attachment.builder()
                .contentId("cid:1")
                .name(name)
                .contentType("application/zip")
                .content(content)
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
        assertEquals(
                PayloadType.OTHER, attachment("a.bin", new byte[] {0x50, 0x4B}).payloadType());
        assertEquals(
                PayloadType.OLE,
                attachment("a.doc", new byte[] {
                            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
                        })
                        .payloadType());
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

    /** Little-endian field access for building hostile archives by hand. */
    private static int u32(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }

    private static void put32(byte[] b, int i, long v) {
        for (int k = 0; k < 4; k++) {
            b[i + k] = (byte) (v >>> (8 * k));
        }
    }

    /**
     * The stream reader sees the signed entry; the central directory points past a fake "PK\1\2" marker to a second
     * local header with other content, which unzip, 7-Zip and java.util.zip.ZipFile extract.
     */
    static byte[] twoFacedZip(byte[] seen, byte[] extracted) throws IOException {
        byte[] a = zip(new String[] {"van-ban.pdf"}, seen);
        byte[] b = zip(new String[] {"van-ban.pdf"}, extracted);
        int eocdA = a.length - 22;
        int cdA = u32(a, eocdA + 16);
        int eocdB = b.length - 22;
        int cdB = u32(b, eocdB + 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(a, 0, cdA);
        out.write(new byte[] {'P', 'K', 1, 2, 0, 0, 0, 0});
        int shift = out.size();
        out.write(b, 0, cdB);
        byte[] cd = Arrays.copyOfRange(b, cdB, eocdB);
        put32(cd, 42, u32(cd, 42) + shift);
        int cdAt = out.size();
        out.write(cd);
        byte[] eocd = Arrays.copyOfRange(b, eocdB, b.length);
        put32(eocd, 16, cdAt);
        out.write(eocd);
        return out.toByteArray();
    }

    @Test
    void refusesAnArchiveWhoseCentralDirectoryPointsToAnotherEntry() throws Exception {
        byte[] signed = "%PDF-1.7 the signed original".getBytes(StandardCharsets.US_ASCII);
        byte[] forged = "%PDF-1.7 an unsigned forgery".getBytes(StandardCharsets.US_ASCII);
        byte[] zip = twoFacedZip(signed, forged);
        // the attack is real: the central directory reader extracts the forgery
        java.nio.file.Path f = java.nio.file.Files.write(java.nio.file.Files.createTempFile("two-faced", ".zip"), zip);
        try (java.util.zip.ZipFile zf = new java.util.zip.ZipFile(f.toFile())) {
            assertArrayEquals(
                    forged, zf.getInputStream(zf.entries().nextElement()).readAllBytes());
        } finally {
            java.nio.file.Files.deleteIfExists(f);
        }
        EdxmlException e = refused(attachment("van-ban.pdf", zip), ZipLimits.DEFAULT);
        assertEquals("EDXML-ATT-010", e.code());
        assertTrue(
                e.getMessage().contains("does not start where the previous one ends")
                        || e.getMessage().contains("central directory"),
                e.getMessage());
    }

    @Test
    void refusesAnArchiveWhoseCentralDirectoryNamesAnotherFile() throws IOException {
        byte[] zip = zip(new String[] {"van-ban.pdf"}, random(300));
        String s = new String(zip, StandardCharsets.ISO_8859_1);
        int cd = s.indexOf("PK\u0001\u0002");
        int name = s.indexOf("van-ban.pdf", cd);
        zip[name] = 'X';
        EdxmlException e = refused(attachment("van-ban.pdf", zip), ZipLimits.DEFAULT);
        assertEquals("EDXML-ATT-010", e.code());
        assertTrue(e.getMessage().contains("Xan-ban.pdf"), e.getMessage());
    }

    @Test
    void refusesBytesHiddenBetweenTheEntryAndTheCentralDirectory() throws IOException {
        byte[] zip = zip(new String[] {"van-ban.pdf"}, random(300));
        int eocd = zip.length - 22;
        int cd = u32(zip, eocd + 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(zip, 0, cd);
        out.write("hidden".getBytes(StandardCharsets.US_ASCII));
        byte[] rest = Arrays.copyOfRange(zip, cd, zip.length);
        put32(rest, rest.length - 22 + 16, cd + 6);
        out.write(rest);
        EdxmlException e = refused(attachment("van-ban.pdf", out.toByteArray()), ZipLimits.DEFAULT);
        assertEquals("EDXML-ATT-010", e.code());
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
