package dev.edxml.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A status package (gói tin trạng thái): the header only, reporting a status of a document back to its sender.
 *
 * <p>Immutable. Equality compares content, not {@link #provenance()}.
 *
 * @since 0.1.0
 */
public final class StatusPackage implements EdxmlPackage {
    private final SpecVersion specVersion;
    private final StatusHeader header;
    private final Optional<SignatureBlock> signature;
    private final Extensions rootExtensions;
    private final Extensions envelopeExtensions;
    private final Extensions headerExtensions;
    private final Extensions bodyExtensions;
    private final Provenance provenance;

    private StatusPackage(Builder b) {
        this.specVersion = Objects.requireNonNull(b.specVersion, "specVersion");
        this.header = Objects.requireNonNull(b.header, "header");
        if (header.statusCode().isEmpty()) {
            // on the wire a status package is a MessageHeader with a StatusCode; without one it is not a status
            throw new IllegalStateException("a status package needs a status code");
        }
        this.signature = Optional.ofNullable(b.signature);
        this.rootExtensions = b.rootExtensions;
        this.envelopeExtensions = b.envelopeExtensions;
        this.headerExtensions = b.headerExtensions;
        this.bodyExtensions = b.bodyExtensions;
        this.provenance = b.provenance;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this package's content (the provenance is not carried over). */
    public Builder toBuilder() {
        return new Builder()
                .specVersion(specVersion)
                .header(header)
                .signature(signature.orElse(null))
                .rootExtensions(rootExtensions)
                .envelopeExtensions(envelopeExtensions)
                .headerExtensions(headerExtensions)
                .bodyExtensions(bodyExtensions);
    }

    @Override
    public String kind() {
        return "status";
    }

    @Override
    public SpecVersion specVersion() {
        return specVersion;
    }

    public StatusHeader header() {
        return header;
    }

    @Override
    public Optional<SignatureBlock> signature() {
        return signature;
    }

    @Override
    public Extensions rootExtensions() {
        return rootExtensions;
    }

    @Override
    public Extensions envelopeExtensions() {
        return envelopeExtensions;
    }

    @Override
    public Extensions headerExtensions() {
        return headerExtensions;
    }

    /** Unknown content of an {@code edXMLBody}, which a status package does not need but may have. */
    @Override
    public Extensions bodyExtensions() {
        return bodyExtensions;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StatusPackage)) {
            return false;
        }
        StatusPackage p = (StatusPackage) o;
        return specVersion == p.specVersion
                && header.equals(p.header)
                && signature.equals(p.signature)
                && rootExtensions.equals(p.rootExtensions)
                && envelopeExtensions.equals(p.envelopeExtensions)
                && headerExtensions.equals(p.headerExtensions)
                && bodyExtensions.equals(p.bodyExtensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                specVersion, header, signature, rootExtensions, envelopeExtensions, headerExtensions, bodyExtensions);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StatusPackage[");
        sb.append(header.statusCode().map(OpenCode::toString).orElse("no status code"));
        header.from().flatMap(Organization::organId).ifPresent(f -> sb.append(" from ")
                .append(f));
        header.responseFor().ifPresent(r -> sb.append(" about ")
                .append(r.code().or(r::documentId).orElse("?")));
        header.timestamp().ifPresent(t -> sb.append(" at ").append(t));
        header.description().ifPresent(d -> sb.append(", \"").append(d).append('"'));
        signature.ifPresent(s -> sb.append(", ").append(s));
        Opt.add(sb, "rootExtensions", rootExtensions);
        Opt.add(sb, "envelopeExtensions", envelopeExtensions);
        Opt.add(sb, "headerExtensions", headerExtensions);
        Opt.add(sb, "bodyExtensions", bodyExtensions);
        return sb.append(']').toString();
    }

    /**
     * Builds a {@link StatusPackage}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private SpecVersion specVersion = SpecVersion.QCVN_102_2016;
        private StatusHeader header;
        private SignatureBlock signature;
        private Extensions rootExtensions = Extensions.NONE;
        private Extensions envelopeExtensions = Extensions.NONE;
        private Extensions headerExtensions = Extensions.NONE;
        private Extensions bodyExtensions = Extensions.NONE;
        private Provenance provenance = Provenance.BUILT;

        private Builder() {}

        public Builder specVersion(SpecVersion v) {
            specVersion = v;
            return this;
        }

        public Builder header(StatusHeader v) {
            header = v;
            return this;
        }

        public Builder signature(SignatureBlock v) {
            signature = v;
            return this;
        }

        /** Unknown content of the root {@code edXML} element. */
        public Builder rootExtensions(Extensions v) {
            rootExtensions = Objects.requireNonNull(v, "extensions");
            return this;
        }

        /** Unknown content of {@code edXMLEnvelope}. */
        public Builder envelopeExtensions(Extensions v) {
            envelopeExtensions = Objects.requireNonNull(v, "extensions");
            return this;
        }

        /** Unknown content of {@code edXMLHeader}. */
        public Builder headerExtensions(Extensions v) {
            headerExtensions = Objects.requireNonNull(v, "extensions");
            return this;
        }

        /** Unknown content of an {@code edXMLBody}. */
        public Builder bodyExtensions(Extensions v) {
            bodyExtensions = Objects.requireNonNull(v, "extensions");
            return this;
        }

        /** Where the package came from; set by the reader. */
        public Builder provenance(Provenance v) {
            provenance = Objects.requireNonNull(v, "provenance");
            return this;
        }

        /** What {@link #build()} would make now, or why it cannot yet (for jshell, logs and debuggers). */
        @Override
        public String toString() {
            try {
                return "StatusPackage.Builder{" + build() + "}";
            } catch (RuntimeException e) {
                return "StatusPackage.Builder{not ready: " + e.getMessage() + "}";
            }
        }

        public StatusPackage build() {
            return new StatusPackage(this);
        }
    }
}
