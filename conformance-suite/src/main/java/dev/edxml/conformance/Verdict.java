package dev.edxml.conformance;

/**
 * The result of one case (kết quả của một trường hợp kiểm thử).
 *
 * @since 0.1.0
 */
public enum Verdict {
    /** The software did what the case asks. */
    PASS,
    /** It did something else: accepted what it must reject, rejected what it must accept, a wrong field. */
    FAIL,
    /** It could not be asked or did not answer usably (crash, timeout, output that is not JSON): not a pass. */
    ERROR,
    /** The case was not run (no adapter for it in this run, e.g. no reply adapter). */
    NOT_RUN
}
