package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.sign.SoftHsm;
import dev.edxml.sign.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edxml sign}: signs with a PKCS#12 key or a token, reads the password safely, exits as the contract says. */
class SignCommandTest {
    @TempDir
    Path dir;

    private SigningFixtures keys;
    private Path unsigned;
    private Path out;

    @BeforeEach
    void setUp() throws Exception {
        keys = new SigningFixtures(dir);
        unsigned = SigningFixtures.write(dir.resolve("cong-van.edxml"), Packages.edoc(null));
        out = dir.resolve("cong-van-da-ky.edxml");
    }

    @Test
    void signThenVerifyPasses() throws Exception {
        CliRun sign = CliRun.of(
                "sign",
                unsigned.toString(),
                "--key",
                keys.p12.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--out",
                out.toString());
        assertEquals(0, sign.code(), sign::toString);
        assertEquals("", sign.err(), sign::toString);
        assertTrue(sign.out().contains("Đã ký " + unsigned + " và ghi ra " + out), sign::toString);
        assertTrue(sign.out().contains("Nguyễn Văn Ký") && sign.out().contains("RSA_SHA256"), sign::toString);

        EdocPackage signed = assertInstanceOf(EdocPackage.class, Edxml.read(out));
        assertTrue(signed.signature().orElseThrow().isXmlDsig());
        EdocPackage original = (EdocPackage) Edxml.read(unsigned);
        assertEquals(original.header(), signed.header(), "nothing else changed");
        assertEquals(original.traceHeaders(), signed.traceHeaders());
        assertEquals(original.business(), signed.business());
        assertEquals(original.attachments(), signed.attachments());

        CliRun verify = CliRun.of("verify", out.toString(), "--trust", keys.root.toString());
        assertEquals(0, verify.code(), verify::toString);
        assertTrue(verify.out().startsWith(out + ": Chữ ký số hợp lệ."), verify::toString);
    }

    @Test
    void thePasswordMayComeFromTheEnvironment() {
        CliRun run = CliRun.withEnv(
                Map.of("EDXML_KEY_PASSWORD", SigningFixtures.PASSWORD),
                "--lang",
                "en",
                "sign",
                unsigned.toString(),
                "--key",
                keys.p12.toString(),
                "--out",
                out.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().startsWith("Signed " + unsigned + " and wrote " + out), run::toString);
        assertEquals(
                0,
                CliRun.of("verify", out.toString(), "--trust", keys.root.toString())
                        .code());
    }

