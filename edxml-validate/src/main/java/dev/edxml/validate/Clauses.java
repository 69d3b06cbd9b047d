package dev.edxml.validate;

import dev.edxml.Finding;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A finding's basis ({@link Finding#clause()}) as the HTML report shows it in the "Basis" (Căn cứ) column: the
 * regulation, decree or decision in the reader's language, and the observed behaviour of a vendor's software in
 * words, without references to this project's own notes ({@code spec §…}) or bracketed tags ({@code [official SDK]})
 * that users cannot look up. The clause itself (JSON, JUnit) is unchanged.
 */
final class Clauses {
    private static final Map<String, String> VI = new LinkedHashMap<>();

    static {
        VI.put(
                "(an electronic original is signed digitally, not a scan)",
                "(bản gốc điện tử được ký số, không phải bản quét)");
        VI.put("(package structure; edxml-java qcvn102-2016.xsd)", "(cấu trúc gói tin)");
        VI.put("(edXML wrapper; official SDK reader)", "(phần bao edXML; bộ đọc của SDK chính thức cũ)");
        VI.put("(regulation and SDK orders)", "(thứ tự theo quy chuẩn và theo SDK)");
        VI.put("(AttachmentEncoded beside the envelope)", "(AttachmentEncoded bên cạnh edXMLEnvelope)");
        VI.put("(document package body)", "(phần thân gói tin văn bản)");
        VI.put("(codes and identifiers)", "(mã và mã định danh)");
        VI.put("(control and format characters)", "(ký tự điều khiển và định dạng)");
        VI.put("(precomposed Vietnamese)", "(tiếng Việt dựng sẵn)");
        VI.put("(digital signatures)", "(chữ ký số)");
        VI.put("(UTF-8 without BOM)", "(UTF-8 không có BOM)");
        VI.put("(spelling Bussiness)", "(cách viết Bussiness)");
        VI.put(
                "(DocumentId convention issuer,yyyy/MM/dd,number/notation)",
                "(quy ước DocumentId: đơn vị,yyyy/MM/dd,số/ký hiệu)");
        VI.put("(TypeDetail table)", "(bảng TypeDetail)");
        VI.put("(SteeringType, variant A)", "(SteeringType, dạng A)");
        VI.put("(OrganId characters)", "(ký tự của OrganId)");
        VI.put("(namespace)", "(không gian tên)");
        VI.put("(extensions)", "(phần mở rộng)");
        VI.put("(cardinality)", "(số lần xuất hiện)");
        VI.put("(lengths)", "(độ dài)");
        VI.put("(dates)", "(ngày tháng)");
        VI.put("(prolog)", "(phần mở đầu)");
        VI.put("(9 codes)", "(9 mã)");
        VI.put("edxml-java list of usual document types", "danh sách loại văn bản thường dùng");
        VI.put("status package", "gói tin trạng thái");
        VI.put("Appendix", "Phụ lục");
        VI.put("App.", "Phụ lục");
        VI.put("Art.", "Điều");
        VI.put("Part", "Phần");
        VI.put("Decree", "Nghị định");
        VI.put("Amendment", "Sửa đổi");
        VI.put("TCVN 6909:2001", "TCVN 6909:2001");
    }

    private Clauses() {}

    static String forPeople(String clause, Locale locale) {
        boolean vi = "vi".equals(locale.getLanguage());
        String s = clause;
        // the project's own notes: "(…; spec §4.2 variants)", "(spec §13 F9)", "; spec §10 (…)", "spec §6.3 "
        s = s.replaceAll("\\(([^()]*?);\\s*spec §[^)]*\\)", "($1)");
        s = s.replaceAll("\\s*\\(spec §[^)]*\\)", "");
        s = s.replaceAll(";\\s*spec §[0-9.]+(\\s*\\([^)]*\\))?(?=;|$)", "");
        s = s.replaceAll("spec §[0-9.]+(\\s*\\([a-z]\\))?\\s*", "");
        String sdk = vi ? "hành vi quan sát được của SDK chính thức cũ" : "observed behaviour of the old official SDK";
        String bkav = vi
                ? "hành vi quan sát được của bộ kiểm tra của Trục (Bkav)"
                : "observed behaviour of the axis checker (Bkav)";
        s = s.replaceAll(
                "\\[official SDK\\]\\s*zip convention", sdk + (vi ? " (quy ước nén zip)" : " (zip convention)"));
        s = s.replaceAll("\\[official SDK\\]\\s*placeholder", sdk + (vi ? " (khối chữ ký giữ chỗ)" : " (placeholder)"));
        s = s.replaceAll(
                "\\[official SDK\\]\\s*sender writes the first hop",
                sdk + (vi ? " (đơn vị gửi ghi bước đầu tiên)" : " (the sender writes the first hop)"));
        s = s.replace("[official SDK]", sdk);
        s = s.replaceAll("\\[Bkav checker\\]|Bkav axis checker", bkav);
        if (vi) {
            for (Map.Entry<String, String> e : VI.entrySet()) {
                s = s.replace(e.getKey(), e.getValue());
            }
        }
        return s.replaceAll("\\s+", " ")
                .replaceAll("\\s*;\\s*;", ";")
                .replaceAll(";\\s*$", "")
                .strip();
    }
}
