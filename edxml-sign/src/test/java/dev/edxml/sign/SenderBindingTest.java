package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.Severity;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.Organization;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Is the signer the sending agency? Every verification answers MATCH, NO_EVIDENCE or MISMATCH, with the evidence. */
class SenderBindingTest {
    static TestPki pki;
    static KeyPair keys;
    static SigningKey vpcp;
    static SigningKey laiChau;
    static SigningKey company;
    static SigningKey person;

    @BeforeAll
    static void setUp() throws Exception {
        pki = new TestPki("CA thử nghiệm người gửi");
        keys = TestPki.rsa();
        vpcp = pki.signerOf(keys, "VĂN PHÒNG CHÍNH PHỦ", null, "Văn phòng Chính phủ");
        laiChau = pki.signerOf(keys, "Ủy ban nhân dân tỉnh Lai Châu", null, "Nguyễn Văn Lai");
        company = pki.signerOf(keys, "Công ty TNHH Phần mềm ABC", "MST:0101234567", "Công ty TNHH Phần mềm ABC");
        person = pki.signerOf(keys, null, "CCCD:001085012345", "Trần Thị Bình");
    }

    static byte[] signedBy(SigningKey key, EdocPackage pkg) throws Exception {
        return Edxml.toBytes(Signer.builder().key(key).build().sign(pkg));
    }

    static SignatureReport verify(byte[] pkg, TrustPolicy.Builder policy) {
        Verifier v = Verifier.of(policy.trustAnchor(pki.root).build());
        SignatureReport streamed = v.examine(pkg);
        assertEquals(streamed.senderBinding(), v.examineDom(pkg).senderBinding(), "both paths bind the same way");
        return streamed;
    }

    static boolean has(SignatureReport r, String code, Severity s) {
        return r.problems().stream().anyMatch(p -> p.code().equals(code) && p.severity() == s);
    }

    @Test
    void theCertificateNamingTheSenderIsAMatch() throws Exception {
        SignatureReport r = verify(signedBy(vpcp, Fixtures.letter()), TrustPolicy.builder());
        assertTrue(r.isValid(), r::toString);
        assertEquals(SenderBinding.Status.MATCH, r.senderBinding().orElseThrow().status(), r::toString);
        assertEquals("000.00.00.G22", r.senderBinding().orElseThrow().organId().orElseThrow());
    }

    @Test
    void anotherAgencysCertificateIsAWarningAndAnErrorWhenRequired() throws Exception {
        byte[] pkg = signedBy(laiChau, Fixtures.letter());
        SignatureReport r = verify(pkg, TrustPolicy.builder());
        assertTrue(r.isValid(), "by default a warning: " + r);
        assertEquals(
                SenderBinding.Status.MISMATCH, r.senderBinding().orElseThrow().status());
        assertTrue(has(r, "EDXML-SIG-026", Severity.WARNING), r::toString);
        assertTrue(r.senderBinding().orElseThrow().evidence().contains("Lai Châu"), r::toString);
        SignatureReport strict = verify(pkg, TrustPolicy.builder().requireSenderMatch());
        assertFalse(strict.isValid());
        assertTrue(has(strict, "EDXML-SIG-026", Severity.ERROR), strict::toString);
        assertThrows(SignatureVerificationException.class, () -> Verifier.of(TrustPolicy.builder()
                        .trustAnchor(pki.root)
                        .requireSenderMatch()
                        .build())
                .verify(pkg));
    }

    @Test
    void aCompanysCertificateOnAGovernmentLetterIsAMismatch() throws Exception {
        SignatureReport r = verify(signedBy(company, Fixtures.letter()), TrustPolicy.builder());
        assertEquals(
                SenderBinding.Status.MISMATCH, r.senderBinding().orElseThrow().status(), r::toString);
    }

    @Test
    void aPersonalCertificateWithoutOrganisationIsNoEvidence() throws Exception {
        byte[] pkg = signedBy(person, Fixtures.letter());
        SignatureReport r = verify(pkg, TrustPolicy.builder());
        assertTrue(r.isValid(), r::toString);
        assertEquals(
                SenderBinding.Status.NO_EVIDENCE,
                r.senderBinding().orElseThrow().status(),
                r::toString);
        assertTrue(has(r, "EDXML-SIG-027", Severity.INFO), r::toString);
        assertFalse(verify(pkg, TrustPolicy.builder().requireSenderMatch()).isValid());
    }

