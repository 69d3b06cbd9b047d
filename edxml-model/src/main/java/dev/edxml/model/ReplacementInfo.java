package dev.edxml.model;

import java.util.List;
import java.util.Optional;

/**
 * A document being replaced (văn bản bị thay thế, {@code ReplacementInfo}): its {@code DocumentId} and the
 * organisations that received it ({@code OrganIdList/OrganId}). {@code organIdListExtensions} keeps unknown content of
 * the {@code OrganIdList}.
 */
public record ReplacementInfo(Optional<String> documentId, List<OrganId> organIds, Extensions extensions,
                              Extensions organIdListExtensions) {
    public ReplacementInfo {
        documentId = Opt.text(documentId, "documentId");
        organIds = Opt.list(organIds, "organIds");
        extensions = Opt.ext(extensions);
        organIdListExtensions = Opt.ext(organIdListExtensions);
    }

    public static ReplacementInfo of(String documentId, List<String> organIds) {
        return new ReplacementInfo(Opt.text(documentId), organIds.stream().map(OrganId::of).toList(),
                Extensions.NONE, Extensions.NONE);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ReplacementInfo[");
        Opt.add(sb, "documentId", documentId);
        Opt.add(sb, "organIds", organIds);
        Opt.add(sb, extensions);
        if (!organIdListExtensions.isEmpty()) {
            sb.append(", organIdListExtensions=").append(organIdListExtensions);
        }
        return sb.append(']').toString();
    }
}
