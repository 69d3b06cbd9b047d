package dev.edxml.validate;

import dev.edxml.model.EdxmlPackage;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.pdf.PdfReport;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A package as it was received (gói tin đã nhận): what was read, what its XML signature and its PDF attachments'
 * signatures say, what the format rules find, and one verdict over all of it. Made by {@link PackageReceiver}; every part
 * comes from the same bytes, whose SHA-256 it keeps for the receiver's records. Immutable.
 *
 * <p>The verdict cannot be overlooked by accident: {@link #requireAccepted()} returns the package only when it is
 * not rejected, and throws {@link RejectedPackageException} (with this result) otherwise.
 *
 * @since 0.1.0
 */
public final class ReceivedPackage {
    /**
     * What the receiver should do with the package.
     *
     * @since 0.1.0
     */
    public enum Verdict {
        /** Nothing wrong: accept it. */
        ACCEPT,
        /** Acceptable, with warnings a clerk should see (an unsigned package, an unsigned PDF, format warnings). */
        ACCEPT_WITH_WARNINGS,
        /** Do not accept it: a signature is broken or untrusted, or the format has errors ({@link #reasons()}). */
        REJECT
    }

    /**
     * One thing that led to the verdict.
     *
     * @param code      the finding's stable code ({@code EDXML-SIG-011}, {@code EDXML-PDF-010}, {@code EDXML-HDR-018}…)
     * @param rejects   whether it rejects the package (otherwise it is a warning)
     * @param where     what it is about: {@code signature}, {@code format} or {@code attachment <name>}
     * @param messageVi the message in Vietnamese
     * @param messageEn the message in English
     * @since 0.1.0
     */
    public record Reason(String code, boolean rejects, String where, String messageVi, String messageEn) {
        public Reason {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(messageVi, "messageVi");
            Objects.requireNonNull(messageEn, "messageEn");
        }

        /** The message in Vietnamese ({@code vi}) or English. */
        public String message(Locale locale) {
            return locale != null && "vi".equals(locale.getLanguage()) ? messageVi : messageEn;
        }
    }

    /**
     * The signature check of one PDF attachment.
     *
     * @param attachment the attachment's name (or content id when it has none)
     * @param report     what the PDF's own signatures say
     * @since 0.1.0
     */
    public record PdfCheck(String attachment, PdfReport report) {
        public PdfCheck {
            Objects.requireNonNull(attachment, "attachment");
            Objects.requireNonNull(report, "report");
        }
    }

    private final Optional<String> source;
    private final String sha256;
    private final EdxmlPackage pkg;
    private final SignatureReport signature;
    private final List<PdfCheck> pdfs;
    private final ValidationReport validation;
    private final Verdict verdict;
    private final List<Reason> reasons;

    ReceivedPackage(
            Optional<String> source,
            String sha256,
            EdxmlPackage pkg,
            SignatureReport signature,
            List<PdfCheck> pdfs,
            ValidationReport validation,
            List<Reason> reasons) {
        this.source = Objects.requireNonNull(source, "source");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.pkg = Objects.requireNonNull(pkg, "pkg");
        this.signature = Objects.requireNonNull(signature, "signature");
        this.pdfs = List.copyOf(pdfs);
        this.validation = Objects.requireNonNull(validation, "validation");
        this.reasons = List.copyOf(reasons);
        this.verdict = this.reasons.stream().anyMatch(Reason::rejects)
                ? Verdict.REJECT
                : this.reasons.isEmpty() ? Verdict.ACCEPT : Verdict.ACCEPT_WITH_WARNINGS;
    }

    /** Where the package came from (a file name), if known. */
    public Optional<String> source() {
        return source;
    }

    /** The SHA-256 of the bytes received, in lower-case hex: what was verified, read and validated. */
    public String sha256() {
        return sha256;
    }

    /** The package as read from those bytes. */
    public EdxmlPackage pkg() {
        return pkg;
    }

    /** What the package's XML-DSig signature says (verified on the bytes received, never on a model written again). */
    public SignatureReport signature() {
        return signature;
    }

    /** The signature checks of the PDF attachments, in the package's order. */
    public List<PdfCheck> pdfs() {
        return pdfs;
    }

    /** What the format rules found, under the receiver's profile. */
    public ValidationReport validation() {
        return validation;
    }

    /** The one verdict over the signature, the attachments and the format. */
    public Verdict verdict() {
        return verdict;
    }

    /** What led to the verdict: every error and warning that counts, rejecting ones first. */
    public List<Reason> reasons() {
        return reasons;
    }

    /** True unless the verdict is {@link Verdict#REJECT}. */
    public boolean isAccepted() {
        return verdict != Verdict.REJECT;
    }

    /** The package, when it is not rejected. */
    public EdxmlPackage requireAccepted() throws RejectedPackageException {
        if (!isAccepted()) {
            throw new RejectedPackageException(this);
        }
        return pkg;
    }

    /** A few lines in plain words, in Vietnamese ({@code vi}) or English. */
    public String describe(Locale locale) {
        boolean vi = locale != null && "vi".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        switch (verdict) {
            case ACCEPT:
                sb.append(vi ? "Chấp nhận gói tin." : "Accept the package.");
                break;
            case ACCEPT_WITH_WARNINGS:
                sb.append(
                        vi ? "Chấp nhận gói tin, có cảnh báo cần xem." : "Accept the package, with warnings to read.");
                break;
            default:
                sb.append(vi ? "TỪ CHỐI gói tin." : "REJECT the package.");
        }
        source.ifPresent(s -> sb.append(' ').append(s).append('.'));
        sb.append(" SHA-256 ").append(sha256).append('.');
        sb.append(System.lineSeparator())
                .append(vi ? "Chữ ký số: " : "Signature: ")
                .append(signature.describe(locale).lines().findFirst().orElse(""));
        for (PdfCheck p : pdfs) {
            sb.append(System.lineSeparator())
                    .append(vi ? "Tệp PDF " : "PDF ")
                    .append(p.attachment())
                    .append(": ")
                    .append(p.report().describe(locale).lines().findFirst().orElse(""));
        }
        for (Reason r : reasons) {
            sb.append(System.lineSeparator())
                    .append("  ")
                    .append(r.rejects() ? (vi ? "LỖI" : "ERROR") : (vi ? "CẢNH BÁO" : "WARNING"))
                    .append(' ')
                    .append(r.code())
                    .append(" [")
                    .append(r.where())
                    .append("] ")
                    .append(r.message(locale));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "ReceivedPackage[" + verdict + source.map(s -> ", " + s).orElse("") + ", " + pkg.kind()
                + ", signature " + (signature.isValid() ? "valid" : signature.kind()) + ", " + pdfs.size() + " PDF(s), "
                + reasons.size() + " reason(s)" + ", sha256=" + sha256.substring(0, 12) + "…]";
    }
}
