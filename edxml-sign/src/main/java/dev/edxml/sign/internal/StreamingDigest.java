package dev.edxml.sign.internal;

import dev.edxml.internal.PackageWriter;
import dev.edxml.model.EdxmlPackage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.security.MessageDigest;

/**
 * The digest of a package as the library's writer writes it, its first signature left out, canonicalised with
 * exclusive c14n: the writer tells the canonicaliser what it writes ({@link WriterC14n}), so the package is neither
 * parsed back nor held whole, and the digest is made in the same pass as the bytes (signing a file writes it once).
 */
public final class StreamingDigest {
    private StreamingDigest() {}

    /**
     * Digests {@code pkg} as written, the first {@code ds:Signature} left out (and under the relay-tolerant profile
     * the whitespace directly inside the trace list); the result also counts the hops. Nothing is written.
     */
    public static StreamC14n.Result ofPackage(EdxmlPackage pkg, MessageDigest md, boolean relayTolerant)
            throws IOException {
        return write(pkg, md, relayTolerant, Writer.nullWriter(), null);
    }

    /**
     * Writes {@code pkg} to {@code out} as {@code Edxml.write} does and digests it in the same pass, as
     * {@link #ofPackage}; {@code slot} is told where the signature is written.
     */
    public static StreamC14n.Result writeAndDigest(
            EdxmlPackage pkg,
            MessageDigest md,
            boolean relayTolerant,
            OutputStream out,
            PackageWriter.SignatureSlot slot)
            throws IOException {
        return write(
                pkg,
                md,
                relayTolerant,
                new java.io.BufferedWriter(
                        new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16),
                slot);
    }

    private static StreamC14n.Result write(
            EdxmlPackage pkg, MessageDigest md, boolean relayTolerant, Writer w, PackageWriter.SignatureSlot slot)
            throws IOException {
        WriterC14n c14n = WriterC14n.forSigning(md, relayTolerant);
        try {
            new PackageWriter(PackageWriter.defaultOrder(), c14n, slot).write(pkg, w);
            return c14n.result();
        } finally {
            c14n.abort();
        }
    }
}
