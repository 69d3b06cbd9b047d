package dev.edxml.sign.pdf;

import dev.edxml.sign.SignerIdentity;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The signature timestamp of a PAdES baseline B-T signature: an RFC 3161 token, carried in the CMS unsigned attribute
 * {@code signature-time-stamp}, over the signature value. A valid one proves that the signature existed at
 * {@link #time()}; the signer's certificate is then checked at that time instead of the policy's.
 *
 * @param time      the time the time-stamping authority vouches for ({@code genTime})
 * @param authority who the authority's certificate names, when the token carries it
 * @param digestAlgorithm the algorithm of the token's message imprint, for example {@code SHA-256}
 * @param valid     whether the imprint matches the signature value, the token's signature verifies, and the
 *                  authority's certificate is a trusted time-stamping certificate (problems are on the signature)
 * @since 0.1.0
 */
public record PdfTimestamp(
        Instant time, Optional<SignerIdentity> authority, Optional<String> digestAlgorithm, boolean valid) {
    public PdfTimestamp {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(digestAlgorithm, "digestAlgorithm");
    }

    @Override
    public String toString() {
        return "PdfTimestamp[" + time + (valid ? ", valid" : ", NOT valid")
                + authority.map(a -> ", by " + a).orElse("")
                + digestAlgorithm.map(d -> ", " + d).orElse("") + "]";
    }
}
