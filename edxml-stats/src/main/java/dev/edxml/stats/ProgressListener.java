package dev.edxml.stats;

/** Told after each package of a {@link ComplianceStats#scan}, from the scanning threads (so it must be thread-safe). */
@FunctionalInterface
public interface ProgressListener {
    /** No progress reporting. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * One more package is done.
     *
     * @param done  packages done so far
     * @param total packages to do (counted before the scan starts)
     */
    void progress(int done, int total);
}
