package dev.edxml;

/**
 * Told how far a long run has got (tiến độ): {@code Validator.validateAll}, {@code ComplianceStats.scan} and the
 * conformance {@code Runner} call it after each item, from their worker threads, so it must be thread-safe.
 *
 * <pre>{@code
 * Progress p = (done, total) -> System.err.print("\r" + done + "/" + total);
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Progress {
    /** No progress reporting. */
    Progress NONE = (done, total) -> {};

    /**
     * One more item is done.
     *
     * @param done  items done so far
     * @param total items to do (counted before the run starts)
     */
    void progress(int done, int total);
}
