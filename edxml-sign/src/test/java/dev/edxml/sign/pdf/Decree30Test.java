package dev.edxml.sign.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.sign.SignerIdentity;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import dev.edxml.sign.TrustPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One vector for each Decree 30/2020 finding, and the person/organisation heuristic. */
class Decree30Test {
    static TestPki pki;
    static SigningKey person;
    static SigningKey organisation;
    static TrustPolicy policy;

    @BeforeAll
    static void keys() throws Exception {
        pki = new TestPki("Root CA thử nghiệm");
        person = key("Nguyễn Văn An", "CCCD:001099012345", null);
        organisation = key("Sở Thông tin và Truyền thông", "MST:0100107370-001", "Sở Thông tin và Truyền thông");
        policy = PdfFixtures.trusting(pki);
    }

    /** A certificate with this common name, UID and organisation, issued by the test root. */
    static SigningKey key(String cn, String uid, String o) throws Exception {
        return pki.signerOf(TestPki.rsa(), o, uid, cn);
    }

    static PdfReport report(String name, byte[] pdf) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("d30");
        java.nio.file.Path f = java.nio.file.Files.write(dir.resolve(name), pdf);
        try {
            return PdfVerifier.of(policy).examine(f);
        } finally {
            java.nio.file.Files.delete(f);
            java.nio.file.Files.delete(dir);
        }
    }

    static Set<String> codes(List<dev.edxml.Finding> f) {
        return f.stream()
                .filter(x -> !x.code().equals(Decree30.ROLE))
                .map(dev.edxml.Finding::code)
                .collect(Collectors.toSet());
    }

    static byte[] signedBy(byte[] pdf, SigningKey... keys) throws Exception {
        byte[] out = pdf;
        for (SigningKey k : keys) {
            out = PdfFixtures.sign(out, k);
        }
        return out;
    }

    @Test
    void personThenOrganisationOnTheMainDocumentAndTheOrganisationOnAttachmentsIsClean() throws Exception {
        PdfReport main = report("chinh.pdf", signedBy(PdfFixtures.textPdf(), person, organisation));
        PdfReport att = report("kem-theo.pdf", signedBy(PdfFixtures.textPdf(), organisation));
        List<dev.edxml.Finding> f = Decree30.check(main, List.of(att));
        assertEquals(Set.of(), codes(f), f::toString);
        List<dev.edxml.Finding> roles =
                f.stream().filter(x -> x.code().equals(Decree30.ROLE)).toList();
        assertEquals(3, roles.size(), f::toString);
        assertTrue(
                roles.get(0).message(Locale.ENGLISH).contains("person (high confidence: personal ID CCCD"),
                f::toString);
        assertTrue(roles.get(1).message(Locale.ENGLISH).contains("organisation (high"), f::toString);
        assertTrue(roles.get(0).message(Locale.forLanguageTag("vi")).contains("độ tin cậy"), f::toString);
    }

    @Test
    void theOrganisationBeforeThePersonIsTheWrongOrder() throws Exception {
        List<dev.edxml.Finding> f =
                Decree30.check(report("a.pdf", signedBy(PdfFixtures.textPdf(), organisation, person)), List.of());
        assertEquals(Set.of(Decree30.ORDER), codes(f), f::toString);
        dev.edxml.Finding order = f.stream()
                .filter(x -> x.code().equals(Decree30.ORDER))
                .findFirst()
                .orElseThrow();
        assertTrue(order.clause().contains("Điều 32"), order::toString);
        assertTrue(order.message(Locale.forLanguageTag("vi")).contains("đứng trước"), order::toString);
    }

    @Test
    void aMissingPersonOrOrganisationSignatureIsFound() throws Exception {
        assertEquals(
                Set.of(Decree30.NO_ORGANISATION),
                codes(Decree30.check(report("a.pdf", signedBy(PdfFixtures.textPdf(), person)), List.of())));
        assertEquals(
                Set.of(Decree30.NO_PERSON),
                codes(Decree30.check(report("a.pdf", signedBy(PdfFixtures.textPdf(), organisation)), List.of())));
        assertEquals(
                Set.of(Decree30.NO_SIGNATURE),
                codes(Decree30.check(report("a.pdf", PdfFixtures.textPdf()), List.of())));
    }

    @Test
    void anAttachedFileMustBeSignedByTheOrganisation() throws Exception {
        PdfReport main = report("chinh.pdf", signedBy(PdfFixtures.textPdf(), person, organisation));
        List<dev.edxml.Finding> f =
                Decree30.checkInOrder(List.of(main, report("phu-luc.pdf", signedBy(PdfFixtures.textPdf(), person))));
        assertEquals(Set.of(Decree30.ATTACHED_NOT_ORGANISATION), codes(f), f::toString);
        assertTrue(f.stream().anyMatch(x -> x.clause().contains("khoản 8 điểm b")));
    }

    @Test
    void somethingAfterTheLastSignatureThatNoCertificationPermitsIsFound() throws Exception {
        byte[] both = signedBy(PdfFixtures.textPdf(), person, organisation);
        List<dev.edxml.Finding> f =
                Decree30.check(report("a.pdf", PdfFixtures.appendEmptySignatureField(both)), List.of());
        assertEquals(Set.of(Decree30.AFTER_LAST), codes(f), f::toString);
        // validation data (DSS) after the last signature is what long-term validation adds: allowed
        assertEquals(
                Set.of(),
                codes(Decree30.check(
                        report(
                                "a.pdf",
                                PdfFixtures.appendDss(
                                        both, organisation.chain().get(0).getEncoded())),
                        List.of())));
    }

    @Test
    void theRoleHeuristicSaysHowSureItIs() throws Exception {
        assertEquals(
                new SignerRole(SignerRole.Kind.PERSON, SignerRole.Confidence.HIGH, "personal ID CCCD:001099012345"),
                SignerRole.of(SignerIdentity.of(person.chain().get(0))));
        SignerRole org = SignerRole.of(SignerIdentity.of(organisation.chain().get(0)));
        assertEquals(SignerRole.Kind.ORGANISATION, org.kind());
        assertEquals(SignerRole.Confidence.HIGH, org.confidence());
        SignerRole staff = SignerRole.of(SignerIdentity.of(
                key("Trần Thị Bình", "MST:0100107370", "Bộ Tài chính").chain().get(0)));
        assertEquals(SignerRole.Kind.PERSON, staff.kind());
        assertEquals(SignerRole.Confidence.MEDIUM, staff.confidence());
        SignerRole agency = SignerRole.of(SignerIdentity.of(
                key("Ủy ban nhân dân tỉnh Nghệ An", null, null).chain().get(0)));
        assertEquals(SignerRole.Kind.ORGANISATION, agency.kind());
        assertEquals(SignerRole.Confidence.MEDIUM, agency.confidence());
        SignerRole unknown = SignerRole.of(
                SignerIdentity.of(key("server01", null, null).chain().get(0)));
        assertEquals(SignerRole.Kind.UNKNOWN, unknown.kind());
        assertEquals(SignerRole.Confidence.LOW, unknown.confidence());
    }
}
