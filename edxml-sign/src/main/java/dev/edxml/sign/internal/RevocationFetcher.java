package dev.edxml.sign.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Fetches revocation data named in certificates, only when a trust policy allows the network: an OCSP response from
 * the responder of the Authority Information Access extension (RFC 6960, HTTP POST), else a CRL from the CRL
 * distribution points. Only {@code http} and {@code https} URLs; every exchange bounded in time and size; answers
 * kept in an optional on-disk cache (one file per URL, named by a SHA-256 of it, written atomically) until their
 * {@code nextUpdate}. What is fetched is not trusted here: the JDK's PKIX revocation checker verifies its signature.
 */
public final class RevocationFetcher {
    /** A CRL without nextUpdate is fetched again after this long; an OCSP response without nextUpdate, after 1 hour. */
    private static final Duration CRL_MAX_AGE = Duration.ofHours(24);

    private static final Duration OCSP_MAX_AGE = Duration.ofHours(1);

    private final HttpClient client;
    private final Duration timeout;
    private final long maxCrlBytes;
    private final long maxOcspBytes;
    private final Path cache;
    private final Clock clock;

    public RevocationFetcher(Duration timeout, long maxCrlBytes, long maxOcspBytes, Path cache, Clock clock) {
        this.timeout = timeout;
        this.maxCrlBytes = maxCrlBytes;
        this.maxOcspBytes = maxOcspBytes;
        this.cache = cache;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** What was fetched for one certificate, and what went wrong on the way (URL and reason, for the report). */
    public record Fetched(Optional<byte[]> ocsp, List<X509CRL> crls, List<String> failures) {}

    /** OCSP first (small, current); the CRLs only when no OCSP response could be had. */
    public Fetched fetch(X509Certificate cert, X509Certificate issuer) {
        List<String> failures = new ArrayList<>();
        for (String url : urls(cert, true)) {
            try {
                return new Fetched(Optional.of(ocsp(url, cert, issuer)), List.of(), failures);
            } catch (IOException | RuntimeException e) {
                failures.add(url + " (" + reason(e) + ")");
            }
        }
        List<X509CRL> crls = new ArrayList<>();
        for (String url : urls(cert, false)) {
            try {
                crls.add(crl(url));
                break;
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                failures.add(url + " (" + reason(e) + ")");
            }
        }
        if (crls.isEmpty() && failures.isEmpty()) {
            failures.add("no OCSP responder or CRL distribution point in the certificate");
        }
        return new Fetched(Optional.empty(), crls, failures);
    }

    private byte[] ocsp(String url, X509Certificate cert, X509Certificate issuer) throws Exception0 {
        try {
            CertificateID id = new CertificateID(
                    new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer),
                    cert.getSerialNumber());
            String key = "ocsp-"
                    + hash(url + "\n"
                            + HexFormat.of().formatHex(id.toASN1Primitive().getEncoded()));
            Optional<byte[]> cached = cached(key, b -> ocspFreshUntil(b, id));
            if (cached.isPresent()) {
                return cached.get();
            }
            byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
            byte[] body = exchange(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(timeout)
                            .header("Content-Type", "application/ocsp-request")
                            .header("Accept", "application/ocsp-response")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                            .build(),
                    maxOcspBytes);
            OCSPResp resp = new OCSPResp(body);
            if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
                throw new IOException("OCSP response status " + resp.getStatus());
            }
            store(key, body, ocspFreshUntil(body, id));
            return body;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new Exception0(e);
        } catch (Exception e) {
            throw new Exception0(new IOException(e.getMessage(), e));
        }
    }

    private X509CRL crl(String url) throws IOException, GeneralSecurityException {
        String key = "crl-" + hash(url);
        Optional<byte[]> cached = cached(key, b -> crlFreshUntil(parseCrl(b)));
        byte[] body = cached.isPresent()
                ? cached.get()
                : exchange(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(timeout)
                                .GET()
                                .build(),
                        maxCrlBytes);
        X509CRL crl = parseCrl(body);
        if (cached.isEmpty()) {
            store(key, body, crlFreshUntil(crl));
        }
        return crl;
    }

    private byte[] exchange(HttpRequest request, long limit) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos() * 2;
        HttpResponse<InputStream> response;
        try {
            response = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    .get(timeout.toNanos() * 2, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(reason(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("no answer within " + timeout.toMillis() * 2 + " ms");
        }
        InputStream in = response.body();
        try (in) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            // the body is read in another thread so that a server that stops sending cannot hold us past the deadline
            CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> readLimited(in, limit));
            return read.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            throw new IOException(reason(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("answer not complete within " + timeout.toMillis() * 2 + " ms");
        }
    }

    private static byte[] readLimited(InputStream in, long limit) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new IllegalStateException("answer larger than " + limit + " bytes");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private interface Freshness {
        Instant until(byte[] body) throws Exception;
    }

    private Optional<byte[]> cached(String key, Freshness freshness) {
        if (cache == null) {
            return Optional.empty();
        }
        Path f = cache.resolve(key);
        try {
            if (!Files.isRegularFile(f)) {
                return Optional.empty();
            }
            byte[] b = Files.readAllBytes(f);
            return freshness.until(b).isAfter(clock.instant()) ? Optional.of(b) : Optional.empty();
        } catch (Exception e) {
            // an unreadable or damaged cache entry is fetched again
            return Optional.empty();
        }
    }

    private void store(String key, byte[] body, Instant until) {
        if (cache == null || !until.isAfter(clock.instant())) {
            return;
        }
        try {
            Files.createDirectories(cache);
            Path tmp = Files.createTempFile(cache, key, ".tmp");
            Files.write(tmp, body);
            try {
                Files.move(
                        tmp, cache.resolve(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, cache.resolve(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a cache that cannot be written only costs a fetch next time
        }
    }

    private Instant ocspFreshUntil(byte[] body, CertificateID id) throws Exception {
        BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(body).getResponseObject();
        for (SingleResp r : basic.getResponses()) {
            if (r.getCertID().equals(id)) {
                return r.getNextUpdate() != null
                        ? r.getNextUpdate().toInstant()
                        : r.getThisUpdate().toInstant().plus(OCSP_MAX_AGE);
            }
        }
        return Instant.MIN;
    }

    private static Instant crlFreshUntil(X509CRL crl) {
        return crl.getNextUpdate() != null
                ? crl.getNextUpdate().toInstant()
                : crl.getThisUpdate().toInstant().plus(CRL_MAX_AGE);
    }

    private static X509CRL parseCrl(byte[] b) throws GeneralSecurityException {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(b));
    }

    /** The http(s) URLs of the certificate's OCSP responders ({@code ocsp}) or CRL distribution points. */
    public static List<String> urls(X509Certificate cert, boolean ocsp) {
        List<String> out = new ArrayList<>();
        try {
            byte[] ext = cert.getExtensionValue(
                    (ocsp ? Extension.authorityInfoAccess : Extension.cRLDistributionPoints).getId());
            if (ext == null) {
                return out;
            }
            ASN1Primitive v = JcaX509ExtensionUtils.parseExtensionValue(ext);
            List<GeneralName> names = new ArrayList<>();
            if (ocsp) {
                for (AccessDescription d :
                        AuthorityInformationAccess.getInstance(v).getAccessDescriptions()) {
                    if (AccessDescription.id_ad_ocsp.equals(d.getAccessMethod())) {
                        names.add(d.getAccessLocation());
                    }
                }
            } else {
                for (DistributionPoint p : CRLDistPoint.getInstance(v).getDistributionPoints()) {
                    DistributionPointName n = p.getDistributionPoint();
                    if (n != null && n.getType() == DistributionPointName.FULL_NAME) {
                        names.addAll(
                                List.of(GeneralNames.getInstance(n.getName()).getNames()));
                    }
                }
            }
            for (GeneralName n : names) {
                if (n.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    String url = n.getName().toString();
                    String scheme = url.contains(":")
                            ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT)
                            : "";
                    if (scheme.equals("http") || scheme.equals("https")) {
                        out.add(url);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable extension names no URL
        }
        return out;
    }

    private static String hash(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e instanceof Exception0 && e.getCause() != null ? e.getCause() : e;
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /** Wraps whatever building, sending or parsing an OCSP exchange throws. */
    private static final class Exception0 extends IOException {
        private static final long serialVersionUID = 1L;

        Exception0(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    @Override
    public String toString() {
        return "RevocationFetcher[timeout " + timeout + ", CRL ≤ " + maxCrlBytes + " bytes, OCSP ≤ " + maxOcspBytes
                + " bytes, cache " + (cache == null ? "none" : cache) + "]";
    }
}
