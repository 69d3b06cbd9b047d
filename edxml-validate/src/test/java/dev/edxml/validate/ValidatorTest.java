package dev.edxml.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.Finding;
import dev.edxml.Severity;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine: read failures as findings, profiles, the SPI, failing rules, parallel folders. */
class ValidatorTest {
    static EdocPackage pkg(String subject) {
        return Edxml.edoc()
                .header(MessageHeader.builder()
                        .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"))
                        .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                        .subject(subject)
                        .build())
                .build();
    }

    @Test
    void whatCannotBeReadIsAFindingWithItsPosition() {
        ValidationReport r = Validator.of(Profile.QCVN102)
                .validate(
                        "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">\n<edXMLEnvelope>"
                                .getBytes(StandardCharsets.UTF_8),
                        "cut.edxml");
        assertFalse(r.isValid());
        Finding f = r.errors().get(0);
        assertEquals("EDXML-ENV-001", f.code());
        assertTrue(f.location().line() >= 2, f.toString());
        assertTrue(r.format(Locale.forLanguageTag("vi")).startsWith("cut.edxml:"), r.format(Locale.ENGLISH));
        assertTrue(f.messageVi().contains("không phải XML hợp lệ"));
        assertEquals(
                "EDXML-ENV-002",
                Validator.of(Profile.LENIENT)
                        .validate("<!DOCTYPE x [<!ENTITY a \"b\">]><x/>".getBytes(StandardCharsets.UTF_8), "dtd")
                        .errors()
                        .get(0)
                        .code());
    }

    @Test
    void aFileThatIsNotXmlAtAllIsToldSo() {
        // a PDF named .edxml: the lenient reading skips to a '<' inside the PDF and fails there, but what a clerk needs
        // to hear is that the file does not start with XML
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        ValidationReport r = Validator.of(Profile.QCVN102).validate(pdf, "cong-van.edxml");
        assertEquals("EDXML-ENV-003", r.errors().get(0).code(), r.findings().toString());
        assertEquals(1, r.errors().get(0).location().line());
    }

    @Test
    void aJunkPrefixIsAFindingAndTheRestIsStillChecked() throws Exception {
        byte[] good = Edxml.toBytes(pkg("IN HOA"));
        byte[] junk = new byte[good.length + 4];
        System.arraycopy("1212".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 4);
        System.arraycopy(good, 0, junk, 4, good.length);
        Validator v = Validator.builder()
                .profile(Profile.AXIS)
                .rulesFromServiceLoader(getClass().getClassLoader())
                .build();
        ValidationReport r = v.validate(junk, "junk.edxml");
        assertTrue(r.has("EDXML-ENV-003"));
        assertTrue(r.has("QNA-001"), "rules still ran on the content after the junk: " + r.findings());
        assertEquals(
                Severity.WARNING,
                Validator.of(Profile.LENIENT).validate(junk, "j").findings().stream()
                        .filter(f -> f.code().equals("EDXML-ENV-003"))
                        .findFirst()
                        .orElseThrow()
                        .severity());
    }

    @Test
    void aRuleOfOnesOwnRunsThroughTheSpiWithItsOwnSeverityPerProfile() throws Exception {
        byte[] b = Edxml.toBytes(pkg("KHẨN CẤP"));
        Validator axis = Validator.builder()
                .profile(Profile.AXIS)
                .rulesFromServiceLoader(getClass().getClassLoader())
                .build();
        Finding f = axis.validate(b, "p").findings().stream()
                .filter(x -> x.code().equals("QNA-001"))
                .findFirst()
                .orElseThrow();
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.location().path().endsWith("/MessageHeader/Subject"), f.toString());
        assertEquals("Trích yếu viết hoa toàn bộ: KHẨN CẤP", f.messageVi());
        Validator lenient = Validator.builder()
                .profile(Profile.LENIENT)
                .rulesFromServiceLoader(getClass().getClassLoader())
                .build();
        assertFalse(lenient.validate(b, "p").has("QNA-001"));
        assertFalse(axis.validate(Edxml.toBytes(pkg("Về việc thử")), "p").has("QNA-001"));
        assertThrows(
                IllegalArgumentException.class,
                () -> Validator.builder().addRule(new ProvinceRule()).addRule(new ProvinceRule()));
    }

    @Test
    void aFailingRuleIsReportedNotThrown() throws Exception {
        Rule broken = new ProvinceRule() {
            @Override
            public String code() {
                return "QNA-999";
            }

            @Override
            public void check(RuleContext ctx) {
                throw new IllegalStateException("boom");
            }
        };
        ValidationReport r = Validator.builder().addRule(broken).build().validate(Edxml.toBytes(pkg("x")), "p");
        Finding f = r.findings().stream()
                .filter(x -> x.code().equals("EDXML-ENV-099"))
                .findFirst()
                .orElseThrow();
        assertTrue(f.messageEn().contains("QNA-999") && f.messageEn().contains("boom"), f.toString());
    }

    @Test
    void aFolderIsValidatedInParallelWithProgressInOrder(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Path f = dir.resolve(String.format(Locale.ROOT, "p%02d.edxml", i));
            if (i % 10 == 3) {
                Files.writeString(f, "<broken");
            } else {
                Edxml.write(pkg("Văn bản số " + i), f);
            }
            files.add(f);
        }
        AtomicInteger calls = new AtomicInteger();
        List<ValidationReport> reports = Validator.of(Profile.QCVN102).validateAll(files, (done, total) -> {
            calls.incrementAndGet();
            assertEquals(40, total);
        });
        assertEquals(40, calls.get());
        for (int i = 0; i < 40; i++) {
            assertEquals(files.get(i).toString(), reports.get(i).source());
            assertEquals(
                    i % 10 == 3,
                    reports.get(i).has("EDXML-ENV-001"),
                    reports.get(i).toString());
        }
    }

    @Test
    void anEmptyStatusCodeIsAFindingNotACrash() {
        ValidationReport r = Validator.of(Profile.AXIS)
                .validate(
                        ("<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">"
                                        + "<edXMLEnvelope><edXMLHeader><MessageHeader><StatusCode></StatusCode></MessageHeader></edXMLHeader>"
                                        + "</edXMLEnvelope></edXML>")
                                .getBytes(StandardCharsets.UTF_8),
                        "status.edxml");
        assertTrue(r.has("EDXML-STA-002"), r.findings().toString());
    }

    @Test
    void profilesAreFoundByName() {
        assertEquals(Optional.of(Profile.AXIS), Profile.named("AXIS"));
        assertTrue(Profile.named("nope").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Profile.custom("axis", "", ""));
        assertEquals("hcm", Profile.custom("hcm", "TP.HCM", "HCMC").name());
    }
}
