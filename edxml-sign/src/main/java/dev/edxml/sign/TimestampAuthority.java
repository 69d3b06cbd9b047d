package dev.edxml.sign;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * An RFC 3161 time-stamping authority (đơn vị cấp dấu thời gian) reached over HTTP: {@link Signer} asks it for a
 * signature timestamp, the proof that the signature existed at a time, which lets a verifier check the signer's
 * certificate at that time rather than now (a certificate that expired since still gives a valid signature).
 * Immutable and thread-safe; it is contacted only when a signer that names it signs.
 *
 * @since 0.1.0
 */
public final class TimestampAuthority {
    /** The most bytes of a timestamp response read (a token with its certificates is a few kilobytes). */
    private static final int MAX_RESPONSE = 1 << 20;
    /** The digest the request asks to be timestamped: SHA-256. */
    static final String DIGEST_OID = "2.16.840.1.101.3.4.2.1";

    private final URI uri;
    private final Duration timeout;
    private final HttpClient client;

    private TimestampAuthority(URI uri, Duration timeout) {
        this.uri = uri;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The authority at this {@code http} or {@code https} address, with a 30-second timeout. */
    public static TimestampAuthority of(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("a time-stamping authority is reached over http or https: " + uri);
        }
        return new TimestampAuthority(uri, Duration.ofSeconds(30));
    }

    /** The same authority with another timeout (connection and answer). */
    public TimestampAuthority timeout(Duration t) {
        if (t.isNegative() || t.isZero()) {
            throw new IllegalArgumentException("timeout: " + t);
        }
        return new TimestampAuthority(uri, t);
    }

    public URI uri() {
        return uri;
    }

    /**
     * A timestamp token over a SHA-256 digest, checked to answer this request (status granted, same digest, same
     * nonce).
     *
     * @throws IOException              when the authority cannot be reached or answers with something else
     * @throws GeneralSecurityException when its answer is not a timestamp of this digest
     */
    byte[] token(byte[] sha256) throws IOException, GeneralSecurityException {
        TimeStampRequestGenerator g = new TimeStampRequestGenerator();
        g.setCertReq(true);
        BigInteger nonce = new BigInteger(63, new SecureRandom());
        TimeStampRequest request =
                g.generate(new org.bouncycastle.asn1.ASN1ObjectIdentifier(DIGEST_OID), sha256, nonce);
        HttpRequest http = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                .build();
        HttpResponse<InputStream> answer;
        try {
            answer = client.send(http, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while asking " + uri + " for a timestamp");
        }
        byte[] body;
        try (InputStream in = answer.body()) {
            body = in.readNBytes(MAX_RESPONSE + 1);
        }
        if (answer.statusCode() != 200) {
            throw new IOException("the time-stamping authority " + uri + " answered HTTP " + answer.statusCode());
        }
        if (body.length > MAX_RESPONSE) {
            throw new IOException(
                    "the time-stamping authority " + uri + " answered more than " + MAX_RESPONSE + " bytes");
        }
        try {
            TimeStampResponse response = new TimeStampResponse(body);
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new GeneralSecurityException(
                        "the time-stamping authority " + uri + " granted no timestamp: " + response.getStatusString());
            }
            return token.getEncoded();
        } catch (TSPException e) {
            throw new GeneralSecurityException(
                    "the answer of " + uri + " is not a timestamp of this signature: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "TimestampAuthority[" + uri + ", timeout " + timeout.toSeconds() + " s]";
    }
}
