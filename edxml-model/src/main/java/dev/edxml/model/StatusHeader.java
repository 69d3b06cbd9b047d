package dev.edxml.model;

import java.time.Instant;
import java.util.Optional;

/**
 * The header of a status package (thông tin trạng thái, {@code MessageHeader} with a {@code StatusCode}): who reports,
 * about which document, what status, and when.
 *
 * @param from        đơn vị phản hồi: the organisation reporting the status
 * @param responseFor the document the status is about
 * @param staffInfo   the clerk handling it
 * @param statusCode  mã trạng thái
 * @param description mô tả: free text, the reason for a rejection (02) or recall (13, 16)
 * @param timestamp   when the status was issued ({@code yyyy/MM/dd HH:mm:ss}, Vietnam time)
 * @param extensions  unknown children and attributes, kept
 * @since 0.1.0
 */
public record StatusHeader(
        Optional<Organization> from,
        Optional<ResponseFor> responseFor,
        Optional<StaffInfo> staffInfo,
        Optional<StatusCode> statusCode,
        Optional<String> description,
        Optional<EdxmlTimestamp> timestamp,
        Extensions extensions) {
    public StatusHeader {
        from = Opt.some(from, "from");
        responseFor = Opt.some(responseFor, "responseFor");
        staffInfo = Opt.some(staffInfo, "staffInfo");
        statusCode = Opt.some(statusCode, "statusCode");
        description = Opt.text(description, "description");
        timestamp = Opt.some(timestamp, "timestamp");
        extensions = Opt.ext(extensions);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StatusHeader[");
        Opt.add(sb, "statusCode", statusCode);
        Opt.add(sb, "from", from.flatMap(Organization::organId));
        Opt.add(sb, "responseFor", responseFor);
        Opt.add(sb, "staffInfo", staffInfo);
        Opt.add(sb, "description", description);
        Opt.add(sb, "timestamp", timestamp);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }

    /**
     * Builds a {@link StatusHeader}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Organization from;
        private ResponseFor responseFor;
        private StaffInfo staffInfo;
        private StatusCode statusCode;
        private String description;
        private EdxmlTimestamp timestamp;
        private Extensions extensions = Extensions.NONE;

        private Builder() {}

        public Builder from(Organization v) {
            from = v;
            return this;
        }

        public Builder responseFor(ResponseFor v) {
            responseFor = v;
            return this;
        }

        public Builder staffInfo(StaffInfo v) {
            staffInfo = v;
            return this;
        }

        public Builder statusCode(StatusCode v) {
            statusCode = v;
            return this;
        }

        public Builder description(String v) {
            description = v;
            return this;
        }

        public Builder timestamp(EdxmlTimestamp v) {
            timestamp = v;
            return this;
        }

        public Builder timestamp(Instant v) {
            return timestamp(v == null ? null : EdxmlTimestamp.of(v));
        }

        public Builder extensions(Extensions v) {
            extensions = v;
            return this;
        }

        /** What {@link #build()} would make now, or why it cannot yet (for jshell, logs and debuggers). */
        @Override
        public String toString() {
            try {
                return "StatusHeader.Builder{" + build() + "}";
            } catch (RuntimeException e) {
                return "StatusHeader.Builder{not ready: " + e.getMessage() + "}";
            }
        }

        public StatusHeader build() {
            return new StatusHeader(
                    Optional.ofNullable(from),
                    Optional.ofNullable(responseFor),
                    Optional.ofNullable(staffInfo),
                    Optional.ofNullable(statusCode),
                    Opt.text(description),
                    Optional.ofNullable(timestamp),
                    extensions);
        }
    }
}
