package dev.edxml.sign;

import dev.edxml.testkit.Issued;
import dev.edxml.testkit.TestCa;
import dev.edxml.testkit.TestFiles;
import dev.edxml.testkit.TestKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * A throwaway PKI for tests: a root CA and signers with Vietnamese-style subjects (TEST ONLY: keys are made fresh on
 * every run and never leave the test). The certificates come from the shared test kit ({@link TestCa}); this class
 * only turns them into this module's {@link SigningKey}, which the kit cannot know.
 */
@SuppressWarnings("exports") // test code: the kit's and BouncyCastle's types in its signatures are fine
public final class TestPki {
    /** The kit's CA behind this PKI, for what the shorthands below do not cover. */
    public final TestCa ca;

    public final KeyPair rootKey;
    public final X509Certificate root;

    public TestPki(String name) throws GeneralSecurityException {
        ca = TestCa.root(name);
        rootKey = ca.key();
        root = ca.certificate();
    }

    public static KeyPair rsa() throws GeneralSecurityException {
        return TestKeys.rsa();
    }

    public static KeyPair ec() throws GeneralSecurityException {
        return TestKeys.ec();
    }

    /** An EC key on a named curve ({@code secp384r1}, {@code secp521r1}…). */
    public static KeyPair ec(String curve) throws GeneralSecurityException {
        return TestKeys.ec(curve);
    }

    /** An RSA key of this size (below 2048 only to test that weak keys are refused). */
    public static KeyPair rsa(int bits) throws GeneralSecurityException {
        return TestKeys.rsa(bits);
    }

    /** A signer certificate valid from {@code from} to {@code to}, issued by the root. */
    public X509Certificate issue(KeyPair key, String cn, Instant from, Instant to, int keyUsage)
            throws GeneralSecurityException {
        return ca.leaf(cn)
                .key(key)
                .validity(from, to)
                .keyUsage(keyUsage)
                .issue()
                .certificate();
    }

    /** A signer certificate valid now for a year with this key usage and, unless none are given, extended key usage. */
    public X509Certificate issue(KeyPair key, String cn, int keyUsage, KeyPurposeId... purposes)
            throws GeneralSecurityException {
        return ca.leaf(cn)
                .key(key)
                .keyUsage(keyUsage)
                .extendedKeyUsage(purposes)
                .issue()
                .certificate();
    }

    /** A signer valid now for a year, key usage digitalSignature + nonRepudiation. */
    public SigningKey signer(KeyPair key, String cn) throws GeneralSecurityException {
        return signingKey(ca.leaf(cn)
                .key(key)
                .keyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)
                .issue());
    }

    /**
     * A signer valid now for a year whose subject has this organisation and UID (either may be null, then left out),
     * for tests of the signer's binding to the sender.
     */
    public SigningKey signerOf(KeyPair key, String organization, String uid, String cn)
            throws GeneralSecurityException {
        return signingKey(
                ca.leaf(TestCa.subject(organization, uid, cn)).key(key).issue());
    }

    /** A certificate the kit issued, as a signing key (its chain up to the root). */
    public static SigningKey signingKey(Issued issued) {
        return SigningKey.of(issued.privateKey(), issued.chain());
    }

    public static Path pem(Path file, X509Certificate c) throws IOException, GeneralSecurityException {
        return TestFiles.pem(file, c);
    }

    public static Path pkcs12(Path file, SigningKey key, char[] password) throws IOException, GeneralSecurityException {
        return TestFiles.pkcs12(file, key.privateKey(), key.chain(), password);
    }

    /** The private key as unencrypted PKCS#8 PEM (for xmlsec1). */
    public static Path keyPem(Path file, PrivateKey key) throws IOException {
        return TestFiles.keyPem(file, key);
    }
}