    @Test
    void aWrongPasswordMeansTheCommandCouldNotRun() {
        CliRun run = CliRun.withEnv(
                Map.of("EDXML_KEY_PASSWORD", "sai-mat-khau"),
                "sign",
                unsigned.toString(),
                "--key",
                keys.p12.toString(),
                "--out",
                out.toString());
        assertEquals(2, run.code(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(keys.p12 + ": EDXML-SIG-101 Không mở được kho khóa"), run::toString);
        assertNoStackTrace(run);
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void noPasswordMeansTheCommandCouldNotRun() {
        CliRun run = CliRun.of(
                "--lang", "en", "sign", unsigned.toString(), "--key", keys.p12.toString(), "--out", out.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("no password: set the environment variable EDXML_KEY_PASSWORD"), run::toString);
        assertFalse(Files.exists(out));
    }

    @Test
    void missingFilesMeanTheCommandCouldNotRun() {
        Path none = dir.resolve("khong-co.edxml");
        CliRun input = CliRun.of(
                "sign",
                none.toString(),
                "--key",
                keys.p12.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--out",
                out.toString());
        assertEquals(2, input.code(), input::toString);
        assertEquals(none + ": không tìm thấy tệp\n", input.err().replace("\r\n", "\n"));

        Path noStore = dir.resolve("khong-co.p12");
        CliRun store = CliRun.of(
                "sign",
                unsigned.toString(),
                "--key",
                noStore.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--out",
                out.toString());
        assertEquals(2, store.code(), store::toString);
        assertTrue(store.err().startsWith(noStore + ": không tìm thấy tệp"), store::toString);
        CliRun storeFirst =
                CliRun.of("sign", unsigned.toString(), "--key", noStore.toString(), "--out", out.toString());
        assertTrue(
                storeFirst.err().startsWith(noStore + ": không tìm thấy tệp"),
                "before asking for a password: " + storeFirst);

        Path noPassword = dir.resolve("khong-co.txt");
        CliRun password = CliRun.of(
                "sign",
                unsigned.toString(),
                "--key",
                keys.p12.toString(),
                "--password-file",
                noPassword.toString(),
                "--out",
                out.toString());
        assertEquals(2, password.code(), password::toString);
        assertTrue(password.err().startsWith(noPassword + ": không tìm thấy tệp"), password::toString);
        assertFalse(Files.exists(out));
    }

    @Test
    void optionsAreChecked() {
        String[][] bad = {
            {"sign", unsigned.toString(), "--out", out.toString()},
            {"sign", unsigned.toString(), "--key", keys.p12.toString()},
            {"sign", unsigned.toString(), "--key", keys.p12.toString(), "--pkcs11", "token.cfg", "--out", "x"},
            {"sign", "--key", keys.p12.toString(), "--out", out.toString()},
        };
        for (String[] args : bad) {
            CliRun run = CliRun.of(args);
            assertEquals(2, run.code(), run::toString);
            assertNoStackTrace(run);
        }
    }

    @Test
    void aMalformedPackageIsRejected() throws Exception {
        Path broken = Files.writeString(dir.resolve("hong.edxml"), "<edXML");
        CliRun run = CliRun.of(
                "sign",
                broken.toString(),
                "--key",
                keys.p12.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--out",
                out.toString());
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.err().contains("EDXML-ENV-001"), run::toString);
        assertFalse(Files.exists(out));
    }

    @Test
    void signingInPlaceReplacesTheFileWhole() throws Exception {
        byte[] before = Files.readAllBytes(unsigned);
        CliRun run = CliRun.of(
                "sign",
                unsigned.toString(),
                "--key",
                keys.p12.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--out",
                unsigned.toString());
        assertEquals(0, run.code(), run::toString);
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(unsigned)));
        assertEquals(
                0,
                CliRun.of("verify", unsigned.toString(), "--trust", keys.root.toString())
                        .code());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }

        CliRun again = CliRun.of(
                "sign",
                unsigned.toString(),
                "--key",
                keys.p12.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--out",
                out.toString());
        assertEquals(0, again.code(), again::toString);
        assertTrue(again.err().contains("chữ ký cũ đã được thay"), again::toString);
    }

    @Test
    void aBadPkcs11ConfigurationMeansTheCommandCouldNotRun() throws Exception {
        Path cfg = Files.writeString(
                dir.resolve("token.cfg"),
                "name = Missing\nlibrary = " + dir.resolve("no-such-pkcs11.so") + "\nslotListIndex = 0\n");
        CliRun run = CliRun.of(
                "sign",
                unsigned.toString(),
                "--pkcs11",
                cfg.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--out",
                out.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().startsWith(cfg + ": EDXML-SIG-103 "), run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void aCertificateNotForSigningIsRefusedWithItsCodeAndNothingIsWritten() throws Exception {
        java.security.KeyPair pair = TestPki.rsa();
        java.security.cert.X509Certificate enc =
                keys.pki.issue(pair, "Trần Mã Hóa", org.bouncycastle.asn1.x509.KeyUsage.keyEncipherment);
        Path p12 = TestPki.pkcs12(
                dir.resolve("encryption.p12"),
                dev.edxml.sign.SigningKey.of(pair.getPrivate(), java.util.List.of(enc, keys.pki.root)),
                SigningFixtures.PASSWORD.toCharArray());
        CliRun vi = CliRun.of(
                "sign",
                unsigned.toString(),
                "--key",
                p12.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--out",
                out.toString());
        assertEquals(2, vi.code(), vi::toString);
        assertEquals("", vi.out(), vi::toString);
        assertTrue(vi.err().startsWith(p12 + ": EDXML-SIG-107 Chứng thư số của "), vi::toString);
        assertTrue(vi.err().contains("Trần Mã Hóa") && vi.err().contains("keyEncipherment"), vi::toString);
        assertEquals(1, vi.err().lines().count(), vi::toString);
        assertNoStackTrace(vi);
        assertFalse(Files.exists(out), "nothing is written");
        CliRun en = CliRun.of(
                "--lang",
                "en",
                "sign",
                unsigned.toString(),
                "--key",
                p12.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--out",
                out.toString());
        assertEquals(2, en.code(), en::toString);
        assertTrue(en.err().startsWith(p12 + ": EDXML-SIG-107 The certificate of "), en::toString);
        assertFalse(Files.exists(out));
    }

    /** The whole path through a token: {@code edxml sign --pkcs11} in a JVM whose environment points at SoftHSM. */
    @Test
    void signsWithATokenAndThePinFromTheEnvironment() throws Exception {
        SoftHsm token = SoftHsm.create(dir, "246810");
        TestPki.pkcs12(dir.resolve("rsa.p12"), keys.key, SoftHsm.P12_PASSWORD.toCharArray());
        token.importKeys(dir, "rsa");

        SoftHsm.Run wrong = token.java(
                EdxmlCli.class.getName(),
                Map.of("EDXML_KEY_PASSWORD", "000000"),
                "--lang",
                "en",
                "sign",
                unsigned.toString(),
                "--pkcs11",
                token.config().toString(),
                "--out",
                out.toString());
        assertEquals(2, wrong.exit(), wrong::toString);
        assertTrue(wrong.errors().contains("EDXML-SIG-106 The token"), wrong::toString);
        assertFalse(Files.exists(out));

        SoftHsm.Run run = token.java(
                EdxmlCli.class.getName(),
                Map.of("EDXML_KEY_PASSWORD", token.pin()),
                "sign",
                unsigned.toString(),
                "--pkcs11",
                token.config().toString(),
                "--alias",
                "rsa",
                "--out",
                out.toString());
        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.errors(), run::toString);
        CliRun verify = CliRun.of("verify", out.toString(), "--trust", keys.root.toString(), "--json");
        assertEquals(0, verify.code(), verify::toString);
        assertEquals("Nguyễn Văn Ký", JsonParser.at(JsonParser.parse(verify.out()), "signer.commonName"));
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run::toString);
    }
}
