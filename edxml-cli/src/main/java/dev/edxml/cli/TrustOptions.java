package dev.edxml.cli;

import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.TrustProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The trust options shared by every command that verifies signatures ({@code verify}, {@code inspect}, {@code stats},
 * {@code conformance produce}): whom to trust ({@code --trust}, repeatable: a certificate file, a folder of them, or a
 * trust profile), and how to check revocation ({@code --crl}, {@code --ocsp-response}, {@code --require-revocation},
 * {@code --online}). Offline unless {@code --online}.
 */
final class TrustOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = "--trust",
            paramLabel = "PEM|DIR|PROFILE",
            description = "Trust anchors: a PEM or DER certificate file, a folder of .pem/.crt/.cer/.der files, or a "
                    + "trust profile shipped with edxml: vn-gov (Ban Cơ yếu Chính phủ), vn-public (NEAC), vn-all. "
                    + "Repeatable; profiles and files combine. See: edxml trust list.")
    List<String> trust = new ArrayList<>();

    @Option(
            names = "--trust-unconfirmed-single-source",
            description = "Also trust the profiles' roots found in one source only (the newer NEAC roots RS, "
                    + "USBTOKEN, MOBILEPKI, EMA), whose fingerprints were not cross-checked: confirm them on "
                    + "rootca.gov.vn first. Each signature chaining to one gets a warning (EDXML-SIG-040).")
    boolean singleSource;

    @Option(
            names = "--crl",
            paramLabel = "FILE",
            description = "A CRL (PEM or DER) to check revocation against, offline. Repeatable.")
    List<Path> crls = new ArrayList<>();

    @Option(
            names = "--ocsp-response",
            paramLabel = "FILE",
            description = "A saved DER OCSP response (e.g. openssl ocsp -respout), used for the certificate it "
                    + "answers for. Repeatable.")
    List<Path> ocspResponses = new ArrayList<>();

    @Option(
            names = "--require-revocation",
            description = "Reject a signature when the revocation status of a certificate of its chain cannot be "
                    + "determined (by default that is a warning, and without revocation data an INFO).")
    boolean requireRevocation;

    @Option(
            names = "--online",
            description = "Fetch revocation data over the network: OCSP from the responders the certificates name, "
                    + "else CRLs from their distribution points (http/https only, 10 s timeouts, size limits, cached "
                    + "until their next update). Never without this option.")
    boolean online;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "Where --online keeps fetched OCSP responses and CRLs (default: edxml/revocation in the "
                    + "user's cache folder).")
    Path cache;

    /** Whether any trust anchor was named. */
    boolean given() {
        return !trust.isEmpty();
    }

    /**
     * The policy, when {@code --trust} was given; none otherwise, and then an option that only means something with
     * trust anchors ({@code --crl}, {@code --online}…) is refused rather than silently ignored.
     */
    java.util.Optional<TrustPolicy.Builder> policyIfGiven(Lang lang, Map<String, String> env, PrintWriter err)
            throws CliFailure {
        if (given()) {
            return java.util.Optional.of(policy(lang, env, err));
        }
        List<String> orphans = new ArrayList<>();
        if (singleSource) {
            orphans.add("--trust-unconfirmed-single-source");
        }
        if (!crls.isEmpty()) {
            orphans.add("--crl");
        }
        if (!ocspResponses.isEmpty()) {
            orphans.add("--ocsp-response");
        }
        if (requireRevocation) {
            orphans.add("--require-revocation");
        }
        if (online) {
            orphans.add("--online");
        }
        if (cache != null) {
            orphans.add("--cache");
        }
        if (!orphans.isEmpty()) {
            throw new ParameterException(mixee.commandLine(), lang.t("trust.needsTrust", String.join(", ", orphans)));
        }
        return java.util.Optional.empty();
    }

    /** The policy the options describe, warnings for loud choices printed on {@code err}. */
    TrustPolicy.Builder policy(Lang lang, Map<String, String> env, PrintWriter err) throws CliFailure {
        if (cache != null && !online) {
            throw new ParameterException(mixee.commandLine(), lang.t("trust.cacheNeedsOnline"));
        }
        TrustPolicy.Builder b = TrustPolicy.builder();
        for (String t : trust) {
            var profile = TrustProfile.byId(t);
            if (profile.isPresent()) {
                b.trustProfile(profile.get());
                continue;
            }
            Path p = Path.of(t);
            if (!Files.exists(p)) {
                if (t.toLowerCase(java.util.Locale.ROOT).startsWith("vn-")) {
                    throw new ParameterException(mixee.commandLine(), lang.t("trust.unknownProfile", t));
                }
                throw new CliFailure(t, new NoSuchFileException(t));
            }
            try {
                b.trustAnchors(p);
            } catch (IOException e) {
                throw new CliFailure(t, e);
            } catch (GeneralSecurityException e) {
                throw new CliFailure(t, e);
            }
        }
        if (singleSource) {
            b.trustUnconfirmedSingleSourceAnchors();
            err.println("edxml: " + lang.t("trust.singleSourceWarning"));
        }
        for (Path c : crls) {
            try {
                b.crlFiles(c);
            } catch (IOException e) {
                throw new CliFailure(c.toString(), e);
            } catch (GeneralSecurityException e) {
                throw new CliFailure(c.toString(), e);
            }
        }
        for (Path o : ocspResponses) {
            try {
                b.ocspResponseFiles(o);
            } catch (IOException e) {
                throw new CliFailure(o.toString(), e);
            }
        }
        if (requireRevocation) {
            b.requireRevocationCheck();
        }
        if (online) {
            Path dir = cache != null ? cache : defaultCache(env);
            b.allowNetworkRevocationChecks().revocationCache(dir);
            err.println("edxml: " + lang.t("trust.online", dir));
        }
        return b;
    }

    /** {@code $XDG_CACHE_HOME/edxml/revocation}, {@code %LOCALAPPDATA%\edxml\revocation} or {@code ~/.cache/…}. */
    static Path defaultCache(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "edxml", "revocation");
        }
        String local = env.get("LOCALAPPDATA");
        if (local != null && !local.isBlank()) {
            return Path.of(local, "edxml", "revocation");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "edxml", "revocation");
    }
}
