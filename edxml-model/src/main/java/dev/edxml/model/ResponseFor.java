package dev.edxml.model;

import java.util.Optional;

/**
 * A document this package answers or refers to (văn bản được phản hồi, {@code ResponseFor}): its issuer's
 * identifier, its full number/notation ({@code Code}, e.g. {@code 7816/VPCP-TTĐT}), its {@code DocumentId} and its
 * promulgation date. In a status package it names the document the status is about.
 *
 * @since 0.1.0
 */
public record ResponseFor(
        Optional<OrganId> organId,
        Optional<String> code,
        Optional<String> documentId,
        Optional<EdxmlDate> promulgationDate,
        Extensions extensions) {
    public ResponseFor {
        organId = Opt.some(organId, "organId");
        code = Opt.text(code, "code");
        documentId = Opt.text(documentId, "documentId");
        promulgationDate = Opt.some(promulgationDate, "promulgationDate");
        extensions = Opt.ext(extensions);
    }

    public static ResponseFor of(String organId, String code, String documentId, java.time.LocalDate promulgationDate) {
        return new ResponseFor(
                Opt.text(organId).map(OrganId::of),
                Opt.text(code),
                Opt.text(documentId),
                Optional.ofNullable(promulgationDate).map(EdxmlDate::of),
                Extensions.NONE);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ResponseFor[");
        Opt.add(sb, "organId", organId);
        Opt.add(sb, "code", code);
        Opt.add(sb, "documentId", documentId);
        Opt.add(sb, "promulgationDate", promulgationDate);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }
}
