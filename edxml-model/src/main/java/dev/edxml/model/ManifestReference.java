package dev.edxml.model;

import java.util.Optional;

/**
 * One entry of the body manifest ({@code edXMLManifest/Reference}, tham chiếu tệp đính kèm): the content id of an
 * attachment, its content type, description and file name. Real packages sometimes disagree between the manifest and
 * the attachment, so both are kept as written.
 *
 * @since 0.1.0
 */
public record ManifestReference(
        Optional<String> contentId,
        Optional<String> contentType,
        Optional<String> description,
        Optional<String> attachmentName,
        Extensions extensions) {
    public ManifestReference {
        contentId = Opt.text(contentId, "contentId");
        contentType = Opt.text(contentType, "contentType");
        description = Opt.text(description, "description");
        attachmentName = Opt.text(attachmentName, "attachmentName");
        extensions = Opt.ext(extensions);
    }

    /** The reference the official SDK writes for an attachment: same id, type, description and name. */
    public static ManifestReference of(Attachment a) {
        return new ManifestReference(a.contentId(), a.contentType(), a.description(), a.name(), Extensions.NONE);
    }

    /** The content id without a leading {@code cid:}. */
    public Optional<String> bareContentId() {
        return contentId.map(Attachment::stripCid);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Reference[");
        Opt.add(sb, "contentId", contentId);
        Opt.add(sb, "contentType", contentType);
        Opt.add(sb, "description", description);
        Opt.add(sb, "attachmentName", attachmentName);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }
}
