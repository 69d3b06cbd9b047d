package dev.edxml.model;

import java.util.List;
import java.util.Optional;

/**
 * The body manifest (danh sách tệp đính kèm, {@code edXMLBody/edXMLManifest}): a version attribute and one reference
 * per attachment.
 *
 * @since 0.1.0
 */
public record Manifest(Optional<String> version, List<ManifestReference> references, Extensions extensions) {
    /** The version the official SDK writes. */
    public static final String DEFAULT_VERSION = "1.0";

    public Manifest {
        version = Opt.text(version, "version");
        references = Opt.list(references, "references");
        extensions = Opt.ext(extensions);
    }

    public static Manifest of(List<ManifestReference> references) {
        return new Manifest(Optional.of(DEFAULT_VERSION), references, Extensions.NONE);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Manifest[");
        Opt.add(sb, "version", version);
        Opt.add(sb, "references", references);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }
}
