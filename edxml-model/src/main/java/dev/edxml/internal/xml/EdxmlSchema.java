package dev.edxml.internal.xml;

import java.io.IOException;
import java.io.InputStream;

/**
 * edxml-java's own XSD for QCVN 102:2016 packages, shipped in this module. Opened from here because a resource of a
 * named module is encapsulated: the validation module could not read it by name.
 */
public final class EdxmlSchema {
    /** Where the schema lies among this module's resources. */
    public static final String RESOURCE = "/dev/edxml/schema/qcvn102-2016.xsd";

    private EdxmlSchema() {}

    /** The schema's bytes; the caller closes the stream. */
    public static InputStream open() throws IOException {
        InputStream in = EdxmlSchema.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("missing resource " + RESOURCE);
        }
        return in;
    }
}
