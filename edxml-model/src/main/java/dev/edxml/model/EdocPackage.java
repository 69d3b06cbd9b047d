package dev.edxml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document package (gói tin văn bản điện tử): header metadata, trace, optional signature, manifest and attachments.
 *
 * <p>Immutable. Equality compares content (attachments by size and SHA-256), not {@link #provenance()}.
 *
 * @since 0.1.0
 */
public final class EdocPackage implements EdxmlPackage {
    private final SpecVersion specVersion;
    private final MessageHeader header;
    private final Optional<Business> business;
    private final List<TraceHeader> traceHeaders;
    private final Optional<SignatureBlock> signature;
    private final Optional<Manifest> manifest;
    private final List<Attachment> attachments;
    private final Extensions rootExtensions;
    private final Extensions envelopeExtensions;
    private final Extensions headerExtensions;
    private final Extensions bodyExtensions;
    private final Provenance provenance;

    private EdocPackage(Builder b) {
        this.specVersion = Objects.requireNonNull(b.specVersion, "specVersion");
        this.header = Objects.requireNonNull(b.header, "header");
        this.business = Optional.ofNullable(b.business);
        this.traceHeaders = List.copyOf(b.traceHeaders);
        this.signature = Optional.ofNullable(b.signature);
        this.attachments = List.copyOf(b.attachments);
        this.manifest = b.manifest != null
                ? Optional.of(b.manifest)
                : b.synthesizeManifest && !attachments.isEmpty()
                        ? Optional.of(Manifest.of(
                                attachments.stream().map(ManifestReference::of).toList()))
                        : Optional.empty();
        this.rootExtensions = b.rootExtensions;
        this.envelopeExtensions = b.envelopeExtensions;
        this.headerExtensions = b.headerExtensions;
        this.bodyExtensions = b.bodyExtensions;
        this.provenance = b.provenance;
    }

    /**
     * A builder for a new document package. Unless a manifest is set, {@link Builder#build()} writes one reference per
     * attachment, as the official SDK does.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this package's content (the provenance is not carried over). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.specVersion = specVersion;
        b.header = header;
        b.business = business.orElse(null);
        b.traceHeaders.addAll(traceHeaders);
        b.signature = signature.orElse(null);
        b.manifest = manifest.orElse(null);
        b.synthesizeManifest = false;
        b.attachments.addAll(attachments);
        b.rootExtensions = rootExtensions;
        b.envelopeExtensions = envelopeExtensions;
        b.headerExtensions = headerExtensions;
        b.bodyExtensions = bodyExtensions;
        return b;
    }

    @Override
    public String kind() {
        return "edoc";
    }

    @Override
    public SpecVersion specVersion() {
        return specVersion;
    }

    /** The document's metadata ({@code MessageHeader}). */
    public MessageHeader header() {
        return header;
    }

    /**
     * The trace (vết xử lý, {@code TraceHeaderList/TraceHeader}, QCVN clause 2.1): one hop per handler, in document
     * order. The sender writes the first hop; the axis and receivers append theirs.
     */
    public List<TraceHeader> traceHeaders() {
        return traceHeaders;
    }

    @Override
    public Optional<SignatureBlock> signature() {
        return signature;
    }

    /** The body manifest ({@code edXMLBody/edXMLManifest}). */
    public Optional<Manifest> manifest() {
        return manifest;
    }

    /** The attached files, in document order. */
    public List<Attachment> attachments() {
        return attachments;
    }

    /**
     * The business action (nghiệp vụ: new, revoke, update, replace; {@code TraceHeaderList/Bussiness}, QCVN clause
     * 2.2). Without one, a receiver reads the package as a new document.
     */
    public Optional<Business> business() {
        return business;
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
        if (!(o instanceof EdocPackage)) {
            return false;
        }
        EdocPackage p = (EdocPackage) o;
        return specVersion == p.specVersion
                && header.equals(p.header)
                && business.equals(p.business)
                && traceHeaders.equals(p.traceHeaders)
                && signature.equals(p.signature)
                && manifest.equals(p.manifest)
                && attachments.equals(p.attachments)
                && rootExtensions.equals(p.rootExtensions)
                && envelopeExtensions.equals(p.envelopeExtensions)
                && headerExtensions.equals(p.headerExtensions)
                && bodyExtensions.equals(p.bodyExtensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                specVersion,
                header,
                business,
                traceHeaders,
                signature,
                manifest,
                attachments,
                rootExtensions,
                envelopeExtensions,
                headerExtensions,
                bodyExtensions);
    }

    /** A one-line summary: number/notation, date, sender, receivers, attachments and signature. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("EdocPackage[");
        header.code().ifPresent(c -> sb.append(c.display()).append(' '));
        header.promulgationInfo().flatMap(PromulgationInfo::date).ifPresent(d -> sb.append(d)
                .append(' '));
        header.from()
                .flatMap(Organization::organId)
                .ifPresent(f -> sb.append("from ").append(f).append(' '));
        sb.append("to ")
                .append(header.to().stream()
                        .map(t -> t.organId().map(OrganId::value).orElse("?"))
                        .toList());
        business().flatMap(Business::type).ifPresent(t -> sb.append(", ")
                .append(t.nameEn().toLowerCase(java.util.Locale.ROOT)));
        header.subject().ifPresent(s -> sb.append(", \"")
                .append(s.length() > 60 ? s.substring(0, 60) + "…" : s)
                .append('"'));
        sb.append(", ").append(attachments.size()).append(attachments.size() == 1 ? " attachment" : " attachments");
        sb.append(", ")
                .append(signature
                        .map(s -> s.isXmlDsig() ? "XML-DSig signature" : "legacy signature placeholder")
                        .orElse("unsigned"));
        Opt.add(sb, "rootExtensions", rootExtensions);
        Opt.add(sb, "envelopeExtensions", envelopeExtensions);
        Opt.add(sb, "headerExtensions", headerExtensions);
        Opt.add(sb, "bodyExtensions", bodyExtensions);
        return sb.append(']').toString();
    }

    /**
     * Builds an {@link EdocPackage}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private SpecVersion specVersion = SpecVersion.QCVN_102_2016;
        private MessageHeader header = MessageHeader.builder().build();
        private Business business;
        private final List<TraceHeader> traceHeaders = new ArrayList<>();
        private SignatureBlock signature;
        private Manifest manifest;
        private boolean synthesizeManifest = true;
        private final List<Attachment> attachments = new ArrayList<>();
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

        public Builder header(MessageHeader v) {
            header = v;
            return this;
        }

        /** The business action ({@code Bussiness}); {@code null} for none. */
        public Builder business(Business v) {
            business = v;
            return this;
        }

        /** The trace's hops, replacing any set before. */
        public Builder traceHeaders(List<TraceHeader> v) {
            traceHeaders.clear();
            v.forEach(this::addTraceHeader);
            return this;
        }

        /** Appends a hop to the trace. */
        public Builder addTraceHeader(TraceHeader v) {
            traceHeaders.add(Objects.requireNonNull(v, "traceHeader"));
            return this;
        }

        /** The signature block; normally set by {@code edxml-sign}, or kept from a package that was read. */
        public Builder signature(SignatureBlock v) {
            signature = v;
            return this;
        }

        /** An explicit manifest (kept as given); {@code null} restores the default of one reference per attachment. */
        public Builder manifest(Manifest v) {
            manifest = v;
            synthesizeManifest = v == null;
            return this;
        }

        /** No manifest at all, even with attachments (only to reproduce packages that have none). */
        public Builder noManifest() {
            manifest = null;
            synthesizeManifest = false;
            return this;
        }

        public Builder addAttachment(Attachment v) {
            attachments.add(Objects.requireNonNull(v, "attachment"));
            return this;
        }

        public Builder attachments(List<Attachment> v) {
            attachments.clear();
            v.forEach(this::addAttachment);
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

        /** Unknown content of {@code edXMLBody}. */
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
                return "EdocPackage.Builder{" + build() + "}";
            } catch (RuntimeException e) {
                return "EdocPackage.Builder{not ready: " + e.getMessage() + "}";
            }
        }

        public EdocPackage build() {
            return new EdocPackage(this);
        }
    }
}