    @Test
    void namesAreComparedTheVietnameseWay() throws Exception {
        // "UBND Tỉnh Lai Châu" in the package, "Ủy ban nhân dân tỉnh Lai Châu" in the certificate: the same agency
        EdocPackage fromLaiChau = Fixtures.letter().toBuilder()
                .header(Fixtures.letter().header().toBuilder()
                        .from(Organization.of("000.00.00.H29", "UBND Tỉnh Lai Châu"))
                        .build())
                .build();
        SignatureReport r = verify(signedBy(laiChau, fromLaiChau), TrustPolicy.builder());
        assertEquals(SenderBinding.Status.MATCH, r.senderBinding().orElseThrow().status(), r::toString);
        assertEquals(
                SenderBinder.normalize("Uỷ ban nhân dân Tỉnh Lai Châu"), SenderBinder.normalize("UBND tỉnh Lai Châu"));
        assertEquals(SenderBinder.normalize("Công ty TNHH Hoà Bình"), SenderBinder.normalize("CÔNG TY TNHH HÒA BÌNH"));
        assertEquals("dong thap", SenderBinder.normalize("Đồng  Tháp"));
    }

    @Test
    void aDirectoryBindsByCertificateTaxCodeOrName(@TempDir Path dir) throws Exception {
        String laiChauSha = SenderBinder.fingerprint(laiChau.chain().get(0));
        Path csv = Files.writeString(
                dir.resolve("don-vi.csv"),
                "organId,name,taxCode,certificates,keyIds\n"
                        + "000.00.00.G22,Văn phòng Chính phủ,,\""
                        + SenderBinder.fingerprint(vpcp.chain().get(0)) + "\",\n"
                        + "000.00.00.H29,\"UBND tỉnh Lai Châu\",," + laiChauSha.toUpperCase(java.util.Locale.ROOT)
                        + ",\n"
                        + "000.00.12.H29,Công ty ABC,0101234567,,\n",
                StandardCharsets.UTF_8);
        AgencyDirectory d = AgencyDirectory.read(csv);
        assertEquals(3, d.entries().size());
        // the listed certificate: a match; a certificate the directory lists for another agency: a mismatch
        assertEquals(
                SenderBinding.Status.MATCH,
                verify(signedBy(vpcp, Fixtures.letter()), TrustPolicy.builder().agencyDirectory(d))
                        .senderBinding()
                        .orElseThrow()
                        .status());
        SignatureReport other = verify(
                signedBy(laiChau, Fixtures.letter()), TrustPolicy.builder().agencyDirectory(d));
        assertEquals(
                SenderBinding.Status.MISMATCH,
                other.senderBinding().orElseThrow().status());
        assertTrue(other.senderBinding().orElseThrow().evidence().contains("000.00.00.H29"), other::toString);
        // a certificate not listed where the directory lists others: a mismatch even though the names agree
        SigningKey vpcp2 = pki.signerOf(TestPki.rsa(), "Văn phòng Chính phủ", null, "Văn phòng Chính phủ");
        assertEquals(
                SenderBinding.Status.MISMATCH,
                verify(signedBy(vpcp2, Fixtures.letter()), TrustPolicy.builder().agencyDirectory(d))
                        .senderBinding()
                        .orElseThrow()
                        .status());
        // by tax code
        EdocPackage fromCompany = Fixtures.letter().toBuilder()
                .header(Fixtures.letter().header().toBuilder()
                        .from(Organization.of("000.00.12.H29", "ABC"))
                        .build())
                .build();
        SignatureReport tax =
                verify(signedBy(company, fromCompany), TrustPolicy.builder().agencyDirectory(d));
        assertEquals(
                SenderBinding.Status.MATCH, tax.senderBinding().orElseThrow().status(), tax::toString);
    }

    @Test
    void theAxisAgencyListIsADirectoryOfCodesAndNames(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(
                dir.resolve("agencies.json"),
                "{\"status\":\"OK\",\"data\":["
                        + "{\"id\":\"1\",\"pid\":\"0\",\"code\":\"000.00.00.G22\",\"name\":\"Văn phòng Chính phủ\","
                        + "\"mail\":\"vpcp@chinhphu.vn\",\"oldCode\":\"G22\"},"
                        + "{\"id\":\"2\",\"pid\":\"0\",\"code\":\"000.00.00.H29\",\"name\":\"UBND tỉnh Lai Châu\"}]}",
                StandardCharsets.UTF_8);
        AgencyDirectory d = AgencyDirectory.read(json);
        assertEquals(2, d.entries().size());
        assertTrue(d.find("G22").isPresent(), "an old code is an alias");
        SignatureReport r = verify(
                signedBy(laiChau, Fixtures.letter()), TrustPolicy.builder().agencyDirectory(d));
        assertEquals(
                SenderBinding.Status.MISMATCH, r.senderBinding().orElseThrow().status(), r::toString);
        // a sender the directory does not know: the names decide, and the evidence says so
        EdocPackage unknown = Fixtures.letter().toBuilder()
                .header(Fixtures.letter().header().toBuilder()
                        .from(Organization.of("000.00.00.Z99", "Văn phòng Chính phủ"))
                        .build())
                .build();
        SignatureReport u =
                verify(signedBy(vpcp, unknown), TrustPolicy.builder().agencyDirectory(d));
        // a code the directory does not know is bound to nothing, even though the names agree
        assertEquals(
                SenderBinding.Status.NO_EVIDENCE,
                u.senderBinding().orElseThrow().status());
        assertTrue(u.senderBinding().orElseThrow().evidence().contains("not in the directory"), u::toString);
    }

