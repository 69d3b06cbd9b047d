package dev.edxml.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The human labels of the text table and the HTML page, in Vietnamese and English (kept in step by a test), and the
 * one way those forms write numbers and dates: Vietnamese {@code dd/MM/yyyy} and a decimal comma, English ISO
 * {@code yyyy-MM-dd} and a decimal point; times in Vietnam time (UTC+07:00); a share of nothing (0/0) is "—".
 */
final class Texts {
    /** What a share of nothing (0/0), or a figure that was not measured, is written as. */
    static final String NO_DATA = "—";

    static final Map<String, String> VI = Map.ofEntries(
            Map.entry("title", "Thống kê tuân thủ ký số"),
            Map.entry("source", "Nguồn"),
            Map.entry("generated", "Thời điểm lập"),
            Map.entry("vnTime", "giờ Việt Nam"),
            Map.entry("trust", "Chứng thư gốc tin cậy"),
            Map.entry(
                    "noTrust",
                    "không có: không chữ ký nào được coi là hợp lệ, chữ ký còn nguyên vẹn được đếm là \"chưa tin cậy\""),
            Map.entry("profile", "Hồ sơ kiểm tra định dạng"),
            Map.entry("total", "Tổng"),
            Map.entry("unknownAgency", "(không rõ đơn vị)"),
            Map.entry("agency", "Mã đơn vị"),
            Map.entry("agencyCol", "Đơn vị"),
            Map.entry("name", "Tên đơn vị"),
            Map.entry("names", "Tên đầy đủ của đơn vị"),
            Map.entry("documents", "Văn bản"),
            Map.entry("xmlValid", "Ký XML hợp lệ"),
            Map.entry("xmlUntrusted", "Ký, chưa tin cậy"),
            Map.entry("xmlIndeterminate", "Hợp lệ lúc ký, chưa chứng minh"),
            Map.entry("xmlInvalid", "Ký sai"),
            Map.entry("legacy", "Khối chữ ký giữ chỗ (SDK cũ)"),
            Map.entry("unsigned", "Không ký"),
            Map.entry("notBySender", "Ký, nhưng không phải người gửi"),
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
            Map.entry("none", "không có"),
            // the narrow table's short headings and their legend
            Map.entry("h.docs", "Văn bản"),
            Map.entry("h.valid", "Hợp lệ"),
            Map.entry("h.untrusted", "Chưa TC"),
            Map.entry("h.indeterminate", "Chưa CM"),
            Map.entry("h.invalid", "Ký sai"),
            Map.entry("h.legacy", "Giữ chỗ"),
            Map.entry("h.unsigned", "Không ký"),
            Map.entry("h.pdfValid", "PDF HL"),
            Map.entry("h.scanned", "PDF quét"),
            Map.entry(
                    "legend",
                    "Tỉ lệ trên số văn bản: Hợp lệ = chữ ký XML hợp lệ; Chưa TC = còn nguyên vẹn nhưng người ký "
                            + "chưa được tin cậy; Chưa CM = hợp lệ lúc ký nhưng chưa chứng minh được; Ký sai = chữ ký hỏng hoặc "
                            + "không hợp lệ; Giữ chỗ = khối chữ ký giữ chỗ của SDK cũ (không ai kiểm tra được); Không ký = không "
                            + "có chữ ký. PDF HL = văn bản có PDF mà mọi PDF đều ký hợp lệ, trên số văn bản có PDF; PDF quét = "
                            + "tệp PDF không ký trông như bản quét, trên số tệp PDF. \"—\" = không có dữ liệu (0/0). "
                            + "Số đếm chi tiết: --wide."),
            Map.entry("wideHint", "Chi tiết đầy đủ: --wide, --json, --csv hoặc --html."),
            // the HTML page
            Map.entry(
                    "howToRead",
                    "Mỗi văn bản được tính cho đơn vị gửi (From/OrganId). \"Ký hợp lệ\" là chữ ký XML "
                            + "kiểm tra đúng: nguyên vẹn, phủ toàn bộ gói tin, chứng thư chuỗi tới chứng thư gốc tin cậy, còn "
                            + "hiệu lực và không bị thu hồi. \"—\" là không có dữ liệu."),
            Map.entry("kpiDocs", "Văn bản"),
            Map.entry("kpiValid", "Ký XML hợp lệ"),
            Map.entry("kpiPdf", "Văn bản có PDF ký hợp lệ"),
            Map.entry("kpiScanned", "Tệp PDF là bản quét"),
            Map.entry("kpiUnreadable", "Gói tin không đọc được"),
            Map.entry("ranking", "Xếp hạng đơn vị theo tỉ lệ văn bản ký hợp lệ"),
            Map.entry(
                    "rankingNote",
                    "Cao nhất trước; đơn vị không có văn bản xếp cuối. Thanh màu chia văn bản của đơn "
                            + "vị theo tình trạng chữ ký."),
            Map.entry("rank", "Hạng"),
            Map.entry("validShare", "Tỉ lệ ký hợp lệ"),
            Map.entry("breakdown", "Phân loại chữ ký"),
            Map.entry("trend", "Diễn biến theo thời gian: tỉ lệ văn bản ký hợp lệ"),
            Map.entry(
                    "trendNote",
                    "Theo ngày gửi của văn bản: thời điểm (Timestamp) trong TraceHeader của chính đơn vị "
                            + "gửi, hoặc của bước đầu tiên có thời điểm, theo giờ Việt Nam."),
            Map.entry("undated", "Văn bản không có ngày gửi (không tính vào diễn biến)"),
            Map.entry("noTrend", "Không văn bản nào có ngày gửi: không có diễn biến."),
            Map.entry("period.month", "Tháng"),
            Map.entry("period.quarter", "Quý"),
            Map.entry("pdfShares", "Tệp đính kèm PDF: ký hợp lệ và bản quét"),
            Map.entry(
                    "pdfNote",
                    "PDF ký hợp lệ: văn bản có PDF mà mọi PDF đều ký hợp lệ, trên số văn bản có PDF. "
                            + "PDF quét: tệp PDF không ký trông như bản quét, trên số tệp PDF."),
            Map.entry("docsWithPdf", "Văn bản có PDF"),
            Map.entry("pdfFiles", "Tệp PDF"),
            Map.entry("sigTable", "Chữ ký XML của văn bản"),
            Map.entry("pdfTable", "Tệp đính kèm"),
            Map.entry("statusTable", "Gói tin trạng thái và thời gian phản hồi"),
            Map.entry("fmtTable", "Gói tin và lỗi định dạng"),
            Map.entry("ackTime", "Đến 03 (giờ): trung vị / p90"),
            Map.entry("finTime", "Đến 06 (giờ): trung vị / p90"),
            Map.entry("k.packages", "Gói tin"),
            Map.entry("k.documents", "Văn bản"),
            Map.entry("k.xmldsigValid", "Hợp lệ"),
            Map.entry("k.xmldsigUntrusted", "Chưa tin cậy"),
            Map.entry("k.xmldsigIndeterminate", "Chưa chứng minh"),
            Map.entry("k.xmldsigInvalid", "Ký sai"),
            Map.entry("k.legacyPlaceholder", "Giữ chỗ (SDK cũ)"),
            Map.entry("k.unsigned", "Không ký"),
            Map.entry("k.xmldsigNotBySender", "Không phải người gửi ký"),
            Map.entry("k.unreadable", "Không đọc được"),
            Map.entry("k.formatErrors", "Có lỗi định dạng"),
            Map.entry("k.attachments", "Tệp đính kèm"),
            Map.entry("k.pdfAttachments", "PDF"),
            Map.entry("k.pdfValid", "PDF hợp lệ"),
            Map.entry("k.pdfUntrusted", "PDF chưa tin cậy"),
            Map.entry("k.pdfInvalid", "PDF ký sai"),
            Map.entry("k.pdfUnsigned", "PDF không ký"),
            Map.entry("k.pdfScanned", "PDF quét"),
            Map.entry("k.pdfUnreadable", "PDF không đọc được"),
            Map.entry("k.documentsWithPdf", "Văn bản có PDF"),
            Map.entry("k.documentsAllPdfValid", "Văn bản mọi PDF hợp lệ"),
            Map.entry("k.statusPackages", "Gói trạng thái"),
            Map.entry("k.acknowledged", "03 đã tiếp nhận"),
            Map.entry("k.finished", "06 hoàn thành"),
            Map.entry("k.rejected", "02 từ chối"),
            Map.entry("k.statusUnmatched", "Không đo được"),
            Map.entry("code.EDXML-STC-001", "Lỗi khi xem xét gói tin (lỗi của chương trình, xin báo lại)"),
            Map.entry("code.EDXML-STC-002", "Gói tin lớn hơn giới hạn kích thước"),
            Map.entry("code.EDXML-STC-003", "Mục trong tệp nén giải nén ra lớn bất thường (nghi là bom zip)"),
            Map.entry("code.EDXML-STC-004", "Không đọc được tệp hoặc mục trong tệp nén"),
            Map.entry("code.EDXML-STC-005", "Không phải gói tin edXML hay tệp nén chứa gói tin edXML"),
            Map.entry("seeJson", "chi tiết trong --json"));

