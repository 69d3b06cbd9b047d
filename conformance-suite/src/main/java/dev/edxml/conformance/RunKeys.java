package dev.edxml.conformance;

import dev.edxml.conformance.internal.ScenarioFiles;
import dev.edxml.sign.SigningKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The keys the suite issues for one run of the {@code axis} level (khóa do bộ kiểm thử cấp cho một lần chạy): a fresh
 * CA named after the run's id, and under it a person's certificate (alias {@value #PERSON}, a {@code CCCD:} id) and an
 * organisation's certificate (alias {@value #ORGANISATION}, a {@code MST:} tax code), both in one PKCS#12 file whose
 * password is in a file beside it. The software under test signs with them: XML packages with the organisation's
 * key, the main PDF first with the person's then with the organisation's (Decree 30/2020). A package signed with
 * keys of another run, or with the vendor's own, does not chain to this run's CA and fails. TEST ONLY: a run's keys
 * certify nothing outside that run.
 */
final class RunKeys {
    /** The PKCS#12 file's name. */
    static final String KEY_FILE = ScenarioFiles.KEY_FILE;
    /** The file holding its password (one line). */
    static final String PASSWORD_FILE = ScenarioFiles.PASSWORD_FILE;
    /** The run's CA certificate (PEM): the only trust anchor of the run's signature checks. */
    static final String CA_FILE = ScenarioFiles.CA_FILE;
    /** The person's entry. */
    static final String PERSON = "person";
    /** The organisation's entry (also the XML signer). */
    static final String ORGANISATION = "organisation";

    static final String ORGANISATION_NAME = "Văn phòng Chính phủ (TEST ONLY)";

    private RunKeys() {}

    /**
     * Issues a run's keys into {@code dir}: {@value #KEY_FILE}, {@value #PASSWORD_FILE} and {@value #CA_FILE}.
     * Returns the CA certificate.
     */
    static X509Certificate issue(Path dir, String runId, SecureRandom random) throws IOException {
        try {
            KeyPair ca = rsa(random);
            X500Name caName = name("edxml conformance run " + runId + " TEST ONLY CA", "edxml-java (TEST ONLY)", null);
            X509Certificate caCert = cert(caName, ca, caName, ca, random, true);
            KeyPair person = rsa(random);
            X509Certificate personCert = cert(
                    name("Nguyễn Văn Thử", ORGANISATION_NAME, "CCCD:001099000001"), person, caName, ca, random, false);
            KeyPair org = rsa(random);
            X509Certificate orgCert =
                    cert(name(ORGANISATION_NAME, ORGANISATION_NAME, "MST:0100000001"), org, caName, ca, random, false);
            byte[] pw = new byte[15];
            random.nextBytes(pw);
            char[] password =
                    Base64.getUrlEncoder().withoutPadding().encodeToString(pw).toCharArray();
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(
                    PERSON, person.getPrivate(), password, new java.security.cert.Certificate[] {personCert, caCert});
            ks.setKeyEntry(
                    ORGANISATION, org.getPrivate(), password, new java.security.cert.Certificate[] {orgCert, caCert});
            ByteArrayOutputStream p12 = new ByteArrayOutputStream();
            ks.store(p12, password);
            Files.createDirectories(dir);
            writeOwnerOnly(dir.resolve(KEY_FILE), p12.toByteArray());
            writeOwnerOnly(
                    dir.resolve(PASSWORD_FILE), (new String(password) + "\n").getBytes(StandardCharsets.US_ASCII));
            java.util.Arrays.fill(password, '\0');
            Suite.writeAtomically(dir.resolve(CA_FILE), pem(caCert).getBytes(StandardCharsets.US_ASCII));
            return caCert;
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IOException("the run's keys could not be issued: " + e, e);
        }
    }

    /** The run's CA certificate in {@code dir}, if there is one. */
    static Optional<X509Certificate> ca(Path dir) throws IOException {
        Path f = dir.resolve(CA_FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try (var in = Files.newInputStream(f)) {
            return Optional.of(
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        } catch (GeneralSecurityException e) {
            throw new IOException(f + " is not a certificate: " + e.getMessage(), e);
        }
    }

    /** The organisation's key in {@code dir} (to sign with, as our own reference software does). */
    static SigningKey organisation(Path dir) throws IOException {
        return key(dir, ORGANISATION);
    }

    static SigningKey key(Path dir, String alias) throws IOException {
        char[] pw = Files.readString(dir.resolve(PASSWORD_FILE), StandardCharsets.US_ASCII)
                .strip()
                .toCharArray();
        try {
            return SigningKey.fromPkcs12(dir.resolve(KEY_FILE), pw, alias);
        } catch (dev.edxml.sign.KeyAccessException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            java.util.Arrays.fill(pw, '\0');
        }
    }

    /** SHA-256 of a certificate's encoding, hex. */
    static String fingerprint(X509Certificate c) {
        try {
            return HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048, random);
        return g.generateKeyPair();
    }

    private static X500Name name(String cn, String o, String uid) {
        X500NameBuilder b =
                new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, o);
        if (uid != null) {
            b.addRDN(BCStyle.UID, uid);
        }
        return b.addRDN(BCStyle.CN, cn).build();
    }

    private static X509Certificate cert(
            X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys, SecureRandom random, boolean ca)
            throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException, IOException {
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                issuer,
                new BigInteger(64, random).abs().add(BigInteger.ONE),
                Date.from(TestPki.NOT_BEFORE),
                Date.from(TestPki.NOT_AFTER),
                subject,
                subjectKeys.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(
                Extension.keyUsage,
                true,
                ca
                        ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                        : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKeys.getPublic()));
        b.addExtension(
                Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
        return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }

    static String pem(X509Certificate c) throws GeneralSecurityException {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(c.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n";
    }

    /**
     * Writes a secret atomically, readable by its owner only from the first byte: the temporary file is made
     * owner-only before anything is written to it (on a file system without POSIX permissions the folder's own
     * permissions protect it).
     */
    private static void writeOwnerOnly(Path target, byte[] bytes) throws IOException {
        try (dev.edxml.internal.OutputFile f = dev.edxml.internal.OutputFile.create(target)) {
            try {
                Files.setPosixFilePermissions(
                        f.temp(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
            try (java.io.OutputStream out = f.open()) {
                out.write(bytes);
            }
            f.commit();
        }
    }
}
