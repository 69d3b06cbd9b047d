package dev.edxml.stats;

import java.util.Objects;

/**
 * A rejection reason (lý do từ chối, the {@code Description} of a status 02) and how many status packages gave it.
 * Reasons are grouped by their text with white space collapsed; a missing or blank description is the empty string.
 *
 * @param reason the text
 * @param count  how many status 02 packages carried it
 * @since 0.1.0
 */
public record ReasonCount(String reason, int count) {
    public ReasonCount {
        Objects.requireNonNull(reason, "reason");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
    }

    @Override
    public String toString() {
        return count + " × " + (reason.isEmpty() ? "(no reason given)" : "\"" + reason + "\"");
    }
}