    static final Map<String, String> EN = Map.ofEntries(
            Map.entry("title", "Signing-compliance statistics"),
            Map.entry("source", "Source"),
            Map.entry("generated", "Generated"),
            Map.entry("vnTime", "Vietnam time"),
            Map.entry("trust", "Trust anchors"),
            Map.entry("noTrust", "none: no signature is counted as valid, intact ones are counted as \"untrusted\""),
            Map.entry("profile", "Format profile"),
            Map.entry("total", "Total"),
            Map.entry("unknownAgency", "(agency not named)"),
            Map.entry("agency", "Agency"),
            Map.entry("agencyCol", "Agency"),
            Map.entry("name", "Name"),
            Map.entry("names", "Agencies' full names"),
            Map.entry("documents", "Documents"),
            Map.entry("xmlValid", "XML signed, valid"),
            Map.entry("xmlUntrusted", "Signed, untrusted"),
            Map.entry("xmlIndeterminate", "Valid when signed, not proven"),
            Map.entry("xmlInvalid", "Signed, invalid"),
            Map.entry("legacy", "Legacy placeholder"),
            Map.entry("unsigned", "Unsigned"),
            Map.entry("notBySender", "Signed, not by the sender"),
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
            Map.entry("none", "none"),
            Map.entry("h.docs", "Docs"),
            Map.entry("h.valid", "Valid"),
            Map.entry("h.untrusted", "Untrust"),
            Map.entry("h.indeterminate", "Unprov"),
            Map.entry("h.invalid", "Invalid"),
            Map.entry("h.legacy", "Placeh"),
            Map.entry("h.unsigned", "Unsigned"),
            Map.entry("h.pdfValid", "PDF ok"),
            Map.entry("h.scanned", "Scanned"),
            Map.entry(
                    "legend",
                    "Shares of documents: Valid = valid XML signature; Untrust = intact, signer not trusted; "
                            + "Unprov = valid when signed, not proven; Invalid = broken or invalid signature; Placeh = the old "
                            + "SDK's placeholder signature block (verifiable by nobody); Unsigned = no signature. PDF ok = "
                            + "documents whose every PDF is validly signed, of documents with PDFs; Scanned = unsigned PDFs "
                            + "that look scanned, of PDFs. \"—\" = no data (0/0). Counts: --wide."),
            Map.entry("wideHint", "All details: --wide, --json, --csv or --html."),
            Map.entry(
                    "howToRead",
                    "Each document counts for its sending agency (From/OrganId). \"Validly signed\" "
                            + "means the XML signature verifies: intact, covering the whole package, by a certificate chaining "
                            + "to a trusted root, valid and not revoked. \"—\" means no data."),
            Map.entry("kpiDocs", "Documents"),
            Map.entry("kpiValid", "Validly signed (XML)"),
            Map.entry("kpiPdf", "Documents with validly signed PDFs"),
            Map.entry("kpiScanned", "PDF files that are scans"),
            Map.entry("kpiUnreadable", "Packages that could not be read"),
            Map.entry("ranking", "Agencies ranked by share of validly signed documents"),
            Map.entry(
                    "rankingNote",
                    "Highest first; agencies without documents last. The coloured bar splits the "
                            + "agency's documents by signature."),
            Map.entry("rank", "Rank"),
            Map.entry("validShare", "Validly signed"),
            Map.entry("breakdown", "Signatures"),
            Map.entry("trend", "Over time: share of validly signed documents"),
            Map.entry(
                    "trendNote",
                    "By the document's sending date: the Timestamp of the sending agency's own "
                            + "TraceHeader, or of the first hop that has one, in Vietnam time."),
            Map.entry("undated", "Documents without a sending date (not in the trend)"),
            Map.entry("noTrend", "No document has a sending date: no trend."),
            Map.entry("period.month", "Month"),
            Map.entry("period.quarter", "Quarter"),
            Map.entry("pdfShares", "PDF attachments: validly signed and scanned"),
            Map.entry(
                    "pdfNote",
                    "PDF signed, valid: documents whose every PDF is validly signed, of documents with "
                            + "PDFs. PDF scanned: unsigned PDF files that look scanned, of PDF files."),
            Map.entry("docsWithPdf", "Documents with PDFs"),
            Map.entry("pdfFiles", "PDF files"),
            Map.entry("sigTable", "XML signatures of the documents"),
            Map.entry("pdfTable", "Attachments"),
            Map.entry("statusTable", "Status packages and response times"),
            Map.entry("fmtTable", "Packages and format errors"),
            Map.entry("ackTime", "To 03 (hours): median / p90"),
            Map.entry("finTime", "To 06 (hours): median / p90"),
            Map.entry("k.packages", "Packages"),
            Map.entry("k.documents", "Documents"),
            Map.entry("k.xmldsigValid", "Valid"),
            Map.entry("k.xmldsigUntrusted", "Untrusted"),
            Map.entry("k.xmldsigIndeterminate", "Not proven"),
            Map.entry("k.xmldsigInvalid", "Invalid"),
            Map.entry("k.legacyPlaceholder", "Placeholder (old SDK)"),
            Map.entry("k.unsigned", "Unsigned"),
            Map.entry("k.xmldsigNotBySender", "Not signed by the sender"),
            Map.entry("k.unreadable", "Unreadable"),
            Map.entry("k.formatErrors", "With format errors"),
            Map.entry("k.attachments", "Attachments"),
            Map.entry("k.pdfAttachments", "PDFs"),
            Map.entry("k.pdfValid", "PDF valid"),
            Map.entry("k.pdfUntrusted", "PDF untrusted"),
            Map.entry("k.pdfInvalid", "PDF invalid"),
            Map.entry("k.pdfUnsigned", "PDF unsigned"),
            Map.entry("k.pdfScanned", "PDF scanned"),
            Map.entry("k.pdfUnreadable", "PDF unreadable"),
            Map.entry("k.documentsWithPdf", "Documents with PDFs"),
            Map.entry("k.documentsAllPdfValid", "Documents, all PDFs valid"),
            Map.entry("k.statusPackages", "Status packages"),
            Map.entry("k.acknowledged", "03 received"),
            Map.entry("k.finished", "06 finished"),
            Map.entry("k.rejected", "02 rejected"),
            Map.entry("k.statusUnmatched", "Not measurable"),
            Map.entry("code.EDXML-STC-001", "Examining the package failed (a bug: please report it)"),
            Map.entry("code.EDXML-STC-002", "The package is larger than the size limit"),
            Map.entry("code.EDXML-STC-003", "An archive entry unpacks to far more than its packed size (a zip bomb)"),
            Map.entry("code.EDXML-STC-004", "The file or archive entry could not be read"),
            Map.entry("code.EDXML-STC-005", "Not an edXML package or an archive of edXML packages"),
            Map.entry("seeJson", "details in --json"));

