package dev.edxml.sign;

import dev.edxml.Finding;
import dev.edxml.Severity;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What verification of a package's digital signature found (kết quả kiểm tra chữ ký số): the kind of signature, who
 * signed (người ký, from the signer's certificate: chứng thư số), when (as the signature claims), with which
 * algorithms, what it covers, and every problem with its code ({@link dev.edxml.Finding}). {@link #isValid()} is true
 * only for a W3C XML-DSig signature over the whole package, by a certificate the policy trusts (for Vietnamese
 * government packages: issued under the Government Cipher Committee, Ban Cơ yếu Chính phủ), with no error;
 * {@link #requireValid()} throws otherwise. Made only by {@link Verifier}.
 *
 * @since 0.1.0
 */
public final class SignatureReport {
    private final Kind kind;
    private final Optional<SignerIdentity> signer;
    private final List<X509Certificate> chain;
    private final Optional<Instant> signingTime;
    private final Optional<String> signatureAlgorithm;
    private final Optional<String> digestAlgorithm;
    private final Coverage coverage;
    private final List<Finding> problems;
    private final Instant checkedAt;
    private final List<UnsignedHop> unsignedHops;
    private final Optional<SenderBinding> senderBinding;
    private final Optional<Instant> timestamp;

    /**
     * What signature a package carries.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** A W3C XML-DSig signature. */
        XMLDSIG,
        /** The official SDK's placeholder block: constant values that nobody can verify. */
        LEGACY_PLACEHOLDER,
        /** No signature at all. */
        NONE
    }

    /**
     * A trace hop appended after signing (vết xử lý do trục hoặc đơn vị chuyển tiếp thêm sau khi ký): not covered by
     * the signature, so only as trustworthy as the channel it came through.
     *
     * @param position  its position in {@code TraceHeaderList} (1 for the first hop)
     * @param organId   its {@code OrganId} text, as written
     * @param timestamp its {@code Timestamp} text, as written
     * @since 0.1.0
     */
    public record UnsignedHop(int position, Optional<String> organId, Optional<String> timestamp) {
        public UnsignedHop {
            Objects.requireNonNull(organId, "organId");
            Objects.requireNonNull(timestamp, "timestamp");
        }

        /** {@code #2 02.29.W00 at 2025/10/23 15:46:19}. */
        public String describe() {
            return "#" + position + " " + organId.orElse("?") + " at " + timestamp.orElse("?");
        }
    }

    /**
     * What a signature covers.
     *
     * @since 0.1.0
     */
    public enum Coverage {
        /**
         * The whole package, attachments included (reference {@code URI=""} with the enveloped transform); under the
         * relay-tolerant profile, everything but the trace hops appended after signing ({@link #unsignedHops()}).
         */
        WHOLE_PACKAGE,
        /** Only part of it: other parts (attachments) could be swapped without breaking the signature. */
        PART_OF_PACKAGE,
        /** Nothing that could be checked. */
        NOTHING
    }
    /**
     * Checks and copies the values; only this package makes results.
     *
     * @param kind               XML-DSig, the official SDK's placeholder, or none
     * @param signer             the identity in the signer's certificate
     * @param chain              the certificate path to the trust anchor (signer first), or the certificates found
     * @param signingTime        the signing time the signature states (not a trusted timestamp)
     * @param signatureAlgorithm the signature algorithm URI
     * @param digestAlgorithm    the digest algorithm URI of the whole-package reference
     * @param coverage           what the signature covers
     * @param problems           everything found, errors and warnings
     * @param checkedAt          the time the certificates were checked at
     * @param unsignedHops       trace hops ({@code TraceHeader}) that relays appended after signing: routing information
     *                           that a relay-tolerant signature leaves out by design (empty for a whole-document signature)
     * @param senderBinding      whether the signer is the sending agency, for a signature whose value verified
     * @param timestamp          the time a trusted signature timestamp (RFC 3161) proves the signature existed; the
     *                           certificates were then checked at that time ({@code checkedAt})
     */
    SignatureReport(
            Kind kind,
            Optional<SignerIdentity> signer,
            List<X509Certificate> chain,
            Optional<Instant> signingTime,
            Optional<String> signatureAlgorithm,
            Optional<String> digestAlgorithm,
            Coverage coverage,
            List<Finding> problems,
            Instant checkedAt,
            List<UnsignedHop> unsignedHops,
            Optional<SenderBinding> senderBinding,
            Optional<Instant> timestamp) {
        Objects.requireNonNull(kind, "kind");
        chain = List.copyOf(chain);
        problems = List.copyOf(problems);
        unsignedHops = List.copyOf(unsignedHops);
        Objects.requireNonNull(senderBinding, "senderBinding");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(checkedAt, "checkedAt");
        if (kind != Kind.XMLDSIG && (coverage != Coverage.NOTHING || signer.isPresent())) {
            throw new IllegalArgumentException("a package without an XML-DSig signature covers nothing, has no signer");
        }
        this.kind = kind;
        this.signer = signer;
        this.chain = chain;
        this.signingTime = signingTime;
        this.signatureAlgorithm = signatureAlgorithm;
        this.digestAlgorithm = digestAlgorithm;
        this.coverage = coverage;
        this.problems = problems;
        this.checkedAt = checkedAt;
        this.unsignedHops = unsignedHops;
        this.senderBinding = senderBinding;
        this.timestamp = timestamp;
    }

    /** True only for an XML-DSig signature over the whole package, by a trusted certificate, with no error. */
    public boolean isValid() {
        return kind == Kind.XMLDSIG
                && coverage == Coverage.WHOLE_PACKAGE
                && problems.stream().noneMatch(Finding::isError);
    }

    /**
     * This report when {@link #isValid()}; otherwise throws with it, the errors first in the message: the way to say
     * "only a valid signature goes on", as {@link Verifier#verify(java.nio.file.Path)} does.
     */
    public SignatureReport requireValid() throws SignatureVerificationException {
        if (!isValid()) {
            throw new SignatureVerificationException(this);
        }
        return this;
    }

    /**
     * What the verification concluded, as ETSI EN 319 102-1 names it.
     *
     * @since 0.1.0
     */
    public enum Verdict {
        /** Valid ({@link #isValid()}). */
        VALID,
        /**
         * Valid at the signing time the signature claims, but not proven: the certificate has expired (or is not yet
         * valid) at the check time and no trusted timestamp proves the signature existed while it was good
         * ({@code EDXML-SIG-028} is the only error). Neither valid nor invalid: an archive's old packages land here.
         */
        INDETERMINATE,
        /** Anything else that is not valid. */
        INVALID
    }

    /** The verdict: VALID, INDETERMINATE (valid at the claimed signing time, not proven) or INVALID. */
    public Verdict verdict() {
        if (isValid()) {
            return Verdict.VALID;
        }
        List<Finding> errors = errors();
        return kind == Kind.XMLDSIG
                        && coverage == Coverage.WHOLE_PACKAGE
                        && !errors.isEmpty()
                        && errors.stream().allMatch(p -> p.code().equals("EDXML-SIG-028"))
                ? Verdict.INDETERMINATE
                : Verdict.INVALID;
    }

    /** The problems that are errors: any one means the signature cannot be relied on. */
    public List<Finding> errors() {
        return problems.stream().filter(Finding::isError).toList();
    }

    /** The problems that are warnings: the signature holds, but something is weak or unusual. */
    public List<Finding> warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }

    /** A few lines in plain words, in Vietnamese ({@code vi}) or English. */
    public String describe(Locale locale) {
        boolean vi = locale != null && "vi".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        switch (kind) {
            case NONE:
                sb.append(vi ? "Gói tin không có chữ ký số." : "The package is not signed.");
                break;
            case LEGACY_PLACEHOLDER:
                sb.append(
                        vi
                                ? "Gói tin chỉ có khối chữ ký giữ chỗ của SDK cũ: các giá trị cố định, không ai kiểm tra được."
                                : "The package carries only the old SDK's placeholder signature: fixed values nobody can verify.");
                break;
            default:
                sb.append(
                        isValid()
                                ? (vi ? "Chữ ký số hợp lệ." : "Valid signature.")
                                : verdict() == Verdict.INDETERMINATE
                                        ? (vi
                                                ? "Chữ ký số CHƯA XÁC ĐỊNH được: hợp lệ tại thời điểm ký mà chữ ký nêu, nhưng không có bằng chứng."
                                                : "The signature is INDETERMINATE: valid at the signing time it claims, not proven.")
                                        : (vi ? "Chữ ký số KHÔNG hợp lệ." : "The signature is NOT valid."));
                signer.ifPresent(s -> sb.append(vi ? " Người ký: " : " Signed by: ")
                        .append(s.describe(locale))
                        .append('.'));
                signingTime.ifPresent(
                        t -> sb.append(vi ? " Thời điểm ký (theo chữ ký): " : " Signing time (as claimed): ")
                                .append(t)
                                .append('.'));
                timestamp.ifPresent(t -> sb.append(
                                vi
                                        ? " Dấu thời gian chứng minh chữ ký đã có lúc: "
                                        : " A trusted timestamp proves the signature existed at: ")
                        .append(t)
                        .append('.'));
                signatureAlgorithm.ifPresent(a -> sb.append(vi ? " Thuật toán: " : " Algorithm: ")
                        .append(a)
                        .append('.'));
                if (coverage != Coverage.WHOLE_PACKAGE) {
                    sb.append(vi ? " Phạm vi: không phải toàn bộ gói tin." : " Covers: not the whole package.");
                } else if (unsignedHops.isEmpty()) {
                    sb.append(vi ? " Phạm vi: toàn bộ gói tin." : " Covers: the whole package.");
                } else {
                    sb.append(
                            vi
                                    ? " Phạm vi: toàn bộ gói tin, trừ " + unsignedHops.size()
                                            + " vết xử lý do đơn vị chuyển tiếp thêm sau khi ký (thông tin định tuyến, không được ký)."
                                    : " Covers: the whole package except " + unsignedHops.size()
                                            + " trace hop(s) that relays appended after signing (routing information, not signed).");
                }
        }
        for (Finding p : problems) {
            sb.append(System.lineSeparator())
                    .append("  ")
                    .append(vi ? severityVi(p.severity()) : p.severity().name())
                    .append(' ')
                    .append(p.code())
                    .append(' ')
                    .append(p.message(locale));
        }
        return sb.toString();
    }

    private static String severityVi(Severity s) {
        switch (s) {
            case ERROR:
                return "LỖI";
            case WARNING:
                return "CẢNH BÁO";
            default:
                return "THÔNG TIN";
        }
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }

    /** XML-DSig, the official SDK's placeholder, or none. */
    public Kind kind() {
        return kind;
    }

    /** The identity in the signer's certificate. */
    public Optional<SignerIdentity> signer() {
        return signer;
    }

    /** The certificate path to the trust anchor (signer first), or the certificates found. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** The signing time the signature states (not a trusted timestamp). */
    public Optional<Instant> signingTime() {
        return signingTime;
    }

    /** The signature algorithm URI. */
    public Optional<String> signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The digest algorithm URI of the whole-package reference. */
    public Optional<String> digestAlgorithm() {
        return digestAlgorithm;
    }

    /** What the signature covers. */
    public Coverage coverage() {
        return coverage;
    }

    /** Everything found, errors and warnings. */
    public List<Finding> problems() {
        return problems;
    }

    /** The time the certificates were checked at. */
    public Instant checkedAt() {
        return checkedAt;
    }

    /**
     * Trace hops ({@code TraceHeader}) that relays appended after signing: routing information that a relay-tolerant
     * signature leaves out by design (empty for a whole-document signature).
     */
    public List<UnsignedHop> unsignedHops() {
        return unsignedHops;
    }

    /** Whether the signer is the sending agency, for a signature whose value verified. */
    public Optional<SenderBinding> senderBinding() {
        return senderBinding;
    }

    /**
     * The time a trusted signature timestamp (RFC 3161) proves the signature existed; the certificates were then
     * checked at that time ({@code checkedAt}).
     */
    public Optional<Instant> timestamp() {
        return timestamp;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignatureReport o
                && kind.equals(o.kind)
                && signer.equals(o.signer)
                && chain.equals(o.chain)
                && signingTime.equals(o.signingTime)
                && signatureAlgorithm.equals(o.signatureAlgorithm)
                && digestAlgorithm.equals(o.digestAlgorithm)
                && coverage.equals(o.coverage)
                && problems.equals(o.problems)
                && checkedAt.equals(o.checkedAt)
                && unsignedHops.equals(o.unsignedHops)
                && senderBinding.equals(o.senderBinding)
                && timestamp.equals(o.timestamp);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                kind,
                signer,
                chain,
                signingTime,
                signatureAlgorithm,
                digestAlgorithm,
                coverage,
                problems,
                checkedAt,
                unsignedHops,
                senderBinding,
                timestamp);
    }
}
