package dev.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken input is refused with our own codes, nothing is fetched, and limits hold. */
class HardeningTest {
    private static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final String MINIMAL = "<edXML xmlns=\"" + NS + "\"><edXMLEnvelope><edXMLHeader><MessageHeader>"
            + "<From><OrganId>000.00.00.G22</OrganId></From>%s</MessageHeader></edXMLHeader></edXMLEnvelope>%s</edXML>";

    private static String pkg(String header, String after) {
        return String.format(java.util.Locale.ROOT, MINIMAL, header, after);
    }

    private static EdxmlException refused(String xml) {
        return assertThrows(EdxmlException.class, () -> Edxml.parse(xml));
    }

    @Test
    void externalEntityIsRefused(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        EdxmlException e = refused("<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>" + pkg("<Subject>&x;</Subject>", ""));
        assertEquals("EDXML-ENV-002", e.code());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void entityExpansionBombIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE edXML [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a")
                    .append(i)
                    .append(" \"")
                    .append(("&a" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        assertEquals(
                "EDXML-ENV-002",
                refused(dtd + pkg("<Subject>&a9;</Subject>", "")).code());
    }

    @Test
    @SuppressWarnings("try") // the accepted socket is only counted
    void externalDtdIsNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AtomicInteger hits = new AtomicInteger();
            Thread t = new Thread(() -> {
                try (var s = server.accept()) {
                    hits.incrementAndGet();
                } catch (IOException closed) {
                    // the server is closed when the test ends
                }
            });
            t.setDaemon(true);
            t.start();
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
            assertEquals(
                    "EDXML-ENV-002",
                    refused("<!DOCTYPE edXML SYSTEM \"" + url + "\">" + pkg("", ""))
                            .code());
            assertEquals(
                    "EDXML-ENV-002",
                    refused("<!DOCTYPE edXML PUBLIC \"-//x//y\" \"" + url + "\">" + pkg("", ""))
                            .code());
            assertEquals(0, hits.get(), "the reader made a network request");
        }
    }

    @Test
    void junkBeforeTheDeclarationIsAnErrorByDefault() {
        EdxmlException e = refused("1212<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + pkg("", ""));
        assertEquals("EDXML-ENV-003", e.code());
        assertEquals(1, e.line().orElseThrow());
        assertEquals("EDXML-ENV-003", refused("").code());
    }

    @Test
    void notAnEdxmlPackage() {
        assertEquals("EDXML-ENV-004", refused("<html><body/></html>").code());
        assertEquals(
                "EDXML-ENV-004",
                refused("<EdXMLEnvelope xmlns=\"http://www.go.vn/eDoc\"/>").code());
        assertEquals("EDXML-HDR-001", refused("<edXML xmlns=\"" + NS + "\"/>").code());
    }

    @Test
    void truncatedAndMalformedInputIsReportedWithAPosition() {
        String whole = pkg("<Subject>x</Subject>", "");
        EdxmlException e = refused(whole.substring(0, whole.length() - 20));
        assertEquals("EDXML-ENV-001", e.code());
        assertTrue(e.line().isPresent());
    }

    @Test
    void contentAfterTheDocumentElementIsNotIgnored() {
        assertEquals("EDXML-ENV-001", refused(pkg("", "") + "<").code());
        assertEquals("EDXML-ENV-001", refused(pkg("", "") + "trailing text").code());
        assertEquals("EDXML-ENV-001", refused(pkg("", "") + "<edXML/>").code());
        assertDoesNotThrow(pkg("", "") + "\n<!-- a comment -->\n");
    }

    @Test
    void badNumbersNameTheirElement() {
        EdxmlException e = refused(pkg(
                "<OtherInfo><Priority>0</Priority><PageAmount>many</PageAmount></OtherInfo>"
                        + "<To><OrganId>G12</OrganId></To>",
                ""));
        assertEquals("EDXML-HDR-002", e.code());
        assertEquals(
                "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/OtherInfo/PageAmount",
                e.path().orElseThrow());
        assertTrue(e.message(java.util.Locale.forLanguageTag("vi")).contains("Không phải số nguyên"));
    }

    @Test
    void sizeAndShapeLimitsHold() {
        String big = pkg("<Subject>" + "a".repeat(5000) + "</Subject>", "");
        assertEquals(
                "EDXML-ENV-005",
                assertThrows(
                                EdxmlException.class,
                                () -> Edxml.reader().maxHeaderChars(1000).parse(big))
                        .code());
        String many = pkg("<ToPlaces>" + "<Place>p</Place>".repeat(500) + "</ToPlaces>", "");
        assertEquals(
                "EDXML-ENV-006",
                assertThrows(
                                EdxmlException.class,
                                () -> Edxml.reader().maxElements(100).parse(many))
                        .code());
        String deep = pkg("<X>".repeat(100) + "</X>".repeat(100), "");
        assertEquals("EDXML-ENV-008", refused(deep).code());
    }

    @Test
    void attachmentContentIsCheckedAndBounded() {
        String att = "<AttachmentEncoded><Attachment><ContentId>1</ContentId>"
                + "<ContentTransferEncoded>%s</ContentTransferEncoded></Attachment></AttachmentEncoded>";
        assertEquals(
                "EDXML-ATT-001",
                refused(pkg("", String.format(java.util.Locale.ROOT, att, "not base64!")))
                        .code());
        assertEquals(
                "EDXML-ATT-001",
                refused(pkg("", String.format(java.util.Locale.ROOT, att, "QUJD=")))
                        .code());
        assertEquals(
                "EDXML-ATT-001",
                refused(pkg("", String.format(java.util.Locale.ROOT, att, "QQ==QUJD")))
                        .code());
        String kb = java.util.Base64.getEncoder().encodeToString(new byte[3000]);
        assertEquals(
                "EDXML-ATT-002",
                assertThrows(EdxmlException.class, () -> Edxml.reader()
                                .maxAttachmentBytes(1000)
                                .parse(pkg("", String.format(java.util.Locale.ROOT, att, kb))))
                        .code());
        assertEquals(
                "EDXML-ATT-003",
                refused(
                                pkg(
                                        "",
                                        "<AttachmentEncoded><Attachment><ContentId>1</ContentId></Attachment></AttachmentEncoded>"))
                        .code());
        // whitespace and line breaks inside base64 are fine
        EdocPackage ok =
                (EdocPackage) assertDoesNotThrow(pkg("", String.format(java.util.Locale.ROOT, att, "QUJD\r\n  REVG")));
        assertEquals(6, ok.attachments().get(0).content().size());
    }

    @Test
    void statusPackageWithAnEmptyStatusCodeIsRefusedWithItsOwnCode() {
        EdxmlException e = refused(pkg("<StatusCode> </StatusCode>", ""));
        assertEquals("EDXML-STA-002", e.code());
        assertTrue(e.path().orElseThrow().endsWith("/MessageHeader/StatusCode"));
    }

    @Test
    void statusPackageWithAttachmentsIsRefused() {
        String status = pkg(
                "<StatusCode>01</StatusCode>",
                "<AttachmentEncoded><Attachment><ContentId>1</ContentId>"
                        + "<ContentTransferEncoded>QUJD</ContentTransferEncoded></Attachment></AttachmentEncoded>");
        assertEquals("EDXML-STA-001", refused(status).code());
    }

    @Test
    void unwritableTextFailsWithoutTouchingTheTarget(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("out.edxml"), "previous content");
        EdocPackage bad = Edxml.edoc()
                .header(MessageHeader.builder()
                        .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"))
                        .subject("bell \u0007")
                        .build())
                .build();
        EdxmlException e = assertThrows(EdxmlException.class, () -> Edxml.write(bad, target));
        assertEquals("EDXML-ENV-010", e.code());
        assertEquals("previous content", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void xml11NamespaceDeclarationsAreNotKeptAsAttributes() throws IOException {
        String xml11 = "<?xml version=\"1.1\" encoding=\"UTF-8\"?>" + pkg("<Subject>s</Subject>", "");
        EdocPackage p = (EdocPackage) Edxml.parse(xml11);
        assertTrue(!p.hasExtensions(), p.toString());
        assertEquals(p, Edxml.parse(Edxml.toBytes(p)));
    }

    @Test
    void aWrittenPackageIsNotOwnerOnly(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out.edxml");
        Edxml.write(Edxml.parse(pkg("<Subject>s</Subject>", "")), f);
        if (f.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // the process's umask decides; what must not happen is createTempFile's owner-only 600 surviving the move
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.getPosixFilePermissions(f);
            java.nio.file.Path probe = Files.createFile(dir.resolve("probe"));
            assertEquals(Files.getPosixFilePermissions(probe), perms);
        }
    }

    @Test
    void byteOrderMarkIsAccepted() throws IOException {
        byte[] xml = pkg("", "").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[xml.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(xml, 0, withBom, 3, xml.length);
        assertArrayEquals(Edxml.toBytes(Edxml.parse(xml)), Edxml.toBytes(Edxml.parse(withBom)));
    }

    @Test
    void attachmentsInsideTheEnvelopeAreFound() throws IOException {
        String inside = "<edXML xmlns=\"" + NS + "\"><edXMLEnvelope><edXMLHeader><MessageHeader><Subject>s</Subject>"
                + "</MessageHeader></edXMLHeader><AttachmentEncoded><Attachment><ContentId>cid:1</ContentId>"
                + "<AttachmentName>a.txt</AttachmentName><ContentTransferEncoded>QUJD</ContentTransferEncoded>"
                + "</Attachment></AttachmentEncoded></edXMLEnvelope></edXML>";
        EdocPackage p = (EdocPackage) Edxml.parse(inside);
        Attachment a = p.attachments().get(0);
        assertEquals("1", a.bareContentId().orElseThrow());
        assertTrue(p.provenance().quirks().contains(dev.edxml.model.Provenance.Quirk.ATTACHMENTS_INSIDE_ENVELOPE));
    }

    private static dev.edxml.model.EdxmlPackage assertDoesNotThrow(String xml) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> Edxml.parse(xml));
    }
}
