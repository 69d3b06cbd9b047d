package dev.edxml.examples;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.sign.PreparedSignature;
import dev.edxml.sign.SignatureAlgorithm;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Signing with a key that is elsewhere: a remote signing service (ký số từ xa), an HSM behind an API, an app on the
 * signer's phone. Only a few hundred bytes travel, never the package: prepare, send {@code dataToSign}, complete.
 *
 * <pre>
 * EDXML_KEY_PASSWORD=… java -cp edxml.jar:examples/target/classes dev.edxml.examples.RemoteSignerExample \
 *     unsigned.edxml stand-in.p12 signed.edxml
 * </pre>
 */
public final class RemoteSignerExample {
    /** The signing service, as far as this program is concerned: bytes in, signature value (JCA format) out. */
    @FunctionalInterface
    public interface RemoteSigningService {
        byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) throws GeneralSecurityException;
    }

    private RemoteSignerExample() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println(
                    "usage: RemoteSignerExample IN.edxml STAND-IN.p12 OUT.edxml   (password in EDXML_KEY_PASSWORD)");
            System.exit(2);
        }
        String password = System.getenv().getOrDefault("EDXML_KEY_PASSWORD", "");
        // NOT a remote service: a local key stands in for one so that the example runs anywhere. A real client sends
        // the bytes over HTTPS and waits (possibly minutes, until the signer confirms on the phone) for the answer.
        SigningKey standIn = SigningKey.fromPkcs12(Path.of(args[1]), password.toCharArray(), null);
        RemoteSigningService service = (data, algorithm) -> {
            Signature s = Signature.getInstance(algorithm.jcaName());
            s.initSign(standIn.privateKey());
            s.update(data);
            return s.sign();
        };
        EdocPackage signed = sign(Path.of(args[0]), standIn.chain(), service, Path.of(args[2]));
        System.out.println("Đã ký từ xa: " + signed);
    }

    /** Signs the package in {@code in} through {@code service}; {@code chain} is the service's certificate chain. */
    public static EdocPackage sign(Path in, List<X509Certificate> chain, RemoteSigningService service, Path out)
            throws Exception {
        // step 1: only the certificate is needed to lay out the signature, it goes into KeyInfo
        Signer signer = Signer.builder().certificateChain(chain).build();
        PreparedSignature prepared = signer.prepare(Edxml.read(in));
        // step 2: the canonical SignedInfo goes out. A service that signs hashes gets prepared.digestToSign() instead.
        // Between the two steps the prepared signature may wait, but only in this process: it is not serialisable.
        byte[] value = service.sign(prepared.dataToSign(), prepared.algorithm());
        // step 3: the value is put in place; complete() is single-use, a second answer is refused
        EdocPackage signed = prepared.complete(value);
        Edxml.write(signed, out);
        return signed;
    }
}
