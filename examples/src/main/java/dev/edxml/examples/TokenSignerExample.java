package dev.edxml.examples;

import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import java.nio.file.Path;

/**
 * Signing with a USB token (VNPT-CA, Viettel-CA, BKAV-CA…): the key stays on the token and the token computes the
 * signature; the JDK's SunPKCS11 provider talks to it through the vendor's PKCS#11 library, named in a small
 * configuration file:
 *
 * <pre>
 * # token.cfg
 * name = VNPT-CA
 * library = C:/Windows/System32/vnpt-ca_csp11.dll
 * slotListIndex = 0
 * </pre>
 *
 * <pre>
 * EDXML_KEY_PASSWORD=… java -cp edxml.jar:examples/target/classes dev.edxml.examples.TokenSignerExample \
 *     token.cfg unsigned.edxml signed.edxml [ALIAS]
 * </pre>
 */
public final class TokenSignerExample {
    private TokenSignerExample() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println(
                    "usage: TokenSignerExample TOKEN.cfg IN.edxml OUT.edxml [ALIAS]   (PIN in EDXML_KEY_PASSWORD)");
            System.exit(2);
        }
        // the PIN from the environment, not the command line: `ps` shows arguments to every user of the machine
        String pin = System.getenv("EDXML_KEY_PASSWORD");
        if (pin == null) {
            System.err.println("no PIN: set EDXML_KEY_PASSWORD");
            System.exit(2);
        }
        String alias = args.length > 3 ? args[3] : null;
        SigningKey key = sign(Path.of(args[0]), pin.toCharArray(), alias, Path.of(args[1]), Path.of(args[2]));
        System.out.println("Đã ký bằng " + key + ": " + args[2]);
    }

    /** Signs the package in {@code in} with the token's key and writes it to {@code out}; returns the key used. */
    public static SigningKey sign(Path config, char[] pin, String alias, Path in, Path out) throws Exception {
        // alias null: fine when the token holds one key; a token with several says which ones (EDXML-SIG-102).
        // A wrong PIN is EDXML-SIG-106 with the token's reason; tokens lock after a few tries, so do not loop on it.
        SigningKey key = SigningKey.fromPkcs11(config, pin, alias);
        // RSA-SHA256 for RSA keys, ECDSA-SHA256 for EC keys: chosen from the key, as the token's CA issued it
        Signer signer = Signer.builder().key(key).build();
        signer.sign(in, out);
        return key;
    }
}
