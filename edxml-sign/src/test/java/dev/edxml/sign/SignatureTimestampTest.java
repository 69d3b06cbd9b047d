package dev.edxml.sign;

import com.sun.net.httpserver.HttpServer;
import dev.edxml.Edxml;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Validation time (ETSI EN 319 102-1): a trusted RFC 3161 signature timestamp from a local time-stamping authority
 * (BouncyCastle's TSP behind the JDK's HTTP server on 127.0.0.1) lets a signature stay valid after its certificate
 * expired; without one, a certificate that expired after the claimed signing time makes the signature INDETERMINATE,
 * not INVALID.
 */
class SignatureTimestampTest {
    static TestPki pki;
    static SigningKey key;
    static KeyPair tsaKey;
    static X509Certificate tsaCert;
    static HttpServer server;
    static URI tsa;
    static final AtomicInteger REQUESTS = new AtomicInteger();
    /** Two years on: the signer's certificate (valid for a year) has expired. */
    static final Instant LATER = Instant.now().plus(Duration.ofDays(730));

    @BeforeAll
    static void start() throws Exception {
        pki = new TestPki("CA thử nghiệm dấu thời gian");
        key = pki.signer(TestPki.rsa(), "Lê Thị Thời");
        tsaKey = TestPki.rsa();
        tsaCert = tsaCertificate(pki, tsaKey);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            REQUESTS.incrementAndGet();
            try {
                TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                TimeStampTokenGenerator g = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                        .build("SHA256withRSA", tsaKey.getPrivate(), tsaCert),
                        new JcaDigestCalculatorProviderBuilder().build().get(
                                new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                        org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)),
                        new ASN1ObjectIdentifier("1.2.3.4.5"));
                g.addCertificates(new JcaCertStore(List.of(tsaCert)));
                byte[] answer = new TimeStampResponseGenerator(g, TSPAlgorithms.ALLOWED)
                        .generate(request, BigInteger.valueOf(REQUESTS.get()), new Date()).getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        tsa = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    /** A time-stamping authority's certificate from the test CA: timeStamping as its only, critical, purpose. */
    static X509Certificate tsaCertificate(TestPki ca, KeyPair k) throws Exception {
        Instant now = Instant.now();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca.root, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))),
                new X500Name("C=VN,O=Dịch vụ dấu thời gian thử nghiệm,CN=TSA thử nghiệm"), k.getPublic());
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA")
                .build(ca.rootKey.getPrivate())));
    }

    static byte[] timestamped() throws Exception {
        return Edxml.toBytes(Signer.builder().key(key).timestampAuthority(TimestampAuthority.of(tsa)).build()
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
        int before = REQUESTS.get();
        byte[] pkg = timestamped();
        assertEquals(before + 1, REQUESTS.get(), "the authority was asked once");
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
        assertTrue(has(r, "EDXML-SIG-035"), r::toString);
        assertTrue(r.timestamp().isEmpty());
        assertEquals(SignatureReport.Verdict.INDETERMINATE, verifier(LATER).examine(damaged.getBytes(
                StandardCharsets.UTF_8)).verdict());
        // another signature's token: not over this signature value
        String other = new String(Edxml.toBytes(Signer.builder().key(key).timestampAuthority(TimestampAuthority.of(tsa))
                .build().sign(Fixtures.letter().toBuilder().header(Fixtures.letter().header().toBuilder()
                        .subject("V/v khác").build()).build())), StandardCharsets.UTF_8);
        int from = other.indexOf("EncapsulatedTimeStamp>");
        String token = other.substring(from, other.indexOf('<', from));
        String swapped = text.replaceFirst("EncapsulatedTimeStamp>[^<]*", java.util.regex.Matcher.quoteReplacement(token));
        assertFalse(swapped.equals(text));
        SignatureReport s = verifier(null).examine(swapped.getBytes(StandardCharsets.UTF_8));
        assertTrue(has(s, "EDXML-SIG-035"), s::toString);
        assertTrue(s.problems().stream().anyMatch(p -> p.args().stream().anyMatch(a -> a.contains("not over this"))),
                s::toString);
    }

    @Test
    void anUntrustedAuthorityProvesNothing() throws Exception {
        TestPki other = new TestPki("CA lạ");
        KeyPair k = TestPki.rsa();
        X509Certificate foreignTsa = tsaCertificate(other, k);
        byte[] pkg = timestamped();
        // verified against anchors that do not include the authority's root: the signer's CA only, through a
        // policy whose single anchor is a different CA for the authority (same signer root, so build anew)
        SignatureReport r = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build()).examine(pkg);
        assertTrue(r.timestamp().isPresent(), "the authority chains to the same test root here");
        assertTrue(foreignTsa.getSubjectX500Principal().getName().contains("TSA"));
        // a policy trusting only another root sees the signer as untrusted and the authority as untrusted
        SignatureReport foreign = Verifier.of(TrustPolicy.builder().trustAnchor(other.root).build()).examine(pkg);
        assertTrue(has(foreign, "EDXML-SIG-035"), foreign::toString);
        assertTrue(foreign.timestamp().isEmpty());
    }

    @Test
    void anUnreachableAuthorityIsAClearError() throws Exception {
        Signer s = Signer.builder().key(key).timestampAuthority(TimestampAuthority.of(
                URI.create("http://127.0.0.1:9/tsa")).timeout(Duration.ofSeconds(2))).build();
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
}
