package dev.edxml.validate.rules;

import static dev.edxml.validate.rules.HdrFixture.CLOCK;
import static dev.edxml.validate.rules.HdrFixture.EDOC;
import static dev.edxml.validate.rules.HdrFixture.STATUS;
import static dev.edxml.validate.rules.HdrFixture.el;
import static dev.edxml.validate.rules.HdrFixture.replacing;
import static dev.edxml.validate.rules.HdrFixture.with;
import static dev.edxml.validate.rules.HdrFixture.without;

import dev.edxml.Severity;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The test vectors of the HDR rules: for each rule, packages that trigger it and near misses that must not. */
final class HdrVectors {
    private static final Severity E = Severity.ERROR;
    private static final Severity W = Severity.WARNING;
    private static final Severity I = Severity.INFO;
    private static final String H = "/MessageHeader";
    private static final String PROM = el("PromulgationDate", "2024/05/02");
    private static final String DOC_ID = el("DocumentId", "000.00.00.G22,2024/05/02,12/VPCP-TTĐT");
    private static final String TO2_ID = el("OrganId", "G12");

    /**
     * A package that triggers {@code code}: a finding at an element whose path ends with {@code path}, with these
     * severities under qcvn102, axis and lenient ({@code null}: the rule is off), whose messages mention {@code says}.
     */
    record Trigger(
            String code,
            String name,
            String xml,
            String path,
            Severity qcvn102,
            Severity axis,
            Severity lenient,
            String says) {
        @Override
        public String toString() {
            return code + " " + name;
        }
    }

    /** A package close to a trigger that must not produce {@code code} under any profile. */
    record Miss(String code, String name, String xml, Clock clock) {
        @Override
        public String toString() {
            return code + " " + name;
        }
    }

    private HdrVectors() {}

    private static Trigger t(
            String code, String name, String xml, String path, Severity q, Severity a, Severity l, String says) {
        return new Trigger(code, name, xml, H + path, q, a, l, says);
    }

    private static Miss m(String code, String name, String xml) {
        return new Miss(code, name, xml, CLOCK);
    }

    private static String e(String from, String to) {
        return with(EDOC, from, to);
    }

    private static String s(String from, String to) {
        return with(STATUS, from, to);
    }

