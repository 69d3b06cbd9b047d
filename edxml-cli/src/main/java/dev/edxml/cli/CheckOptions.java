package dev.edxml.cli;

import dev.edxml.sign.AgencyDirectory;
import dev.edxml.sign.TrustPolicy;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How a signature is judged beyond its trust anchors, shared by {@code verify}, {@code inspect} and {@code stats}: the
 * binding of the signer to the sender ({@code --directory FILE}, an agency directory: CSV, JSON, or the axis' agency
 * list; {@code --require-sender-match}, a signer not shown to be the sender makes the signature invalid) and the
 * time certificates are checked at ({@code --at TIME}).
 */
final class CheckOptions {
    @Option(
            names = "--directory",
            paramLabel = "FILE",
            description = "An agency directory that binds signers to senders: CSV (organId,name,taxCode,certificates,"
                    + "keyIds) or JSON, or the axis' agency list (getAgenciesList). Without it the certificate's "
                    + "organisation is compared with From/OrganName.")
    Path directory;

    @Option(
            names = "--require-sender-match",
            description = "Treat a signer not shown to be the sender as an error: another agency's certificate "
                    + "(EDXML-SIG-026, a warning otherwise) or no evidence either way (EDXML-SIG-027).")
    boolean requireSenderMatch;

    @Option(
            names = "--at",
            paramLabel = "TIME",
            description = "Check certificates at this time instead of now (ISO 8601: 2024-05-01T09:00:00Z, or a date "
                    + "2024-05-01, read as 00:00 Vietnam time). A trusted signature timestamp still decides the time.")
    String at;

    /** Whether any of these options was given. */
    boolean given() {
        return directory != null || requireSenderMatch || at != null;
    }

    /** Adds the directory, the requirement and the time to a policy being built. */
    TrustPolicy.Builder apply(TrustPolicy.Builder policy) throws CliFailure {
        if (at != null) {
            policy.at(instant(at));
        }
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

    private static java.time.Instant instant(String text) throws CliFailure {
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(text)
                        .atStartOfDay(java.time.ZoneOffset.ofHours(7))
                        .toInstant();
            } catch (java.time.format.DateTimeParseException e2) {
                throw new CliFailure(
                        "--at",
                        new java.io.IOException(
                                "not a time (ISO 8601, e.g. 2024-05-01T09:00:00Z" + " or 2024-05-01): " + text));
            }
        }
    }
}
