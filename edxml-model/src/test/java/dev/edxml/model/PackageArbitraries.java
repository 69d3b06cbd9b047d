package dev.edxml.model;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for valid edXML packages covering every field of the model.
 *
 * <p>"Valid" here means what a package can carry through writing and reading unchanged: text only of characters legal
 * in XML 1.0 and never empty (an empty string is an absent value); no container element without content (an empty
 * element is read as absent); codes, identifiers, dates and timestamps without surrounding whitespace (they are read
 * trimmed); extension elements whose local names start with {@code X} (so they never collide with a modelled element)
 * and whose children are either one non-blank text or elements only; a status package always has a status code and
 * no body. Everything else varies: Vietnamese text in NFC and NFD, XML metacharacters, CR, LF and tabs, leading and
 * trailing spaces, supplementary characters, known and unknown codes, canonical and odd dates, absent and present
 * optionals, empty and non-empty lists, signatures of both kinds, attachments of 0–2000 random bytes.
 */
// test code patched into the module: its public methods return jqwik types, which the module does not export
@SuppressWarnings("exports")
public final class PackageArbitraries {
    /** The edXML namespace. */
    public static final String EDXML_NS = SpecVersion.QCVN_102_2016.namespace();
    /** Namespaces of generated extension elements. */
    public static final List<String> EXTENSION_NAMESPACES =
            List.of(EDXML_NS, "", "urn:x-vendor", "http://example.org/ns/ext#v1");

    static final List<String> VIETNAMESE = List.of(
            "Hà Nội",
            "Văn phòng Chính phủ",
            "Bộ Tài chính",
            "Công văn",
            "V/v kết nối, liên thông phần mềm quản lý văn bản",
            "Đặng Thị Hương",
            "đ",
            "Đ",
            "Thượng khẩn",
            "Hỏa tốc",
            "Ủy ban nhân dân tỉnh Nghệ An",
            "TL. BỘ TRƯỞNG",
            "ỹữựằẵẩ",
            "Lưu hành nội bộ",
            "Nguyễn Văn Ánh",
            "Số: 7816/VPCP-TTĐT",
            "Giấy mời họp",
            "Phường Điện Biên, quận Ba Đình");
    static final List<String> NFD = VIETNAMESE.stream()
            .map(s -> Normalizer.normalize(s, Normalizer.Form.NFD))
            .filter(s -> !s.equals(Normalizer.normalize(s, Normalizer.Form.NFC)))
            .toList();
    static final List<String> XML_SPECIALS = List.of(
            "&",
            "<",
            ">",
            "\"",
            "'",
            "]]>",
            "&amp;",
            "<![CDATA[x]]>",
            "<!-- c -->",
            "&#13;",
            "a&b<c>d\"e'f",
            "<?pi x?>",
            "{0}",
            "\\",
            "%s",
            "xmlns:a=\"b\"");
    static final List<String> SPACES = List.of(" ", "  ", "\t", "\n", "\r\n", "\r", "\r\r\n", " \n ", "\n\n");
    static final List<String> EXOTIC = List.of(
            "😀",
            "\uD840\uDC00",
            "\u0085",
            "\u2028",
            "\u00A0",
            "\uFEFF",
            "\uFFFD",
            "\u0301",
            "\u200B",
            "\u007F",
            "\u0080\u009F",
            "\uE000",
            "\uFDD0",
            "\u00AD");

    private PackageArbitraries() {}

    // ------------------------------------------------------------------ text

