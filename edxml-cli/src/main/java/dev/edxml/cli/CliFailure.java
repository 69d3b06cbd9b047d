package dev.edxml.cli;

import java.io.IOException;
import java.security.GeneralSecurityException;

/** A failure while working on one file, carried to {@link Failures} so that the message names the file. */
final class CliFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;

    CliFailure(String source, IOException cause) {
        super(source, cause);
        this.source = source;
    }

    /** A key store, token or trust anchor that could not be used, or signing that failed. */
    CliFailure(String source, GeneralSecurityException cause) {
        super(source, cause);
        this.source = source;
    }

    /** The file as the user named it. */
    String source() {
        return source;
    }
}
