package dev.edxml.cli;

import java.io.IOException;

/** A failure while working on one file, carried to {@link Failures} so that the message names the file. */
final class CliFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;

    CliFailure(String source, IOException cause) {
        super(source, cause);
        this.source = source;
    }

    /** The file as the user named it. */
    String source() {
        return source;
    }

    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }
}
