package dev.edxml.sign;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.TraceHeader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Packages for signature tests (TEST ONLY). */
public final class Fixtures {
    private Fixtures() {}

    public static EdocPackage letter() {
        return Edxml.edoc()
                .header(MessageHeader.builder()
                        .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"))
                        .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                        .code("7816", "VPCP-TTĐT")
                        .promulgation("Hà Nội", LocalDate.of(2025, 9, 30))
                        .conventionalDocumentId()
                        .documentType(DocumentType.OFFICIAL_LETTER)
                        .subject("V/v kết nối, liên thông phần mềm quản lý văn bản")
                        .build())
                .business(Business.builder().type(BusinessDocType.NEW).build())
                .traceHeaders(List.of(TraceHeader.of("000.00.00.G22", Instant.parse("2025-09-30T01:00:00Z"))))
                .addAttachment(Attachment.builder()
                        .contentId("cid:1")
                        .name("cv.pdf")
                        .contentType("application/pdf")
                        .content("%PDF-1.4 công văn".getBytes(StandardCharsets.UTF_8))
                        .build())
                .build();
    }
}
