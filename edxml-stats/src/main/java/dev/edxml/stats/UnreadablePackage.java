package dev.edxml.stats;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A package that could not be read (gói tin không đọc được): counted in {@link StatsReport#total()} and listed, never
 * skipped. The code is the reader's ({@code EDXML-ENV-…}) or one of this module's ({@code EDXML-STC-…}, see the
 * module README).
 *
 * @param source  the file, or {@code archive.zip!/entry} for an archive entry
 * @param code    the stable error code
 * @param line    the line of the problem, when known
 * @param column  the column of the problem, when known
 * @param message the message, in English
 * @since 0.1.0
 */
public record UnreadablePackage(String source, String code, OptionalInt line, OptionalInt column, String message) {
    public UnreadablePackage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }

    /** {@code line:column}, or an empty string when the position is not known. */
    public String position() {
        return line.isPresent() ? line.getAsInt() + ":" + column.orElse(1) : "";
    }

    @Override
    public String toString() {
        String pos = position();
        return source + (pos.isEmpty() ? "" : ":" + pos) + ": " + code + " " + message;
    }
}
