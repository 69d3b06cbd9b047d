package dev.edxml.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.Finding;
import dev.edxml.Severity;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ENV rules: each triggered by one vector and quiet on a near miss, with its severity per profile. */
class EnvelopeRulesTest {
    private static final List<Profile> PROFILES = List.of(Profile.QCVN102, Profile.AXIS, Profile.LENIENT);

    static String good() throws Exception {
        EdocPackage p = Edxml.edoc()
                .header(MessageHeader.builder()
                        .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"))
                        .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                        .subject("Thử")
                        .build())
                .addAttachment(Attachment.builder()
                        .contentId("1")
                        .name("a.pdf")
                        .contentType("application/pdf")
                        .content("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
                        .build())
                .build();
        return new String(Edxml.toBytes(p), StandardCharsets.UTF_8);
    }

    static ValidationReport check(Profile p, String xml) {
        return Validator.of(p).validate(xml.getBytes(StandardCharsets.UTF_8), "env.edxml");
    }

    /** Asserts the code under each profile with the given severities (null = not reported) and a line. */
    static void expect(String xml, String code, Severity qcvn102, Severity axis, Severity lenient) {
        Severity[] s = {qcvn102, axis, lenient};
        for (int i = 0; i < 3; i++) {
            List<Finding> fs = check(PROFILES.get(i), xml).findings().stream()
                    .filter(f -> f.code().equals(code))
                    .toList();
            if (s[i] == null) {
                assertTrue(fs.isEmpty(), code + " off under " + PROFILES.get(i) + ": " + fs);
            } else {
                assertFalse(fs.isEmpty(), code + " under " + PROFILES.get(i));
                assertEquals(s[i], fs.get(0).severity(), code + " under " + PROFILES.get(i));
                assertTrue(fs.get(0).location().line() > 0, "a line for " + fs.get(0));
            }
        }
    }

    static void quiet(String xml, String code) {
        for (Profile p : PROFILES) {
            assertFalse(check(p, xml).has(code), code + " under " + p);
        }
    }

    @Test
    void env003JunkBeforeTheDeclaration() throws Exception {
        expect("1212" + good(), "EDXML-ENV-003", Severity.ERROR, Severity.ERROR, Severity.WARNING);
        quiet(good(), "EDXML-ENV-003");
    }

    @Test
    void env020BareEnvelope() throws Exception {
        String g = good();
        String env = g.substring(g.indexOf("<edXML:edXMLEnvelope"), g.indexOf("</edXML:edXMLEnvelope>") + 22);
        expect(env, "EDXML-ENV-020", Severity.WARNING, Severity.ERROR, Severity.INFO);
        quiet(g, "EDXML-ENV-020");
    }

    @Test
    void env021AttachmentsInsideTheEnvelope() throws Exception {
        String g = good();
        String att = g.substring(g.indexOf("  <AttachmentEncoded>"), g.indexOf("</AttachmentEncoded>") + 20);
        String inside = g.replace(att, "").replace("</edXML:edXMLEnvelope>", att + "</edXML:edXMLEnvelope>");
        expect(inside, "EDXML-ENV-021", Severity.WARNING, Severity.WARNING, Severity.INFO);
        quiet(g, "EDXML-ENV-021");
    }

    @Test
    void env023GatewayVocabulary() throws Exception {
        String g = good();
        String gateway = g.replace(
                "</edXML:edXMLEnvelope>",
                "<edXML:edXMLAttachments><edXML:Attachment>"
                        + "<edXML:AttachmentName>b.txt</edXML:AttachmentName></edXML:Attachment></edXML:edXMLAttachments>"
                        + "</edXML:edXMLEnvelope>");
        expect(gateway, "EDXML-ENV-023", Severity.ERROR, Severity.ERROR, Severity.WARNING);
        quiet(g, "EDXML-ENV-023");
    }

    @Test
    void env024ManifestAlias() throws Exception {
        String g = good();
        expect(
                g.replace("edXML:edXMLManifest", "edXML:Manifest"),
                "EDXML-ENV-024",
                Severity.WARNING,
                Severity.INFO,
                null);
        quiet(g, "EDXML-ENV-024");
    }

    @Test
    void env025ByteOrderMark() throws Exception {
        expect("\uFEFF" + good(), "EDXML-ENV-025", Severity.INFO, Severity.INFO, null);
        quiet(good(), "EDXML-ENV-025");
    }

    @Test
    void env026AttachmentsWithoutABody() throws Exception {
        String g = good();
        String body = g.substring(g.indexOf("    <edXML:edXMLBody>"), g.indexOf("</edXML:edXMLBody>") + 18);
        expect(g.replace(body, ""), "EDXML-ENV-026", Severity.ERROR, Severity.ERROR, Severity.WARNING);
        quiet(g, "EDXML-ENV-026");
    }
}
