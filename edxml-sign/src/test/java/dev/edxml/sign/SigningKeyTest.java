package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading signing keys from PKCS#12 files: the key, its chain, and a coded failure for each way it goes wrong. */
class SigningKeyTest {
    private static final char[] PASSWORD = "mat-khau-123".toCharArray();

    private static TestPki pki;
    private static SigningKey first;
    private static SigningKey second;

    @TempDir
    Path dir;

    @BeforeAll
    static void keys() throws Exception {
        pki = new TestPki("CA thử nghiệm khóa");
        first = pki.signer(TestPki.rsa(), "Nguyễn Văn Một");
        second = pki.signer(TestPki.ec(), "Lê Thị Hai");
    }

    @Test
    void theOnlyKeyOfAFileLoadsWithoutAlias() throws Exception {
        Path p12 = TestPki.pkcs12(dir.resolve("one.p12"), first, PASSWORD);
        SigningKey k = SigningKey.fromPkcs12(p12, PASSWORD, null);
        assertEquals(first.chain(), k.chain());
        assertEquals(first.privateKey(), k.privateKey());
        assertEquals(SignatureAlgorithm.RSA_SHA256, k.defaultAlgorithm());
        assertTrue(k.provider().isEmpty());
        assertTrue(k.toString().contains("Nguyễn Văn Một"), k::toString);
        assertEquals(
                first.chain(), SigningKey.fromPkcs12(p12, PASSWORD, "signer").chain());
    }

    @Test
    void aWrongPasswordIsCode101() throws Exception {
        Path p12 = TestPki.pkcs12(dir.resolve("one.p12"), first, PASSWORD);
        KeyAccessException e =
                assertThrows(KeyAccessException.class, () -> SigningKey.fromPkcs12(p12, "sai".toCharArray(), null));
        assertEquals("EDXML-SIG-101", e.code());
        assertTrue(e.message(Locale.ENGLISH).contains(p12.toString()), e::getMessage);
        assertTrue(e.message(Locale.forLanguageTag("vi")).startsWith("Không mở được kho khóa"));
    }

    @Test
    void aFileThatIsNoKeyStoreIsCode101() throws Exception {
        Path notP12 = Files.writeString(dir.resolve("note.p12"), "không phải kho khóa");
        assertEquals(
                "EDXML-SIG-101",
                assertThrows(KeyAccessException.class, () -> SigningKey.fromPkcs12(notP12, PASSWORD, null))
                        .code());
    }

    @Test
    void aMissingFileIsAnIoErrorNotAPasswordProblem() {
        // the word "password" in the path once made a missing file look like a wrong password
        Path missing = dir.resolve("password.p12");
        assertThrows(NoSuchFileException.class, () -> SigningKey.fromPkcs12(missing, PASSWORD, null));
    }

    @Test
    void severalKeysWithoutAliasIsCode102() throws Exception {
        Path p12 = store("two.p12", ks -> {
            ks.setKeyEntry("mot", first.privateKey(), PASSWORD, first.chain().toArray(new X509Certificate[0]));
            ks.setKeyEntry("hai", second.privateKey(), PASSWORD, second.chain().toArray(new X509Certificate[0]));
        });
        KeyAccessException e = assertThrows(KeyAccessException.class, () -> SigningKey.fromPkcs12(p12, PASSWORD, null));
        assertEquals("EDXML-SIG-102", e.code());
        assertTrue(e.message(Locale.ENGLISH).contains("2 keys"), e::getMessage);
        assertTrue(e.message(Locale.ENGLISH).contains("mot")
                && e.message(Locale.ENGLISH).contains("hai"));

        SigningKey hai = SigningKey.fromPkcs12(p12, PASSWORD, "hai");
        assertEquals(second.chain().get(0), hai.chain().get(0));
        assertEquals(SignatureAlgorithm.ECDSA_SHA256, hai.defaultAlgorithm());
    }

    @Test
    void anAliasThatIsNoKeyIsCode105() throws Exception {
        Path p12 = store("cert.p12", ks -> {
            ks.setKeyEntry("signer", first.privateKey(), PASSWORD, first.chain().toArray(new X509Certificate[0]));
            ks.setCertificateEntry("root", pki.root);
        });
        KeyAccessException e =
                assertThrows(KeyAccessException.class, () -> SigningKey.fromPkcs12(p12, PASSWORD, "root"));
        assertEquals("EDXML-SIG-105", e.code());
        assertTrue(e.message(Locale.ENGLISH).contains("root"), e::getMessage);
        KeyAccessException wrong =
                assertThrows(KeyAccessException.class, () -> SigningKey.fromPkcs12(p12, PASSWORD, "khong-co"));
        assertEquals("EDXML-SIG-105", wrong.code());
        // a wrong name is answered with the keys there are (the certificate entry is no key)
        assertTrue(
                wrong.message(new Locale("vi")).endsWith("dưới tên khong-co; các khóa có trong kho: [signer]"),
                wrong::getMessage);
        // the certificate entry does not count as a second key
        assertEquals(first.chain(), SigningKey.fromPkcs12(p12, PASSWORD, null).chain());
    }

    @Test
    void aFileWithNoKeyIsCode102() throws Exception {
        Path p12 = store("trust.p12", ks -> ks.setCertificateEntry("root", pki.root));
        KeyAccessException e = assertThrows(KeyAccessException.class, () -> SigningKey.fromPkcs12(p12, PASSWORD, null));
        assertEquals("EDXML-SIG-102", e.code());
        assertTrue(e.getMessage().startsWith("EDXML-SIG-102: "), e::getMessage);
    }

    @Test
    void messagesDifferByLanguage() {
        KeyAccessException e = new KeyAccessException("EDXML-SIG-106", null, "token.cfg", "CKR_PIN_INCORRECT");
        assertNotEquals(e.message(Locale.ENGLISH), e.message(Locale.forLanguageTag("vi")));
        assertTrue(e.message(Locale.forLanguageTag("vi")).contains("CKR_PIN_INCORRECT"));
        assertFalse(e.message(Locale.ENGLISH).contains("{"), e::getMessage);
    }

    @Test
    void aMissingPkcs11LibraryIsCode103() throws Exception {
        Path cfg = Files.writeString(
                dir.resolve("token.cfg"),
                "name = Missing\nlibrary = " + dir.resolve("no-such-pkcs11.so") + "\nslotListIndex = 0\n");
        assertEquals(
                "EDXML-SIG-103",
                assertThrows(KeyAccessException.class, () -> SigningKey.fromPkcs11(cfg, "1234".toCharArray(), null))
                        .code());
    }

    private interface Fill {
        void into(KeyStore ks) throws Exception;
    }

    private Path store(String name, Fill fill) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        fill.into(ks);
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, PASSWORD);
        }
        return file;
    }
}
