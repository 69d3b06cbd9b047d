package dev.edxml.sign.internal;

import java.io.IOException;

/** The package's stream, remembering a failure of its own (an I/O error, as opposed to what the parser finds). */
final class FailureRecordingStream extends java.io.FilterInputStream {
    IOException failure;

    FailureRecordingStream(java.io.InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }
}