    static List<Trigger> triggers() {
        String nfdName = Normalizer.normalize("Nguyễn Văn Ánh", Normalizer.Form.NFD);
        return List.of(
                t(
                        "EDXML-HDR-010",
                        "From without OrganName",
                        e(el("OrganName", "Văn phòng Chính phủ"), ""),
                        "/From",
                        E,
                        E,
                        W,
                        "From/OrganName"),
                t(
                        "EDXML-HDR-010",
                        "From with an empty OrganName",
                        e(el("OrganName", "Văn phòng Chính phủ"), "<edXML:OrganName/>"),
                        "/From/OrganName",
                        E,
                        E,
                        W,
                        "From/OrganName"),
                t(
                        "EDXML-HDR-010",
                        "From with a blank OrganId",
                        e(el("OrganId", "000.00.00.G22"), el("OrganId", "  ")),
                        "/From/OrganId",
                        E,
                        E,
                        W,
                        "From/OrganId"),
                t("EDXML-HDR-011", "no To", without(without(EDOC, "To"), "To"), "", E, E, W, "To"),
                t(
                        "EDXML-HDR-011",
                        "second To with an empty OrganId",
                        e(TO2_ID, "<edXML:OrganId></edXML:OrganId>"),
                        "/To[2]/OrganId",
                        E,
                        E,
                        W,
                        "To[2]/OrganId"),
                t(
                        "EDXML-HDR-012",
                        "second To repeats the first",
                        e(TO2_ID, el("OrganId", "000.00.00.H41")),
                        "/To[2]/OrganId",
                        E,
                        E,
                        W,
                        "000.00.00.H41"),
                t(
                        "EDXML-HDR-013",
                        "second To without OrganName",
                        e(el("OrganName", "Bộ Tài chính"), ""),
                        "/To[2]",
                        W,
                        W,
                        I,
                        "G12"),
                t("EDXML-HDR-014", "no Code", without(EDOC, "Code"), "", E, E, W, "Code"),
                t(
                        "EDXML-HDR-014",
                        "empty CodeNotation",
                        e(el("CodeNotation", "VPCP-TTĐT"), "<edXML:CodeNotation/>"),
                        "/Code/CodeNotation",
                        E,
                        E,
                        W,
                        "Code/CodeNotation"),
                t(
                        "EDXML-HDR-015",
                        "blank Subject",
                        e(el("Subject", "V/v kết nối, liên thông phần mềm"), el("Subject", "   ")),
                        "/Subject",
                        E,
                        E,
                        W,
                        "Subject"),
                t("EDXML-HDR-015", "no Subject", without(EDOC, "Subject"), "", E, E, W, "Subject"),
                t(
                        "EDXML-HDR-016",
                        "blank PromulgationDate",
                        e(PROM, el("PromulgationDate", " ")),
                        "/PromulgationInfo/PromulgationDate",
                        E,
                        E,
                        W,
                        "PromulgationInfo/PromulgationDate"),
                t(
                        "EDXML-HDR-016",
                        "no PromulgationInfo",
                        without(EDOC, "PromulgationInfo"),
                        "",
                        E,
                        E,
                        W,
                        "PromulgationInfo"),
                t(
                        "EDXML-HDR-017",
                        "30 February",
                        e(PROM, el("PromulgationDate", "2024/02/30")),
                        "/PromulgationInfo/PromulgationDate",
                        E,
                        E,
                        W,
                        "2024/02/30"),
                t(
                        "EDXML-HDR-017",
                        "a word as DueDate",
                        e(el("DueDate", "2024/06/01"), el("DueDate", "sớm")),
                        "/DueDate",
                        E,
                        E,
                        W,
                        "sớm"),
                t(
                        "EDXML-HDR-017",
                        "month 13 in a status ResponseFor",
                        s(PROM, el("PromulgationDate", "2024/13/01")),
                        "/ResponseFor/PromulgationDate",
                        E,
                        E,
                        W,
                        "2024/13/01"),
                t(
                        "EDXML-HDR-018",
                        "dd/MM/yyyy",
                        e(PROM, el("PromulgationDate", "02/05/2024")),
                        "/PromulgationInfo/PromulgationDate",
                        E,
                        E,
                        W,
                        "2024/05/02"),
                t(
                        "EDXML-HDR-018",
                        "ISO DueDate",
                        e(el("DueDate", "2024/06/01"), el("DueDate", "2024-06-01")),
                        "/DueDate",
                        E,
                        E,
                        W,
                        "2024-06-01"),
                t(
                        "EDXML-HDR-019",
                        "promulgated tomorrow in Vietnam",
                        e(PROM, el("PromulgationDate", "2024/06/16")),
                        "/PromulgationInfo/PromulgationDate",
                        E,
                        E,
                        W,
                        "2024/06/15"),
                t(
                        "EDXML-HDR-020",
                        "due before promulgation",
                        e(el("DueDate", "2024/06/01"), el("DueDate", "2024/04/30")),
                        "/DueDate",
                        W,
                        W,
                        I,
                        "2024/04/30"),
                t("EDXML-HDR-021", "no DocumentType", without(EDOC, "DocumentType"), "", E, E, W, "DocumentType"),
                t(
                        "EDXML-HDR-021",
                        "empty Type",
                        e(el("Type", "2"), "<edXML:Type/>"),
                        "/DocumentType/Type",
                        E,
                        E,
                        W,
                        "DocumentType/Type"),
                t(
                        "EDXML-HDR-022",
                        "Type 71",
                        e(el("Type", "2"), el("Type", "71")),
                        "/DocumentType/Type",
                        E,
                        W,
                        W,
                        "71"),
                t(
                        "EDXML-HDR-023",
                        "TypeDetail 18 named Báo cáo",
                        e(el("TypeName", "Công văn"), el("TypeName", "Báo cáo")),
                        "/DocumentType/TypeName",
                        W,
                        I,
                        I,
                        "Báo cáo"),
                t(
                        "EDXML-HDR-024",
                        "Công văn as a legal normative document",
                        with(e(el("Type", "2"), el("Type", "1")), el("TypeDetail", "18"), ""),
                        "/DocumentType/Type",
                        W,
                        W,
                        I,
                        "Công văn"),
                t(
                        "EDXML-HDR-025",
                        "TypeDetail 40",
                        e(el("TypeDetail", "18"), el("TypeDetail", "40")),
                        "/DocumentType/TypeDetail",
                        I,
                        I,
                        null,
                        "40"),
                t(
                        "EDXML-HDR-026",
                        "Priority 7",
                        e(el("Priority", "1"), el("Priority", "7")),
                        "/OtherInfo/Priority",
                        E,
                        E,
                        W,
                        "7"),
                t(
                        "EDXML-HDR-027",
                        "SteeringType 5",
                        e(el("SteeringType", "0"), el("SteeringType", "5")),
                        "/SteeringType",
                        W,
                        W,
                        I,
                        "5"),
                t(
                        "EDXML-HDR-028",
                        "SteeringType 3",
                        e(el("SteeringType", "0"), el("SteeringType", "3")),
                        "/SteeringType",
                        W,
                        W,
                        I,
                        "3"),
                t(
                        "EDXML-HDR-029",
                        "PageAmount -1",
                        e(el("PageAmount", "2"), el("PageAmount", "-1")),
                        "/OtherInfo/PageAmount",
                        E,
                        E,
                        W,
                        "-1"),
                t(
                        "EDXML-HDR-030",
                        "PromulgationAmount 1000",
                        e(el("PromulgationAmount", "10"), el("PromulgationAmount", "1000")),
                        "/OtherInfo/PromulgationAmount",
                        E,
                        W,
                        I,
                        "1000"),
                t("EDXML-HDR-031", "no DocumentId", e(DOC_ID, ""), "", W, W, I, "DocumentId"),
                t(
                        "EDXML-HDR-032",
                        "date differs",
                        e(DOC_ID, el("DocumentId", "000.00.00.G22,2024/05/03,12/VPCP-TTĐT")),
                        "/DocumentId",
                        W,
                        W,
                        I,
                        "PromulgationInfo/PromulgationDate"),
                t(
                        "EDXML-HDR-032",
                        "issuer differs",
                        e(DOC_ID, el("DocumentId", "000.00.00.G09,2024/05/02,12/VPCP-TTĐT")),
                        "/DocumentId",
                        W,
                        W,
                        I,
                        "From/OrganId"),
                t(
                        "EDXML-HDR-032",
                        "number differs",
                        e(DOC_ID, el("DocumentId", "000.00.00.G22,2024/05/02,13/VPCP-TTĐT")),
                        "/DocumentId",
                        W,
                        W,
                        I,
                        "Code/CodeNumber"),
                t(
                        "EDXML-HDR-032",
                        "notation differs",
                        e(DOC_ID, el("DocumentId", "000.00.00.G22,2024/05/02,12/VPCP-KGVX")),
                        "/DocumentId",
                        W,
                        W,
                        I,
                        "Code/CodeNotation"),
                t(
                        "EDXML-HDR-032",
                        "ResponseFor number differs",
                        e(
                                el("DocumentId", "000.00.00.H41,2024/04/20,45/UBND-VX"),
                                el("DocumentId", "000.00.00.H41,2024/04/20,46/UBND-VX")),
                        "/ResponseFor/DocumentId",
                        W,
                        W,
                        I,
                        "ResponseFor/Code"),
                t(
                        "EDXML-HDR-032",
                        "status ResponseFor issuer differs",
                        s(
                                el("DocumentId", "000.00.00.G22,2024/05/02,12/VPCP-TTĐT"),
                                el("DocumentId", "000.00.00.G14,2024/05/02,12/VPCP-TTĐT")),
                        "/ResponseFor/DocumentId",
                        W,
                        W,
                        I,
                        "000.00.00.G14"),
                t(
                        "EDXML-HDR-033",
                        "three-part legacy code",
                        e(TO2_ID, el("OrganId", "28.22.H17")),
                        "/To[2]/OrganId",
                        W,
                        W,
                        I,
                        "28.22.H17"),
                t(
                        "EDXML-HDR-033",
                        "literal null in a status From",
                        s(el("OrganId", "000.00.00.H41"), el("OrganId", "null")),
                        "/From/OrganId",
                        W,
                        W,
                        I,
                        "null"),
                t(
                        "EDXML-HDR-045",
                        "dash, space and question mark (issue 15)",
                        e(TO2_ID, el("OrganId", "12-H29 ?")),
                        "/To[2]/OrganId",
                        E,
                        E,
                        W,
                        "U+002D U+0020 U+003F"),
                t(
                        "EDXML-HDR-045",
                        "Vietnamese letter in a sender id",
                        e(el("OrganId", "000.00.00.G22"), el("OrganId", "000.00.00.Đ22")),
                        "/From/OrganId",
                        E,
                        E,
                        W,
                        "U+0110"),
                t(
                        "EDXML-HDR-034",
                        "16-character QĐ 20 code",
                        e(TO2_ID, el("OrganId", "H37.DN.0001.0001")),
                        "/To[2]/OrganId",
                        W,
                        W,
                        I,
                        "16"),
                t(
                        "EDXML-HDR-035",
                        "system id",
                        e(TO2_ID, el("OrganId", "vxp.saas.03")),
                        "/To[2]/OrganId",
                        I,
                        I,
                        null,
                        "vxp.saas.03"),
                t(
                        "EDXML-HDR-036",
                        "<ResponseFor/>",
                        replacing(EDOC, "ResponseFor", "<edXML:ResponseFor/>"),
                        "/ResponseFor",
                        W,
                        W,
                        I,
                        "ResponseFor"),
                t(
                        "EDXML-HDR-036",
                        "ResponseFor with empty children (VPCP template)",
                        replacing(
                                EDOC,
                                "ResponseFor",
                                "<edXML:ResponseFor><edXML:OrganId></edXML:OrganId><edXML:Code/>"
                                        + "<edXML:DocumentId>  </edXML:DocumentId></edXML:ResponseFor>"),
                        "/ResponseFor",
                        W,
                        W,
                        I,
                        "ResponseFor"),
                t(
                        "EDXML-HDR-037",
                        "ResponseFor with a Code only",
                        replacing(
                                EDOC,
                                "ResponseFor",
                                "<edXML:ResponseFor>" + el("Code", "45/UBND-VX") + "</edXML:ResponseFor>"),
                        "/ResponseFor",
                        E,
                        W,
                        I,
                        "OrganId"),
                t(
                        "EDXML-HDR-037",
                        "ResponseFor with an OrganId only",
                        replacing(
                                EDOC,
                                "ResponseFor",
                                "<edXML:ResponseFor>" + el("OrganId", "000.00.00.H41") + "</edXML:ResponseFor>"),
                        "/ResponseFor",
                        E,
                        W,
                        I,
                        "Code, DocumentId"),
                t(
                        "EDXML-HDR-038",
                        "Subject of 501 characters",
                        e(el("Subject", "V/v kết nối, liên thông phần mềm"), el("Subject", "x".repeat(501))),
                        "/Subject",
                        E,
                        W,
                        I,
                        "501"),
                t(
                        "EDXML-HDR-038",
                        "CodeNumber of 12 characters",
                        e(el("CodeNumber", "12"), el("CodeNumber", "123456789012")),
                        "/Code/CodeNumber",
                        E,
                        W,
                        I,
                        "11"),
                t(
                        "EDXML-HDR-038",
                        "status From OrganName of 201 characters",
                        s(el("OrganName", "UBND tỉnh Nghệ An"), el("OrganName", "Ủ".repeat(201))),
                        "/From/OrganName",
                        E,
                        W,
                        I,
                        "201"),
                t(
                        "EDXML-HDR-039",
                        "Telephone of 21 characters",
                        e(el("Telephone", "(84-24) 3823 2143"), el("Telephone", "0243 823 2143 lẻ 5555")),
                        "/From/Telephone",
                        W,
                        W,
                        null,
                        "21"),
                t(
                        "EDXML-HDR-040",
                        "e-mail without @",
                        e(el("Email", "vpcp@chinhphu.vn"), el("Email", "vpcp at chinhphu.vn")),
                        "/From/Email",
                        W,
                        W,
                        I,
                        "vpcp at chinhphu.vn"),
                t(
                        "EDXML-HDR-040",
                        "status e-mail without a domain",
                        s(el("Email", "vanthu@nghean.gov.vn"), el("Email", "vanthu@nghean")),
                        "/From/Email",
                        W,
                        W,
                        I,
                        "vanthu@nghean"),
                t(
                        "EDXML-HDR-041",
                        "C1 control NEL in Subject",
                        e(
                                el("Subject", "V/v kết nối, liên thông phần mềm"),
                                el("Subject", "V/v kết nối,\u0085 liên thông")),
                        "/Subject",
                        W,
                        W,
                        I,
                        "U+0085"),
                t(
                        "EDXML-HDR-041",
                        "zero-width space in a To OrganName",
                        e(el("OrganName", "UBND tỉnh Nghệ An"), el("OrganName", "UBND tỉnh\u200B Nghệ An")),
                        "/To/OrganName",
                        W,
                        W,
                        I,
                        "U+200B"),
                t(
                        "EDXML-HDR-041",
                        "BOM inside a status Description",
                        s(el("StatusCode", "01"), el("StatusCode", "01") + el("Description", "\uFEFFĐã đến")),
                        "/Description",
                        W,
                        W,
                        I,
                        "U+FEFF"),
                t(
                        "EDXML-HDR-042",
                        "decomposed FullName",
                        e(el("FullName", "Nguyễn Văn Ánh"), el("FullName", nfdName)),
                        "/SignerInfo/FullName",
                        W,
                        W,
                        I,
                        "SignerInfo/FullName"),
                t(
                        "EDXML-HDR-043",
                        "padded To OrganId",
                        e(el("OrganId", "000.00.00.H41"), el("OrganId", " 000.00.00.H41 ")),
                        "/To/OrganId",
                        W,
                        W,
                        I,
                        " 000.00.00.H41 "),
                t(
                        "EDXML-HDR-043",
                        "Priority on its own lines",
                        e(el("Priority", "1"), el("Priority", "\n  1\n")),
                        "/OtherInfo/Priority",
                        W,
                        W,
                        I,
                        "\\n  1\\n"),
                t(
                        "EDXML-HDR-043",
                        "no-break space after CodeNotation",
                        e(el("CodeNotation", "VPCP-TTĐT"), el("CodeNotation", "VPCP-TTĐT\u00A0")),
                        "/Code/CodeNotation",
                        W,
                        W,
                        I,
                        "Code/CodeNotation"),
                t(
                        "EDXML-HDR-043",
                        "padded status StatusCode",
                        s(el("StatusCode", "01"), el("StatusCode", " 01")),
                        "/StatusCode",
                        W,
                        W,
                        I,
                        "StatusCode"),
                t(
                        "EDXML-HDR-044",
                        "empty TypeName",
                        e(el("TypeName", "Công văn"), "<edXML:TypeName/>"),
                        "/DocumentType/TypeName",
                        E,
                        E,
                        W,
                        "TypeName"));
    }

