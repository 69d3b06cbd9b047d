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
 * A private key and its certificate chain (signer first), from a PKCS#12 file, a Java KeyStore or a PKCS#11 token
 * (the USB tokens of Vietnamese CAs). The key never leaves its store; for a token, signing happens on the token.
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
     * @throws KeyAccessException when the file cannot be opened with the password or has no usable key
     */
    public static SigningKey fromPkcs12(Path file, char[] password, String alias) throws IOException, KeyAccessException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return fromKeyStore(ks, alias, password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || e.getMessage() != null
                    && e.getMessage().contains("password")) {
                throw new KeyAccessException("EDXML-SIG-101", e, file.toString());
            }
            throw e;
        } catch (GeneralSecurityException e) {
            throw e instanceof KeyAccessException ? (KeyAccessException) e
                    : new KeyAccessException("EDXML-SIG-101", e, file.toString());
        }
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
     * The provider is configured for this key only and is not added to the JVM's list of providers.
     *
     * @param pin   the token's user PIN
     * @param alias the entry, or {@code null} when the token holds exactly one key
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
            ks.load(null, pin);
            return fromKeyStore(ks, alias, null, p);
        } catch (IOException | GeneralSecurityException e) {
            throw e instanceof KeyAccessException ? (KeyAccessException) e
                    : new KeyAccessException("EDXML-SIG-104", e, config.toString());
        }
    }

    private static SigningKey fromKeyStore(KeyStore store, String alias, char[] password, Provider provider)
            throws KeyAccessException {
        try {
            String a = alias;
            if (a == null) {
                List<String> keys = new ArrayList<>();
                for (String s : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(s)) {
                        keys.add(s);
                    }
                }
                if (keys.size() != 1) {
                    throw new KeyAccessException("EDXML-SIG-102", null, String.valueOf(keys.size()), keys.toString());
                }
                a = keys.get(0);
            }
            if (!store.isKeyEntry(a)) {
                throw new KeyAccessException("EDXML-SIG-105", null, a);
            }
            PrivateKey key = (PrivateKey) store.getKey(a, password);
            Certificate[] certs = store.getCertificateChain(a);
            if (key == null || certs == null || certs.length == 0) {
                throw new KeyAccessException("EDXML-SIG-105", null, a);
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
        return "SigningKey[" + key.getAlgorithm() + ", " + chain.get(0).getSubjectX500Principal().getName()
                + (chain.size() > 1 ? ", chain of " + chain.size() : "") + (provider != null ? ", on "
                + provider.getName() : "") + "]";
    }
}
