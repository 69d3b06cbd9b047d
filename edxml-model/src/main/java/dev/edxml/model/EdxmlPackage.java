package dev.edxml.model;

import java.util.Optional;

/**
 * An edXML package (gói tin edXML): a document package ({@link EdocPackage}) or a status package
 * ({@link StatusPackage}).
 * Read one with {@code Edxml.read(…)}, build one with {@code Edxml.edoc()} or {@code Edxml.status()}.
 */
public sealed interface EdxmlPackage permits EdocPackage, StatusPackage {
    /** Document or status package. */
    PackageKind kind();

    /** The revision of the regulation the package follows. */
    SpecVersion specVersion();

    /** The {@code Signature} block of the header, if any (an XML-DSig signature or the SDK's placeholder). */
    Optional<SignatureBlock> signature();

    /** Unknown content around the modelled parts. */
    EnvelopeExtensions extensions();

    /** How the package looked when read; not part of its value. */
    Provenance provenance();
}
