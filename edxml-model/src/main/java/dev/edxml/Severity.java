package dev.edxml;

/**
 * How serious a problem is (mức độ): of a format finding, a signature or PDF check, or a failure. One scale for every
 * module.
 *
 * @since 0.1.0
 */
public enum Severity {
    /**
     * The package breaks the regulation (or what the axis needs), or a signature cannot be relied on: it should not be
     * sent or accepted as it is.
     */
    ERROR,
    /** Something is wrong, weak or unusual, but peers are known to cope (the signature still holds). */
    WARNING,
    /** Worth knowing. */
    INFO
}
