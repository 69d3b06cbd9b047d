package dev.edxml.sign;

import java.util.Locale;
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
 * @param evidenceVi what the result rests on, in Vietnamese words
 * @param evidenceEn what the result rests on, in English words
 * @since 0.1.0
 */
public record SenderBinding(Status status, Optional<String> organId, String evidenceVi, String evidenceEn) {
    /**
     * The result of binding a signer to a sender.
     *
     * @since 0.1.0
     */
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
        Objects.requireNonNull(evidenceVi, "evidenceVi");
        Objects.requireNonNull(evidenceEn, "evidenceEn");
    }

    /** What the result rests on, in Vietnamese ({@code vi}) or English words. */
    public String evidence(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? evidenceVi : evidenceEn;
    }

    /** What the result rests on, in English words. */
    public String evidence() {
        return evidenceEn;
    }

    @Override
    public String toString() {
        return "SenderBinding[" + status + organId.map(o -> " " + o).orElse("") + ": " + evidenceEn + "]";
    }
}
