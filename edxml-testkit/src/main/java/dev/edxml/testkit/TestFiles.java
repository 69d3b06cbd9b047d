package dev.edxml.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/** Certificates and keys written as files, as a user would hand them to the command (TEST ONLY). */
public final class TestFiles {
    private TestFiles() {}

    /** The certificate as PEM. */
    public static Path pem(Path file, X509Certificate c) throws IOException, GeneralSecurityException {
        return Files.writeString(file, armour("CERTIFICATE", c.getEncoded()), StandardCharsets.US_ASCII);
    }

    /** The private key as unencrypted PKCS#8 PEM (for xmlsec1 and the like). */
    public static Path keyPem(Path file, PrivateKey key) throws IOException {
        return Files.writeString(file, armour("PRIVATE KEY", key.getEncoded()), StandardCharsets.US_ASCII);
    }

    /** A PKCS#12 key store with one entry, alias {@code signer}, holding this key and chain. */
    public static Path pkcs12(Path file, PrivateKey key, List<X509Certificate> chain, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("signer", key, password, chain.toArray(new X509Certificate[0]));
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, password);
        }
        return file;
    }

    /** The same, for a certificate a test CA issued. */
    public static Path pkcs12(Path file, Issued issued, char[] password) throws IOException, GeneralSecurityException {
        return pkcs12(file, issued.privateKey(), issued.chain(), password);
    }

    private static String armour(String label, byte[] der) {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----\n";
    }
}
