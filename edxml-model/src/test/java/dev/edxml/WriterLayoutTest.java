package dev.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlTimestamp;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.OtherInfo;
import dev.edxml.model.Priority;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.StaffInfo;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.SteeringType;
import dev.edxml.model.TraceHeader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The written layout is the official SDK's: namespaces, prefixes, order, CRLF, base64 on one line. */
class WriterLayoutTest {
    static EdocPackage sample() {
        MessageHeader header = MessageHeader.builder()
                .from(Organization.builder()
                        .organId("000.00.00.G22")
                        .organizationInCharge("Văn phòng Chính phủ")
                        .name("Văn phòng Chính phủ")
                        .email("vpcp@gov.vn")
                        .build())
                .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                .code("7816", "VPCP-TTĐT")
                .promulgation("Hà Nội", LocalDate.of(2025, 9, 30))
                .conventionalDocumentId()
                .documentType(DocumentType.OFFICIAL_LETTER)
                .subject("V/v kết nối, liên thông phần mềm quản lý văn bản")
                .otherInfo(OtherInfo.builder()
                        .priority(Priority.NORMAL)
                        .pageAmount(2)
                        .direction(false)
                        .build())
                .steeringType(SteeringType.NOT_STEERING)
                .addToPlace("Như trên")
                .build();
        Business business = Business.builder()
                .type(BusinessDocType.NEW)
                .paper(0)
                .addStaffInfo(StaffInfo.of("Văn thư", "Nguyễn Văn A", "vanthu@gov.vn", null))
                .build();
        return EdocPackage.builder()
                .header(header)
                .business(business)
                .traceHeaders(List.of(new TraceHeader(
                        Optional.of(dev.edxml.model.OrganId.of("000.00.00.G22")),
                        Optional.of(EdxmlTimestamp.of(LocalDateTime.of(2025, 9, 30, 8, 0))),
                        null)))
                .addAttachment(Attachment.builder()
                        .contentId("cid:1")
                        .name("cv.pdf")
                        .contentType("application/pdf")
                        .content("%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII))
                        .build())
                .build();
    }

    @Test
    void documentPackageHasTheSdkLayout() throws Exception {
        String expected = String.join(
                "\r\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">",
                "  <edXML:edXMLEnvelope xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">",
                "    <edXML:edXMLHeader>",
                "      <edXML:MessageHeader>",
                "        <edXML:From>",
                "          <edXML:OrganId>000.00.00.G22</edXML:OrganId>",
                "          <edXML:OrganizationInCharge>Văn phòng Chính phủ</edXML:OrganizationInCharge>",
                "          <edXML:OrganName>Văn phòng Chính phủ</edXML:OrganName>",
                "          <edXML:Email>vpcp@gov.vn</edXML:Email>",
                "        </edXML:From>",
                "        <edXML:To>",
                "          <edXML:OrganId>000.00.00.H41</edXML:OrganId>",
                "          <edXML:OrganName>UBND tỉnh Nghệ An</edXML:OrganName>",
                "        </edXML:To>",
                "        <edXML:DocumentId>000.00.00.G22,2025/09/30,7816/VPCP-TTĐT</edXML:DocumentId>",
                "        <edXML:Code>",
                "          <edXML:CodeNumber>7816</edXML:CodeNumber>",
                "          <edXML:CodeNotation>VPCP-TTĐT</edXML:CodeNotation>",
                "        </edXML:Code>",
                "        <edXML:PromulgationInfo>",
                "          <edXML:Place>Hà Nội</edXML:Place>",
                "          <edXML:PromulgationDate>2025/09/30</edXML:PromulgationDate>",
                "        </edXML:PromulgationInfo>",
                "        <edXML:DocumentType>",
                "          <edXML:Type>2</edXML:Type>",
                "          <edXML:TypeDetail>18</edXML:TypeDetail>",
                "          <edXML:TypeName>Công văn</edXML:TypeName>",
                "        </edXML:DocumentType>",
                "        <edXML:Subject>V/v kết nối, liên thông phần mềm quản lý văn bản</edXML:Subject>",
                "        <edXML:OtherInfo>",
                "          <edXML:Priority>0</edXML:Priority>",
                "          <edXML:PageAmount>2</edXML:PageAmount>",
                "          <edXML:Direction>false</edXML:Direction>",
                "        </edXML:OtherInfo>",
                "        <edXML:SteeringType>0</edXML:SteeringType>",
                "        <edXML:ToPlaces>",
                "          <edXML:Place>Như trên</edXML:Place>",
                "        </edXML:ToPlaces>",
                "      </edXML:MessageHeader>",
                "      <edXML:TraceHeaderList>",
                "        <edXML:Bussiness>",
                "          <edXML:BussinessDocType>0</edXML:BussinessDocType>",
                "          <edXML:BussinessDocReason>Văn bản điện tử mới</edXML:BussinessDocReason>",
                "          <edXML:Paper>0</edXML:Paper>",
                "          <edXML:StaffInfo>",
                "            <edXML:Department>Văn thư</edXML:Department>",
                "            <edXML:Staff>Nguyễn Văn A</edXML:Staff>",
                "            <edXML:Email>vanthu@gov.vn</edXML:Email>",
                "          </edXML:StaffInfo>",
                "        </edXML:Bussiness>",
                "        <edXML:TraceHeader>",
                "          <edXML:OrganId>000.00.00.G22</edXML:OrganId>",
                "          <edXML:Timestamp>2025/09/30 08:00:00</edXML:Timestamp>",
                "        </edXML:TraceHeader>",
                "      </edXML:TraceHeaderList>",
                "    </edXML:edXMLHeader>",
                "    <edXML:edXMLBody>",
                "      <edXML:edXMLManifest version=\"1.0\">",
                "        <edXML:Reference>",
                "          <edXML:ContentId>cid:1</edXML:ContentId>",
                "          <edXML:ContentType>application/pdf</edXML:ContentType>",
                "          <edXML:AttachmentName>cv.pdf</edXML:AttachmentName>",
                "        </edXML:Reference>",
                "      </edXML:edXMLManifest>",
                "    </edXML:edXMLBody>",
                "  </edXML:edXMLEnvelope>",
                "  <AttachmentEncoded>",
                "    <Attachment>",
                "      <ContentId>cid:1</ContentId>",
                "      <AttachmentName>cv.pdf</AttachmentName>",
                "      <ContentType>application/pdf</ContentType>",
                "      <edXML:ContentTransferEncoded xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">"
                        + "JVBERi0xLjQgeA==</edXML:ContentTransferEncoded>",
                "    </Attachment>",
                "  </AttachmentEncoded>",
                "</edXML>",
                "");
        assertEquals(expected, new String(Edxml.toBytes(sample()), StandardCharsets.UTF_8));
    }

    @Test
    void regulationOrderPutsDocumentIdLast() throws Exception {
        String xml = new String(Edxml.writer().regulationOrder().toBytes(sample()), StandardCharsets.UTF_8);
        assertTrue(xml.indexOf("<edXML:SteeringType>") < xml.indexOf("<edXML:DocumentId>"));
        assertTrue(xml.indexOf("<edXML:ToPlaces>") < xml.indexOf("<edXML:OtherInfo>"));
        assertEquals(sample(), Edxml.parse(xml));
    }

    @Test
    void statusPackageHasOnlyTheHeader() throws Exception {
        StatusPackage s = Edxml.status()
                .header(StatusHeader.builder()
                        .from(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                        .responseFor(ResponseFor.of(
                                "000.00.00.G22",
                                "7816/VPCP-TTĐT",
                                "000.00.00.G22,2025/09/30,7816/VPCP-TTĐT",
                                LocalDate.of(2025, 9, 30)))
                        .statusCode(StatusCode.ACCEPTED)
                        .description("Đã tiếp nhận, vào sổ văn bản đến")
                        .timestamp(EdxmlTimestamp.of(LocalDateTime.of(2025, 10, 1, 9, 30, 5)))
                        .build())
                .build();
        String xml = new String(Edxml.toBytes(s), StandardCharsets.UTF_8);
        assertTrue(
                xml.contains("<edXML:StatusCode>03</edXML:StatusCode>\r\n"
                        + "        <edXML:Description>Đã tiếp nhận, vào sổ văn bản đến</edXML:Description>\r\n"
                        + "        <edXML:Timestamp>2025/10/01 09:30:05</edXML:Timestamp>"),
                xml);
        assertTrue(!xml.contains("edXMLBody") && !xml.contains("AttachmentEncoded"), xml);
        assertEquals(s, Edxml.parse(xml));
    }

    /** Files the official SDK wrote and the axis delivered come out of read-then-write unchanged, byte for byte. */
    @Test
    void sdkWrittenAxisTrafficIsReproducedByteForByte() throws Exception {
        Path dir = CorpusTest.corpus();
        for (String name : List.of(
                "vpcp-sdk/status.edxml",
                "vxp-received/2025_874e0f18.edxml",
                "vxp-received/2025_9e272474.edxml",
                "vxp-received/knobstick_petrolimex_2025.edxml")) {
            byte[] original = Files.readAllBytes(dir.resolve(name));
            assertArrayEquals(original, Edxml.toBytes(Edxml.parse(original)), name);
        }
    }
}
