package dev.edxml.validate;

import dev.edxml.Severity;
import dev.edxml.Finding;
import dev.edxml.model.PackageKind;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The findings for one package under one profile, in file order. {@link #isValid()} when there is no error.
 *
 * @param source   the file name or description
 * @param profile  the profile used
 * @param kind     document or status package, when it could be told
 * @param summary  one line on the package (number/notation, sender, receivers, or status), for reports
 * @param findings what the rules found, in file order
 */
public record ValidationReport(String source, Profile profile, Optional<PackageKind> kind, String summary,
                               List<Finding> findings) {
    public ValidationReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        findings = findings.stream().sorted(Comparator.comparingInt((Finding f) -> f.location().line())
                .thenComparingInt(f -> f.location().column()).thenComparing(Finding::code)).toList();
    }

    /** No error (warnings and information allowed). */
    public boolean isValid() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    public List<Finding> errors() {
        return of(Severity.ERROR);
    }

    public List<Finding> warnings() {
        return of(Severity.WARNING);
    }

    public List<Finding> of(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).toList();
    }

    /** Whether a finding with this code is present. */
    public boolean has(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }

    /** One finding a line: {@code source:line:col: severity CODE message}. */
    public String format(Locale locale) {
        return findings.stream().map(f -> source + ":" + f.format(locale)).collect(Collectors.joining(System.lineSeparator()));
    }

    @Override
    public String toString() {
        return "ValidationReport[" + source + ", " + profile + ", " + (isValid() ? "valid" : errors().size() + " errors")
                + ", " + warnings().size() + " warnings, " + of(Severity.INFO).size() + " info]";
    }
}
