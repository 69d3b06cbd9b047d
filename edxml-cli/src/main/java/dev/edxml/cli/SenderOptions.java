package dev.edxml.cli;

import dev.edxml.sign.AgencyDirectory;
import dev.edxml.sign.TrustPolicy;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The options that bind a signer to the sender, shared by {@code verify}, {@code inspect} and {@code stats}:
 * {@code --directory FILE} (an agency directory: CSV, JSON, or the axis' agency list) and
 * {@code --require-sender-match} (a signer not shown to be the sender makes the signature invalid).
 */
final class SenderOptions {
    @Option(names = "--directory", paramLabel = "FILE",
            description = "An agency directory that binds signers to senders: CSV (organId,name,taxCode,certificates,"
                    + "keyIds) or JSON, or the axis' agency list (getAgenciesList). Without it the certificate's "
                    + "organisation is compared with From/OrganName.")
    Path directory;

    @Option(names = "--require-sender-match",
            description = "Treat a signer not shown to be the sender as an error: another agency's certificate "
                    + "(EDXML-SIG-026, a warning otherwise) or no evidence either way (EDXML-SIG-027).")
    boolean requireSenderMatch;

    /** Adds the directory and the requirement to a policy being built. */
    TrustPolicy.Builder apply(TrustPolicy.Builder policy) throws CliFailure {
        if (directory != null) {
            try {
                policy.agencyDirectory(AgencyDirectory.read(directory));
            } catch (IOException e) {
                throw new CliFailure(directory.toString(), e);
            }
        }
        if (requireSenderMatch) {
            policy.requireSenderMatch();
        }
        return policy;
    }
}
