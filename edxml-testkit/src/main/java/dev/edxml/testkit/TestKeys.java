package dev.edxml.testkit;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Key pairs for tests (TEST ONLY). Fresh by default; {@link #shared} for tests that need many and not new ones. */
public final class TestKeys {
    // a per-JVM memo, not state a test can change: a 2048-bit RSA key costs tens of milliseconds, and suites that make
    // hundreds of signers need distinct keys only where they say so
    private static final Map<String, KeyPair> SHARED = new ConcurrentHashMap<>();

    private TestKeys() {}

    /** A fresh 2048-bit RSA key pair. */
    public static KeyPair rsa() throws GeneralSecurityException {
        return rsa(2048);
    }

    /** A fresh RSA key pair of this size (below 2048 only to test that weak keys are refused). */
    public static KeyPair rsa(int bits) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(bits, new SecureRandom());
        return g.generateKeyPair();
    }

    /** A fresh EC key pair on P-256. */
    public static KeyPair ec() throws GeneralSecurityException {
        return ec("secp256r1");
    }

    /** A fresh EC key pair on a named curve ({@code secp384r1}, {@code secp521r1}…). */
    public static KeyPair ec(String curve) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec(curve));
        return g.generateKeyPair();
    }

    /**
     * The same 2048-bit RSA key pair for the same label, for the whole JVM: for tests that make many certificates and
     * do not care that two of them share a key.
     */
    public static KeyPair shared(String label) {
        return SHARED.computeIfAbsent(label, l -> {
            try {
                return rsa();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("no RSA key generator", e);
            }
        });
    }
}
