package dev.edxml.conformance;

import static dev.edxml.conformance.Vectors.NOW;
import static dev.edxml.conformance.Vectors.SENDER;
import static dev.edxml.conformance.Vectors.SUBJECT;
import static dev.edxml.conformance.Vectors.bytes;
import static dev.edxml.conformance.Vectors.concat;
import static dev.edxml.conformance.Vectors.edoc;
import static dev.edxml.conformance.Vectors.flipByte;
import static dev.edxml.conformance.Vectors.header;
import static dev.edxml.conformance.Vectors.replace;
import static dev.edxml.conformance.Vectors.status;
import static dev.edxml.conformance.Vectors.statusHeader;
import static dev.edxml.conformance.Vectors.utf8;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.edxml.Edxml;
import dev.edxml.conformance.ConformanceCase.Level;
import dev.edxml.conformance.ConformanceCase.Outcome;
import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.BusinessDocumentInfo;
import dev.edxml.model.DocumentType;
import dev.edxml.model.Organization;
import dev.edxml.model.OtherInfo;
import dev.edxml.model.Priority;
import dev.edxml.model.Receiver;
import dev.edxml.model.ReceiverType;
import dev.edxml.model.ReplacementInfo;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.SignerInfo;
import dev.edxml.model.StaffInfo;
import dev.edxml.model.StatusCode;
import dev.edxml.model.SteeringType;
import dev.edxml.model.TraceHeader;
import dev.edxml.model.XmlElement;
import dev.edxml.model.XmlNode;
import dev.edxml.model.XmlText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The consumer cases: what each checks, and how its package is made. Ids are never reused. */
final class CaseCatalogue {
    private static final String STRUCT = "QCVN 102:2016, cấu trúc gói tin; XML 1.0";
    private static final String NFD_SUBJECT = java.text.Normalizer.normalize(SUBJECT, java.text.Normalizer.Form.NFD);

    /** One case before its findings and fields are computed; internal, never handed out, so the array is not copied. */
    @SuppressWarnings("ArrayRecordComponent")
    record Spec(
            String id,
            String title,
            String titleVi,
            String clause,
            Level level,
            Outcome expected,
            byte[] bytes,
            Map<CertificationLevel, Level> levels,
            Map<String, String> extraFields) {}

    /**
     * The consumer cases whose level differs at {@code axis}: every signature case is MUST there, since an axis
     * receiver verifies for real.
     */
    private static final Map<String, Level> AXIS_MUST = Map.of(
            "C-SIG-002",
            Level.MUST,
            "C-SIG-003",
            Level.MUST,
            "C-SIG-012",
            Level.MUST,
            "C-SIG-013",
            Level.MUST,
            "C-SIG-004",
            Level.MUST,
            "C-SIG-005",
            Level.MUST,
            "C-SIG-006",
            Level.MUST,
            "C-SIG-009",
            Level.MUST,
            "C-SIG-011",
            Level.MUST);
    /** Cases of one level only (a PDF changed after signing is read at {@code qcvn102}, rejected at {@code axis}). */
    private static final Map<String, CertificationLevel> ONLY = Map.of(
            "C-PDF-003",
            CertificationLevel.QCVN102,
            "C-PDF-004",
            CertificationLevel.AXIS,
            "C-PDF-005",
            CertificationLevel.AXIS,
            "C-SIG-014",
            CertificationLevel.AXIS);

    /** The levels of a case: {@code level} everywhere, but for the axis upgrades and the one-level cases. */
    static Map<CertificationLevel, Level> levels(String id, Level level) {
        Map<CertificationLevel, Level> m = new java.util.EnumMap<>(CertificationLevel.class);
        CertificationLevel only = ONLY.get(id);
        if (only == null || only == CertificationLevel.QCVN102) {
            m.put(CertificationLevel.QCVN102, level);
        }
        if (only == null || only == CertificationLevel.AXIS) {
            m.put(CertificationLevel.AXIS, AXIS_MUST.getOrDefault(id, level));
        }
        return m;
    }

    private final Map<String, Map<String, String>> extra = new java.util.HashMap<>();

    private interface Maker {
        byte[] make() throws Exception;
    }

    private final List<Spec> specs = new ArrayList<>();
    private final Vectors v;

    private CaseCatalogue(Vectors v) {
        this.v = v;
    }

    static List<Spec> specs(Vectors v) {
        CaseCatalogue c = new CaseCatalogue(v);
        c.envelope();
        c.headerCases();
        c.traceCases();
        c.attachments();
        c.pdf();
        c.signatures();
        c.statusCases();
        return List.copyOf(c.specs);
    }

    private void add(
            String id, Level level, Outcome expected, String clause, String title, String titleVi, Maker maker) {
        try {
            specs.add(new Spec(
                    id,
                    title,
                    titleVi,
                    clause,
                    level,
                    expected,
                    maker.make(),
                    levels(id, level),
                    extra.getOrDefault(id, Map.of())));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(id + " could not be generated", e);
        }
    }

    private void accept(String id, Level level, String clause, String title, String titleVi, Maker maker) {
        add(id, level, Outcome.ACCEPT, clause, title, titleVi, maker);
    }

    private void reject(String id, Level level, String clause, String title, String titleVi, Maker maker) {
        add(id, level, Outcome.REJECT, clause, title, titleVi, maker);
    }

    private static byte[] base() throws Exception {
        return bytes(edoc().build());
    }

