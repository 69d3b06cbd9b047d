package dev.edxml.cli;

import dev.edxml.Edxml;
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
import dev.edxml.model.SignerInfo;
import dev.edxml.model.StaffInfo;
import dev.edxml.model.TraceHeader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The package the demo builds: an official letter from the Government Office to two provinces, as a sender's
 * document-management system would hand it to the axis (business type new, the sender's own trace hop, one PDF).
 * Agency codes and names are the public ones used in the official SDK's examples; the people are made up.
 */
final class DemoPackage {
    static final String SENDER = "000.00.00.G22";
    /** The letter's text; the demo changes it in a signed copy to show that the signature catches it. */
    static final String REQUEST = "Đề nghị các địa phương phối hợp thử nghiệm gửi, nhận văn bản điện tử có ký số.";

    private DemoPackage() {}

    /** The package as built at {@code now}; its dates are Vietnam dates, whatever the machine's time zone. */
    static EdocPackage build(Instant now) {
        LocalDate today = now.atOffset(EdxmlTimestamp.VIETNAM).toLocalDate();
        MessageHeader header = MessageHeader.builder()
                .from(Organization.builder()
                        .organId(SENDER)
                        .name("Văn phòng Chính phủ")
                        .organizationInCharge("Chính phủ")
                        .address("Số 1 Hoàng Hoa Thám, Ba Đình, Hà Nội")
                        .build())
                .addTo(Organization.of("000.00.00.H41", "UBND Tỉnh Nghệ An"))
                .addTo(Organization.of("000.00.00.H14", "UBND Tỉnh Cao Bằng"))
                .code("1234", "VPCP-KSTT")
                .promulgation("Hà Nội", today)
                .documentType(DocumentType.OFFICIAL_LETTER)
                .subject("V/v thử nghiệm trao đổi văn bản điện tử theo QCVN 102:2016/BTTTT")
                .content(REQUEST)
                .signerInfo(SignerInfo.of("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "Phó Chủ nhiệm", "Trần Văn Minh"))
                .dueDate(today.plusDays(10))
                .addToPlace("Như trên")
                .addToPlace("Lưu: VT, KSTT")
                .otherInfo(OtherInfo.builder()
                        .priority(Priority.NORMAL)
                        .promulgationAmount(1)
                        .pageAmount(1)
                        .build())
                .conventionalDocumentId()
                .build();
        Business business = Business.builder()
                .type(BusinessDocType.NEW)
                .documentId(header.documentId().get())
                .paper(0)
                .addStaffInfo(StaffInfo.of("Phòng Hành chính - Văn thư", "Lê Thị Hoa", null, null))
                .build();
        String fileName = "1234-VPCP-KSTT.pdf";
        return Edxml.edoc()
                .header(header)
                .business(business)
                .traceHeaders(List.of(TraceHeader.of(SENDER, now)))
                .addAttachment(Attachment.builder()
                        .name(fileName)
                        .description("Công văn số 1234/VPCP-KSTT")
                        .contentType(Attachment.contentTypeFor(fileName))
                        .content(vietnamesePdf(
                                fonts(),
                                "CÔNG VĂN số 1234/VPCP-KSTT ngày "
                                        + String.format(
                                                Locale.ROOT,
                                                "%02d/%02d/%d",
                                                today.getDayOfMonth(),
                                                today.getMonthValue(),
                                                today.getYear()),
                                "V/v thử nghiệm trao đổi văn bản điện tử",
                                "Bản demo do edxml tạo ra, không có giá trị pháp lý."))
                        .build())
                .build();
    }

    /**
     * The fonts the demo's letter may be written in, best first: Times New Roman where the machine has it (the font
     * Decree 30 asks for) or Liberation Serif, as the PDF stamp finds them; then DejaVu. A font that lacks a
     * Vietnamese letter is passed over when the page is made.
     */
    static List<Path> fonts() {
        List<Path> out = new ArrayList<>();
        dev.edxml.sign.pdf.PdfSigner.decreeFont().ifPresent(out::add);
        for (String name : List.of(
                "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                "C:/Windows/Fonts/arial.ttf")) {
            Path p = Path.of(name);
            if (Files.isRegularFile(p) && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A one-page PDF showing {@code lines} with their Vietnamese letters, in the first of {@code fonts} that has them
     * all, embedded (subset) so that the text shows and can be copied out; without one, the letters without their
     * marks in Helvetica.
     */
    static byte[] vietnamesePdf(List<Path> fonts, String... lines) {
        for (Path font : fonts) {
            try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
                org.apache.pdfbox.pdmodel.PDPage page =
                        new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
                doc.addPage(page);
                var f = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, font.toFile());
                try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(f, 14);
                    cs.newLineAtOffset(72, 770);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -22);
                    }
                    cs.endText();
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            } catch (java.io.IOException | IllegalArgumentException | IllegalStateException e) {
                // a font that cannot be read or lacks a letter: try the next
            }
        }
        return pdf(java.util.Arrays.stream(lines).map(DemoPackage::withoutMarks).toArray(String[]::new));
    }

    /** Vietnamese without its marks ({@code đ} becomes {@code d}), for a font with only ASCII letters. */
    static String withoutMarks(String s) {
        return java.text.Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7e]", "?");
    }

    /**
     * A one-page PDF showing {@code lines}, made by hand with no PDF library. Helvetica's standard encoding has no
     * Vietnamese letters, so the text must be plain ASCII.
     */
    static byte[] pdf(String... lines) {
        StringBuilder text = new StringBuilder("BT /F1 14 Tf 72 770 Td");
        for (String line : lines) {
            text.append(" (")
                    .append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                    .append(") Tj 0 -22 Td");
        }
        text.append(" ET");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                    + "/Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        ascii(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            ascii(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        int xref = out.size();
        ascii(out, "xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            ascii(out, String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        ascii(out, "trailer\n<< /Size " + (objects.length + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
