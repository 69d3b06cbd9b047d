package dev.edxml.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A private key (khóa bí mật) and its certificate chain (chứng thư số, signer first), from a PKCS#12 file, a Java
 * KeyStore or a PKCS#11 token (the USB tokens of Vietnamese CAs). The key never leaves its store; for a token, signing
 * happens on the token (thiết bị ký số). The certificate is one a Vietnamese CA issued to the signer (người ký): Ban
 * Cơ yếu Chính phủ (VGCA) for state bodies, or a public CA under NEAC; see {@link TrustProfile}. For remote signing
 * (ký số từ xa), where there is no key here, see {@link ExternalSigner} and {@link Signer#prepare}.
 *
 * @since 0.1.0
 */
public final class SigningKey {
    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final Provider provider;

    private SigningKey(PrivateKey key, List<X509Certificate> chain, Provider provider) {
        this.key = Objects.requireNonNull(key, "key");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
        this.chain = List.copyOf(chain);
        this.provider = provider;
    }

    /** A key in memory with its chain (signer's certificate first). */
    public static SigningKey of(PrivateKey key, List<X509Certificate> chain) {
        return new SigningKey(key, chain, null);
    }

    /**
     * The key of a PKCS#12 file ({@code .p12}, {@code .pfx}).
     *
     * @param alias the entry, or {@code null} when the file holds exactly one key
     * @throws KeyAccessException when the file cannot be opened with the password ({@code EDXML-SIG-101}), holds
     *                            several keys and no alias was given ({@code EDXML-SIG-102}) or has no key under the
     *                            alias ({@code EDXML-SIG-105})
     * @throws IOException        when the file cannot be read
     */
    public static SigningKey fromPkcs12(Path file, char[] password, String alias)
            throws IOException, KeyAccessException {
        KeyStore ks;
        try (InputStream in = Files.newInputStream(file)) {
            ks = KeyStore.getInstance("PKCS12");
            try {
                ks.load(in, password);
            } catch (IOException e) {
                // the JDK reports a wrong password, and a file that is no PKCS#12 at all, as an IOException from load;
                // failures to open the file are outside this try and stay IOExceptions
                throw new KeyAccessException("EDXML-SIG-101", e, file.toString());
            }
        } catch (GeneralSecurityException e) {
            throw e instanceof KeyAccessException
                    ? (KeyAccessException) e
                    : new KeyAccessException("EDXML-SIG-101", e, file.toString());
        }
        return fromKeyStore(ks, alias, password);
    }

    /**
     * The key of an entry of a loaded key store.
     *
     * @param alias the entry, or {@code null} when the store holds exactly one key
     */
    public static SigningKey fromKeyStore(KeyStore store, String alias, char[] password) throws KeyAccessException {
        return fromKeyStore(store, alias, password, null);
    }

    /**
     * The key of a PKCS#11 token through the JDK's SunPKCS11 provider. {@code config} is a SunPKCS11 configuration
     * file, for example:
     * <pre>
     * name = Token
     * library = /usr/lib/x86_64-linux-gnu/libeTPkcs11.so
     * slotListIndex = 0
     * </pre>
     * The provider is configured for this key only and is not added to the JVM's list of providers. PKCS#11 keeps a
     * token logged in for the whole process: once a PIN was accepted, later calls in the same JVM are not refused for
     * a wrong PIN. The configuration for real tokens is described in this module's README ("Keys and tokens").
     *
     * @param pin   the token's user PIN
     * @param alias the entry, or {@code null} when the token holds exactly one key
     * @throws KeyAccessException when the configuration or library is unusable ({@code EDXML-SIG-103}), the token
     *                            refused the PIN ({@code EDXML-SIG-106}) or cannot be read ({@code EDXML-SIG-104}),
     *                            or the key is ambiguous or missing ({@code EDXML-SIG-102}, {@code EDXML-SIG-105})
     */
    public static SigningKey fromPkcs11(Path config, char[] pin, String alias) throws KeyAccessException {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new KeyAccessException("EDXML-SIG-103", null, "SunPKCS11");
        }
        Provider p;
        try {
            p = base.configure(config.toString());
        } catch (RuntimeException e) {
            throw new KeyAccessException("EDXML-SIG-103", e, config.toString());
        }
        try {
            KeyStore ks = KeyStore.getInstance("PKCS11", p);
            try {
                ks.load(null, pin);
            } catch (IOException e) {
                Optional<String> refusal = loginRefusal(e);
                if (refusal.isPresent()) {
                    throw new KeyAccessException("EDXML-SIG-106", e, config.toString(), refusal.get());
                }
                throw e;
            }
            return fromKeyStore(ks, alias, null, p);
        } catch (IOException | GeneralSecurityException e) {
            throw e instanceof KeyAccessException
                    ? (KeyAccessException) e
                    : new KeyAccessException("EDXML-SIG-104", e, config.toString());
        }
    }

    /** The PKCS#11 reason ({@code CKR_PIN_INCORRECT}, {@code CKR_PIN_LOCKED}…) when the token refused the login. */
    private static Optional<String> loginRefusal(Throwable e) {
        boolean login = false;
        String reason = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            login |= t instanceof javax.security.auth.login.LoginException;
            if (t.getMessage() != null && t.getMessage().startsWith("CKR_")) {
                reason = t.getMessage();
            }
        }
        return login ? Optional.of(reason != null ? reason : "login failed") : Optional.empty();
    }

    private static SigningKey fromKeyStore(KeyStore store, String alias, char[] password, Provider provider)
            throws KeyAccessException {
        try {
            String a = alias;
            List<String> keys = new ArrayList<>();
            for (String s : Collections.list(store.aliases())) {
                if (store.isKeyEntry(s)) {
                    keys.add(s);
                }
            }
            if (a == null) {
                if (keys.size() != 1) {
                    throw new KeyAccessException("EDXML-SIG-102", null, String.valueOf(keys.size()), keys.toString());
                }
                a = keys.get(0);
            }
            // a wrong name is answered with the names there are, so that the next try is the right one
            if (!store.isKeyEntry(a)) {
                throw new KeyAccessException("EDXML-SIG-105", null, a, keys.toString());
            }
            PrivateKey key = (PrivateKey) store.getKey(a, password);
            Certificate[] certs = store.getCertificateChain(a);
            if (key == null || certs == null || certs.length == 0) {
                throw new KeyAccessException("EDXML-SIG-105", null, a, keys.toString());
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : certs) {
                chain.add((X509Certificate) c);
            }
            return new SigningKey(key, chain, provider);
        } catch (UnrecoverableKeyException e) {
            throw new KeyAccessException("EDXML-SIG-101", e, String.valueOf(alias));
        } catch (KeyStoreException | java.security.NoSuchAlgorithmException e) {
            throw new KeyAccessException("EDXML-SIG-104", e, String.valueOf(alias));
        }
    }

    /** The private key (possibly a handle to a key on a token). */
    public PrivateKey privateKey() {
        return key;
    }

    /** The signer's certificate followed by the rest of its chain. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** The provider that holds the key (a PKCS#11 token), if not a software key. */
    public Optional<Provider> provider() {
        return Optional.ofNullable(provider);
    }

    /** The algorithm this library signs with by default for this key: RSA-SHA256 or ECDSA-SHA256. */
    public SignatureAlgorithm defaultAlgorithm() {
        return "EC".equals(key.getAlgorithm()) ? SignatureAlgorithm.ECDSA_SHA256 : SignatureAlgorithm.RSA_SHA256;
    }

    @Override
    public String toString() {
        return "SigningKey[" + key.getAlgorithm() + ", "
                + chain.get(0).getSubjectX500Principal().getName()
                + (chain.size() > 1 ? ", chain of " + chain.size() : "")
                + (provider != null ? ", on " + provider.getName() : "") + "]";
    }
}
