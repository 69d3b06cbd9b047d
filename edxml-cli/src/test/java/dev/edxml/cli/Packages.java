package dev.edxml.cli;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.SignerInfo;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.TraceHeader;
import dev.edxml.model.XmlElement;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Packages built with the public API for the command's tests. */
final class Packages {
    static final LocalDate DATE = LocalDate.of(2025, 3, 7);
    static final String DOCUMENT_ID = "000.00.00.G22,2025/03/07,7816/VPCP-TTĐT";
    /** The test PKI that signs {@link #SIGNED_PDF}; {@link SigningFixtures} trusts its root too. */
    static final dev.edxml.sign.TestPki PDF_PKI = pdfPki();
    /** A one-page PDF with a real PAdES signature, made with PDFBox and a throwaway test key (TEST ONLY). */
    static final byte[] SIGNED_PDF = signedPdf();

    static final byte[] NOTE = "xin chào".getBytes(StandardCharsets.UTF_8);

    private Packages() {}

    static EdocPackage edoc(SignatureBlock signature) {
        return edoc(signature, SIGNED_PDF);
    }

    /** The same package with another PDF as its first attachment. */
    static EdocPackage edoc(SignatureBlock signature, byte[] pdf) {
        MessageHeader header = MessageHeader.builder()
                .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"))
                .addTo(Organization.of("000.00.00.H41", "UBND Tỉnh Nghệ An"))
                .addTo(Organization.of("000.00.00.H14", "UBND Tỉnh Cao Bằng"))
                .code("7816", "VPCP-TTĐT")
                .promulgation("Hà Nội", DATE)
                .documentType(DocumentType.OFFICIAL_LETTER)
                .subject("V/v \"kiểm thử\" lệnh C:\\edxml")
                .signerInfo(SignerInfo.of("KT. BỘ TRƯỞNG", "Thứ trưởng", "Nguyễn Văn An"))
                .conventionalDocumentId()
                .build();
        return Edxml.edoc()
                .header(header)
                .business(Business.builder().type(BusinessDocType.NEW).build())
                .traceHeaders(List.of(TraceHeader.of("000.00.00.G22", Instant.parse("2025-03-07T01:30:00Z"))))
                .signature(signature)
                .addAttachment(Attachment.builder()
                        .contentId("cid:att-1")
                        .name("cong-van.pdf")
                        .contentType("application/pdf")
                        .content(pdf)
                        .build())
                .addAttachment(Attachment.builder()
                        .contentId("att-2")
                        .name("ghi-chu.txt")
                        .contentType("text/plain")
                        .content(NOTE)
                        .build())
                .build();
    }

    static StatusPackage status() {
        return Edxml.status()
                .header(StatusHeader.builder()
                        .from(Organization.of("000.00.00.H41", "UBND Tỉnh Nghệ An"))
                        .responseFor(ResponseFor.of("000.00.00.G22", "7816/VPCP-TTĐT", DOCUMENT_ID, DATE))
                        .statusCode(StatusCode.ACCEPTED)
                        .description("Đã tiếp nhận")
                        .timestamp(Instant.parse("2025-03-07T03:00:00Z"))
                        .build())
                .build();
    }

    static SignatureBlock xmldsig(String subject) {
        XmlElement name = XmlElement.ofText(SignatureBlock.XMLDSIG_NS, "X509SubjectName", subject);
        XmlElement data = new XmlElement(SignatureBlock.XMLDSIG_NS, "X509Data", Map.of(), List.of(name));
        XmlElement keyInfo = new XmlElement(SignatureBlock.XMLDSIG_NS, "KeyInfo", Map.of(), List.of(data));
        return new SignatureBlock(new XmlElement(
                SignatureBlock.XMLDSIG_NS,
                "Signature",
                Map.of(),
                List.of(XmlElement.ofText(SignatureBlock.XMLDSIG_NS, "SignatureValue", "AAAA"), keyInfo)));
    }

    static SignatureBlock legacyPlaceholder() {
        return new SignatureBlock(new XmlElement(
                Edxml.IMPLEMENTS.namespace(),
                "Signature",
                Map.of(),
                List.of(XmlElement.ofText(Edxml.IMPLEMENTS.namespace(), "SignatureValue", "AAAA"))));
    }

    private static dev.edxml.sign.TestPki pdfPki() {
        try {
            return new dev.edxml.sign.TestPki("CA thử nghiệm inspect");
        } catch (Exception e) {
            throw new IllegalStateException("could not make the test PKI", e);
        }
    }

    private static byte[] signedPdf() {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
            doc.save(plain);
            dev.edxml.sign.SigningKey key = PDF_PKI.signer(dev.edxml.sign.TestPki.rsa(), "Văn phòng Chính phủ");
            java.io.ByteArrayOutputStream signed = new java.io.ByteArrayOutputStream();
            dev.edxml.sign.pdf.PdfSigner.builder(key)
                    .build()
                    .sign(new java.io.ByteArrayInputStream(plain.toByteArray()), signed);
            return signed.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("could not make the test PDF", e);
        }
    }
}
