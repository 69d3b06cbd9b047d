package dev.edxml.sign;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether the signer is the sending agency (người ký có phải là đơn vị gửi): a valid signature proves who signed, not
 * that the signer speaks for the agency named in {@code From}. Vietnamese government certificates carry the
 * organisation's name (O, CN) and often its tax code ({@code UID=MST:…}), never its agency code, so the binding rests
 * on an agency directory ({@link AgencyDirectory}) or, without one, on the certificate's organisation name compared
 * with {@code From/OrganName} after Vietnamese-aware normalisation (tone marks, đ, case, spacing, common abbreviations
 * such as UBND).
 *
 * @param status   the result
 * @param organId  the sender's agency code as the package states it ({@code From/OrganId})
 * @param evidence what the result rests on, in words (English; the problem codes carry Vietnamese and English text)
 */
public record SenderBinding(Status status, Optional<String> organId, String evidence) {
    /** The result of binding a signer to a sender. */
    public enum Status {
        /** The directory binds the certificate to the sender, or the certificate names the sending organisation. */
        MATCH,
        /** Nothing says either way (no directory entry, the certificate names no organisation, names only partly agree). */
        NO_EVIDENCE,
        /** The certificate belongs to another agency or organisation than the sender. */
        MISMATCH
    }

    public SenderBinding {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(organId, "organId");
        Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public String toString() {
        return "SenderBinding[" + status + organId.map(o -> " " + o).orElse("") + ": " + evidence + "]";
    }
}
