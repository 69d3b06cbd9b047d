package dev.edxml;

import dev.edxml.internal.Messages;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A package could not be read, written or unpacked. Each failure has a stable code ({@code EDXML-<AREA>-<NNN>}, see
 * the module documentation), a location in the input when it has one (line, column and element path), and a message
 * in Vietnamese and English.
 *
 * @since 0.1.0
 */
public class EdxmlException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> args;
    private final int line;
    private final int column;
    private final String path;

    /**
     * @param code  the stable code
     * @param args  values for the message's placeholders
     * @param line  line in the input (1-based), or -1
     * @param column column in the input (1-based), or -1
     * @param path  element path, or {@code null}
     * @param cause the underlying failure, or {@code null}
     */
    public EdxmlException(String code, List<String> args, int line, int column, String path, Throwable cause) {
        super(null, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.args = List.copyOf(args);
        this.line = line;
        this.column = column;
        this.path = path;
    }

    /** A failure without a location. */
    public EdxmlException(String code, String... args) {
        this(code, List.of(args), -1, -1, null, null);
    }

    /** The stable code, e.g. {@code EDXML-ENV-002}. */
    public String code() {
        return code;
    }

    /** The line in the input, when known. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The column in the input, when known. */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /** The path of the element concerned, e.g. {@code /edXML/edXMLEnvelope/edXMLHeader/MessageHeader/OtherInfo/Priority}. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** The message alone, in Vietnamese ({@code vi}) or English (any other language). */
    public String message(Locale locale) {
        return Messages.format(code, args, locale);
    }

    /** {@code line:column} or an empty string. */
    public String position() {
        return line > 0 ? line + ":" + Math.max(column, 1) : "";
    }

    /** Code, position, path and English message. */
    @Override
    public String getMessage() {
        return describe(Locale.ENGLISH);
    }

    /** Code, position, path and the message in the given language, for people. */
    public String describe(Locale locale) {
        StringBuilder sb = new StringBuilder(code);
        if (line > 0) {
            sb.append(" at ").append(position());
        }
        if (path != null) {
            sb.append(" (").append(path).append(')');
        }
        return sb.append(": ").append(message(locale)).toString();
    }
}
