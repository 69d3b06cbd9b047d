package dev.edxml.validate.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.Finding;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.OtherInfo;
import dev.edxml.model.Priority;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.SignerInfo;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.SteeringType;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Packages with a complete, correct header, as XML text to mutate, and a validator on a fixed clock (HDR tests). */
final class HdrFixture {
    /** 2024-06-15 07:00 in Vietnam. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T00:00:00Z"), ZoneOffset.UTC);

    static final String EDOC = text(edoc());
    static final String STATUS = text(status());

    private HdrFixture() {}

    static EdxmlPackage edoc() {
        MessageHeader h = MessageHeader.builder()
                .from(Organization.builder()
                        .organId("000.00.00.G22")
                        .name("Văn phòng Chính phủ")
                        .address("Số 1 Hoàng Hoa Thám, Ba Đình, Hà Nội")
                        .email("vpcp@chinhphu.vn")
                        .telephone("(84-24) 3823 2143")
                        .build())
                .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                .addTo(Organization.of("G12", "Bộ Tài chính"))
                .code("12", "VPCP-TTĐT")
                .promulgation("Hà Nội", LocalDate.of(2024, 5, 2))
                .documentType(DocumentType.OFFICIAL_LETTER)
                .subject("V/v kết nối, liên thông phần mềm")
                .content("Nội dung tóm tắt")
                .signerInfo(SignerInfo.of("KT. BỘ TRƯỞNG", "Thứ trưởng", "Nguyễn Văn Ánh"))
                .dueDate(LocalDate.of(2024, 6, 1))
                .addToPlace("Các bộ, cơ quan ngang bộ")
                .otherInfo(OtherInfo.builder()
                        .priority(Priority.URGENT)
                        .sphereOfPromulgation("Lưu hành nội bộ")
                        .typerNotation("TVC")
                        .promulgationAmount(10)
                        .pageAmount(2)
                        .build())
                .addResponseFor(ResponseFor.of(
                        "000.00.00.H41",
                        "45/UBND-VX",
                        "000.00.00.H41,2024/04/20,45/UBND-VX",
                        LocalDate.of(2024, 4, 20)))
                .steeringType(SteeringType.NOT_STEERING)
                .conventionalDocumentId()
                .build();
        return Edxml.edoc().header(h).build();
    }

    static EdxmlPackage status() {
        StatusHeader h = StatusHeader.builder()
                .from(Organization.builder()
                        .organId("000.00.00.H41")
                        .name("UBND tỉnh Nghệ An")
                        .email("vanthu@nghean.gov.vn")
                        .build())
                .responseFor(ResponseFor.of(
                        "000.00.00.G22",
                        "12/VPCP-TTĐT",
                        "000.00.00.G22,2024/05/02,12/VPCP-TTĐT",
                        LocalDate.of(2024, 5, 2)))
                .statusCode(StatusCode.ARRIVED)
                .timestamp(Instant.parse("2024-05-03T02:00:00Z"))
                .build();
        return Edxml.status().header(h).build();
    }

    private static String text(EdxmlPackage p) {
        try {
            return new String(Edxml.toBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code xml} with the first {@code from} replaced by {@code to}; {@code from} must be there (a vector that silently
     * does nothing proves nothing).
     */
    static String with(String xml, String from, String to) {
        int i = xml.indexOf(from);
        assertTrue(i >= 0, () -> "fixture has no " + from);
        return xml.substring(0, i) + to + xml.substring(i + from.length());
    }

    /** {@code xml} without the first element {@code name} (start tag to end tag) and the white space before it. */
    static String without(String xml, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "(?s)\\s*<edXML:" + name + ">.*?</edXML:" + name + ">")
                .matcher(xml);
        assertTrue(m.find(), () -> "fixture has no " + name);
        return xml.substring(0, m.start()) + xml.substring(m.end());
    }

    /** {@code xml} with the first element {@code name} (start tag to end tag) replaced by {@code to}. */
    static String replacing(String xml, String name, String to) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)<edXML:" + name + ">.*?</edXML:" + name + ">")
                .matcher(xml);
        assertTrue(m.find(), () -> "fixture has no " + name);
        return xml.substring(0, m.start()) + to + xml.substring(m.end());
    }

    /** An element of the edXML namespace as the writer spells it. */
    static String el(String name, String text) {
        return "<edXML:" + name + ">" + text + "</edXML:" + name + ">";
    }

    static ValidationReport validate(String xml, Profile profile) {
        return validate(xml, profile, CLOCK);
    }

    static ValidationReport validate(String xml, Profile profile, Clock clock) {
        return Validator.builder()
                .profile(profile)
                .clock(clock)
                .build()
                .validate(xml.getBytes(StandardCharsets.UTF_8), "hdr-test.edxml");
    }

    static List<Finding> findings(ValidationReport r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).toList();
    }
}
