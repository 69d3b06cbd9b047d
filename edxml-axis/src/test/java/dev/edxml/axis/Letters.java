package dev.edxml.axis;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.DocumentCode;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.Extensions;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.PromulgationInfo;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.SignerInfo;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.TraceHeader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Packages for the exchange tests: a letter from G22 to receivers, and a receiver's status answering it. */
final class Letters {
    static final String G22 = "000.00.00.G22";
    static final String H41 = "000.00.00.H41";
    static final String H14 = "000.00.00.H14";

    private Letters() {}

    static EdocPackage letter(String number, byte[] pdf, String... to) {
        MessageHeader.Builder h = MessageHeader.builder()
                .from(Organization.of(G22, "Văn phòng Chính phủ"))
                .code(number, "VPCP-TTĐT")
                .promulgation("Hà Nội", LocalDate.of(2026, 12, 7))
                .documentType(DocumentType.OFFICIAL_LETTER)
                .subject("V/v thử nghiệm trao đổi văn bản điện tử qua trục " + number)
                .signerInfo(SignerInfo.of("KT. BỘ TRƯỞNG", "Thứ trưởng", "Nguyễn Văn An"));
        for (String t : to) {
            h.addTo(Organization.of(t, "Đơn vị " + t));
        }
        return Edxml.edoc()
                .header(h.conventionalDocumentId().build())
                .business(Business.builder().type(BusinessDocType.NEW).build())
                .traceHeaders(List.of(TraceHeader.of(G22, Instant.parse("2026-12-07T02:00:00Z"))))
                .addAttachment(Attachment.builder()
                        .name("cong-van-" + number + ".pdf")
                        .contentType("application/pdf")
                        .content(pdf)
                        .build())
                .build();
    }

    static byte[] pdf(int size) {
        byte[] b = new byte[size];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, Math.min(head.length, size));
        for (int i = head.length; i < size; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    /** The status {@code code} from the letter's receiver {@code from} about {@code edoc}. */
    static StatusPackage status(EdocPackage edoc, String from, StatusCode code) {
        MessageHeader h = edoc.header();
        ResponseFor about = new ResponseFor(
                h.from().flatMap(Organization::organId),
                h.code().map(DocumentCode::display),
                h.documentId(),
                h.promulgationInfo().flatMap(PromulgationInfo::date),
                Extensions.NONE);
        return Edxml.status()
                .header(StatusHeader.builder()
                        .from(Organization.of(from, "Đơn vị " + from))
                        .responseFor(about)
                        .statusCode(code)
                        .timestamp(Instant.now())
                        .build())
                .build();
    }

    static Path write(Path dir, String name, dev.edxml.model.EdxmlPackage p) throws Exception {
        Path f = dir.resolve(name);
        Edxml.write(p, f);
        return f;
    }
}
