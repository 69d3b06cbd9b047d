package dev.edxml.internal;

import dev.edxml.EdxmlWriter;
import dev.edxml.model.EdxmlPackage;

import java.io.IOException;
import java.io.OutputStream;

/** Stub, being written. */
public final class PackageWriter {
    public PackageWriter(EdxmlWriter.ElementOrder order) {
    }

    public void write(EdxmlPackage pkg, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("being written");
    }
}
