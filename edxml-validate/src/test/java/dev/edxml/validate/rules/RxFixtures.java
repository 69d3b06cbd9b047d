package dev.edxml.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.edxml.Edxml;
import dev.edxml.Finding;
import dev.edxml.Severity;
import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.EdxmlTimestamp;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.SpecVersion;
import dev.edxml.model.StaffInfo;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.TraceHeader;
import dev.edxml.validate.Profile;
import dev.edxml.validate.Rule;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Shared vectors of the TRC, ATT, SIG and STA tests: a valid document package and a valid status package to mutate,
 * payloads, and assertions on a rule's severity under each profile and its location.
 */
final class RxFixtures {
    static final String NS = SpecVersion.QCVN_102_2016.namespace();
    /** 2025-10-14 10:00 in Vietnam. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-14T03:00:00Z"), ZoneOffset.UTC);

    static final Instant SENT = Instant.parse("2025-10-13T03:00:00Z");
    static final String SENDER = "000.00.00.G22";
    static final String DOCUMENT_ID = "000.00.00.G22,2025/10/13,7816/VPCP-TTĐT";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OLE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0
    };
    static final List<Profile> PROFILES = List.of(Profile.QCVN102, Profile.AXIS, Profile.LENIENT);

    private RxFixtures() {}

    static MessageHeader header() {
        return MessageHeader.builder()
                .from(Organization.of(SENDER, "Văn phòng Chính phủ"))
                .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                .documentId(DOCUMENT_ID)
                .code("7816", "VPCP-TTĐT")
                .promulgation("Hà Nội", LocalDate.of(2025, 10, 13))
                .subject("V/v kết nối, liên thông phần mềm quản lý văn bản")
                .build();
    }

    static Business.Builder business(BusinessDocType type) {
        return Business.builder()
                .type(type)
                .paper(0)
                .addStaffInfo(StaffInfo.of("Văn thư", "Nguyễn Thị Ngọc Trâm", "vanthu@gov.vn", "0912000001"));
    }

    static TraceHeader hop(String organId, String timestamp) {
        return new TraceHeader(
                java.util.Optional.ofNullable(organId).map(dev.edxml.model.OrganId::of),
                java.util.Optional.ofNullable(timestamp).map(EdxmlTimestamp::parse),
                dev.edxml.model.Extensions.NONE);
    }

    static TraceHeader senderHop() {
        return TraceHeader.of(SENDER, SENT);
    }

    static Attachment pdf(String name) {
        return Attachment.builder()
                .contentId("cid:" + name.hashCode())
                .name(name)
                .contentType("application/pdf")
                .content(PDF)
                .build();
    }

    static Attachment file(String id, String name, String contentType, byte[] content) {
        return Attachment.builder()
                .contentId(id)
                .name(name)
                .contentType(contentType)
                .content(content)
                .build();
    }

    /** A new document package that the TRC, ATT and STA rules find nothing in (it is unsigned: SIG-030). */
    static EdocPackage.Builder edoc() {
        return Edxml.edoc()
                .header(header())
                .business(business(BusinessDocType.NEW).build())
                .traceHeaders(List.of(senderHop()))
                .addAttachment(pdf("7816-VPCP-TTDT.pdf"));
    }

