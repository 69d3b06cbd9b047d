package dev.edxml.cli;

import dev.edxml.internal.Json;
import dev.edxml.sign.TrustProfile;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code edxml trust list [PROFILE]}: the trust anchors shipped with edxml, one a line, for a reviewer to check. */
@Command(
        name = "trust",
        mixinStandardHelpOptions = true,
        description = "The trust profiles shipped with edxml: the public certificates of Vietnam's two national PKIs.",
        subcommands = {TrustCommand.ListCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  edxml trust list", "  edxml trust list vn-gov", "  edxml verify 1234.edxml --trust vn-gov"})
final class TrustCommand implements Callable<Integer> {
    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return EdxmlCli.noCommand(spec, "edxml", cli.lang.t("err.noCommand"));
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Prints the trust anchors of a profile (default vn-all), one a line: SHA-256 fingerprint, "
                    + "validity, subject, and a mark for the TSA root. Compare the fingerprints with ca.gov.vn and "
                    + "rootca.gov.vn.",
            footerHeading = "%nExamples:%n",
            footer = {"  edxml trust list", "  edxml trust list vn-public --all", "  edxml trust list vn-gov --json"})
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        TrustCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(
                paramLabel = "PROFILE",
                arity = "0..1",
                descriptionKey = "profile",
                defaultValue = "vn-all",
                description = "vn-gov, vn-public or vn-all (default).")
        String profile;

        @Option(
                names = "--trust-unconfirmed-single-source",
                description = "Also list the single-source roots, which are anchors only with this option.")
        boolean singleSource;

        @Option(
                names = "--all",
                description = "List every certificate of the profile (intermediate CAs and TSA certificates too), "
                        + "with its role and provenance.")
        boolean all;

        @Option(names = "--json", description = "Print a JSON array instead of lines.")
        boolean json;

        @Override
        public Integer call() {
            Lang lang = parent.cli.lang;
            TrustProfile p = TrustProfile.byId(profile)
                    .orElseThrow(
                            () -> new ParameterException(spec.commandLine(), lang.t("trust.unknownProfile", profile)));
            List<TrustProfile.Entry> shown = new ArrayList<>();
            for (TrustProfile.Entry e : p.entries()) {
                boolean anchor =
                        e.isAnchor() && (e.provenance() == TrustProfile.Provenance.CROSS_CHECKED || singleSource);
                if (anchor || all) {
                    shown.add(e);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(shown.stream().map(TrustCommand::json).toList()));
            } else {
                for (TrustProfile.Entry e : shown) {
                    out.println(line(e, all, lang));
                }
            }
            out.flush();
            return EdxmlCli.OK;
        }
    }

    private static String line(TrustProfile.Entry e, boolean all, Lang lang) {
        StringBuilder sb = new StringBuilder(e.sha256())
                .append("  ")
                .append(date(e.certificate().getNotBefore()))
                .append("..")
                .append(date(e.certificate().getNotAfter()))
                .append("  ")
                .append(e.certificate().getSubjectX500Principal().getName());
        List<String> marks = new ArrayList<>();
        if (all) {
            marks.add(lang.t("trust.role." + e.role().name().toLowerCase(java.util.Locale.ROOT)));
        } else if (e.role() == TrustProfile.Role.TSA_ANCHOR) {
            marks.add(lang.t("trust.role.tsa_anchor"));
        }
        if (e.provenance() == TrustProfile.Provenance.SINGLE_SOURCE) {
            marks.add(lang.t("trust.singleSource"));
        }
        if (e.certificate().getSigAlgName().toUpperCase(java.util.Locale.ROOT).contains("SHA1")) {
            marks.add("SHA-1");
        }
        if (!marks.isEmpty()) {
            sb.append("  [").append(String.join(", ", marks)).append(']');
        }
        return sb.toString();
    }

    private static Map<String, Object> json(TrustProfile.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sha256", e.sha256());
        m.put("subject", e.certificate().getSubjectX500Principal().getName());
        m.put(
                "notBefore",
                DateTimeFormatter.ISO_INSTANT.format(
                        e.certificate().getNotBefore().toInstant()));
        m.put(
                "notAfter",
                DateTimeFormatter.ISO_INSTANT.format(
                        e.certificate().getNotAfter().toInstant()));
        m.put("profile", e.profile());
        m.put("role", e.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        m.put(
                "provenance",
                e.provenance().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        m.put("signatureAlgorithm", e.certificate().getSigAlgName());
        m.put("file", e.file());
        m.put("label", e.label());
        return m;
    }

    private static String date(java.util.Date d) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(d.toInstant().atOffset(java.time.ZoneOffset.UTC));
    }
}
