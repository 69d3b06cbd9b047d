package dev.edxml.sign;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The PKCS#11 half of the token tests, run by {@link SoftHsm#java} in a JVM of its own (TEST ONLY). Results are
 * printed as {@code key=value} lines, ending with {@code done=true}.
 *
 * <ul>
 * <li>{@code import CONFIG PIN DIR ALIAS…}: imports {@code DIR/ALIAS.p12} (password
 * {@link SoftHsm#P12_PASSWORD}) into the token through the SunPKCS11 key store, as a CA's software does when it writes a key onto a USB token.</li>
 * <li>{@code sign CONFIG PIN DIR}: signs {@code DIR/unsigned.edxml} with each key of {@link #ALIASES} into
 * {@code DIR/ALIAS-signed.edxml} through {@link SigningKey#fromPkcs11}, and tries wrong PINs before and after.</li>
 * </ul>
 */
final class Pkcs11Fork {
    static final List<String> ALIASES = List.of("rsa", "ec");

    private Pkcs11Fork() {}

    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[1]);
        char[] pin = args[2].toCharArray();
        Path dir = Path.of(args[3]);
        if (args[0].equals("import")) {
            Provider p = Security.getProvider("SunPKCS11").configure(config.toString());
            KeyStore token = KeyStore.getInstance("PKCS11", p);
            token.load(null, pin);
            for (String alias : List.of(args).subList(4, args.length)) {
                SigningKey soft =
                        SigningKey.fromPkcs12(dir.resolve(alias + ".p12"), SoftHsm.P12_PASSWORD.toCharArray(), null);
                token.setKeyEntry(alias, soft.privateKey(), null, soft.chain().toArray(new X509Certificate[0]));
            }
            System.out.println("aliases="
                    + String.join(
                            ",",
                            Collections.list(token.aliases()).stream().sorted().toList()));
        } else {
            sign(config, pin, dir);
        }
        System.out.println("done=true");
    }

    private static void sign(Path config, char[] pin, Path dir) throws Exception {
        // a wrong PIN first: once a PIN was accepted, PKCS#11 keeps the token logged in for the whole process
        System.out.println("wrongPin=" + tryPin(config, "0000", null));
        for (String alias : ALIASES) {
            SigningKey onToken = SigningKey.fromPkcs11(config, pin, alias);
            System.out.println(alias + ".key=" + onToken);
            System.out.println(alias + ".extractable=" + (onToken.privateKey().getEncoded() != null));
            Signer signer = Signer.builder().key(onToken).build();
            System.out.println(alias + ".algorithm=" + signer.algorithm());
            signer.sign(dir.resolve("unsigned.edxml"), dir.resolve(alias + "-signed.edxml"));
        }
        try {
            SigningKey.fromPkcs11(config, pin, null);
            System.out.println("noAlias=accepted");
        } catch (KeyAccessException e) {
            System.out.println("noAlias=" + e.code());
        }
        System.out.println("wrongPinAfterLogin=" + tryPin(config, "0000", "rsa"));
    }

    private static String tryPin(Path config, String pin, String alias) {
        try {
            SigningKey.fromPkcs11(config, pin.toCharArray(), alias);
            return "accepted";
        } catch (KeyAccessException e) {
            return e.code() + " " + e.message(Locale.ENGLISH);
        }
    }
}
