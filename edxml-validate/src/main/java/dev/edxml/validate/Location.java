package dev.edxml.validate;

import java.util.Objects;

/**
 * Where a finding is: line and column in the file (1-based; 0 when unknown) and the element path, e.g.
 * {@code /edXML/edXMLEnvelope/edXMLHeader/MessageHeader/To[2]/OrganId}.
 */
public record Location(int line, int column, String path) {
    /** No particular place: the package as a whole. */
    public static final Location PACKAGE = new Location(0, 0, "");

    public Location {
        Objects.requireNonNull(path, "path");
    }

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