    // ------------------------------------------------------------------------------------------------ ENV
    private void envelope() {
        accept(
                "C-ENV-001",
                Level.MUST,
                "QCVN 102:2016 §2 (gói tin văn bản)",
                "A new official letter with one PDF, in the official SDK's layout",
                "Công văn mới kèm một tệp PDF, theo bố cục của SDK chính thức",
                CaseCatalogue::base);
        accept(
                "C-ENV-002",
                Level.MUST,
                "QCVN 102:2016 §3.1 (thứ tự phần tử của quy chuẩn)",
                "MessageHeader children in the regulation's order (DocumentId last) instead of the SDK's",
                "Các phần tử con của MessageHeader theo thứ tự của quy chuẩn (DocumentId cuối cùng) thay vì của SDK",
                () -> Edxml.writer().regulationOrder().toBytes(edoc().build()));
        reject(
                "C-ENV-003",
                Level.MUST,
                STRUCT + "; OWASP XXE",
                "Reject: a DTD declaring an external entity (XXE); nothing may be fetched",
                "Từ chối: có DTD khai báo thực thể ngoài (XXE); không được tải gì về",
                () -> replace(
                        replace(base(), "?>", "?>\r\n<!DOCTYPE edXML [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"),
                        SUBJECT,
                        "&xxe;"));
        reject(
                "C-ENV-004",
                Level.MUST,
                STRUCT + "; entity expansion (billion laughs)",
                "Reject: an entity expansion bomb (billion laughs) in the DTD",
                "Từ chối: bom mở rộng thực thể (billion laughs) trong DTD",
                () -> replace(
                        replace(
                                base(),
                                "?>",
                                "?>\r\n<!DOCTYPE edXML [<!ENTITY a \"aaaaaaaaaa\">"
                                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                                        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                                        + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
                                        + "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>"),
                        SUBJECT,
                        "&i;"));
        reject(
                "C-ENV-005",
                Level.MUST,
                "XML 1.0 §2.8 (prolog)",
                "Reject: bytes before the XML declaration (junk prefix)",
                "Từ chối: có dữ liệu thừa trước khai báo XML",
                () -> concat(utf8("HTTP/1.1 200 OK\r\n\r\n"), base()));
        reject(
                "C-ENV-006",
                Level.MUST,
                STRUCT,
                "Reject: the file is cut short (truncated in the middle of the header)",
                "Từ chối: tệp bị cắt cụt giữa phần tiêu đề",
                () -> {
                    String s = new String(base(), UTF_8);
                    return utf8(s.substring(0, s.indexOf("Subject")));
                });
        reject(
                "C-ENV-007",
                Level.MUST,
                STRUCT,
                "Reject: not XML at all (a PDF file named .edxml)",
                "Từ chối: hoàn toàn không phải XML (tệp PDF mang đuôi .edxml)",
                () -> Vectors.pdf("not a package"));
        reject(
                "C-ENV-008",
                Level.MUST,
                STRUCT,
                "Reject: well-formed XML whose root element is not edXML",
                "Từ chối: XML hợp lệ nhưng phần tử gốc không phải edXML",
                () -> utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                        + "<body><p>Không phải gói tin</p></body></html>\r\n"));
        reject(
                "C-ENV-009",
                Level.MUST,
                "QCVN 102:2016 §2.1 (không gian tên)",
                "Reject: the edXML elements in another namespace than QCVN 102:2016's",
                "Từ chối: các phần tử edXML thuộc không gian tên khác với của QCVN 102:2016",
                () -> new String(base(), UTF_8)
                        .replace("http://www.mic.gov.vn/TBT/QCVN_102_2016", "urn:example:not-edxml")
                        .getBytes(UTF_8));
        reject("C-ENV-010", Level.MUST, STRUCT, "Reject: an empty file", "Từ chối: tệp rỗng", () -> new byte[0]);
        accept(
                "C-ENV-011",
                Level.SHOULD,
                "QCVN 102:2016 §2.4 (UTF-8)",
                "A UTF-8 byte order mark before the declaration is tolerated",
                "Dấu thứ tự byte (BOM) UTF-8 trước khai báo XML được chấp nhận",
                () -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, base()));
        accept(
                "C-ENV-012",
                Level.SHOULD,
                "XML 1.0 §2.5, §2.6 (comments, processing instructions)",
                "Comments and a processing instruction inside the envelope are not data",
                "Chú thích và chỉ thị xử lý trong gói tin không phải là dữ liệu",
                () -> replace(
                        replace(
                                base(),
                                "<edXML:MessageHeader>",
                                "<!-- sent by the conformance suite -->\r\n    <?vendor trace=\"1\"?>\r\n    <edXML:MessageHeader>"),
                        "<edXML:Subject>",
                        "<edXML:Subject><!-- trích yếu -->"));
        accept(
                "C-ENV-013",
                Level.SHOULD,
                "QCVN 102:2016 §2 (edXML wrapper)",
                "A bare edXMLEnvelope root without the edXML wrapper (attachments inside the envelope)",
                "Phần tử gốc là edXMLEnvelope, không có phần tử bao edXML (tệp đính kèm nằm trong envelope)",
                () -> bareEnvelope(base()));
        accept(
                "C-ENV-014",
                Level.SHOULD,
                "QCVN 102:2016 §6.1 (edXMLManifest)",
                "The body's manifest written Manifest instead of edXMLManifest",
                "Phần thân dùng Manifest thay cho edXMLManifest",
                () -> utf8(new String(base(), UTF_8).replace("edXML:edXMLManifest", "edXML:Manifest")));
    }

    /** Moves {@code AttachmentEncoded} into the envelope and drops the {@code edXML} wrapper. */
    private static byte[] bareEnvelope(byte[] standard) {
        String s = new String(standard, UTF_8);
        int envStart = s.indexOf("<edXML:edXMLEnvelope");
        int envEnd = s.indexOf("</edXML:edXMLEnvelope>");
        int attStart = s.indexOf("<AttachmentEncoded");
        int attEnd = s.indexOf("</AttachmentEncoded>") + "</AttachmentEncoded>".length();
        if (envStart < 0 || envEnd < 0 || attStart < 0) {
            throw new IllegalStateException("unexpected layout");
        }
        String ns = "xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"";
        String env = s.substring(envStart, envEnd);
        if (!env.contains("xmlns:edXML")) {
            env = env.replaceFirst("<edXML:edXMLEnvelope", "<edXML:edXMLEnvelope " + ns);
        }
        String att = s.substring(attStart, attEnd)
                .replace("<AttachmentEncoded", "<edXML:AttachmentEncoded")
                .replace("</AttachmentEncoded>", "</edXML:AttachmentEncoded>")
                .replace("<Attachment>", "<edXML:Attachment>")
                .replace("</Attachment>", "</edXML:Attachment>");
        for (String n : List.of("ContentId", "AttachmentName", "ContentType", "Description")) {
            att = att.replace("<" + n + ">", "<edXML:" + n + ">").replace("</" + n + ">", "</edXML:" + n + ">");
        }
        att = att.replaceAll("<edXML:ContentTransferEncoded[^>]*>", "<edXML:ContentTransferEncoded>");
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n" + env + att + "\r\n</edXML:edXMLEnvelope>\r\n")
                .getBytes(UTF_8);
    }

    // ------------------------------------------------------------------------------------------------ HDR
    private void headerCases() {
        String hdr = "QCVN 102:2016 1 (MessageHeader)";
        accept(
                "C-HDR-001",
                Level.MUST,
                hdr,
                "Every MessageHeader element filled: signer, due date, priority, places, steering type, other info",
                "Đủ mọi phần tử của MessageHeader: người ký, hạn xử lý, độ khẩn, nơi nhận, loại chỉ đạo, thông tin khác",
                () -> bytes(edoc().header(header().signerInfo(
                                        SignerInfo.of("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Nguyễn Văn An"))
                                .dueDate(LocalDate.of(2026, 1, 30))
                                .addToPlace("Như trên")
                                .addToPlace("Lưu: VT, KGVX")
                                .steeringType(SteeringType.STEERING)
                                .otherInfo(OtherInfo.builder()
                                        .priority(Priority.URGENT)
                                        .sphereOfPromulgation("Liên thông")
                                        .typerNotation("TH")
                                        .promulgationAmount(1)
                                        .pageAmount(2)
                                        .build())
                                .build())
                        .build()));
        accept(
                "C-HDR-002",
                Level.MUST,
                "QCVN 102:2016 1.2 (To)",
                "Three recipients; every one must be extracted",
                "Ba đơn vị nhận; phải đọc được tất cả",
                () -> bytes(edoc().header(header().addTo(Organization.of("000.00.00.H29", "UBND tỉnh Hà Tĩnh"))
                                .addTo(Organization.of("000.00.00.H53", "UBND tỉnh Thanh Hóa"))
                                .build())
                        .build()));
        accept(
                "C-HDR-003",
                Level.MUST,
                "Unicode NFD; QCVN 102:2016 1.6 (Subject)",
                "Subject in decomposed Vietnamese (NFD) is extracted as written, not normalised",
                "Trích yếu viết tiếng Việt dạng tổ hợp (NFD) được đọc nguyên văn, không chuẩn hóa",
                () -> bytes(edoc().header(header().subject(NFD_SUBJECT).build()).build()));
        accept(
                "C-HDR-004",
                Level.MUST,
                "QCVN 102:2016 1.3 (Code); TCVN 6909:2001",
                "đ and Đ in the notation and the subject",
                "Chữ đ và Đ trong ký hiệu và trích yếu văn bản",
                () -> bytes(edoc().header(header().code("45", "QĐ-UBND")
                                .conventionalDocumentId()
                                .subject("Đề nghị điều động cán bộ đi đào tạo tại Đà Nẵng")
                                .build())
                        .build()));
        accept(
                "C-HDR-005",
                Level.MUST,
                "Decree 30/2020 Appendix VI (Subject 500 characters)",
                "A subject of exactly 500 characters, the Decree 30/2020 limit",
                "Trích yếu dài đúng 500 ký tự, giới hạn của Nghị định 30/2020",
                () -> bytes(edoc().header(header().subject(longSubject(500)).build())
                        .build()));
        accept(
                "C-HDR-006",
                Level.MUST,
                "XML 1.0 §2.4 (character data)",
                "XML special characters & < > \" ' in the subject and organisation name",
                "Ký tự đặc biệt của XML & < > \" ' trong trích yếu và tên cơ quan",
                () -> bytes(
                        edoc().header(header().from(Organization.of(SENDER, "Sở Kế hoạch & Đầu tư \"<Thử nghiệm>\""))
                                        .subject("V/v giá trị < 5 & > 3 của chỉ số 'A' \"B\"")
                                        .build())
                                .build()));
        accept(
                "C-HDR-007",
                Level.SHOULD,
                "XML 1.0 §2.11 (end-of-line handling)",
                "A carriage return kept in the subject (written as &#13;)",
                "Ký tự CR giữ nguyên trong trích yếu (ghi là &#13;)",
                () -> bytes(edoc().header(header().subject("V/v kết nối\r\nliên thông văn bản")
                                .build())
                        .build()));
        accept(
                "C-HDR-008",
                Level.MUST,
                "QĐ 20/2020 (mã định danh); QCVN 102:2016 §8",
                "Identifiers in the QĐ 20/2020 structure (G12, H37.02.02)",
                "Mã định danh theo cấu trúc QĐ 20/2020 (G12, H37.02.02)",
                () -> bytes(Edxml.edoc()
                        .header(header().from(Organization.of("G12", "Bộ Nội vụ"))
                                .to(List.of(Organization.of("H37.02.02", "UBND xã Thạch Hà")))
                                .conventionalDocumentId()
                                .build())
                        .business(Vectors.business(BusinessDocType.NEW))
                        .traceHeaders(List.of(TraceHeader.of("G12", NOW)))
                        .addAttachment(Vectors.pdfAttachment("cid:22222222-2222-4222-8222-222222222222", "cv.pdf", 8))
                        .build()));
        accept(
                "C-HDR-009",
                Level.MUST,
                "QCVN 102:2016 1.5; Amendment 1:2022 (TypeDetail)",
                "A legal normative document (Type 1, decision)",
                "Văn bản quy phạm pháp luật (Type 1, quyết định)",
                () -> bytes(edoc().header(header().code("12", "2026/QĐ-TTg")
                                .conventionalDocumentId()
                                .documentType(DocumentType.LEGAL_DECISION)
                                .subject("Quyết định ban hành quy chế")
                                .build())
                        .build()));
        accept(
                "C-HDR-010",
                Level.MUST,
                "QCVN 102:2016 1.12 (ResponseFor)",
                "A document that answers another (ResponseFor)",
                "Văn bản trả lời văn bản khác (ResponseFor)",
                () -> bytes(edoc().header(
                                header().addResponseFor(Vectors.answered()).build())
                        .build()));
        accept(
                "C-HDR-011",
                Level.SHOULD,
                "QCVN 102:2016 1.4 (yyyy/MM/dd)",
                "A promulgation date written dd/MM/yyyy is still understood (2026-01-14)",
                "Ngày ban hành viết dd/MM/yyyy vẫn được hiểu (2026-01-14)",
                () -> replace(base(), "<edXML:PromulgationDate>2026/01/14<", "<edXML:PromulgationDate>14/01/2026<"));
        accept(
                "C-HDR-012",
                Level.SHOULD,
                "QCVN 102:2016 1.14 (DocumentId)",
                "No DocumentId: the package is still read",
                "Không có DocumentId: gói tin vẫn đọc được",
                () -> bytes(edoc().header(header().documentId(null).build()).build()));
        reject(
                "C-HDR-013",
                Level.MUST,
                "QCVN 102:2016 1 (MessageHeader)",
                "Reject: no MessageHeader, so not a document package",
                "Từ chối: không có MessageHeader nên không phải gói tin văn bản",
                () -> {
                    String s = new String(base(), UTF_8);
                    int a = s.indexOf("<edXML:MessageHeader>");
                    int b = s.indexOf("</edXML:MessageHeader>") + "</edXML:MessageHeader>".length();
                    return utf8(s.substring(0, a) + s.substring(b));
                });
    }

    private static String longSubject(int length) {
        StringBuilder sb = new StringBuilder("V/v ");
        String words = "triển khai kết nối, liên thông phần mềm quản lý văn bản và điều hành giữa các cơ quan; ";
        while (sb.length() < length) {
            sb.append(words);
        }
        sb.setLength(length - 1);
        return sb.append('.').toString();
    }

    // ------------------------------------------------------------------------------------------------ TRC
    private void traceCases() {
        String bus = "QCVN 102:2016 2.2, 2.2.1 (Bussiness, BussinessDocType)";
        String revoked = SENDER + ",2026/01/05,100/VPCP-KGVX";
        accept(
                "C-TRC-001",
                Level.MUST,
                bus,
                "Business type 0: a new document",
                "Loại nghiệp vụ 0: văn bản mới",
                CaseCatalogue::base);
        accept(
                "C-TRC-002",
                Level.MUST,
                bus + "; Decree 30/2020 Art. 18",
                "Business type 1: revocation of an earlier document",
                "Loại nghiệp vụ 1: thu hồi văn bản đã gửi",
                () -> bytes(edoc().business(Business.builder()
                                .type(BusinessDocType.REVOKE)
                                .documentId(revoked)
                                .reason("Văn bản ban hành sai thẩm quyền")
                                .build())
                        .traceHeaders(Vectors.firstHop())
                        .build()));
        accept(
                "C-TRC-003",
                Level.MUST,
                bus + "; QCVN 102:2016 2.2.3 (BussinessDocumentInfo)",
                "Business type 2: an update that adds and removes recipients",
                "Loại nghiệp vụ 2: cập nhật, thêm và bỏ đơn vị nhận",
                () -> bytes(edoc().business(Business.builder()
                                .type(BusinessDocType.UPDATE)
                                .documentId(revoked)
                                .reason("Bổ sung nơi nhận")
                                .addDocumentInfo(BusinessDocumentInfo.of(
                                        false,
                                        true,
                                        List.of(
                                                Receiver.of("000.00.00.H29", ReceiverType.ADDED),
                                                Receiver.of("000.00.00.H53", ReceiverType.REMOVED))))
                                .build())
                        .traceHeaders(Vectors.firstHop())
                        .build()));
        accept(
                "C-TRC-004",
                Level.MUST,
                bus + "; QCVN 102:2016 2.2.8 (ReplacementInfoList)",
                "Business type 3: a replacement naming the replaced document and its recipients",
                "Loại nghiệp vụ 3: thay thế, nêu văn bản bị thay thế và các đơn vị đã nhận",
                () -> bytes(edoc().business(Business.builder()
                                .type(BusinessDocType.REPLACE)
                                .documentId(revoked)
                                .reason("Thay thế do sai sót")
                                .addReplacement(ReplacementInfo.of(revoked, List.of("000.00.00.H41", "000.00.00.H29")))
                                .build())
                        .traceHeaders(Vectors.firstHop())
                        .build()));
        accept(
                "C-TRC-005",
                Level.SHOULD,
                "QCVN 102:2016 2.2 (spelling Bussiness)",
                "Business spelled with one 's' (Business, BusinessDocType) is read as Bussiness",
                "Business viết một chữ 's' (Business, BusinessDocType) vẫn được đọc như Bussiness",
                () -> utf8(new String(base(), UTF_8).replace("Bussiness", "Business")));
        accept(
                "C-TRC-006",
                Level.MUST,
                "QCVN 102:2016 2.1 (TraceHeader)",
                "Three trace hops: sender, axis, provincial gateway",
                "Ba bước trong thông tin vết: đơn vị gửi, Trục, cổng tỉnh",
                () -> bytes(edoc().business(Vectors.business(BusinessDocType.NEW))
                        .traceHeaders(List.of(
                                TraceHeader.of(SENDER, NOW),
                                TraceHeader.of("000.00.00.G22", NOW.plusSeconds(5)),
                                TraceHeader.of("000.00.00.H41", NOW.plusSeconds(65))))
                        .build()));
        accept(
                "C-TRC-007",
                Level.SHOULD,
                "QCVN 102:2016 2 (TraceHeaderList)",
                "No TraceHeaderList: read as a new document",
                "Không có TraceHeaderList: đọc như văn bản mới",
                () -> bytes(edoc().business(null).traceHeaders(List.of()).build()));
        accept(
                "C-TRC-008",
                Level.MUST,
                "QCVN 102:2016 2.2.5, 2.2.6 (StaffInfo, Paper)",
                "Business with the clerk's StaffInfo and Paper = 1 (a paper original follows)",
                "Bussiness có StaffInfo của cán bộ xử lý và Paper = 1 (có gửi kèm bản giấy)",
                () -> bytes(edoc().business(Business.builder()
                                .type(BusinessDocType.NEW)
                                .paper(1)
                                .addStaffInfo(StaffInfo.of(
                                        "Văn thư", "Trần Văn Bình", "binh.tv@example.gov.vn", "0987654321"))
                                .build())
                        .traceHeaders(Vectors.firstHop())
                        .build()));
        accept(
                "C-TRC-009",
                Level.SHOULD,
                "QCVN 102:2016 2.1 (Timestamp yyyy/MM/dd HH:mm:ss)",
                "A trace timestamp in ISO 8601 with an offset is still understood",
                "Thời gian trong thông tin vết viết ISO 8601 có múi giờ vẫn được hiểu",
                () -> replace(
                        base(),
                        "<edXML:Timestamp>2026/01/15 09:00:00<",
                        "<edXML:Timestamp>2026-01-15T09:00:00+07:00<"));
    }

    // ------------------------------------------------------------------------------------------------ ATT
    private void attachments() {
        String att = "QCVN 102:2016 (AttachmentEncoded, edXMLManifest)";
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        accept(
                "C-ATT-001",
                Level.MUST,
                att,
                "One PDF attachment, raw",
                "Một tệp PDF đính kèm, không nén",
                CaseCatalogue::base);
        accept(
                "C-ATT-002",
                Level.MUST,
                att,
                "A DOCX attachment",
                "Tệp DOCX đính kèm",
                () -> bytes(edoc().attachments(List.of(Attachment.builder()
                                .contentId("cid:docx-0001")
                                .name("du-thao.docx")
                                .contentType(docx)
                                .content(Vectors.docx("Dự thảo"))
                                .build()))
                        .build()));
        accept(
                "C-ATT-003",
                Level.MUST,
                att + "; [official SDK] zip convention",
                "A DOC file zipped by the official SDK's convention (application/zip, one <uuid>.doc entry)",
                "Tệp DOC được nén theo quy ước của SDK chính thức (application/zip, một mục <uuid>.doc)",
                () -> bytes(edoc().attachments(List.of(Attachment.builder()
                                .contentId("cid:doc-0001")
                                .name("bao-cao.doc")
                                .contentType("application/zip")
                                .content(Vectors.sdkZip(
                                        "3f2504e0-4f89-41d3-9a0c-0305e82c3301.doc", Vectors.oleDoc(4096)))
                                .build()))
                        .build()));
        accept(
                "C-ATT-004",
                Level.MUST,
                att,
                "Three attachments: PDF, DOCX and XLSX, in this order",
                "Ba tệp đính kèm: PDF, DOCX và XLSX, theo thứ tự này",
                () -> bytes(edoc().addAttachment(Attachment.builder()
                                .contentId("cid:docx-0002")
                                .name("phu-luc.docx")
                                .contentType(docx)
                                .content(Vectors.docx("Phụ lục"))
                                .build())
                        .addAttachment(Attachment.builder()
                                .contentId("cid:xlsx-0003")
                                .name("so-lieu.xlsx")
                                .contentType(Attachment.contentTypeFor("so-lieu.xlsx"))
                                .content(Vectors.zip(
                                        "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"))
                                .build())
                        .build()));
        accept(
                "C-ATT-005",
                Level.MUST,
                att + "; spec §12.1.6",
                "Content ids with the cid: prefix are reported without it",
                "Mã nội dung có tiền tố cid: được báo không kèm tiền tố",
                () -> bytes(edoc().attachments(
                                List.of(Vectors.pdfAttachment("cid:to-trinh-0005@vpcp.gov.vn", "to-trinh.pdf", 5)))
                        .build()));
        accept(
                "C-ATT-006",
                Level.MUST,
                att,
                "Bare content ids (no cid: prefix)",
                "Mã nội dung không có tiền tố cid:",
                () -> bytes(edoc().attachments(List.of(Vectors.pdfAttachment("a1b2c3d4", "cong-van.pdf", 6)))
                        .build()));
        accept(
                "C-ATT-007",
                Level.MUST,
                "QCVN 102:2016 (AttachmentName); TCVN 6909:2001",
                "A Vietnamese file name with spaces",
                "Tên tệp tiếng Việt có dấu cách",
                () -> bytes(edoc().attachments(
                                List.of(Vectors.pdfAttachment("cid:vn-0001", "Quyết định số 12 về Đề án.pdf", 7)))
                        .build()));
        accept(
                "C-ATT-008",
                Level.MUST,
                att + "; [official SDK] zip convention",
                "A PDF zipped by the official SDK's convention",
                "Tệp PDF được nén theo quy ước của SDK chính thức",
                () -> bytes(edoc().attachments(List.of(Attachment.builder()
                                .contentId("cid:zpdf-0001")
                                .name("cong-van.pdf")
                                .contentType("application/zip")
                                .content(Vectors.sdkZip(
                                        "0b5d7c1e-8f3a-4c2d-9e6f-1a2b3c4d5e6f.pdf", Vectors.pdf("Zipped")))
                                .build()))
                        .build()));
        accept(
                "C-ATT-009",
                Level.SHOULD,
                "Decree 30/2020 Art. 5; QĐ 28/2018",
                "A new document without any attachment is still read",
                "Văn bản mới không có tệp đính kèm vẫn đọc được",
                () -> bytes(edoc().attachments(List.of()).build()));
        accept(
                "C-ATT-010",
                Level.MUST,
                att,
                "A 300 000-byte attachment: the decoded size must be exact",
                "Tệp đính kèm 300 000 byte: kích thước sau giải mã phải chính xác",
                () -> bytes(edoc().attachments(List.of(Attachment.builder()
                                .contentId("cid:big-0001")
                                .name("ban-do.pdf")
                                .contentType("application/pdf")
                                .content(concat(
                                        Vectors.pdf("Ban do"),
                                        Vectors.filler(300_000 - Vectors.pdf("Ban do").length, 3)))
                                .build()))
                        .build()));
        reject(
                "C-ATT-011",
                Level.MUST,
                att + " (base64)",
                "Reject: attachment content that is not base64",
                "Từ chối: nội dung tệp đính kèm không phải base64",
                () -> {
                    String s = new String(base(), UTF_8);
                    int a = s.indexOf("JVBERi0");
                    return utf8(s.substring(0, a) + "%%% not base64 ***" + s.substring(a + 7));
                });
        accept(
                "C-ATT-012",
                Level.SHOULD,
                "QCVN 102:2016 (ContentTransferEncoded)",
                "A zero-byte attachment is read (size 0)",
                "Tệp đính kèm 0 byte vẫn đọc được (kích thước 0)",
                () -> bytes(edoc().attachments(List.of(Attachment.builder()
                                .contentId("cid:empty-0001")
                                .name("trong.pdf")
                                .contentType("application/pdf")
                                .content(new byte[0])
                                .build()))
                        .build()));
        accept(
                "C-ATT-013",
                Level.MUST,
                att + "; spec §12.1.6",
                "The manifest says cid:<id>, the attachment the bare <id>: they are the same file",
                "Manifest ghi cid:<mã>, tệp đính kèm ghi <mã> không tiền tố: đó là cùng một tệp",
                () -> replace(base(), "<ContentId>cid:", "<ContentId>"));
    }

    // ------------------------------------------------------------------------------------------------ PDF
    private void pdf() {
        String clause = "QĐ 28/2018; Decree 30/2020 Art. 5 (PDF signed); PAdES B-B";
        accept(
                "C-PDF-001",
                Level.MUST,
                clause,
                "A PDF signed with PAdES by the test PKI, carried raw",
                "Tệp PDF ký số PAdES bằng PKI thử nghiệm, không nén",
                () -> bytes(edoc().attachments(List.of(Attachment.builder()
                                .contentId("cid:spdf-0001")
                                .name("quyet-dinh-da-ky.pdf")
                                .contentType("application/pdf")
                                .content(v.signedPdf())
                                .build()))
                        .build()));
        accept(
                "C-PDF-002",
                Level.MUST,
                clause + "; [official SDK] zip convention",
                "A signed PDF zipped by the official SDK's convention",
                "Tệp PDF đã ký được nén theo quy ước của SDK chính thức",
                () -> bytes(edoc().attachments(List.of(Attachment.builder()
                                .contentId("cid:spdf-0002")
                                .name("quyet-dinh-da-ky.pdf")
                                .contentType("application/zip")
                                .content(Vectors.sdkZip("7d9f8e2a-1b3c-4d5e-8f90-a1b2c3d4e5f6.pdf", v.signedPdf()))
                                .build()))
                        .build()));
        accept(
                "C-PDF-003",
                Level.SHOULD,
                clause,
                "A signed PDF changed after signing: the package is read; the PDF's signature is the receiver's check",
                "Tệp PDF đã ký bị sửa sau khi ký: gói tin vẫn đọc được; chữ ký của PDF do bên nhận kiểm tra",
                () -> bytes(edoc().attachments(List.of(Attachment.builder()
                                .contentId("cid:spdf-0003")
                                .name("quyet-dinh-da-ky.pdf")
                                .contentType("application/pdf")
                                .content(flipByte(v.signedPdf(), "Cong van so 9"))
                                .build()))
                        .build()));
        reject(
                "C-PDF-004",
                Level.MUST,
                clause + "; axis receiver",
                "Reject: a signed PDF changed after signing (a byte of its signed text)",
                "Từ chối: tệp PDF đã ký bị sửa sau khi ký (một byte của nội dung đã ký)",
                () -> bytes(edoc().attachments(List.of(Attachment.builder()
                                .contentId("cid:spdf-0004")
                                .name("quyet-dinh-da-ky.pdf")
                                .contentType("application/pdf")
                                .content(flipByte(v.signedPdf(), "Cong van so 9"))
                                .build()))
                        .build()));
        reject(
                "C-PDF-005",
                Level.MUST,
                clause + "; PDF shadow attack (pdf-insecurity.org)",
                "Reject: a shadow attack, an update after signing that redefines the signed page's font",
                "Từ chối: tấn công shadow, bản cập nhật sau khi ký định nghĩa lại phông chữ của trang đã ký",
                () -> bytes(edoc().attachments(List.of(Attachment.builder()
                                .contentId("cid:spdf-0005")
                                .name("quyet-dinh-da-ky.pdf")
                                .contentType("application/pdf")
                                .content(
                                        Vectors.appendUpdate(
                                                v.signedPdf(),
                                                5,
                                                "<< /Type /Font /Subtype /Type1 "
                                                        + "/BaseFont /Helvetica /Encoding << /Type /Encoding /Differences [57 /one] >> >>"))
                                .build()))
                        .build()));
    }

    // ------------------------------------------------------------------------------------------------ SIG
    private void signatures() {
        String sig = "QCVN 102:2016 (Signature, W3C XML-DSig); QĐ 28/2018";
        accept(
                "C-SIG-001",
                Level.MUST,
                sig,
                "A valid XML-DSig signature by the test PKI over the whole package",
                "Chữ ký XML-DSig hợp lệ của PKI thử nghiệm, bao trùm toàn bộ gói tin",
                () -> bytes(v.sign(edoc().build())));
        accept(
                "C-SIG-002",
                Level.SHOULD,
                sig + "; spec §5.1 (a) [official SDK] placeholder",
                "The official SDK's legacy placeholder Signature: read, reported as not a signature",
                "Khối Signature giữ chỗ của SDK chính thức: vẫn đọc, báo là không phải chữ ký",
                () -> bytes(edoc().signature(legacyPlaceholder()).build()));
        reject(
                "C-SIG-003",
                Level.SHOULD,
                sig,
                "Reject: a byte of the subject changed after signing (broken signature)",
                "Từ chối: một byte của trích yếu bị sửa sau khi ký (chữ ký hỏng)",
                () -> flipByte(bytes(v.sign(edoc().build())), "V/v"));
        reject(
                "C-SIG-004",
                Level.SHOULD,
                sig,
                "Reject: signed by a CA the receiver does not trust (untrusted signer)",
                "Từ chối: ký bởi tổ chức chứng thực mà bên nhận không tin cậy",
                () -> bytes(Vectors.sign(edoc().build(), v.pki.untrustedSigner())));
        reject(
                "C-SIG-005",
                Level.SHOULD,
                sig,
                "Reject: a byte of the attachment changed after signing",
                "Từ chối: một byte của tệp đính kèm bị sửa sau khi ký",
                () -> flipByte(bytes(v.sign(edoc().build())), "JVBERi0"));
        reject(
                "C-SIG-006",
                Level.SHOULD,
                sig,
                "Reject: the SignatureValue changed (signature does not verify)",
                "Từ chối: SignatureValue bị sửa (chữ ký không kiểm tra được)",
                () -> {
                    byte[] signed = bytes(v.sign(edoc().build()));
                    String s = new String(signed, UTF_8);
                    int at = s.indexOf("<SignatureValue>") + "<SignatureValue>".length() + 10;
                    char c = s.charAt(at);
                    return utf8(s.substring(0, at) + (c == 'A' ? 'B' : 'A') + s.substring(at + 1));
                });
        reject(
                "C-SIG-007",
                Level.MUST,
                sig + "; XML signature wrapping",
                "Reject: a second, forged MessageHeader wrapped into a signed package",
                "Từ chối: một MessageHeader thứ hai, giả mạo, được chèn vào gói tin đã ký",
                () -> {
                    String s = new String(bytes(v.sign(edoc().build())), UTF_8);
                    int a = s.indexOf("<edXML:MessageHeader>");
                    int b = s.indexOf("</edXML:MessageHeader>") + "</edXML:MessageHeader>".length();
                    String forged = s.substring(a, b).replace(SUBJECT, "V/v chuyển khoản gấp");
                    return utf8(s.substring(0, a) + forged + "\r\n    " + s.substring(a));
                });
        accept(
                "C-SIG-008",
                Level.MUST,
                sig + "; Unicode NFD",
                "A valid signature over a decomposed (NFD) subject: nothing may be normalised before verifying",
                "Chữ ký hợp lệ trên trích yếu dạng tổ hợp (NFD): không được chuẩn hóa trước khi kiểm tra",
                () -> bytes(v.sign(
                        edoc().header(header().subject(NFD_SUBJECT).build()).build())));
        accept(
                "C-SIG-009",
                Level.SHOULD,
                sig + "; QCVN 102:2016 (status package)",
                "A signed status package",
                "Gói tin trạng thái có chữ ký số",
                () -> bytes(v.sign(status(statusHeader(StatusCode.ACCEPTED).build()))));
        accept(
                "C-SIG-010",
                Level.MUST,
                sig,
                "A valid signature over three attachments",
                "Chữ ký hợp lệ trên gói tin có ba tệp đính kèm",
                () -> bytes(v.sign(edoc().addAttachment(Vectors.pdfAttachment("cid:p2", "phu-luc-1.pdf", 2))
                        .addAttachment(Vectors.pdfAttachment("cid:p3", "phu-luc-2.pdf", 3))
                        .build())));
        reject(
                "C-SIG-011",
                Level.SHOULD,
                sig + "; spec §5.3 (one reference URI=\"\")",
                "Reject: a valid signature that covers only its signing time, not the package (partial coverage)",
                "Từ chối: chữ ký hợp lệ nhưng chỉ bao trùm thời điểm ký, không bao trùm gói tin",
                () -> v.partiallySigned(edoc().build()));
        accept(
                "C-SIG-012",
                Level.SHOULD,
                sig + "; relay-tolerant profile (XPath Filter 2.0 over TraceHeader)",
                "A signed package a relay extended with a TraceHeader hop after signing: still valid",
                "Gói tin đã ký được trạm chuyển tiếp thêm một bước TraceHeader sau khi ký: vẫn hợp lệ",
                () -> Vectors.relayed(bytes(v.sign(edoc().build())), "000.00.00.H41"));
        reject(
                "C-SIG-013",
                Level.SHOULD,
                sig + "; SHA-1 is broken (no legacy switch)",
                "Reject: signed with RSA-SHA1 (a receiver needs an explicit legacy switch to accept SHA-1)",
                "Từ chối: ký bằng RSA-SHA1 (bên nhận chỉ chấp nhận SHA-1 khi bật rõ chế độ tương thích cũ)",
                () -> v.signSha1(edoc().build()));
        extra.put("C-SIG-014", Map.of("signature.senderBinding.status", "mismatch"));
        accept(
                "C-SIG-014",
                Level.MUST,
                sig + "; sender binding (From vs. the signer's certificate)",
                "Report (or reject): a valid signature by another agency than the sender (signature.senderBinding)",
                "Báo (hoặc từ chối): chữ ký hợp lệ nhưng của cơ quan khác với đơn vị gửi (signature.senderBinding)",
                () -> bytes(v.sign(edoc().header(header().from(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                                .to(List.of(Organization.of(SENDER, "Văn phòng Chính phủ")))
                                .build())
                        .build())));
    }

    /** The shape the official SDK writes: XML-DSig element names in the edXML namespace, constant values. */
    private static SignatureBlock legacyPlaceholder() {
        String ns = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
        return new SignatureBlock(el(
                ns,
                "Signature",
                el(
                        ns,
                        "SignedInfo",
                        el(ns, "CanonicalizationMethod", Map.of("Algorithm", "http://www.w3.org/TR/xml-exc-c14n#")),
                        el(ns, "SignatureMethod", Map.of("Algorithm", "http://www.w3.org/2000/09/xmldsig#rsa-sha1"))),
                el(ns, "SignatureValue", new XmlText("GbVb8n9+qFxz466Ag0sbpVdLPs2R0+9JBekp12Uy")),
                el(
                        ns,
                        "KeyInfo",
                        el(
                                ns,
                                "X509Data",
                                el(ns, "X509SubjectName", new XmlText("CN=user05")),
                                el(ns, "X509Certificate", new XmlText("MIIFqTCCBJG"))))));
    }

    private static XmlElement el(String ns, String name, Map<String, String> attrs, XmlNode... children) {
        return new XmlElement(ns, name, attrs, List.of(children));
    }

    private static XmlElement el(String ns, String name, XmlNode... children) {
        return el(ns, name, Map.of(), children);
    }

    // ------------------------------------------------------------------------------------------------ STA
    private void statusCases() {
        String sta = "QCVN 102:2016 (gói tin trạng thái); QĐ 28/2018 (9 codes)";
        List<StatusCode> codes = StatusCode.known();
        for (int i = 0; i < codes.size(); i++) {
            StatusCode code = codes.get(i);
            String desc = "Trạng thái " + code.code() + ": " + code.nameVi();
            accept(
                    String.format(java.util.Locale.ROOT, "C-STA-%03d", i + 1),
                    Level.MUST,
                    sta,
                    "Status " + code.code() + " (" + code.nameEn() + ")",
                    "Trạng thái " + code.code() + " (" + code.nameVi() + ")",
                    () -> bytes(status(statusHeader(code).description(desc).build())));
        }
        accept(
                "C-STA-010",
                Level.SHOULD,
                sta,
                "An unknown status code (07) is read and reported as written",
                "Mã trạng thái không có trong danh mục (07) vẫn đọc và báo nguyên văn",
                () -> bytes(status(
                        statusHeader(StatusCode.of("07")).description("Mã lạ").build())));
        reject(
                "C-STA-011",
                Level.MUST,
                "QCVN 102:2016 (gói tin trạng thái)",
                "Reject: a status package that carries an attachment",
                "Từ chối: gói tin trạng thái mang tệp đính kèm",
                () -> {
                    String s = new String(base(), UTF_8);
                    String st = new String(
                            bytes(status(statusHeader(StatusCode.ARRIVED).build())), UTF_8);
                    int a = s.indexOf("<AttachmentEncoded");
                    int b = s.indexOf("</AttachmentEncoded>") + "</AttachmentEncoded>".length();
                    int end = st.lastIndexOf("</edXML>");
                    return utf8(st.substring(0, end) + "  " + s.substring(a, b) + "\r\n" + st.substring(end));
                });
        reject(
                "C-STA-012",
                Level.MUST,
                "QCVN 102:2016 (gói tin trạng thái: StatusCode)",
                "Reject: an empty StatusCode",
                "Từ chối: StatusCode để trống",
                () -> replace(
                        bytes(status(statusHeader(StatusCode.ARRIVED).build())),
                        "<edXML:StatusCode>01<",
                        "<edXML:StatusCode><"));
        accept(
                "C-STA-013",
                Level.SHOULD,
                "QCVN 102:2016 (gói tin trạng thái: ResponseFor)",
                "A status without ResponseFor is read (the validator reports it)",
                "Gói tin trạng thái không có ResponseFor vẫn đọc được (bộ kiểm tra báo lỗi)",
                () -> bytes(status(
                        statusHeader(StatusCode.ARRIVED).responseFor(null).build())));
        accept(
                "C-STA-014",
                Level.SHOULD,
                "QCVN 102:2016 (gói tin trạng thái: Timestamp yyyy/MM/dd HH:mm:ss)",
                "A status Timestamp in ISO 8601 with an offset is still understood",
                "Timestamp của trạng thái viết ISO 8601 có múi giờ vẫn được hiểu",
                () -> replace(
                        bytes(status(statusHeader(StatusCode.FINISHED).build())),
                        ">2026/01/15 09:00:00<",
                        ">2026-01-15T09:00:00+07:00<"));
    }
}
