package dev.edxml.model;

import java.util.List;
import java.util.Optional;

/**
 * Other information of a document (thông tin khác, {@code OtherInfo}).
 *
 * @param priority             độ khẩn ({@code Priority})
 * @param sphereOfPromulgation phạm vi lưu hành ({@code SphereOfPromulgation})
 * @param typerNotation        ký hiệu người đánh máy / soạn thảo ({@code TyperNotation}, spelled so on the wire)
 * @param promulgationAmount   số lượng bản phát hành ({@code PromulgationAmount})
 * @param pageAmount           số trang ({@code PageAmount})
 * @param replyFors            {@code ReplyFors}, an extension of the official SDK; meaning not documented
 * @param direction            {@code Direction}, an extension of the official SDK ({@code true}/{@code false})
 * @param referenceCodes       {@code ReferenceCodes}, an extension of the official SDK
 * @param appendixes           phụ lục: names of the appendices ({@code Appendixes/Appendix})
 * @param extensions           unknown children and attributes, kept
 * @since 0.1.0
 */
public record OtherInfo(
        Optional<Priority> priority,
        Optional<String> sphereOfPromulgation,
        Optional<String> typerNotation,
        Optional<Integer> promulgationAmount,
        Optional<Integer> pageAmount,
        Optional<String> replyFors,
        Optional<Boolean> direction,
        Optional<String> referenceCodes,
        List<String> appendixes,
        Extensions extensions) {
    public OtherInfo {
        priority = Opt.some(priority, "priority");
        sphereOfPromulgation = Opt.text(sphereOfPromulgation, "sphereOfPromulgation");
        typerNotation = Opt.text(typerNotation, "typerNotation");
        promulgationAmount = Opt.some(promulgationAmount, "promulgationAmount");
        pageAmount = Opt.some(pageAmount, "pageAmount");
        replyFors = Opt.text(replyFors, "replyFors");
        direction = Opt.some(direction, "direction");
        referenceCodes = Opt.text(referenceCodes, "referenceCodes");
        appendixes = Opt.list(appendixes, "appendixes");
        extensions = Opt.ext(extensions);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("OtherInfo[");
        Opt.add(sb, "priority", priority.map(OpenCode::code));
        Opt.add(sb, "sphereOfPromulgation", sphereOfPromulgation);
        Opt.add(sb, "typerNotation", typerNotation);
        Opt.add(sb, "promulgationAmount", promulgationAmount);
        Opt.add(sb, "pageAmount", pageAmount);
        Opt.add(sb, "replyFors", replyFors);
        Opt.add(sb, "direction", direction);
        Opt.add(sb, "referenceCodes", referenceCodes);
        Opt.add(sb, "appendixes", appendixes);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }

    /**
     * Builds an {@link OtherInfo}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Priority priority;
        private String sphereOfPromulgation;
        private String typerNotation;
        private Integer promulgationAmount;
        private Integer pageAmount;
        private String replyFors;
        private Boolean direction;
        private String referenceCodes;
        private List<String> appendixes = List.of();
        private Extensions extensions = Extensions.NONE;

        private Builder() {}

        public Builder priority(Priority v) {
            priority = v;
            return this;
        }

        public Builder sphereOfPromulgation(String v) {
            sphereOfPromulgation = v;
            return this;
        }

        public Builder typerNotation(String v) {
            typerNotation = v;
            return this;
        }

        public Builder promulgationAmount(Integer v) {
            promulgationAmount = v;
            return this;
        }

        public Builder pageAmount(Integer v) {
            pageAmount = v;
            return this;
        }

        public Builder replyFors(String v) {
            replyFors = v;
            return this;
        }

        public Builder direction(Boolean v) {
            direction = v;
            return this;
        }

        public Builder referenceCodes(String v) {
            referenceCodes = v;
            return this;
        }

        public Builder appendixes(List<String> v) {
            appendixes = v;
            return this;
        }

        public Builder extensions(Extensions v) {
            extensions = v;
            return this;
        }

        /** What {@link #build()} would make now, or why it cannot yet (for jshell, logs and debuggers). */
        @Override
        public String toString() {
            try {
                return "OtherInfo.Builder{" + build() + "}";
            } catch (RuntimeException e) {
                return "OtherInfo.Builder{not ready: " + e.getMessage() + "}";
            }
        }

        public OtherInfo build() {
            return new OtherInfo(
                    Optional.ofNullable(priority),
                    Opt.text(sphereOfPromulgation),
                    Opt.text(typerNotation),
                    Optional.ofNullable(promulgationAmount),
                    Optional.ofNullable(pageAmount),
                    Opt.text(replyFors),
                    Optional.ofNullable(direction),
                    Opt.text(referenceCodes),
                    appendixes,
                    extensions);
        }
    }
}
