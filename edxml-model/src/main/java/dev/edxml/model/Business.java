package dev.edxml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The business action of a document package (nghiệp vụ, {@code TraceHeaderList/Bussiness}, QCVN clause 2.2): new,
 * revoke, update or replace, with its reason and details. The wire spells it {@code Bussiness}; packages spelled
 * {@code Business} are read too and written with the regulation's spelling.
 *
 * @param documentId       the document acted on (2.2.4)
 * @param type             loại nghiệp vụ (2.2.1)
 * @param reason           lý do (2.2.2, {@code BussinessDocReason})
 * @param paper            {@code Paper} (2.2.6): 1 when a paper original is also sent (one source reads it as a page count)
 * @param documentInfos    what an update changes (2.2.3)
 * @param replacements     the documents a replacement replaces (2.2.8, from every {@code ReplacementInfoList})
 * @param staffInfos       the clerks handling it (2.2.5)
 * @param extensions       unknown children and attributes, kept; unknown content of a {@code ReplacementInfoList} is
 *                         kept as a copy of that list (without its entries) among them
 * @since 0.1.0
 */
public record Business(
        Optional<String> documentId,
        Optional<BusinessDocType> type,
        Optional<String> reason,
        Optional<Integer> paper,
        List<BusinessDocumentInfo> documentInfos,
        List<ReplacementInfo> replacements,
        List<StaffInfo> staffInfos,
        Extensions extensions) {
    public Business {
        documentId = Opt.text(documentId, "documentId");
        type = Opt.some(type, "type");
        reason = Opt.text(reason, "reason");
        paper = Opt.some(paper, "paper");
        documentInfos = Opt.list(documentInfos, "documentInfos");
        replacements = Opt.list(replacements, "replacements");
        staffInfos = Opt.list(staffInfos, "staffInfos");
        extensions = Opt.ext(extensions);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Business[");
        Opt.add(sb, "type", type);
        Opt.add(sb, "documentId", documentId);
        Opt.add(sb, "reason", reason);
        Opt.add(sb, "paper", paper);
        Opt.add(sb, "documentInfos", documentInfos);
        Opt.add(sb, "replacements", replacements);
        Opt.add(sb, "staffInfos", staffInfos);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }

    /**
     * Builds a {@link Business}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String documentId;
        private BusinessDocType type;
        private String reason;
        private Integer paper;
        private final List<BusinessDocumentInfo> documentInfos = new ArrayList<>();
        private final List<ReplacementInfo> replacements = new ArrayList<>();
        private final List<StaffInfo> staffInfos = new ArrayList<>();
        private Extensions extensions = Extensions.NONE;

        private Builder() {}

        public Builder documentId(String v) {
            documentId = v;
            return this;
        }

        /** The business type; the reason defaults to the type's Vietnamese name when not set. */
        public Builder type(BusinessDocType v) {
            type = v;
            return this;
        }

        public Builder reason(String v) {
            reason = v;
            return this;
        }

        public Builder paper(Integer v) {
            paper = v;
            return this;
        }

        public Builder addDocumentInfo(BusinessDocumentInfo v) {
            documentInfos.add(v);
            return this;
        }

        /** Adds a document this replacement replaces ({@code ReplacementInfoList/ReplacementInfo}). */
        public Builder addReplacement(ReplacementInfo v) {
            replacements.add(v);
            return this;
        }

        public Builder addStaffInfo(StaffInfo v) {
            staffInfos.add(v);
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
                return "Business.Builder{" + build() + "}";
            } catch (RuntimeException e) {
                return "Business.Builder{not ready: " + e.getMessage() + "}";
            }
        }

        public Business build() {
            String r = reason != null ? reason : type != null && type.isKnown() ? type.nameVi() : null;
            return new Business(
                    Opt.text(documentId),
                    Optional.ofNullable(type),
                    Opt.text(r),
                    Optional.ofNullable(paper),
                    documentInfos,
                    replacements,
                    staffInfos,
                    extensions);
        }
    }
}
