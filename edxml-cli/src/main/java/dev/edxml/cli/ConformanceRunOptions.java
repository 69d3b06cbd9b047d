package dev.edxml.cli;

import dev.edxml.conformance.CertificationLevel;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options {@code conformance consume} and {@code conformance produce} share (a picocli mixin). */
final class ConformanceRunOptions {
    @Option(names = "--report", paramLabel = "DIR", required = true, description = "Where to write the reports.")
    Path report;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "The longest the software may take over one case (default 60).")
    int timeout;

    @Option(
            names = "--parallel",
            paramLabel = "N",
            defaultValue = "2",
            description = "How many cases are run at once (default 2).")
    int parallel;

    @Option(
            names = "--level",
            paramLabel = "LEVEL",
            defaultValue = "qcvn102",
            description = "What to certify: qcvn102 (reads and writes the format; the default) or axis (signs "
                    + "and verifies for real: every signature case is MUST, and the packages made must be signed "
                    + "with the keys the suite issues for the run, {key} and {password-file}).")
    String level;

    @Option(names = "--vendor", paramLabel = "NAME", description = "The vendor, for the certification record.")
    String vendor = "";

    @Option(names = "--product", paramLabel = "NAME", description = "The product's name, for the record.")
    String product = "";

    @Option(names = "--product-version", paramLabel = "V", description = "The product's version, for the record.")
    String version = "";

    /** The product options, stripped, for {@code Runner.Builder.product(vendor, name, version)}. */
    String[] productNames() {
        return new String[] {vendor.strip(), product.strip(), version.strip()};
    }

    /** The --timeout option's value; under a second is a usage error (exit 2). */
    Duration timeout(CommandSpec spec, Lang lang) {
        return ConformanceCommand.duration(spec, timeout, lang);
    }

    /** The --level option's value; a name that is not a level is a usage error (exit 2). */
    CertificationLevel level(CommandSpec spec, Lang lang) {
        return ConformanceCommand.level(spec, level, lang);
    }
}
