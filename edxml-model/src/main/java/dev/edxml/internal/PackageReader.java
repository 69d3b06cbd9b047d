package dev.edxml.internal;

import dev.edxml.model.EdxmlPackage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Stub, being written. */
public final class PackageReader {
    public PackageReader(String source, boolean skipLeadingJunk, long maxHeaderChars, int maxElements, int maxDepth,
                         long maxAttachmentBytes, int memoryThreshold, Path tempDir) {
    }

    public EdxmlPackage read(InputStream in) throws IOException {
        throw new UnsupportedOperationException("being written");
    }
}
