package dev.edxml.validate;

import java.util.Locale;
import java.util.Optional;

/** The forms {@link Reports} writes validation results in; the names are those of {@code edxml validate --format}. */
public enum ReportFormat {
    /** One finding a line: {@code file:line:col: severity CODE message}. */
    TEXT("text"),
    /** An array with one object per package and profile, for programs. */
    JSON("json"),
    /** JUnit XML: one test suite per profile, one test case per package, a failure per error; for CI systems. */
    JUNIT("junit"),
    /** One self-contained HTML page a clerk can open: each package summarised, then its findings by severity. */
    HTML("html");

    private final String cliName;

    ReportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line: {@code text}, {@code json}, {@code junit}, {@code html}. */
    public String cliName() {
        return cliName;
    }

    /** The format with this command-line name (case ignored). */
    public static Optional<ReportFormat> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.cliName.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
