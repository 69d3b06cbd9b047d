package dev.edxml.stats;

import java.time.Instant;
import java.util.Optional;

/**
 * What one package contributes to the figures: a few values derived from it, small enough to keep while the
 * package itself is dropped.
 */
record Facts(
        Kind kind,
        String source,
        Optional<String> organId,
        Optional<String> organName,
        boolean formatError,
        Signature signature,
        int attachments,
        int pdfValid,
        int pdfUntrusted,
        int pdfInvalid,
        int pdfUnsigned,
        int pdfScanned,
        int pdfUnreadable,
        Optional<String> documentId,
        Optional<Instant> sentAt,
        Optional<String> statusCode,
        Optional<String> description,
        Optional<Instant> statusTime,
        UnreadablePackage unreadable,
        boolean notBySender,
        java.util.Set<String> signatureFindings) {

    Facts {
        signatureFindings = java.util.Set.copyOf(signatureFindings);
    }

    enum Kind {
        DOCUMENT,
        STATUS,
        UNREADABLE
    }

    enum Signature {
        VALID,
        UNTRUSTED,
        INDETERMINATE,
        INVALID,
        LEGACY,
        NONE
    }

    int pdfAttachments() {
        return pdfValid + pdfUntrusted + pdfInvalid + pdfUnsigned + pdfUnreadable;
    }

    static Facts unreadable(UnreadablePackage u) {
        return new Facts(
                Kind.UNREADABLE,
                u.source(),
                Optional.empty(),
                Optional.empty(),
                true,
                Signature.NONE,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                u,
                false,
                java.util.Set.of());
    }
}
