package dev.edxml.model;

import java.util.List;
import java.util.Optional;

/**
 * A document being replaced (văn bản bị thay thế, {@code ReplacementInfoList/ReplacementInfo}): its
 * {@code DocumentId} and the organisations that received it ({@code OrganIdList/OrganId}).
 *
 * @param documentId the replaced document's {@code DocumentId}
 * @param organIds   the organisations that received it, from every {@code OrganIdList}
 * @param extensions unknown children and attributes, kept; unknown content of an {@code OrganIdList} is kept as a
 *                   copy of that list (without its identifiers) among them
 * @since 0.1.0
 */
public record ReplacementInfo(Optional<String> documentId, List<OrganId> organIds, Extensions extensions) {
    public ReplacementInfo {
        documentId = Opt.text(documentId, "documentId");
        organIds = Opt.list(organIds, "organIds");
        extensions = Opt.ext(extensions);
    }

    public static ReplacementInfo of(String documentId, List<String> organIds) {
        return new ReplacementInfo(
                Opt.text(documentId), organIds.stream().map(OrganId::of).toList(), Extensions.NONE);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ReplacementInfo[");
        Opt.add(sb, "documentId", documentId);
        Opt.add(sb, "organIds", organIds);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }
}
