package dev.edxml.validate;

import dev.edxml.Finding;
import dev.edxml.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The findings for one package under one profile (kết quả kiểm tra gói tin), in file order: each a
 * {@link dev.edxml.Finding} with its code, severity (lỗi, cảnh báo, thông tin), place, clause and VI/EN message.
 * {@link #isValid()} when there is no error. Made only by {@link Validator}.
 *
 * @since 0.1.0
 */
public final class ValidationReport {
    private final String source;
    private final Profile profile;
    private final Optional<String> kind;
    private final String summary;
    private final List<Finding> findings;

    /**
     * Checks and copies the values; only this package makes results.
     *
     * @param source   the file name or description
     * @param profile  the profile used
     * @param kind     {@code edoc} or {@code status} ({@link dev.edxml.model.EdxmlPackage#kind()}), when it could be told
     * @param summary  one line on the package (number/notation, sender, receivers, or status), for reports
     * @param findings what the rules found, in file order
     */
    ValidationReport(String source, Profile profile, Optional<String> kind, String summary, List<Finding> findings) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        findings = findings.stream()
                .sorted(Comparator.comparingInt((Finding f) -> f.location().line())
                        .thenComparingInt(f -> f.location().column())
                        .thenComparing(Finding::code))
                .toList();
        this.source = source;
        this.profile = profile;
        this.kind = kind;
        this.summary = summary;
        this.findings = findings;
    }

    /** The same findings under another source name (a temporary file's report, named as the user knows it). */
    public ValidationReport withSource(String source) {
        return new ValidationReport(source, profile, kind, summary, findings);
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
        return findings.stream()
                .map(f -> source + ":" + f.format(locale))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    @Override
    public String toString() {
        return "ValidationReport[" + source + ", " + profile + ", "
                + (isValid() ? "valid" : errors().size() + " errors") + ", "
                + warnings().size() + " warnings, " + of(Severity.INFO).size() + " info]";
    }

    /** The file name or description. */
    public String source() {
        return source;
    }

    /** The profile used. */
    public Profile profile() {
        return profile;
    }

    /** {@code edoc} or {@code status} ({@link dev.edxml.model.EdxmlPackage#kind()}), when it could be told. */
    public Optional<String> kind() {
        return kind;
    }

    /** One line on the package (number/notation, sender, receivers, or status), for reports. */
    public String summary() {
        return summary;
    }

    /** What the rules found, in file order. */
    public List<Finding> findings() {
        return findings;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationReport o
                && source.equals(o.source)
                && profile.equals(o.profile)
                && kind.equals(o.kind)
                && summary.equals(o.summary)
                && findings.equals(o.findings);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(source, profile, kind, summary, findings);
    }
}
