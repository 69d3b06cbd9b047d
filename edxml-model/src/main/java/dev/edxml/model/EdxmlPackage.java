package dev.edxml.model;

import java.util.Optional;

/**
 * An edXML package (gói tin edXML): a document package ({@link EdocPackage}) or a status package
 * ({@link StatusPackage}).
 * Read one with {@code Edxml.read(…)}, build one with {@code Edxml.edoc()} or {@code Edxml.status()}.
 *
 * <p>A package read from a file may hold large attachments in temporary files: close it when done with it
 * ({@code try (EdxmlPackage pkg = Edxml.read(file)) {…}}) so that they are deleted at once rather than at the next
 * garbage collection or at exit. Closing a package closes its attachments' {@link AttachmentContent} (a package
 * built from it with {@code toBuilder()} shares them); the header stays readable.
 *
 * @since 0.1.0
 */
public sealed interface EdxmlPackage extends AutoCloseable permits EdocPackage, StatusPackage {
    /**
     * The kind's name as the axis transport and this library's JSON write it: {@code edoc} (gói tin văn bản điện tử)
     * or {@code status} (gói tin trạng thái). In code, test the type instead: {@code pkg instanceof EdocPackage doc}.
     */
    String kind();

    /** The revision of the regulation the package follows. */
    SpecVersion specVersion();

    /** The {@code Signature} block of the header, if any (an XML-DSig signature or the SDK's placeholder). */
    Optional<SignatureBlock> signature();

    /** Unknown content (attributes, then elements after {@code edXMLEnvelope} and attachments) of the root {@code edXML}. */
    Extensions rootExtensions();

    /** Unknown content of {@code edXMLEnvelope} (elements after the header and body). */
    Extensions envelopeExtensions();

    /**
     * Unknown content of {@code edXMLHeader} (elements after the header, trace and signature); unknown content of a
     * document package's {@code TraceHeaderList} is kept here as a copy of that list without its business and hops.
     */
    Extensions headerExtensions();

    /** Unknown content of {@code edXMLBody} (elements after a document package's manifest). */
    Extensions bodyExtensions();

    /** Whether the package has unknown content in any of the four places. */
    default boolean hasExtensions() {
        return !rootExtensions().isEmpty()
                || !envelopeExtensions().isEmpty()
                || !headerExtensions().isEmpty()
                || !bodyExtensions().isEmpty();
    }

    /** How the package looked when read; not part of its value. */
    Provenance provenance();

    /** Deletes the temporary files of the attachments' content; idempotent. */
    @Override
    default void close() {
        if (this instanceof EdocPackage doc) {
            doc.attachments().forEach(a -> a.content().close());
        }
    }
}
