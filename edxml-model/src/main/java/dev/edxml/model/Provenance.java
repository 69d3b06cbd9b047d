package dev.edxml.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * How a package looked when it was read (nguồn gốc gói tin): where it came from, its layout flavour and the quirks the reader met and
 * tolerated. It is not part of a package's value: two packages with the same content are equal whatever their
 * provenance, and a written package always has the standard layout.
 *
 * @since 0.1.0
 */
public record Provenance(Optional<String> source, Flavour flavour, Set<Quirk> quirks) {
    /** The provenance of a package built in code. */
    public static final Provenance BUILT = new Provenance(Optional.empty(), Flavour.BUILT, Set.of());

    /**
     * The layout of a package.
     *
     * @since 0.1.0
     */
    public enum Flavour {
        /** Built in code by this library. */
        BUILT,
        /** The {@code <edXML>} wrapper with {@code AttachmentEncoded} beside the envelope, as the official SDK and this library write. */
        STANDARD,
        /** An {@code edXMLEnvelope} as the document element, without the wrapper (hand-written files). */
        BARE_ENVELOPE,
        /** The non-standard layout of a third-party gateway ({@code edXMLBody/Content}, {@code edXMLAttachments}; spec §13 F9). */
        GATEWAY_NONSTANDARD
    }

    /**
     * A deviation from the standard layout that the reader tolerated.
     *
     * @since 0.1.0
     */
    public enum Quirk {
        /** Bytes before the XML declaration were skipped (only with the lenient reader option). */
        LEADING_JUNK_SKIPPED,
        /** A UTF-8 byte order mark at the start. */
        BYTE_ORDER_MARK,
        /** {@code Business…} elements spelled with one 's' instead of the regulation's {@code Bussiness…}. */
        BUSINESS_SPELLING,
        /** {@code Manifest} instead of {@code edXMLManifest}. */
        MANIFEST_ALIAS,
        /** {@code AttachmentEncoded} inside the envelope instead of beside it. */
        ATTACHMENTS_INSIDE_ENVELOPE,
        /** The SDK's placeholder {@code Signature} block, which is not a signature. */
        LEGACY_SIGNATURE_PLACEHOLDER,
        /** Elements or attributes this library does not model (kept as extensions). */
        UNKNOWN_CONTENT,
        /** Content ids written with a {@code cid:} prefix. */
        CID_PREFIX,
        /**
         * Files in a gateway's own vocabulary, {@code edXMLEnvelope/edXMLAttachments/Attachment/AttachmentData} (spec
         * §13 F9), read as the package's attachments; peers following the regulation do not find them.
         */
        GATEWAY_ATTACHMENTS
    }

    public Provenance {
        source = Opt.some(source, "source");
        java.util.Objects.requireNonNull(flavour, "flavour");
        quirks = quirks.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(quirks));
    }

    @Override
    public String toString() {
        return "Provenance[" + source.map(s -> s + ", ").orElse("") + flavour
                + (quirks.isEmpty() ? "" : ", quirks=" + quirks) + "]";
    }
}
