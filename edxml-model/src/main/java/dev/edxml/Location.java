package dev.edxml;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where a problem is (vị trí): line and column in the file (1-based; 0 when unknown) and the element path, e.g.
 * {@code /edXML/edXMLEnvelope/edXMLHeader/MessageHeader/To[2]/OrganId}, or the name of the file concerned (a PDF
 * attachment) when the problem is about one.
 *
 * @param line   the line, 1-based, or 0 when unknown
 * @param column the column, 1-based, or 0 when unknown
 * @param path   the element path or file name, or an empty string
 * @since 0.1.0
 */
public record Location(int line, int column, String path) implements Serializable {
    /** No particular place: the package (or the file) as a whole. */
    public static final Location PACKAGE = new Location(0, 0, "");

    /** Checks the values: no negative line or column, a path (possibly empty). */
    public Location {
        Objects.requireNonNull(path, "path");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be 0 (unknown) or more: " + line + ":" + column);
        }
    }

    /** A place known only by its path (an element path, or a file name). */
    public static Location of(String path) {
        return path.isEmpty() ? PACKAGE : new Location(0, 0, path);
    }

    /** Whether the line is known. */
    public boolean hasPosition() {
        return line > 0;
    }

    /** {@code line:column}, or {@code 0:0} when unknown. */
    public String position() {
        return line + ":" + column;
    }

    @Override
    public String toString() {
        return position() + (path.isEmpty() ? "" : " " + path);
    }
}