    static List<Miss> misses() {
        String nfdEx250 = Normalizer.normalize("ệ", Normalizer.Form.NFD).repeat(250);
        Clock vietnamMidnightPassed = Clock.fixed(Instant.parse("2024-06-15T17:30:00Z"), ZoneOffset.UTC);
        return List.of(
                m(
                        "EDXML-HDR-010",
                        "a status From without OrganName is for the STA rules",
                        s(el("OrganName", "UBND tỉnh Nghệ An"), "")),
                m("EDXML-HDR-010", "a missing From is the schema's (EDXML-ENV-032)", without(EDOC, "From")),
                m(
                        "EDXML-HDR-010",
                        "a missing From/OrganId is the schema's (EDXML-ENV-032)",
                        e(el("OrganId", "000.00.00.G22"), "")),
                m("EDXML-HDR-011", "two To with OrganId", EDOC),
                m("EDXML-HDR-011", "a missing To/OrganId is the schema's (EDXML-ENV-032)", e(TO2_ID, "")),
                m(
                        "EDXML-HDR-012",
                        "the legacy and QĐ 20 codes of one ministry are two addresses",
                        e(el("OrganId", "000.00.00.H41"), el("OrganId", "000.00.00.G12"))),
                m("EDXML-HDR-013", "every To named", EDOC),
                m("EDXML-HDR-014", "number and notation", EDOC),
                m(
                        "EDXML-HDR-014",
                        "a missing CodeNumber is the schema's (EDXML-ENV-032)",
                        e(el("CodeNumber", "12"), "")),
                m("EDXML-HDR-015", "subject present", EDOC),
                m("EDXML-HDR-016", "date present", EDOC),
                m("EDXML-HDR-016", "a missing PromulgationDate is the schema's (EDXML-ENV-032)", e(PROM, "")),
                m("EDXML-HDR-017", "29 February of a leap year", e(PROM, el("PromulgationDate", "2024/02/29"))),
                m(
                        "EDXML-HDR-017",
                        "a real date in another format is EDXML-HDR-018's",
                        e(PROM, el("PromulgationDate", "02/05/2024"))),
                m("EDXML-HDR-018", "yyyy/MM/dd", EDOC),
                m(
                        "EDXML-HDR-018",
                        "an impossible date is EDXML-HDR-017's",
                        e(PROM, el("PromulgationDate", "2024/02/30"))),
                m("EDXML-HDR-018", "padding is EDXML-HDR-043's", e(PROM, el("PromulgationDate", " 2024/05/02 "))),
                m("EDXML-HDR-019", "today", e(PROM, el("PromulgationDate", "2024/06/15"))),
                new Miss(
                        "EDXML-HDR-019",
                        "already 16 June in Vietnam while 15 June in UTC",
                        e(PROM, el("PromulgationDate", "2024/06/16")),
                        vietnamMidnightPassed),
                m(
                        "EDXML-HDR-020",
                        "due on the day of promulgation",
                        e(el("DueDate", "2024/06/01"), el("DueDate", "2024/05/02"))),
                m("EDXML-HDR-021", "type present", EDOC),
                m("EDXML-HDR-021", "a missing Type is the schema's (EDXML-ENV-032)", e(el("Type", "2"), "")),
                m("EDXML-HDR-022", "Type 1", e(el("Type", "2"), el("Type", "1"))),
                m("EDXML-HDR-023", "the name in capitals", e(el("TypeName", "Công văn"), el("TypeName", "CÔNG VĂN"))),
                m(
                        "EDXML-HDR-023",
                        "the name decomposed",
                        e(
                                el("TypeName", "Công văn"),
                                el("TypeName", Normalizer.normalize("công văn", Normalizer.Form.NFD)))),
                m(
                        "EDXML-HDR-023",
                        "Nghị quyết for Nghị quyết (cá biệt)",
                        with(
                                e(el("TypeDetail", "18"), el("TypeDetail", "1")),
                                el("TypeName", "Công văn"),
                                el("TypeName", "Nghị quyết"))),
                m(
                        "EDXML-HDR-024",
                        "Chỉ thị exists in both categories",
                        with(
                                with(e(el("Type", "2"), el("Type", "1")), el("TypeDetail", "18"), ""),
                                el("TypeName", "Công văn"),
                                el("TypeName", "Chỉ thị"))),
                m(
                        "EDXML-HDR-024",
                        "a known TypeDetail decides (EDXML-HDR-023)",
                        e(el("TypeName", "Công văn"), el("TypeName", "Thông tư"))),
                m("EDXML-HDR-025", "TypeDetail 0, the SDK's unset", e(el("TypeDetail", "18"), el("TypeDetail", "0"))),
                m("EDXML-HDR-026", "Priority 4", e(el("Priority", "1"), el("Priority", "4"))),
                m("EDXML-HDR-027", "SteeringType 2", e(el("SteeringType", "0"), el("SteeringType", "2"))),
                m(
                        "EDXML-HDR-027",
                        "SteeringType 3 is EDXML-HDR-028's",
                        e(el("SteeringType", "0"), el("SteeringType", "3"))),
                m("EDXML-HDR-028", "SteeringType 1", e(el("SteeringType", "0"), el("SteeringType", "1"))),
                m("EDXML-HDR-029", "PageAmount 0", e(el("PageAmount", "2"), el("PageAmount", "0"))),
                m(
                        "EDXML-HDR-030",
                        "PromulgationAmount 999",
                        e(el("PromulgationAmount", "10"), el("PromulgationAmount", "999"))),
                m(
                        "EDXML-HDR-031",
                        "a UUID is a DocumentId",
                        e(DOC_ID, el("DocumentId", "9fbfbad2-f1f8-4256-a2eb-50fb1061cddb"))),
                m(
                        "EDXML-HDR-032",
                        "a UUID has nothing to compare",
                        e(DOC_ID, el("DocumentId", "9fbfbad2-f1f8-4256-a2eb-50fb1061cddb"))),
                m(
                        "EDXML-HDR-032",
                        "leading zero and case",
                        e(DOC_ID, el("DocumentId", "000.00.00.g22,2024/05/02,012/vpcp-ttđt"))),
                m("EDXML-HDR-032", "same date in another format", e(PROM, el("PromulgationDate", "2024-05-02"))),
                m(
                        "EDXML-HDR-032",
                        "a system id in From is no issuer (2025 axis packages)",
                        e(el("OrganId", "000.00.00.G22"), el("OrganId", "vxp.saas.03"))),
                m("EDXML-HDR-033", "enterprise code", e(TO2_ID, el("OrganId", "020100107370"))),
                m("EDXML-HDR-033", "QĐ 20 enterprise under a province", e(TO2_ID, el("OrganId", "H37.DN.001"))),
                m(
                        "EDXML-HDR-033",
                        "padding is EDXML-HDR-043's",
                        e(el("OrganId", "000.00.00.H41"), el("OrganId", "\t000.00.00.H41 "))),
                m(
                        "EDXML-HDR-045",
                        "every known structure: letters, digits, dots",
                        e(TO2_ID, el("OrganId", "vxp.saas.03"))),
                m("EDXML-HDR-045", "padding is EDXML-HDR-043's", e(TO2_ID, el("OrganId", " G12.01\t"))),
                m("EDXML-HDR-034", "12 digits", e(TO2_ID, el("OrganId", "020100107370"))),
                m("EDXML-HDR-035", "agency code", EDOC),
                m("EDXML-HDR-036", "complete ResponseFor", EDOC),
                m(
                        "EDXML-HDR-037",
                        "OrganId and DocumentId",
                        replacing(
                                EDOC,
                                "ResponseFor",
                                "<edXML:ResponseFor>" + el("OrganId", "000.00.00.H41") + el("DocumentId", "abc")
                                        + "</edXML:ResponseFor>")),
                m(
                        "EDXML-HDR-037",
                        "<ResponseFor/> is EDXML-HDR-036's",
                        replacing(EDOC, "ResponseFor", "<edXML:ResponseFor/>")),
                m(
                        "EDXML-HDR-038",
                        "500 characters",
                        e(el("Subject", "V/v kết nối, liên thông phần mềm"), el("Subject", "x".repeat(500)))),
                m(
                        "EDXML-HDR-038",
                        "decomposed letters are counted once",
                        e(el("Subject", "V/v kết nối, liên thông phần mềm"), el("Subject", nfdEx250))),
                m(
                        "EDXML-HDR-039",
                        "20-character Telephone",
                        e(el("Telephone", "(84-24) 3823 2143"), el("Telephone", "0243 823 2143 lẻ 555"))),
                m(
                        "EDXML-HDR-039",
                        "a long Website is not held to Bkav's 20",
                        e(el("Telephone", "(84-24) 3823 2143"), el("Website", "https://vpcp.chinhphu.vn/trang-chu"))),
                m(
                        "EDXML-HDR-040",
                        "plus, dots and hyphens",
                        e(el("Email", "vpcp@chinhphu.vn"), el("Email", "van.thu+1@so-tttt.hanoi.gov.vn"))),
                m(
                        "EDXML-HDR-041",
                        "tab and line break",
                        e(
                                el("Subject", "V/v kết nối, liên thông phần mềm"),
                                el("Subject", "V/v kết nối,\n\tliên thông"))),
                m("EDXML-HDR-042", "precomposed", EDOC),
                m(
                        "EDXML-HDR-043",
                        "padding outside codes (Subject)",
                        e(el("Subject", "V/v kết nối, liên thông phần mềm"), el("Subject", " V/v kết nối "))),
                m("EDXML-HDR-044", "TypeName present", EDOC),
                m(
                        "EDXML-HDR-044",
                        "a missing TypeName is the schema's (EDXML-ENV-032)",
                        e(el("TypeName", "Công văn"), "")));
    }
}
