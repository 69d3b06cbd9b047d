package dev.edxml.cli;

import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.PayloadType;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.pdf.PdfSigner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --key STORE.p12 [--alias A] [--password-file F]} for the commands that make a package ({@code new edoc},
 * {@code reply}): the package is signed (XML-DSig over the whole package, relay-tolerant) before it is written, and
 * with {@code --sign-pdf ALIAS} (repeatable, {@code new edoc} only) the main PDF (the first PDF attachment) is first
 * signed by each entry in turn, the competent person's then the organisation's, as Decree 30/2020 asks. The password
 * comes from {@code --password-file} or {@code EDXML_KEY_PASSWORD}, never from the command line.
 */
final class SigningOptions {
    @Option(
            names = "--key",
            paramLabel = "STORE.p12",
            description = "Sign the package with a key from this PKCS#12 store (password from --password-file or "
                    + "EDXML_KEY_PASSWORD).")
    Path keyStore;

    @Option(
            names = "--alias",
            paramLabel = "A",
            description = "The --key entry that signs the package (needed when the store holds several keys).")
    String alias;

    @Option(
            names = "--password-file",
            paramLabel = "F",
            description = "A file holding the --key password (its first line).")
    Path passwordFile;

    /** Only on {@code new edoc}: the entries that sign the main PDF, in order. */
    List<String> pdfSigners = List.of();

    boolean signs() {
        return keyStore != null;
    }

    /** Refuses options that need --key without it (exit 2). */
    void check(picocli.CommandLine commandLine, Lang lang) {
        if (keyStore == null && (alias != null || passwordFile != null || !pdfSigners.isEmpty())) {
            throw new picocli.CommandLine.ParameterException(commandLine, lang.t("sign.needsKey"));
        }
    }

    /** {@code pkg} with its main PDF signed by the {@code --sign-pdf} entries (unchanged without them). */
    EdocPackage signPdf(EdocPackage pkg, Map<String, String> env) throws CliFailure {
        if (pdfSigners.isEmpty()) {
            return pkg;
        }
        List<Attachment> atts = new ArrayList<>(pkg.attachments());
        int main = -1;
        try {
            for (int i = 0; i < atts.size() && main < 0; i++) {
                if (atts.get(i).payloadType() == PayloadType.PDF) {
                    main = i;
                }
            }
            if (main < 0) {
                throw new CliFailure("--sign-pdf", new IOException("the package has no PDF attachment to sign"));
            }
            byte[] pdf;
            try (InputStream in = atts.get(main).openStream()) {
                pdf = in.readAllBytes();
            }
            for (String a : pdfSigners) {
                SigningKey k = key(a, env);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PdfSigner.builder(k).build().sign(new ByteArrayInputStream(pdf), out);
                pdf = out.toByteArray();
            }
            atts.set(main, atts.get(main).toBuilder().content(pdf).build());
        } catch (IOException e) {
            throw new CliFailure(keyStore.toString(), e);
        } catch (GeneralSecurityException e) {
            throw new CliFailure(keyStore.toString(), e);
        }
        return pkg.toBuilder().attachments(atts).build();
    }

    /** {@code pkg} signed by the {@code --alias} entry (or the store's only key). */
    <P extends EdxmlPackage> P sign(P pkg, Map<String, String> env) throws CliFailure {
        try {
            return Signer.builder().key(key(alias, env)).build().sign(pkg);
        } catch (IOException e) {
            throw new CliFailure(keyStore.toString(), e);
        } catch (GeneralSecurityException e) {
            throw new CliFailure(keyStore.toString(), e);
        }
    }

    private SigningKey key(String entry, Map<String, String> env) throws CliFailure {
        if (!Files.isRegularFile(keyStore)) {
            throw new CliFailure(
                    keyStore.toString(),
                    Files.isDirectory(keyStore)
                            ? new Failures.NotAFile()
                            : new NoSuchFileException(keyStore.toString()));
        }
        char[] password = password(env);
        try {
            return SigningKey.fromPkcs12(keyStore, password, entry);
        } catch (IOException e) {
            throw new CliFailure(keyStore.toString(), e);
        } catch (GeneralSecurityException e) {
            throw new CliFailure(keyStore.toString(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] password(Map<String, String> env) throws CliFailure {
        return SignCommand.password(passwordFile, env);
    }
}