    static StatusHeader.Builder statusHeader(StatusCode code) {
        return StatusHeader.builder()
                .from(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                .responseFor(ResponseFor.of(SENDER, "7816/VPCP-TTĐT", DOCUMENT_ID, LocalDate.of(2025, 10, 13)))
                .staffInfo(StaffInfo.of("Văn thư", "Trần Văn An", "vanthu@nghean.gov.vn", "0912000002"))
                .statusCode(code)
                .timestamp(SENT.plusSeconds(3600));
    }

    static StatusPackage status(StatusHeader.Builder h) {
        return Edxml.status().header(h.build()).build();
    }

    static byte[] bytes(EdxmlPackage p) {
        try {
            return Edxml.toBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(EdocPackage.Builder b) {
        return bytes(b.build());
    }

    static String text(EdxmlPackage p) {
        return new String(bytes(p), StandardCharsets.UTF_8);
    }

    /** The package's XML with edits applied: pairs of text and replacement (each must be there). */
    static byte[] edit(EdxmlPackage p, String... fromTo) {
        String s = text(p);
        for (int i = 0; i < fromTo.length; i += 2) {
            assertTrue(s.contains(fromTo[i]), "the vector does not contain " + fromTo[i] + ":\n" + s);
            s = s.replace(fromTo[i], fromTo[i + 1]);
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndContents[i]));
                z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] zipOf(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ValidationReport validate(Profile profile, byte[] pkg) {
        return Validator.builder().profile(profile).clock(CLOCK).build().validate(pkg, "vector.edxml");
    }

    static List<Finding> findings(ValidationReport r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    /**
     * Asserts that {@code code} is found under each profile with the given severity ({@code null}: not reported, the
     * rule is off), {@code count} times, each at an element whose path ends with {@code pathEnd} and with a line.
     * Returns the findings of the first profile that reports them.
     */
    static List<Finding> expect(
            byte[] pkg, String code, Severity qcvn102, Severity axis, Severity lenient, int count, String pathEnd) {
        Severity[] expected = {qcvn102, axis, lenient};
        List<Finding> first = null;
        for (int i = 0; i < PROFILES.size(); i++) {
            ValidationReport r = validate(PROFILES.get(i), pkg);
            List<Finding> fs = findings(r, code);
            if (expected[i] == null) {
                assertTrue(fs.isEmpty(), code + " is off under " + PROFILES.get(i) + ": " + fs);
                continue;
            }
            assertEquals(count, fs.size(), code + " under " + PROFILES.get(i) + ": " + r.findings());
            for (Finding f : fs) {
                assertEquals(expected[i], f.severity(), code + " under " + PROFILES.get(i) + ": " + f);
                assertTrue(f.location().path().endsWith(pathEnd), "location of " + f + ", expected …" + pathEnd);
                assertTrue(f.location().line() > 0, "a line for " + f);
                assertTrue(!f.clause().isBlank(), "a clause for " + f);
            }
            if (first == null) {
                first = fs;
            }
        }
        if (first == null) {
            fail("no profile expects " + code);
        }
        return first;
    }

    /** {@link #expect} for one finding; returns it. */
    static Finding expectOne(
            byte[] pkg, String code, Severity qcvn102, Severity axis, Severity lenient, String pathEnd) {
        return expect(pkg, code, qcvn102, axis, lenient, 1, pathEnd).get(0);
    }

    /** Asserts that no profile reports {@code code}. */
    static void absent(byte[] pkg, String code) {
        for (Profile p : PROFILES) {
            List<Finding> fs = findings(validate(p, pkg), code);
            assertTrue(fs.isEmpty(), code + " should not be reported under " + p + ": " + fs);
        }
    }

    static void absent(byte[] pkg, String... codes) {
        for (String c : codes) {
            absent(pkg, c);
        }
    }

    /**
     * The area's Vietnamese and English bundles have the same codes, exactly those of the area's rules, with the same
     * placeholders; each text formats, has no stray single quote (MessageFormat would eat text) and is translated.
     */
    static void assertBundlesInSync(String area) {
        Properties vi = bundle(area, "vi");
        Properties en = bundle(area, "en");
        assertEquals(
                new TreeSet<>(en.stringPropertyNames()),
                new TreeSet<>(vi.stringPropertyNames()),
                "codes of messages_" + area + "_vi and _en");
        String prefix = "EDXML-" + area.toUpperCase(Locale.ROOT) + "-";
        Set<String> rules = RuleCatalogue.all().stream()
                .map(Rule::code)
                .filter(c -> c.startsWith(prefix))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(!rules.isEmpty(), "rules of area " + area);
        assertEquals(
                rules,
                new TreeSet<>(vi.stringPropertyNames()),
                "every " + area + " rule has a text, every text a rule");
        for (String code : rules) {
            Rule r = RuleCatalogue.all().stream()
                    .filter(x -> x.code().equals(code))
                    .findFirst()
                    .orElseThrow();
            assertTrue(!r.clause().isBlank(), code + " has a clause");
            assertTrue(PROFILES.stream().anyMatch(p -> r.severity(p).isPresent()), code + " applies somewhere");
            String v = vi.getProperty(code);
            String e = en.getProperty(code);
            assertEquals(placeholders(e), placeholders(v), code + ": same placeholders in both languages");
            for (String t : List.of(v, e)) {
                assertTrue(!t.replace("''", "").contains("'"), code + ": a single quote must be doubled: " + t);
            }
            assertTrue(!v.equals(e), code + " is translated");
            List<String> args = List.of("a0", "a1", "a2", "a3", "a4");
            for (Locale l : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                String m = r.message(l, args);
                assertTrue(!m.contains("{") && !m.startsWith(code), code + " formats: " + m);
            }
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d+}").matcher(pattern);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Properties bundle(String area, String language) {
        String name = "/dev/edxml/validate/messages_" + area + "_" + language + ".properties";
        try (InputStream in = RxFixtures.class.getResourceAsStream(name)) {
            assertTrue(in != null, "bundle " + name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
