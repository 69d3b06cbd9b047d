package dev.edxml.sign.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The second process of remote PDF signing, run in a JVM of its own by {@link PdfRemoteSigningTest} (TEST ONLY): it
 * knows nothing but the saved state, the prepared file and the service's answer. Args: STATE PREPARED VALUE OUT.
 */
public final class RemoteCompleteMain {
    private RemoteCompleteMain() {}

    public static void main(String[] args) throws Exception {
        PreparedPdfSignature restored = PreparedPdfSignature.fromBytes(Files.readAllBytes(Path.of(args[0])));
        restored.complete(Path.of(args[1]), Files.readAllBytes(Path.of(args[2])), Path.of(args[3]));
        System.out.println("completed " + args[3]);
    }
}