    private static final DateTimeFormatter VI_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Map<String, String> texts;
    private final Locale locale;
    private final boolean vi;

    private Texts(Map<String, String> texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
        this.vi = texts == VI;
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

    boolean vietnamese() {
        return vi;
    }

    String t(String key) {
        String s = texts.get(key);
        if (s == null) {
            throw new IllegalArgumentException("no text for " + key);
        }
        return s;
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }

    String agency(Figures f) {
        return f.organId().orElse(t("unknownAgency"));
    }

    /** {@code part} of {@code whole} as a percentage with one decimal, or "—" when {@code whole} is 0. */
    String percent(int part, int whole) {
        return whole == 0 ? NO_DATA : number(Figures.percent(part, whole)) + "%";
    }

    /** A decimal number: a comma in Vietnamese, a point in English. */
    String number(BigDecimal d) {
        String s = d.toPlainString();
        return vi ? s.replace('.', ',') : s;
    }

    /** A time, in Vietnam time: {@code dd/MM/yyyy HH:mm} in Vietnamese, {@code yyyy-MM-dd HH:mm} in English. */
    String time(Instant t) {
        return (vi ? VI_TIME : EN_TIME).format(t.atOffset(ZoneOffset.ofHours(7))) + " (" + t("vnTime") + ")";
    }
}
