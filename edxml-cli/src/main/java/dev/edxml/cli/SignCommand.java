package dev.edxml.cli;

import dev.edxml.Edxml;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.SignatureBlock;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SignerIdentity;
import dev.edxml.sign.SigningKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code edxml sign FILE --key STORE.p12 [--alias A] --out OUT}, or {@code --pkcs11 CONFIG} for a token: signs a
 * package with a W3C XML-DSig signature over the whole package and writes it atomically. The password (or PIN) comes
 * from {@code --password-file} or the environment variable {@code EDXML_KEY_PASSWORD}, never from the command line,
 * where other users of the machine could read it.
 */
@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = "Signs a package (W3C XML-DSig over the whole package) with a key from a PKCS#12 file or a "
                + "PKCS#11 token. The password or PIN is read from --password-file or the environment variable "
                + "EDXML_KEY_PASSWORD.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  export EDXML_KEY_PASSWORD='...'",
            "  edxml sign 1234.edxml --key signer.p12 --out 1234-signed.edxml",
            "  edxml sign 1234.edxml --key signer.p12 --alias \"tran van minh\" \\",
            "      --password-file pin.txt --out 1234.edxml",
            "  edxml sign 1234.edxml --pkcs11 token.cfg --out 1234-signed.edxml",
            "  edxml sign 1234.edxml --key signer.p12 --tsa http://tsa.example.vn/tsa \\",
            "      --out 1234-signed.edxml",
            "",
            "token.cfg is a SunPKCS11 configuration file, for example:",
            "  name = token",
            "  library = /usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
            "  slot = 0"
        })
final class SignCommand implements Callable<Integer> {
    static final String PASSWORD_VARIABLE = "EDXML_KEY_PASSWORD";

    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file", description = "The package (.edxml) to sign.")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    KeySource source;

    static final class KeySource {
        @Option(
                names = "--key",
                paramLabel = "STORE.p12",
                required = true,
                description = "A PKCS#12 key store (.p12, .pfx) holding the signer's key and certificate chain.")
        Path keyStore;

        @Option(
                names = "--pkcs11",
                paramLabel = "CONFIG",
                required = true,
                description = "A SunPKCS11 configuration file naming the token's library and slot (see the README).")
        Path pkcs11;
    }

    @Option(
            names = "--alias",
            paramLabel = "A",
            description = "The entry to sign with, when the key store or token holds several keys.")
    String alias;

    @Option(
            names = "--out",
            paramLabel = "OUT",
            required = true,
            description = "Where to write the signed package (written atomically; may be FILE itself; - for "
                    + "standard output).")
    Path out;

    @Option(
            names = "--password-file",
            paramLabel = "F",
            description = "A file holding the password or PIN (one line). Default: the environment variable "
                    + PASSWORD_VARIABLE + ".")
    Path passwordFile;

    @Option(
            names = "--tsa",
            paramLabel = "URL",
            description = "Add an RFC 3161 signature timestamp from this time-stamping authority (http or https): the "
                    + "proof of when the package was signed, so the signature stays valid after the certificate "
                    + "expires. Contacted once, with a 30-second timeout.")
    String tsa;

    @Override
    public Integer call() throws CliFailure {
        Lang lang = cli.lang;
        Outputs.refuseEarly(out);
        EdxmlPackage pkg;
        try {
            if (Files.isDirectory(file)) {
                throw new Failures.NotAFile();
            }
            pkg = Edxml.read(file);
        } catch (IOException e) {
            throw new CliFailure(file.toString(), e);
        }
        // the package's large attachments are in temporary files until it is closed
        try (pkg) {
            return sign(pkg, lang);
        }
    }

    private Integer sign(EdxmlPackage pkg, Lang lang) throws CliFailure {
        Path store = source.keyStore != null ? source.keyStore : source.pkcs11;
        if (!Files.isRegularFile(store)) {
            // said before asking for a password that would be of no use
            throw new CliFailure(
                    store.toString(),
                    Files.isDirectory(store) ? new Failures.NotAFile() : new NoSuchFileException(store.toString()));
        }
        char[] password = password();
        SigningKey key;
        String keySource = store.toString();
        try {
            key = source.keyStore != null
                    ? SigningKey.fromPkcs12(source.keyStore, password, alias)
                    : SigningKey.fromPkcs11(source.pkcs11, password, alias);
        } catch (IOException e) {
            throw new CliFailure(keySource, e);
        } catch (GeneralSecurityException e) {
            throw new CliFailure(keySource, e);
        } finally {
            Arrays.fill(password, '\0');
        }
        Signer.Builder builder = Signer.builder().key(key);
        if (tsa != null) {
            try {
                builder.timestampAuthority(dev.edxml.sign.TimestampAuthority.of(java.net.URI.create(tsa)));
            } catch (IllegalArgumentException e) {
                throw new CliFailure("--tsa", new IOException("not an http or https address: " + tsa));
            }
        }
        Signer signer = builder.build();
        try {
            EdxmlPackage signed = signer.sign(pkg);
            Outputs.write(signed, out, spec.commandLine().getOut(), Outputs.After.NOTHING);
        } catch (IOException e) {
            throw new CliFailure(
                    tsa != null && !(e instanceof java.nio.file.FileSystemException) ? tsa : out.toString(), e);
        } catch (GeneralSecurityException e) {
            throw new CliFailure(keySource, e);
        }
        if (pkg.signature().filter(SignatureBlock::isXmlDsig).isPresent()) {
            spec.commandLine().getErr().println(file + ": " + lang.t("sign.replaced"));
        }
        // with --out - the package is on standard output: the note goes to stderr
        PrintWriter stdout = Outputs.isStdout(out)
                ? spec.commandLine().getErr()
                : spec.commandLine().getOut();
        stdout.println(lang.t(
                "sign.done",
                file,
                out,
                SignerIdentity.of(key.chain().get(0)).displayName(),
                signer.algorithm().name()));
        stdout.flush();
        return EdxmlCli.OK;
    }

    private char[] password() throws CliFailure {
        return password(passwordFile, cli.env);
    }

    /**
     * The password or PIN of a key store or token: the first line of {@code passwordFile} when one is given, else the
     * environment variable {@value #PASSWORD_VARIABLE}; never the command line.
     */
    static char[] password(Path passwordFile, Map<String, String> env) throws CliFailure {
        if (passwordFile != null) {
            try {
                if (Files.isDirectory(passwordFile)) {
                    throw new Failures.NotAFile();
                }
                String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
                int end = text.indexOf('\n');
                String line = end < 0 ? text : text.substring(0, end);
                return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
            } catch (IOException e) {
                throw new CliFailure(passwordFile.toString(), e);
            }
        }
        String fromEnv = env.get(PASSWORD_VARIABLE);
        if (fromEnv == null) {
            throw new CliFailure("edxml", new NoPassword());
        }
        return fromEnv.toCharArray();
    }

    /** Neither {@code --password-file} nor the environment variable gave a password. */
    static final class NoPassword extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
