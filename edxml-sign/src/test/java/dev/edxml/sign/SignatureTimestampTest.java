package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.testkit.LocalTsa;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validation time (ETSI EN 319 102-1): a trusted RFC 3161 signature timestamp from a local time-stamping authority
 * ({@link LocalTsa}: BouncyCastle's TSP behind the JDK's HTTP server on 127.0.0.1) lets a signature stay valid after its certificate
 * expired; without one, a certificate that expired after the claimed signing time makes the signature INDETERMINATE,
 * not INVALID.
 */
class SignatureTimestampTest {
    static TestPki pki;
    static SigningKey key;
    static LocalTsa authority;
    static URI tsa;
    /** Two years on: the signer's certificate (valid for a year) has expired. */
    @SuppressWarnings("TimeInStaticInitializer") // after every certificate made in this run expires
    static final Instant LATER = Instant.now().plus(Duration.ofDays(730));

    @BeforeAll
    static void start() throws Exception {
        pki = new TestPki("CA thử nghiệm dấu thời gian");
        key = pki.signer(TestPki.rsa(), "Lê Thị Thời");
        authority = LocalTsa.start(pki.ca);
        tsa = authority.uri();
    }

    @AfterAll
    static void stop() {
        authority.close();
    }

    static byte[] timestamped() throws Exception {
        return Edxml.toBytes(Signer.builder()
                .key(key)
                .timestampAuthority(TimestampAuthority.of(tsa))
                .build()
                .sign(Fixtures.letter()));
    }

    static Verifier verifier(Instant at) {
        TrustPolicy.Builder b = TrustPolicy.builder().trustAnchor(pki.root);
        if (at != null) {
            b.at(at);
        }
        return Verifier.of(b.build());
    }

    static boolean has(SignatureReport r, String code) {
        return r.problems().stream().anyMatch(p -> p.code().equals(code));
    }

    @Test
    void aTimestampedSignatureIsValidNowAndAfterItsCertificateExpired() throws Exception {
        int before = authority.requests();
        byte[] pkg = timestamped();
        assertEquals(before + 1, authority.requests(), "the authority was asked once");
        String text = new String(pkg, StandardCharsets.UTF_8);
        assertTrue(text.contains("EncapsulatedTimeStamp"), text);
        SignatureReport now = verifier(null).verify(pkg);
        assertTrue(now.timestamp().isPresent(), now::toString);
        assertTrue(has(now, "EDXML-SIG-029"), now::toString);
        assertEquals(now.timestamp().get(), now.checkedAt(), "the certificate was checked at the proven time");
        // two years on the certificate has expired, but the timestamp proves the signature existed while it was good
        SignatureReport later = verifier(LATER).examine(pkg);
        assertEquals(SignatureReport.Verdict.VALID, later.verdict(), later::toString);
        // the streaming and the DOM path agree
        assertEquals(later.verdict(), verifier(LATER).examineDom(pkg).verdict());
    }

    @Test
    void withoutATimestampAnExpiredCertificateIsIndeterminateNotInvalid() throws Exception {
        byte[] pkg = Edxml.toBytes(Signer.builder().key(key).build().sign(Fixtures.letter()));
        SignatureReport later = verifier(LATER).examine(pkg);
        assertEquals(SignatureReport.Verdict.INDETERMINATE, later.verdict(), later::toString);
        assertFalse(later.isValid());
        assertTrue(has(later, "EDXML-SIG-028"), later::toString);
        assertFalse(has(later, "EDXML-SIG-015"), later::toString);
        assertTrue(later.describe(java.util.Locale.ENGLISH).contains("INDETERMINATE"), later::toString);
        assertThrows(SignatureVerificationException.class, () -> verifier(LATER).verify(pkg));
    }

