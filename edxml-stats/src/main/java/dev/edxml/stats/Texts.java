package dev.edxml.stats;

import java.util.Locale;
import java.util.Map;

/** The human labels of the text table and the HTML page, in Vietnamese and English (kept in step by a test). */
final class Texts {
    static final Map<String, String> VI = Map.ofEntries(
            Map.entry("title", "Thống kê tuân thủ ký số"),
            Map.entry("source", "Nguồn"),
            Map.entry("generated", "Thời điểm lập"),
            Map.entry("trust", "Chứng thư gốc tin cậy"),
            Map.entry("noTrust", "không có: không chữ ký nào được coi là hợp lệ, chữ ký còn nguyên vẹn được đếm là \"chưa tin cậy\""),
            Map.entry("profile", "Hồ sơ kiểm tra định dạng"),
            Map.entry("total", "Tổng"),
            Map.entry("unknownAgency", "(không rõ đơn vị)"),
            Map.entry("agency", "Mã đơn vị"),
            Map.entry("name", "Tên đơn vị"),
            Map.entry("documents", "Văn bản"),
            Map.entry("xmlValid", "Ký XML hợp lệ"),
            Map.entry("xmlUntrusted", "Ký, chưa tin cậy"),
            Map.entry("xmlIndeterminate", "Hợp lệ lúc ký, chưa chứng minh"),
            Map.entry("xmlInvalid", "Ký sai"),
            Map.entry("legacy", "Khối chữ ký giữ chỗ (SDK cũ)"),
            Map.entry("unsigned", "Không ký"),
            Map.entry("pdfValid", "PDF ký hợp lệ"),
            Map.entry("scanned", "PDF quét"),
            Map.entry("formatErrors", "Lỗi định dạng"),
            Map.entry("status", "Gói trạng thái"),
            Map.entry("ack", "Đến 03 (giờ, trung vị)"),
            Map.entry("fin", "Đến 06 (giờ, trung vị)"),
            Map.entry("rejected", "Từ chối 02"),
            Map.entry("reasons", "Lý do từ chối (02)"),
            Map.entry("noReason", "(không ghi lý do)"),
            Map.entry("unreadable", "Gói tin không đọc được"),
            Map.entry("other", "Tệp khác (không phải .edxml/.xml), không đọc"),
            Map.entry("findings", "Phát hiện về chữ ký XML theo mã (số văn bản)"),
            Map.entry("packages", "Gói tin"),
            Map.entry("timing", "Thời gian phản hồi (giờ)"),
            Map.entry("median", "trung vị"),
            Map.entry("mean", "trung bình"),
            Map.entry("p90", "p90"),
            Map.entry("measured", "số lần đo"),
            Map.entry("unmatched", "không đo được"),
            Map.entry("chartSignatures", "Văn bản theo tình trạng chữ ký XML"),
            Map.entry("chartShares", "Tỉ lệ theo đơn vị (%)"),
            Map.entry("figures", "Số liệu đầy đủ"),
            Map.entry("none", "không có"));

    static final Map<String, String> EN = Map.ofEntries(
            Map.entry("title", "Signing-compliance statistics"),
            Map.entry("source", "Source"),
            Map.entry("generated", "Generated"),
            Map.entry("trust", "Trust anchors"),
            Map.entry("noTrust", "none: no signature is counted as valid, intact ones are counted as \"untrusted\""),
            Map.entry("profile", "Format profile"),
            Map.entry("total", "Total"),
            Map.entry("unknownAgency", "(agency not named)"),
            Map.entry("agency", "Agency"),
            Map.entry("name", "Name"),
            Map.entry("documents", "Documents"),
            Map.entry("xmlValid", "XML signed, valid"),
            Map.entry("xmlUntrusted", "Signed, untrusted"),
            Map.entry("xmlIndeterminate", "Valid when signed, not proven"),
            Map.entry("xmlInvalid", "Signed, invalid"),
            Map.entry("legacy", "Legacy placeholder"),
            Map.entry("unsigned", "Unsigned"),
            Map.entry("pdfValid", "PDF signed, valid"),
            Map.entry("scanned", "PDF scanned"),
            Map.entry("formatErrors", "Format errors"),
            Map.entry("status", "Status packages"),
            Map.entry("ack", "To 03 (hours, median)"),
            Map.entry("fin", "To 06 (hours, median)"),
            Map.entry("rejected", "Rejected 02"),
            Map.entry("reasons", "Rejection reasons (02)"),
            Map.entry("noReason", "(no reason given)"),
            Map.entry("unreadable", "Packages that could not be read"),
            Map.entry("other", "Other files (not .edxml/.xml), not read"),
            Map.entry("findings", "XML signature findings by code (documents)"),
            Map.entry("packages", "Packages"),
            Map.entry("timing", "Response times (hours)"),
            Map.entry("median", "median"),
            Map.entry("mean", "mean"),
            Map.entry("p90", "p90"),
            Map.entry("measured", "measured"),
            Map.entry("unmatched", "not measurable"),
            Map.entry("chartSignatures", "Documents by XML signature"),
            Map.entry("chartShares", "Shares by agency (%)"),
            Map.entry("figures", "All figures"),
            Map.entry("none", "none"));

    private final Map<String, String> texts;
    private final Locale locale;

    private Texts(Map<String, String> texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** Vietnamese for {@code vi}, English otherwise. */
    static Texts of(Locale locale) {
        boolean vi = locale != null && "vi".equals(locale.getLanguage());
        return new Texts(vi ? VI : EN, vi ? Locale.forLanguageTag("vi") : Locale.ENGLISH);
    }

    /** The locale of these texts, for the library's messages. */
    Locale locale() {
        return locale;
    }

    String t(String key) {
        String s = texts.get(key);
        if (s == null) {
            throw new IllegalArgumentException("no text for " + key);
        }
        return s;
    }

    String agency(Figures f) {
        return f.organId().orElse(t("unknownAgency"));
    }
}