    @Test
    void aBrokenDirectoryFileSaysWhereAndNoSignatureIsBoundWhenTheValueDoesNotVerify(@TempDir Path dir)
            throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "name,taxCode\nx,y\n", StandardCharsets.UTF_8);
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> AgencyDirectory.read(bad));
        assertTrue(e.getMessage().contains("organId"), e.getMessage());
        Path badJson = Files.writeString(dir.resolve("bad.json"), "{\"data\": [1,", StandardCharsets.UTF_8);
        assertThrows(java.io.IOException.class, () -> AgencyDirectory.read(badJson));
        byte[] tampered = VerifierTest.replace(signedBy(laiChau, Fixtures.letter()), "V/v kết nối", "V/v sửa");
        assertEquals(
                java.util.Optional.empty(),
                verify(tampered, TrustPolicy.builder()).senderBinding());
    }

    @Test
    void namesThePackageChoseNeverOutweighTheDirectoryOrBindAPerson(@TempDir Path dir) throws Exception {
        // a personal certificate (no O) and a package whose OrganName is that person's name: no agency is named
        EdocPackage personal = Fixtures.letter().toBuilder()
                .header(Fixtures.letter().header().toBuilder()
                        .from(Organization.of("000.00.00.G22", "Trần Thị Bình"))
                        .build())
                .build();
        assertEquals(
                SenderBinding.Status.NO_EVIDENCE,
                verify(signedBy(person, personal), TrustPolicy.builder())
                        .senderBinding()
                        .orElseThrow()
                        .status());
        // a directory with names only (as the axis' agency list): its name decides, not the package's OrganName
        Path names = Files.writeString(
                dir.resolve("names.csv"), "organId,name\n000.00.00.G22,Văn phòng Chính phủ\n", StandardCharsets.UTF_8);
        EdocPackage claimed = Fixtures.letter().toBuilder()
                .header(Fixtures.letter().header().toBuilder()
                        .from(Organization.of("000.00.00.G22", "Ủy ban nhân dân tỉnh Lai Châu"))
                        .build())
                .build();
        SignatureReport r =
                verify(signedBy(laiChau, claimed), TrustPolicy.builder().agencyDirectory(AgencyDirectory.read(names)));
        assertEquals(
                SenderBinding.Status.MISMATCH, r.senderBinding().orElseThrow().status(), r::toString);
        // the directory's codes are found whatever their case
        assertTrue(AgencyDirectory.read(names).find("000.00.00.g22").isPresent());
    }

    @Test
    void oneRowPerCertificateIsOneAgency(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(
                dir.resolve("rows.csv"),
                "organId,name,taxCode,certificates,keyIds\n"
                        + "000.00.00.G22,Văn phòng Chính phủ,,0000000000000000000000000000000000000000000000000000000000000000,\n"
                        + "000.00.00.G22,,,"
                        + SenderBinder.fingerprint(vpcp.chain().get(0)) + ",\n",
                StandardCharsets.UTF_8);
        AgencyDirectory d = AgencyDirectory.read(csv);
        assertEquals(1, d.entries().size());
        assertEquals(2, d.entries().get(0).certificates().size());
        assertEquals(
                SenderBinding.Status.MATCH,
                verify(signedBy(vpcp, Fixtures.letter()), TrustPolicy.builder().agencyDirectory(d))
                        .senderBinding()
                        .orElseThrow()
                        .status());
        Path bad = Files.writeString(dir.resolve("bad.json"), "[{\"organId\": 5}]", StandardCharsets.UTF_8);
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> AgencyDirectory.read(bad));
        assertTrue(e.getMessage().contains("entry 1: organId is not a string"), e.getMessage());
    }
}