    @Test
    void aClaimedSigningTimeOutsideTheCertificateIsInvalid() throws Exception {
        // the signature claims a time before the certificate was issued: no time at which it was good
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofDays(400)), ZoneOffset.UTC);
        byte[] pkg = Edxml.toBytes(Signer.builder().key(key).clock(past).build().sign(Fixtures.letter()));
        SignatureReport later = verifier(LATER).examine(pkg);
        assertEquals(SignatureReport.Verdict.INVALID, later.verdict(), later::toString);
        assertTrue(has(later, "EDXML-SIG-015"), later::toString);
    }

    @Test
    void aDamagedOrForeignTokenProvesNothing() throws Exception {
        byte[] pkg = timestamped();
        String text = new String(pkg, StandardCharsets.UTF_8);
        int at = text.indexOf("EncapsulatedTimeStamp>") + "EncapsulatedTimeStamp>".length() + 200;
        String damaged = text.substring(0, at) + (text.charAt(at) == 'A' ? 'B' : 'A') + text.substring(at + 1);
        SignatureReport r = verifier(null).examine(damaged.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.isValid(), "the token is not signed by the signature: " + r);
        assertTrue(has(r, "EDXML-SIG-045"), r::toString);
        assertTrue(r.timestamp().isEmpty());
        assertEquals(
                SignatureReport.Verdict.INDETERMINATE,
                verifier(LATER)
                        .examine(damaged.getBytes(StandardCharsets.UTF_8))
                        .verdict());
        // another signature's token: not over this signature value
        String other = new String(
                Edxml.toBytes(Signer.builder()
                        .key(key)
                        .timestampAuthority(TimestampAuthority.of(tsa))
                        .build()
                        .sign(Fixtures.letter().toBuilder()
                                .header(Fixtures.letter().header().toBuilder()
                                        .subject("V/v khác")
                                        .build())
                                .build())),
                StandardCharsets.UTF_8);
        int from = other.indexOf("EncapsulatedTimeStamp>");
        String token = other.substring(from, other.indexOf('<', from));
        String swapped =
                text.replaceFirst("EncapsulatedTimeStamp>[^<]*", java.util.regex.Matcher.quoteReplacement(token));
        assertFalse(swapped.equals(text));
        SignatureReport s = verifier(null).examine(swapped.getBytes(StandardCharsets.UTF_8));
        assertTrue(has(s, "EDXML-SIG-045"), s::toString);
        assertTrue(
                s.problems().stream().anyMatch(p -> p.arguments().stream().anyMatch(a -> a.contains("not over this"))),
                s::toString);
    }

    @Test
    void anUntrustedAuthorityProvesNothing() throws Exception {
        TestPki other = new TestPki("CA lạ");
        KeyPair k = TestPki.rsa();
        X509Certificate foreignTsa = LocalTsa.certificate(other.ca, k);
        byte[] pkg = timestamped();
        // verified against anchors that do not include the authority's root: the signer's CA only, through a
        // policy whose single anchor is a different CA for the authority (same signer root, so build anew)
        SignatureReport r =
                Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build()).examine(pkg);
        assertTrue(r.timestamp().isPresent(), "the authority chains to the same test root here");
        assertTrue(foreignTsa.getSubjectX500Principal().getName().contains("TSA"));
        // a policy trusting only another root sees the signer as untrusted and the authority as untrusted
        SignatureReport foreign = Verifier.of(
                        TrustPolicy.builder().trustAnchor(other.root).build())
                .examine(pkg);
        assertTrue(has(foreign, "EDXML-SIG-045"), foreign::toString);
        assertTrue(foreign.timestamp().isEmpty());
    }

    @Test
    void anUnreachableAuthorityIsAClearError() throws Exception {
        Signer s = Signer.builder()
                .key(key)
                .timestampAuthority(TimestampAuthority.of(URI.create("http://127.0.0.1:9/tsa"))
                        .timeout(Duration.ofSeconds(2)))
                .build();
        IOException e = assertThrows(IOException.class, () -> s.sign(Fixtures.letter()));
        assertTrue(String.valueOf(e.getMessage()).length() > 0);
        assertThrows(IllegalArgumentException.class, () -> TimestampAuthority.of(URI.create("ftp://x/tsa")));
    }

    @Test
    void xmlsec1StillVerifiesATimestampedSignature(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Tools.require("xmlsec1");
        java.nio.file.Path f = java.nio.file.Files.write(dir.resolve("ts.edxml"), timestamped());
        java.nio.file.Path root = TestPki.pem(dir.resolve("root.pem"), pki.root);
        Tools.Result ok = Tools.run(List.of("xmlsec1", "--verify", "--trusted-pem", root.toString(), f.toString()));
        assertEquals(0, ok.exit(), ok.output());
    }

    @Test
    void aTokenMadeWithAnOrdinarySigningCertificateProvesNothing() throws Exception {
        // an attacker with any trusted signing certificate writes an RFC 3161 token (bypassing a TSA's software) that
        // backdates the signature; only a time-stamping authority's certificate (timeStamping alone) may do that
        byte[] pkg = Edxml.toBytes(Signer.builder().key(key).build().sign(Fixtures.letter()));
        String text = new String(pkg, StandardCharsets.UTF_8);
        org.w3c.dom.Document doc = dev.edxml.sign.internal.Dom.parse(pkg);
        org.w3c.dom.Element value =
                (org.w3c.dom.Element) doc.getElementsByTagNameNS(dev.edxml.sign.internal.Dsig.NS, "SignatureValue")
                        .item(0);
        byte[] imprint = java.security.MessageDigest.getInstance("SHA-256")
                .digest(dev.edxml.sign.internal.Dsig.canonicalizeExclusive(value));
        X509Certificate signer = key.chain().get(0);
        org.bouncycastle.asn1.tsp.TSTInfo info = new org.bouncycastle.asn1.tsp.TSTInfo(
                new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4"),
                new org.bouncycastle.asn1.tsp.MessageImprint(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256),
                        imprint),
                new org.bouncycastle.asn1.ASN1Integer(7),
                new org.bouncycastle.asn1.ASN1GeneralizedTime(java.util.Date.from(Instant.now())),
                null,
                org.bouncycastle.asn1.ASN1Boolean.FALSE,
                null,
                null,
                null);
        org.bouncycastle.asn1.ess.ESSCertIDv2 id = new org.bouncycastle.asn1.ess.ESSCertIDv2(
                java.security.MessageDigest.getInstance("SHA-256").digest(signer.getEncoded()));
        org.bouncycastle.asn1.cms.AttributeTable attrs =
                new org.bouncycastle.asn1.cms.AttributeTable(new org.bouncycastle.asn1.cms.Attribute(
                        org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                        new org.bouncycastle.asn1.DERSet(new org.bouncycastle.asn1.ess.SigningCertificateV2(id))));
        org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder sib =
                new org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder(
                        new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().build());
        sib.setSignedAttributeGenerator(new org.bouncycastle.cms.DefaultSignedAttributeTableGenerator(attrs));
        org.bouncycastle.cms.CMSSignedDataGenerator g = new org.bouncycastle.cms.CMSSignedDataGenerator();
        g.addSignerInfoGenerator(sib.build(
                new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()),
                signer));
        g.addCertificates(new org.bouncycastle.cert.jcajce.JcaCertStore(List.of(signer)));
        byte[] token = g.generate(
                        new org.bouncycastle.cms.CMSProcessableByteArray(
                                org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_ct_TSTInfo,
                                info.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER)),
                        true)
                .getEncoded();
        String object = "<Object><xades:QualifyingProperties xmlns:xades=\"http://uri.etsi.org/01903/v1.3.2#\" Target="
                + "\"#edxml-signature\"><xades:UnsignedProperties><xades:UnsignedSignatureProperties>"
                + "<xades:SignatureTimeStamp><xades:EncapsulatedTimeStamp>"
                + java.util.Base64.getEncoder().encodeToString(token)
                + "</xades:EncapsulatedTimeStamp></xades:SignatureTimeStamp>"
                + "</xades:UnsignedSignatureProperties></xades:UnsignedProperties></xades:QualifyingProperties></Object>";
        int end = text.lastIndexOf("</Signature>");
        byte[] forged = (text.substring(0, end) + object + text.substring(end)).getBytes(StandardCharsets.UTF_8);
        SignatureReport later = verifier(LATER).examine(forged);
        assertTrue(later.timestamp().isEmpty(), later::toString);
        assertTrue(
                later.problems().stream()
                        .anyMatch(p -> p.code().equals("EDXML-SIG-045")
                                && p.arguments().stream().anyMatch(a -> a.contains("time-stamping authority"))),
                later::toString);
        assertEquals(SignatureReport.Verdict.INDETERMINATE, later.verdict(), later::toString);
    }
}
