package dev.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.OtherInfo;
import dev.edxml.model.Priority;
import dev.edxml.model.Provenance;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.StaffInfo;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.SteeringType;
import dev.edxml.model.TraceHeader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front door with concrete packages: files and streams, kinds and flavours, options, temporary storage (the
 * layout and the hardening have their own tests).
 */
class EdxmlFacadeTest {
    private static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final byte[] PDF = pdf(3000);

    private static byte[] pdf(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 8);
        return b;
    }

    static EdocPackage edoc() {
        return Edxml.edoc()
                .header(MessageHeader.builder()
                        .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"))
                        .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                        .code("7816", "VPCP-TTĐT")
                        .promulgation("Hà Nội", LocalDate.of(2015, 9, 30))
                        .subject("V/v kết nối, liên thông phần mềm quản lý văn bản")
                        .otherInfo(OtherInfo.builder().priority(Priority.URGENT).build())
                        .steeringType(SteeringType.NOT_STEERING)
                        .conventionalDocumentId()
                        .build())
                .business(Business.builder().type(BusinessDocType.NEW).build())
                .traceHeaders(List.of(TraceHeader.of("000.00.00.G22", Instant.parse("2018-09-28T10:25:11Z"))))
                .addAttachment(Attachment.builder()
                        .contentId("cid:1")
                        .name("7816.pdf")
                        .contentType("application/pdf")
                        .content(PDF)
                        .build())
                .build();
    }

    static StatusPackage status() {
        return Edxml.status()
                .header(StatusHeader.builder()
                        .from(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                        .responseFor(ResponseFor.of(
                                "000.00.00.G22",
                                "7816/VPCP-TTĐT",
                                "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT",
                                LocalDate.of(2015, 9, 30)))
                        .staffInfo(StaffInfo.of("Văn thư", "Nguyễn Văn A", "vanthu@nghean.gov.vn", "0912345678"))
                        .statusCode(StatusCode.ARRIVED)
                        .description("Đã đến")
                        .timestamp(Instant.parse("2018-09-28T10:25:11Z"))
                        .build())
                .build();
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void writesAndReadsFiles(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out.edxml");
        Edxml.write(edoc(), f);
        assertArrayEquals(Edxml.toBytes(edoc()), Files.readAllBytes(f));
        assertEquals(List.of(f), files(dir), "no temporary file left");
        EdxmlPackage back = Edxml.read(f);
        assertEquals(edoc(), back);
        assertTrue(back.provenance().source().isPresent(), "the file is the source");

        Edxml.write(status(), f);
        assertEquals(status(), Edxml.read(f), "an existing file is replaced");
        assertEquals(List.of(f), files(dir));
    }

    @Test
    void streamsAreNotClosed() throws IOException {
        boolean[] closed = new boolean[2];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FilterOutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        }) {
            Edxml.write(edoc(), out);
            assertFalse(closed[0], "write closed the stream");
        }
        try (InputStream in = new FilterInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            public void close() {
                closed[1] = true;
            }
        }) {
            assertEquals(edoc(), Edxml.read(in));
            assertFalse(closed[1], "read closed the stream");
        }
    }

    @Test
    void readPackagesKnowTheirKindAndLayout() throws IOException {
        EdxmlPackage e = Edxml.parse(Edxml.toBytes(edoc()));
        assertInstanceOf(EdocPackage.class, e);
        assertEquals("edoc", e.kind());
        assertEquals(Provenance.Flavour.STANDARD, e.provenance().flavour());
        EdxmlPackage s = Edxml.parse(text(Edxml.toBytes(status())));
        assertInstanceOf(StatusPackage.class, s);
        assertEquals("status", s.kind());
        assertEquals(Provenance.Flavour.STANDARD, s.provenance().flavour());
        assertEquals(status(), s);
    }

    @Test
    void emptyOptionalElementsAreNotWritten() throws IOException {
        String xml = text(Edxml.toBytes(Edxml.edoc()
                .header(MessageHeader.builder()
                        .from(Organization.of("G12", null))
                        .build())
                .build()));
        String header = xml.substring(xml.indexOf("MessageHeader>"), xml.lastIndexOf("MessageHeader>"));
        assertFalse(header.contains("OrganName"), header);
        assertFalse(header.contains("Subject"), header);
        assertFalse(header.contains("/>"), "no empty element: " + header);
    }

    @Test
    void readsABareEnvelope() throws IOException {
        EdocPackage p = Edxml.edoc()
                .header(edoc().header())
                .business(edoc().business().orElseThrow())
                .traceHeaders(edoc().traceHeaders())
                .build();
        String xml = text(Edxml.toBytes(p));
        String envelope = xml.substring(
                xml.indexOf("<edXML:edXMLEnvelope"),
                xml.indexOf("</edXML:edXMLEnvelope>") + "</edXML:edXMLEnvelope>".length());
        EdxmlPackage bare = Edxml.parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n" + envelope);
        assertEquals(p, bare);
        assertEquals(Provenance.Flavour.BARE_ENVELOPE, bare.provenance().flavour());
    }

    @Test
    void aTruncatedPackageIsNotWellFormedRatherThanADtd() throws IOException {
        String xml = text(Edxml.toBytes(status()));
        for (String cut : List.of("<edXML xmlns=\"" + NS + "\">", "<edXML:MessageHeader>", "<edXML:From>")) {
            String truncated = xml.substring(0, xml.indexOf(cut) + cut.length());
            EdxmlException e = assertThrows(EdxmlException.class, () -> Edxml.parse(truncated));
            // the package has no DOCTYPE: ENV-002 ("declares a DTD") would be a false diagnosis
            assertEquals("EDXML-ENV-001", e.code(), () -> "cut after " + cut + ": " + e.getMessage());
        }
    }

    @Test
    void readerOptionsMakeNewReaders() throws IOException {
        byte[] bytes = Edxml.toBytes(edoc());
        EdxmlReader strict = Edxml.reader().maxAttachmentBytes(PDF.length - 1);
        assertThrows(EdxmlException.class, () -> strict.parse(bytes));
        assertEquals(edoc(), Edxml.reader().maxAttachmentBytes(PDF.length).parse(bytes), "the limit is inclusive");
        assertEquals(edoc(), Edxml.parse(bytes), "the default reader is unchanged");
        assertThrows(IllegalArgumentException.class, () -> Edxml.reader().maxDepth(0));
        assertThrows(IllegalArgumentException.class, () -> Edxml.reader().maxAttachmentBytes(-1));
        assertThrows(IllegalArgumentException.class, () -> Edxml.reader().memoryThreshold(0));
        assertEquals(
                "EdxmlWriter[elementOrder=REGULATION]",
                Edxml.writer().regulationOrder().toString());
        assertEquals(
                "EdxmlWriter[elementOrder=SDK]",
                Edxml.writer().regulationOrder().sdkOrder().toString());
    }

    @Test
    void largeAttachmentsGoToTheTemporaryDirectory(@TempDir Path dir) throws IOException {
        byte[] big = pdf(100_000);
        EdocPackage p = Edxml.edoc()
                .addAttachment(Attachment.builder()
                        .contentId("a")
                        .name("a.pdf")
                        .content(big)
                        .build())
                .build();
        EdxmlPackage back =
                Edxml.reader().tempDirectory(dir).memoryThreshold(1024).parse(Edxml.toBytes(p));
        assertEquals(p, back);
        assertFalse(files(dir).isEmpty(), "the content is kept in a file there");
        try (InputStream in = ((EdocPackage) back).attachments().get(0).openStream()) {
            assertArrayEquals(big, in.readAllBytes());
        }
    }
}
