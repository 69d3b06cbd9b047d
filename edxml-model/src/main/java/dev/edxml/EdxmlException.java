package dev.edxml;

import dev.edxml.internal.Messages;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A package could not be read, written or unpacked (không đọc, ghi hay giải nén được gói tin). The failure is a
 * {@link Finding} ({@link #finding()}): a stable code ({@code EDXML-<AREA>-<NNN>}, see the module documentation), the
 * values of its message, a location in the input when it has one (line, column and element path), and the message in
 * Vietnamese and English. The accessors below read that finding.
 *
 * @since 0.1.0
 */
public class EdxmlException extends IOException {
    private static final long serialVersionUID = 1L;

    private final Finding finding;

    /**
     * A failure with a code of this module (its message from this module's bundles).
     *
     * @param code   the stable code
     * @param args   values for the message's placeholders
     * @param line   line in the input (1-based), or -1
     * @param column column in the input (1-based), or -1
     * @param path   element path, or {@code null}
     * @param cause  the underlying failure, or {@code null}
     */
    public EdxmlException(String code, List<String> args, int line, int column, String path, Throwable cause) {
        this(finding(code, args, line, column, path), cause);
    }

    /** A failure without a location. */
    public EdxmlException(String code, String... args) {
        this(code, List.of(args), -1, -1, null, null);
    }

    /** A failure described by a finding (its severity is that of the finding, usually an error). */
    public EdxmlException(Finding finding, Throwable cause) {
        super(null, cause);
        this.finding = Objects.requireNonNull(finding, "finding");
    }

    private static Finding finding(String code, List<String> args, int line, int column, String path) {
        Objects.requireNonNull(code, "code");
        List<String> a = List.copyOf(args);
        int l = Math.max(line, 0);
        Location where = new Location(l, l > 0 ? Math.max(column, 1) : 0, path == null ? "" : path);
        return new Finding(
                code,
                Severity.ERROR,
                a,
                where,
                "",
                Messages.format(code, a, Locale.forLanguageTag("vi")),
                Messages.format(code, a, Locale.ENGLISH));
    }

    /** The failure as data: code, arguments, location and the message in both languages. */
    public Finding finding() {
        return finding;
    }

    /** The stable code, e.g. {@code EDXML-ENV-002}. */
    public String code() {
        return finding.code();
    }

    /** The line in the input, when known. */
    public OptionalInt line() {
        return finding.location().hasPosition()
                ? OptionalInt.of(finding.location().line())
                : OptionalInt.empty();
    }

    /** The column in the input, when known. */
    public OptionalInt column() {
        return finding.location().column() > 0
                ? OptionalInt.of(finding.location().column())
                : OptionalInt.empty();
    }

    /** The path of the element concerned, e.g. {@code /edXML/edXMLEnvelope/edXMLHeader/MessageHeader/OtherInfo/Priority}. */
    public Optional<String> path() {
        return Optional.of(finding.location().path()).filter(p -> !p.isEmpty());
    }

    /** The message alone, in Vietnamese ({@code vi}) or English (any other language). */
    public String message(Locale locale) {
        return finding.message(locale);
    }

    /** {@code line:column} or an empty string. */
    public String position() {
        Location l = finding.location();
        return l.hasPosition() ? l.line() + ":" + Math.max(l.column(), 1) : "";
    }

    /** Code, position, path and English message. */
    @Override
    public String getMessage() {
        return describe(Locale.ENGLISH);
    }

    /** Code, position, path and the message in the given language, for people. */
    public String describe(Locale locale) {
        StringBuilder sb = new StringBuilder(code());
        if (finding.location().hasPosition()) {
            sb.append(" at ").append(position());
        }
        path().ifPresent(p -> sb.append(" (").append(p).append(')'));
        return sb.append(": ").append(message(locale)).toString();
    }
}
