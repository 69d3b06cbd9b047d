package dev.edxml.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A local RFC 3161 time-stamping authority for tests (TEST ONLY): BouncyCastle's TSP behind the JDK's HTTP server on
 * 127.0.0.1, with a certificate issued by a test CA (timeStamping its only, critical, purpose).
 */
public final class LocalTsa implements AutoCloseable {
    private final X509Certificate certificate;
    private final KeyPair key;
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @SuppressWarnings("JavaUtilDate") // BouncyCastle's TSP API takes a Date
    private LocalTsa(TestCa ca) throws GeneralSecurityException, IOException {
        key = TestKeys.rsa();
        certificate = certificate(ca, key);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> {
            int n = requests.incrementAndGet();
            try {
                TimeStampRequest request =
                        new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                TimeStampTokenGenerator g = new TimeStampTokenGenerator(
                        new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", key.getPrivate(), certificate),
                        new JcaDigestCalculatorProviderBuilder()
                                .build()
                                .get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
                        new ASN1ObjectIdentifier("1.2.3.4.5"));
                g.addCertificates(new JcaCertStore(List.of(certificate)));
                byte[] answer = new TimeStampResponseGenerator(g, TSPAlgorithms.ALLOWED)
                        .generate(request, BigInteger.valueOf(n), new Date())
                        .getEncoded();
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
    }

    /** A running authority whose certificate the test CA {@code ca} issued. */
    public static LocalTsa start(TestCa ca) throws GeneralSecurityException, IOException {
        return new LocalTsa(ca);
    }

    /** A time-stamping authority's certificate from a test CA: timeStamping as its only, critical, purpose. */
    public static X509Certificate certificate(TestCa ca, KeyPair k) throws GeneralSecurityException {
        Instant now = Instant.now();
        return ca.leaf(new X500Name("C=VN,O=Dịch vụ dấu thời gian thử nghiệm,CN=TSA thử nghiệm"))
                .key(k)
                .validity(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)))
                .keyUsage(KeyUsage.digitalSignature)
                .criticalExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping)
                .withoutKeyIdentifiers()
                .issue()
                .certificate();
    }

    /** The authority's certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** Where to send time-stamp requests. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    /** How many requests it answered. */
    public int requests() {
        return requests.get();
    }

    @Override
    public String toString() {
        return "LocalTsa{" + uri() + ", " + requests() + " requests}";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
