package dev.edxml.cli;

import dev.edxml.internal.OutputFile;

import java.io.IOException;
import java.nio.file.Path;

/** The commands' output files: a FIFO, a device node or a link to one is refused before any work, not after it. */
final class Outputs {
    private Outputs() {
    }

    /** Fails with the target's name when {@code out} exists and is not a regular file (or a link to one). */
    static void refuseEarly(Path out) throws CliFailure {
        try {
            OutputFile.checkReplaceable(out);
        } catch (IOException e) {
            throw new CliFailure(out.toString(), e);
        }
    }
}
