package dev.edxml.testkit;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A certificate a {@link TestCa} issued, with its key pair and its chain (the certificate first, then its CAs up to
 * and including the root). TEST ONLY.
 *
 * @param keyPair     the subject's key pair
 * @param certificate the certificate
 * @param chain       the certificate, then its issuers up to the root
 */
public record Issued(KeyPair keyPair, X509Certificate certificate, List<X509Certificate> chain) {
    public Issued {
        chain = List.copyOf(chain);
    }

    /** The subject's private key. */
    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }
}