    /** Non-empty text of XML-legal characters, possibly with surrounding whitespace, NFD, metacharacters and CR. */
    public static Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(VIETNAMESE)),
                Tuple.of(2, Arbitraries.of(NFD)),
                Tuple.of(
                        3,
                        Arbitraries.strings()
                                .withCharRange(' ', '~')
                                .ofMinLength(1)
                                .ofMaxLength(10)),
                Tuple.of(
                        1,
                        Arbitraries.strings()
                                .withCharRange('\u00C0', '\u1EF9')
                                .ofMinLength(1)
                                .ofMaxLength(4)),
                Tuple.of(2, Arbitraries.of(XML_SPECIALS)),
                Tuple.of(2, Arbitraries.of(SPACES)),
                Tuple.of(1, Arbitraries.of(EXOTIC)));
        return piece.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
    }

    /** Non-empty text without leading or trailing whitespace: for codes, identifiers, dates. */
    public static Arbitrary<String> tidyText() {
        return text().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Text that is not whitespace only (for the text child of an extension element). */
    public static Arbitrary<String> nonBlankText() {
        return text().filter(s -> !s.isBlank());
    }

    private static Arbitrary<Optional<String>> maybeText(double p) {
        return text().optional(p);
    }

    private static Arbitrary<Integer> smallInts() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(0, 1)),
                Tuple.of(1, Arbitraries.integers().between(0, 100_000)));
    }

    private static <T extends Record> Predicate<T> nonEmpty() {
        return ModelWalk::hasContent;
    }

    // ------------------------------------------------------------------ codes, identifiers, dates

    /** A code of an open list: one of the named codes or an unknown code (non-blank, no surrounding whitespace). */
    public static <T extends OpenCode> Arbitrary<T> code(List<T> known, Function<String, T> of) {
        Arbitrary<String> unknown =
                Arbitraries.oneOf(tidyText(), Arbitraries.of("71", "99", "00", "007", "-1", "18", "1.0", "A"));
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(known)), Tuple.of(1, unknown.map(of)));
    }

    public static Arbitrary<StatusCode> statusCodes() {
        return code(StatusCode.known(), StatusCode::of);
    }

    public static Arbitrary<OrganId> organIds() {
        return Arbitraries.frequencyOf(
                        Tuple.of(
                                3,
                                Arbitraries.of(
                                        "000.00.00.G22",
                                        "000.00.00.H41",
                                        "002.00.20.H13",
                                        "G12",
                                        "G12.01",
                                        "H37.02.02",
                                        "H37.DN.001",
                                        "020100107370",
                                        "vxp.saas.03",
                                        "28.22.H17",
                                        "02.29.W00",
                                        "001.00.20.TT2",
                                        "null")),
                        Tuple.of(1, tidyText()))
                .map(OrganId::of);
    }

    private static Arbitrary<LocalDate> localDates() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(1900, 1, 1).toEpochDay(),
                        LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** Dates in the regulation's format, in the variants seen in the wild, impossible dates and any text. */
    public static Arbitrary<EdxmlDate> dates() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, localDates().map(EdxmlDate::of)),
                Tuple.of(1, localDates().map(d -> EdxmlDate.parse(d.format(DateTimeFormatter.ISO_LOCAL_DATE)))),
                Tuple.of(
                        1,
                        localDates()
                                .map(d -> EdxmlDate.parse(
                                        d.format(DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT))))),
                Tuple.of(
                        1,
                        Arbitraries.of("2014/02/30", "30/10/2020", "2015/9/30", "0000/00/00", "2015/09/30 00:00")
                                .map(EdxmlDate::parse)),
                Tuple.of(1, tidyText().map(EdxmlDate::parse)));
    }

    private static Arbitrary<Instant> instants() {
        return Arbitraries.longs()
                .between(0, Instant.parse("2100-01-01T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
    }

    /** Timestamps in the regulation's format, ISO 8601 with an offset, impossible ones and any text. */
    public static Arbitrary<EdxmlTimestamp> timestamps() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, instants().map(EdxmlTimestamp::of)),
                Tuple.of(
                        1,
                        Combinators.combine(instants(), Arbitraries.integers().between(-12, 14))
                                .as((i, h) -> EdxmlTimestamp.parse(OffsetDateTime.ofInstant(i, ZoneOffset.ofHours(h))
                                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)))),
                Tuple.of(
                        1,
                        Arbitraries.of(
                                        "2018/09/28 24:00:00",
                                        "2018/02/30 10:00:00",
                                        "28/09/2018 17:25:11",
                                        "2018-09-28T10:25:11Z",
                                        "2018/09/28")
                                .map(EdxmlTimestamp::parse)),
                Tuple.of(1, tidyText().map(EdxmlTimestamp::parse)));
    }

    // ------------------------------------------------------------------ unknown content

    /** An XML NCName starting with {@code X} (and not with the reserved {@code xml}). */
    public static Arbitrary<String> extensionName() {
        return Combinators.combine(
                        Arbitraries.of("abcdefghijklnopqrstuvwxyzABCDEFGHIJKLNOPQRSTUVWXYZ_".toCharArray()),
                        Arbitraries.strings()
                                .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-đơưĐ")
                                .ofMaxLength(6))
                .as((c, s) -> "X" + c + s);
    }

    /** Unqualified attributes, values possibly empty or with whitespace and metacharacters. */
    public static Arbitrary<Map<String, String>> attributes(int max) {
        return Arbitraries.maps(
                        extensionName(),
                        Arbitraries.frequencyOf(Tuple.of(5, text()), Tuple.of(1, Arbitraries.just(""))))
                .ofMaxSize(max);
    }

    /** An element tree of at most {@code depth} further levels: each element has no child, one text, or elements. */
    public static Arbitrary<XmlElement> xmlElement(int depth) {
        Arbitrary<List<XmlNode>> textChild = nonBlankText().map(t -> List.of(new XmlText(t)));
        Arbitrary<List<XmlNode>> children = depth <= 0
                ? Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())), Tuple.of(3, textChild))
                : Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(List.of())),
                        Tuple.of(2, textChild),
                        Tuple.of(
                                2,
                                Arbitraries.lazy(() -> xmlElement(depth - 1))
                                        .list()
                                        .ofMinSize(1)
                                        .ofMaxSize(2)
                                        .map(l -> (List<XmlNode>) new ArrayList<XmlNode>(l))));
        return Combinators.combine(Arbitraries.of(EXTENSION_NAMESPACES), extensionName(), attributes(2), children)
                .as(XmlElement::new);
    }

    /** Unknown content: mostly none, sometimes elements and attributes. */
    public static Arbitrary<Extensions> extensions() {
        Arbitrary<Extensions> some = Combinators.combine(xmlElement(2).list().ofMaxSize(2), attributes(2))
                .as(Extensions::new)
                .filter(e -> !e.isEmpty());
        return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(Extensions.NONE)), Tuple.of(1, some));
    }

    /**
     * Unknown content of an owner into which a container was folded: sometimes a kept copy of the {@code container}
     * (attributes and unknown children, no items), last, as the reader keeps it.
     */
    public static Arbitrary<Extensions> extensionsKeeping(String container) {
        Arbitrary<XmlElement> kept = Combinators.combine(
                        attributes(2), xmlElement(1).list().ofMaxSize(2))
                .as((a, c) -> new XmlElement(EDXML_NS, container, a, new ArrayList<XmlNode>(c)));
        return Combinators.combine(extensions(), kept.optional(0.15)).as((e, k) -> {
            if (k.isEmpty()) {
                return e;
            }
            List<XmlElement> all = new ArrayList<>(e.elements());
            all.add(k.get());
            return new Extensions(all, e.attributes());
        });
    }

    /** Unknown content of {@code edXMLHeader}: sometimes a kept copy of {@code TraceHeaderList}, first. */
    public static Arbitrary<Extensions> headerExtensions() {
        Arbitrary<XmlElement> kept = Combinators.combine(
                        attributes(2), xmlElement(1).list().ofMaxSize(2))
                .as((a, c) -> new XmlElement(EDXML_NS, "TraceHeaderList", a, new ArrayList<XmlNode>(c)));
        return Combinators.combine(extensions(), kept.optional(0.1)).as((e, k) -> {
            if (k.isEmpty()) {
                return e;
            }
            List<XmlElement> all = new ArrayList<>();
            all.add(k.get());
            all.addAll(e.elements());
            return new Extensions(all, e.attributes());
        });
    }

    // ------------------------------------------------------------------ signature

    private static Arbitrary<String> base64(int min, int max) {
        return Arbitraries.bytes()
                .array(byte[].class)
                .ofMinSize(min)
                .ofMaxSize(max)
                .map(b -> Base64.getEncoder().encodeToString(b));
    }

    private static XmlElement el(String ns, String name, Map<String, String> attrs, XmlNode... children) {
        return new XmlElement(ns, name, attrs, List.of(children));
    }

    private static XmlElement el(String ns, String name, XmlNode... children) {
        return el(ns, name, Map.of(), children);
    }

    private static XmlElement alg(String ns, String name, String algorithm) {
        return el(ns, name, Map.of("Algorithm", algorithm));
    }

    /**
     * Signature blocks: the SDK's placeholder (edXML namespace) or an XML-DSig tree, small or complete.
     */
    public static Arbitrary<SignatureBlock> signatures() {
        Arbitrary<String> ns = Arbitraries.of(EDXML_NS, SignatureBlock.XMLDSIG_NS);
        Arbitrary<XmlElement> small = Combinators.combine(ns, base64(1, 40))
                .as((n, v) -> el(n, "Signature", el(n, "SignatureValue", new XmlText(v))));
        Arbitrary<XmlElement> full = Combinators.combine(
                        ns,
                        base64(20, 32),
                        base64(64, 256),
                        base64(8, 120),
                        Arbitraries.of(
                                "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
                                "http://www.w3.org/2001/10/xml-exc-c14n#"),
                        Arbitraries.of("CN=user05", "CN=Nguyễn Văn A, O=Ban Cơ yếu Chính phủ, C=VN", ""))
                .as((n, digest, value, cert, c14n, subject) -> el(
                        n,
                        "Signature",
                        el(
                                n,
                                "SignedInfo",
                                alg(n, "CanonicalizationMethod", c14n),
                                alg(n, "SignatureMethod", "http://www.w3.org/2000/09/xmldsig#rsa-sha1"),
                                el(
                                        n,
                                        "Reference",
                                        Map.of("URI", ""),
                                        el(
                                                n,
                                                "Transforms",
                                                alg(
                                                        n,
                                                        "Transform",
                                                        "http://www.w3.org/2000/09/xmldsig#enveloped-signature"),
                                                alg(n, "Transform", "http://www.w3.org/TR/xml-exc-c14n#")),
                                        alg(n, "DigestMethod", "http://www.w3.org/2000/09/xmldsig#sha1"),
                                        el(n, "DigestValue", new XmlText(digest)))),
                        el(n, "SignatureValue", new XmlText(value)),
                        el(
                                n,
                                "KeyInfo",
                                el(
                                        n,
                                        "X509Data",
                                        subject.isEmpty()
                                                ? el(n, "X509SubjectName")
                                                : el(n, "X509SubjectName", new XmlText(subject)),
                                        el(n, "X509Certificate", new XmlText(cert))))));
        return Arbitraries.oneOf(small, full).map(SignatureBlock::new);
    }

    // ------------------------------------------------------------------ header parts

    public static Arbitrary<Organization> organizations() {
        return Builders.withBuilder(Organization::builder)
                .use(organIds())
                .withProbability(0.85)
                .in(Organization.Builder::organId)
                .use(text())
                .withProbability(0.3)
                .in(Organization.Builder::organizationInCharge)
                .use(text())
                .withProbability(0.7)
                .in(Organization.Builder::name)
                .use(text())
                .withProbability(0.3)
                .in(Organization.Builder::address)
                .use(text())
                .withProbability(0.3)
                .in(Organization.Builder::email)
                .use(text())
                .withProbability(0.3)
                .in(Organization.Builder::telephone)
                .use(text())
                .withProbability(0.2)
                .in(Organization.Builder::fax)
                .use(text())
                .withProbability(0.2)
                .in(Organization.Builder::website)
                .use(extensions())
                .in(Organization.Builder::extensions)
                .build(Organization.Builder::build)
                .filter(nonEmpty());
    }

    public static Arbitrary<DocumentCode> documentCodes() {
        return Combinators.combine(maybeText(0.8), maybeText(0.8), extensions())
                .as(DocumentCode::new)
                .filter(nonEmpty());
    }

    public static Arbitrary<PromulgationInfo> promulgationInfos() {
        return Combinators.combine(maybeText(0.7), dates().optional(0.8), extensions())
                .as(PromulgationInfo::new)
                .filter(nonEmpty());
    }

    public static Arbitrary<DocumentType> documentTypes() {
        Arbitrary<Optional<String>> names =
                Arbitraries.oneOf(Arbitraries.of(DocumentType.catalogue()).map(DocumentType::name), maybeText(0.6));
        return Combinators.combine(
                        code(DocumentCategory.known(), DocumentCategory::of).optional(0.8),
                        smallInts().optional(0.6),
                        names,
                        extensions())
                .as(DocumentType::new)
                .filter(nonEmpty());
    }

    public static Arbitrary<SignerInfo> signerInfos() {
        return Combinators.combine(maybeText(0.6), maybeText(0.6), maybeText(0.6), extensions())
                .as(SignerInfo::new)
                .filter(nonEmpty());
    }

    public static Arbitrary<OtherInfo> otherInfos() {
        return Builders.withBuilder(OtherInfo::builder)
                .use(code(Priority.known(), Priority::of))
                .withProbability(0.8)
                .in(OtherInfo.Builder::priority)
                .use(text())
                .withProbability(0.4)
                .in(OtherInfo.Builder::sphereOfPromulgation)
                .use(text())
                .withProbability(0.4)
                .in(OtherInfo.Builder::typerNotation)
                .use(smallInts())
                .withProbability(0.5)
                .in(OtherInfo.Builder::promulgationAmount)
                .use(smallInts())
                .withProbability(0.5)
                .in(OtherInfo.Builder::pageAmount)
                .use(text())
                .withProbability(0.2)
                .in(OtherInfo.Builder::replyFors)
                .use(Arbitraries.of(true, false))
                .withProbability(0.5)
                .in(OtherInfo.Builder::direction)
                .use(text())
                .withProbability(0.2)
                .in(OtherInfo.Builder::referenceCodes)
                .use(text().list().ofMaxSize(3))
                .in(OtherInfo.Builder::appendixes)
                .use(extensions())
                .in(OtherInfo.Builder::extensions)
                .build(OtherInfo.Builder::build)
                .filter(nonEmpty());
    }

    public static Arbitrary<ResponseFor> responseFors() {
        return Combinators.combine(
                        organIds().optional(0.8), maybeText(0.7), maybeText(0.7), dates().optional(0.6), extensions())
                .as(ResponseFor::new)
                .filter(nonEmpty());
    }

    public static Arbitrary<MessageHeader> messageHeaders() {
        return Builders.withBuilder(MessageHeader::builder)
                .use(organizations())
                .withProbability(0.85)
                .in(MessageHeader.Builder::from)
                .use(organizations().list().ofMaxSize(3))
                .in(MessageHeader.Builder::to)
                .use(text())
                .withProbability(0.7)
                .in(MessageHeader.Builder::documentId)
                .use(documentCodes())
                .withProbability(0.7)
                .in(MessageHeader.Builder::code)
                .use(promulgationInfos())
                .withProbability(0.7)
                .in(MessageHeader.Builder::promulgationInfo)
                .use(documentTypes())
                .withProbability(0.7)
                .in(MessageHeader.Builder::documentType)
                .use(text())
                .withProbability(0.7)
                .in(MessageHeader.Builder::subject)
                .use(text())
                .withProbability(0.5)
                .in(MessageHeader.Builder::content)
                .use(signerInfos())
                .withProbability(0.5)
                .in(MessageHeader.Builder::signerInfo)
                .use(dates())
                .withProbability(0.4)
                .in(MessageHeader.Builder::dueDate)
                .use(text().list().ofMaxSize(3))
                .in(MessageHeader.Builder::toPlaces)
                .use(otherInfos())
                .withProbability(0.6)
                .in(MessageHeader.Builder::otherInfo)
                .use(responseFors().list().ofMaxSize(2))
                .in(MessageHeader.Builder::responseFor)
                .use(code(SteeringType.known(), SteeringType::of))
                .withProbability(0.6)
                .in(MessageHeader.Builder::steeringType)
                .use(text().list().ofMaxSize(2))
                .in(MessageHeader.Builder::responseForTask)
                .use(text())
                .withProbability(0.3)
                .in(MessageHeader.Builder::applicationType)
                .use(extensions())
                .in(MessageHeader.Builder::extensions)
                .build(MessageHeader.Builder::build);
    }

    // ------------------------------------------------------------------ trace and business

    public static Arbitrary<StaffInfo> staffInfos() {
        return Combinators.combine(
                        maybeText(0.6),
                        maybeText(0.3),
                        maybeText(0.6),
                        maybeText(0.3),
                        maybeText(0.5),
                        maybeText(0.5),
                        extensions())
                .as(StaffInfo::new)
                .filter(nonEmpty());
    }

    public static Arbitrary<Receiver> receivers() {
        return Combinators.combine(
                        organIds().optional(0.8),
                        code(ReceiverType.known(), ReceiverType::of).optional(0.8),
                        extensions())
                .as(Receiver::new)
                .filter(nonEmpty());
    }

    public static Arbitrary<BusinessDocumentInfo> businessDocumentInfos() {
        return Combinators.combine(
                        smallInts().optional(0.8),
                        smallInts().optional(0.8),
                        receivers().list().ofMaxSize(3),
                        extensionsKeeping("ReceiverList"))
                .as(BusinessDocumentInfo::new)
                .filter(nonEmpty());
    }

    public static Arbitrary<ReplacementInfo> replacementInfos() {
        return Combinators.combine(maybeText(0.8), organIds().list().ofMaxSize(3), extensionsKeeping("OrganIdList"))
                .as(ReplacementInfo::new)
                .filter(nonEmpty());
    }

    public static Arbitrary<Business> businesses() {
        return Combinators.combine(
                        maybeText(0.5),
                        code(BusinessDocType.known(), BusinessDocType::of).optional(0.9),
                        maybeText(0.7),
                        smallInts().optional(0.6),
                        businessDocumentInfos().list().ofMaxSize(2),
                        replacementInfos().list().ofMaxSize(3),
                        staffInfos().list().ofMaxSize(2),
                        extensionsKeeping("ReplacementInfoList"))
                .as(Business::new)
                .filter(nonEmpty());
    }

    public static Arbitrary<TraceHeader> traceHeaders() {
        return Combinators.combine(organIds().optional(0.8), timestamps().optional(0.8), extensions())
                .as(TraceHeader::new)
                .filter(nonEmpty());
    }

    // ------------------------------------------------------------------ body

    public static Arbitrary<String> contentIds() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, uuids()),
                Tuple.of(1, uuids().map(u -> "cid:" + u)),
                Tuple.of(1, Arbitraries.of("cid:209", "cid:test-123", "209", "CID:x")),
                Tuple.of(1, tidyText()));
    }

    private static Arbitrary<String> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as((a, b) -> new UUID(a, b).toString());
    }

    private static Arbitrary<String> fileNames() {
        return Arbitraries.frequencyOf(
                Tuple.of(
                        2,
                        Arbitraries.of(
                                "7816_VPCP-TTĐT.pdf",
                                "Công văn số 12.doc",
                                "phu-luc.docx",
                                "a.zip",
                                "Báo cáo.xlsx",
                                "noextension")),
                Tuple.of(1, text()));
    }

    private static Arbitrary<String> contentTypes() {
        return Arbitraries.frequencyOf(
                Tuple.of(
                        3,
                        Arbitraries.of(
                                "application/pdf",
                                "application/zip",
                                "application/msword",
                                "text/plain",
                                "application/docx")),
                Tuple.of(1, text()));
    }

    public static Arbitrary<AttachmentContent> attachmentContents() {
        return Arbitraries.bytes()
                .array(byte[].class)
                .ofMinSize(0)
                .ofMaxSize(2000)
                .map(AttachmentContent::ofBytes);
    }

    public static Arbitrary<Attachment> attachments() {
        var first = Combinators.combine(
                        contentIds().optional(0.9), fileNames().optional(0.9), maybeText(0.5), maybeText(0.2))
                .as(Tuple::of);
        var second = Combinators.combine(
                        maybeText(0.2), contentTypes().optional(0.8), maybeText(0.2), attachmentContents())
                .as(Tuple::of);
        return Combinators.combine(first, second, extensions())
                .as((a, b, e) -> new Attachment(
                        a.get1(), a.get2(), a.get3(), a.get4(), b.get1(), b.get2(), b.get3(), b.get4(), e))
                // the synthesised manifest reference must not be empty (an empty element reads as absent)
                .filter(x -> ModelWalk.hasContent(ManifestReference.of(x)));
    }

    public static Arbitrary<ManifestReference> manifestReferences() {
        return Combinators.combine(
                        contentIds().optional(0.9),
                        contentTypes().optional(0.7),
                        maybeText(0.5),
                        fileNames().optional(0.8),
                        extensions())
                .as(ManifestReference::new)
                .filter(nonEmpty());
    }

    /** Explicit manifests, which need not agree with the attachments (real packages disagree too). */
    public static Arbitrary<Manifest> manifests() {
        return Combinators.combine(
                        Arbitraries.frequencyOf(
                                Tuple.of(4, Arbitraries.just(Optional.of(Manifest.DEFAULT_VERSION))),
                                Tuple.of(1, tidyText().optional(0.5))),
                        manifestReferences().list().ofMaxSize(3),
                        extensions())
                .as(Manifest::new)
                .filter(nonEmpty());
    }

    // ------------------------------------------------------------------ packages

    /** Document packages; the manifest is synthesised from the attachments, explicit, or absent. */
    public static Arbitrary<EdocPackage> edocPackages() {
        return Builders.withBuilder(EdocPackage::builder)
                .use(messageHeaders())
                .in(EdocPackage.Builder::header)
                .use(businesses())
                .withProbability(0.6)
                .in(EdocPackage.Builder::business)
                .use(traceHeaders().list().ofMaxSize(3))
                .withProbability(0.7)
                .in(EdocPackage.Builder::traceHeaders)
                .use(signatures())
                .withProbability(0.3)
                .in(EdocPackage.Builder::signature)
                .use(attachments().list().ofMaxSize(3))
                .in(EdocPackage.Builder::attachments)
                .use(manifests())
                .withProbability(0.25)
                .in(EdocPackage.Builder::manifest)
                .use(Arbitraries.just(true))
                .withProbability(0.15)
                .in((b, x) -> b.noManifest())
                .use(extensions())
                .in(EdocPackage.Builder::rootExtensions)
                .use(extensions())
                .in(EdocPackage.Builder::envelopeExtensions)
                .use(headerExtensions())
                .in(EdocPackage.Builder::headerExtensions)
                .use(extensions())
                .in(EdocPackage.Builder::bodyExtensions)
                .build(EdocPackage.Builder::build);
    }

    public static Arbitrary<StatusHeader> statusHeaders() {
        return Builders.withBuilder(StatusHeader::builder)
                .use(organizations())
                .withProbability(0.9)
                .in(StatusHeader.Builder::from)
                .use(responseFors())
                .withProbability(0.9)
                .in(StatusHeader.Builder::responseFor)
                .use(staffInfos())
                .withProbability(0.5)
                .in(StatusHeader.Builder::staffInfo)
                .use(statusCodes())
                .in(StatusHeader.Builder::statusCode)
                .use(text())
                .withProbability(0.5)
                .in(StatusHeader.Builder::description)
                .use(timestamps())
                .withProbability(0.9)
                .in(StatusHeader.Builder::timestamp)
                .use(extensions())
                .in(StatusHeader.Builder::extensions)
                .build(StatusHeader.Builder::build);
    }

    /** Status packages: always a status code, never a body. */
    public static Arbitrary<StatusPackage> statusPackages() {
        return Builders.withBuilder(StatusPackage::builder)
                .use(statusHeaders())
                .in(StatusPackage.Builder::header)
                .use(signatures())
                .withProbability(0.3)
                .in(StatusPackage.Builder::signature)
                .use(extensions())
                .in(StatusPackage.Builder::rootExtensions)
                .use(extensions())
                .in(StatusPackage.Builder::envelopeExtensions)
                .use(extensions())
                .in(StatusPackage.Builder::headerExtensions)
                .build(StatusPackage.Builder::build);
    }

    /** Either kind of package. */
    public static Arbitrary<EdxmlPackage> packages() {
        return Arbitraries.frequencyOf(Tuple.of(3, edocPackages()), Tuple.of(1, statusPackages()));
    }
}
