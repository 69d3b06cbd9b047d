package dev.edxml.model;

import java.util.Optional;

/**
 * One hop of a package's route (vết xử lý, {@code TraceHeader}): who handled it and when. The axis may omit the OrganId.
 *
 * @since 0.1.0
 */
public record TraceHeader(Optional<OrganId> organId, Optional<EdxmlTimestamp> timestamp, Extensions extensions) {
    public TraceHeader {
        organId = Opt.some(organId, "organId");
        timestamp = Opt.some(timestamp, "timestamp");
        extensions = Opt.ext(extensions);
    }

    public static TraceHeader of(String organId, java.time.Instant timestamp) {
        return new TraceHeader(
                Opt.text(organId).map(OrganId::of),
                Optional.ofNullable(timestamp).map(EdxmlTimestamp::of),
                Extensions.NONE);
    }

    @Override
    public String toString() {
        return "TraceHeader[" + organId.map(OrganId::value).orElse("?") + " at "
                + timestamp.map(EdxmlTimestamp::text).orElse("?")
                + (extensions.isEmpty() ? "" : ", extensions=" + extensions) + "]";
    }
}
