package dev.edxml.sign.pdf;

import dev.edxml.Finding;
import dev.edxml.sign.SignerIdentity;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What was found about one signature of a PDF. {@link #isValid()} is true only when the signature value verifies,
 * the signed bytes are unchanged, the byte range is well formed, the certificate is trusted and nothing else is wrong;
 * whether something was added after it is told by {@link #changesAfter()} and, for the file, by {@link PdfReport}.
 *
 * @since 0.1.0
 */
public final class PdfSignatureInfo {
    private final String fieldName;
    private final Kind kind;
    private final Optional<String> subFilter;
    private final Optional<SignerIdentity> signer;
    private final List<X509Certificate> chain;
    private final Optional<Instant> claimedSigningTime;
    private final Optional<Instant> cmsSigningTime;
    private final Optional<String> digestAlgorithm;
    private final boolean signatureValueVerifies;
    private final boolean digestMatches;
    private final Coverage coverage;
    private final long signedLength;
    private final PdfChange changesAfter;
    private final boolean certificateTrusted;
    private final List<Finding> problems;
    private final int certificationLevel;
    private final Optional<PdfTimestamp> signatureTimestamp;
    private final Optional<Instant> provenTime;

    /**
     * What kind of signature dictionary this is.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** An approval or certification signature ({@code /Type /Sig}). */
        SIGNATURE,
        /** A document timestamp ({@code /Type /DocTimeStamp}, {@code ETSI.RFC3161}). */
        DOCUMENT_TIMESTAMP
    }

    /**
     * What a signature's byte range covers.
     *
     * @since 0.1.0
     */
    public enum Coverage {
        /** The whole file except the hole that holds the signature value. */
        WHOLE_FILE,
        /** An earlier revision: the file from its start except the signature value, with more bytes after it. */
        EARLIER_REVISION,
        /** Something else: a malformed range, gaps besides the signature value, or a range past the file's end. */
        BROKEN
    }
    /**
     * Checks and copies the values; only this package makes results.
     *
     * @param fieldName              the signature field's fully qualified name
     * @param kind                   a signature or a document timestamp
     * @param subFilter              the {@code /SubFilter} (for example {@code ETSI.CAdES.detached})
     * @param signer                 who the certificate names (the time-stamping authority for a timestamp)
     * @param chain                  the certificate path to the trust anchor, or the certificates the signature carries
     * @param claimedSigningTime     {@code /M}: the time the signing computer claims, not a trusted time
     * @param cmsSigningTime         the CMS signing-time attribute, or a timestamp's time
     * @param digestAlgorithm        the digest algorithm of the signed bytes, for example {@code SHA-256}
     * @param signatureValueVerifies whether the CMS signature value verifies with the signer's certificate
     * @param digestMatches          whether the digest of the signed bytes equals the one the signature holds
     * @param coverage               what the byte range covers
     * @param signedLength           the length of the revision the signature covers (the end of its byte range)
     * @param changesAfter           what the bytes after that revision do to the document
     * @param certificateTrusted     whether the certificate check of the trust policy found no error
     * @param problems               everything found about this signature
     * @param certificationLevel     the DocMDP level 1–3 when this signature certifies the document, 0 for an approval
     *                               signature (ISO 32000-1 12.8.2.2)
     * @param signatureTimestamp     the signature timestamp of a PAdES B-T signature, when it carries one
     * @param provenTime             the earliest time a valid timestamp proves the signature existed at: its signature
     *                               timestamp, or a later valid document timestamp that covers it
     */
    PdfSignatureInfo(
            String fieldName,
            Kind kind,
            Optional<String> subFilter,
            Optional<SignerIdentity> signer,
            List<X509Certificate> chain,
            Optional<Instant> claimedSigningTime,
            Optional<Instant> cmsSigningTime,
            Optional<String> digestAlgorithm,
            boolean signatureValueVerifies,
            boolean digestMatches,
            Coverage coverage,
            long signedLength,
            PdfChange changesAfter,
            boolean certificateTrusted,
            List<Finding> problems,
            int certificationLevel,
            Optional<PdfTimestamp> signatureTimestamp,
            Optional<Instant> provenTime) {
        Objects.requireNonNull(fieldName, "fieldName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subFilter, "subFilter");
        Objects.requireNonNull(signer, "signer");
        chain = List.copyOf(chain);
        Objects.requireNonNull(claimedSigningTime, "claimedSigningTime");
        Objects.requireNonNull(cmsSigningTime, "cmsSigningTime");
        Objects.requireNonNull(digestAlgorithm, "digestAlgorithm");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(changesAfter, "changesAfter");
        problems = List.copyOf(problems);
        if (certificationLevel < 0 || certificationLevel > 3) {
            throw new IllegalArgumentException("certificationLevel must be 0 to 3");
        }
        Objects.requireNonNull(signatureTimestamp, "signatureTimestamp");
        Objects.requireNonNull(provenTime, "provenTime");
        this.fieldName = fieldName;
        this.kind = kind;
        this.subFilter = subFilter;
        this.signer = signer;
        this.chain = chain;
        this.claimedSigningTime = claimedSigningTime;
        this.cmsSigningTime = cmsSigningTime;
        this.digestAlgorithm = digestAlgorithm;
        this.signatureValueVerifies = signatureValueVerifies;
        this.digestMatches = digestMatches;
        this.coverage = coverage;
        this.signedLength = signedLength;
        this.changesAfter = changesAfter;
        this.certificateTrusted = certificateTrusted;
        this.problems = problems;
        this.certificationLevel = certificationLevel;
        this.signatureTimestamp = signatureTimestamp;
        this.provenTime = provenTime;
    }

    /** The components of earlier versions: an approval signature without timestamp. */
    PdfSignatureInfo(
            String fieldName,
            Kind kind,
            Optional<String> subFilter,
            Optional<SignerIdentity> signer,
            List<X509Certificate> chain,
            Optional<Instant> claimedSigningTime,
            Optional<Instant> cmsSigningTime,
            Optional<String> digestAlgorithm,
            boolean signatureValueVerifies,
            boolean digestMatches,
            Coverage coverage,
            long signedLength,
            PdfChange changesAfter,
            boolean certificateTrusted,
            List<Finding> problems) {
        this(
                fieldName,
                kind,
                subFilter,
                signer,
                chain,
                claimedSigningTime,
                cmsSigningTime,
                digestAlgorithm,
                signatureValueVerifies,
                digestMatches,
                coverage,
                signedLength,
                changesAfter,
                certificateTrusted,
                problems,
                0,
                Optional.empty(),
                Optional.empty());
    }

    /** Whether this signature certifies the document (DocMDP), rather than only approving it. */
    public boolean isCertification() {
        return certificationLevel > 0;
    }

    /** True only when the value verifies, the bytes are unchanged, the range is sound, the certificate trusted, no error. */
    public boolean isValid() {
        return signatureValueVerifies
                && digestMatches
                && coverage != Coverage.BROKEN
                && certificateTrusted
                && problems.stream().noneMatch(Finding::isError);
    }

    /** Whether the byte range covers the whole file except the signature value. */
    public boolean coversWholeFile() {
        return coverage == Coverage.WHOLE_FILE;
    }

    /** A few lines in Vietnamese ({@code vi}) or English. */
    public String describe(Locale locale) {
        boolean vi = locale != null && "vi".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        sb.append(
                        kind == Kind.DOCUMENT_TIMESTAMP
                                ? (vi ? "Dấu thời gian " : "Timestamp ")
                                : (vi ? "Chữ ký " : "Signature "))
                .append(fieldName)
                .append(": ")
                .append(isValid() ? (vi ? "hợp lệ" : "valid") : (vi ? "KHÔNG hợp lệ" : "NOT valid"));
        signer.ifPresent(s -> sb.append(vi ? "; người ký: " : "; signed by: ").append(s));
        claimedSigningTime.or(() -> cmsSigningTime).ifPresent(t -> sb.append(
                        vi ? "; thời điểm ký (tự khai): " : "; signing time (claimed): ")
                .append(t));
        signatureTimestamp.ifPresent(t -> sb.append(vi ? "; dấu thời gian: " : "; timestamp: ")
                .append(t.time())
                .append(t.valid() ? "" : vi ? " (KHÔNG hợp lệ)" : " (NOT valid)"));
        provenTime.ifPresent(t -> sb.append(vi ? "; tồn tại trước (đã chứng minh): " : "; proven to exist at: ")
                .append(t));
        if (certificationLevel > 0) {
            sb.append(vi ? "; chữ ký chứng nhận (DocMDP P=" : "; certification (DocMDP P=")
                    .append(certificationLevel)
                    .append(')');
        }
        subFilter.ifPresent(f -> sb.append("; ").append(f));
        digestAlgorithm.ifPresent(d -> sb.append(", ").append(d));
        sb.append(
                switch (coverage) {
                    case WHOLE_FILE -> vi ? "; bao trùm toàn bộ tệp" : "; covers the whole file";
                    case EARLIER_REVISION -> (vi
                                    ? "; bao trùm " + signedLength + " byte đầu, sau đó: "
                                    : "; covers the first " + signedLength + " bytes, then: ")
                            + changesAfter.describe(locale);
                    case BROKEN -> vi ? "; vùng ký không hợp lệ" : "; broken byte range";
                });
        for (Finding p : problems) {
            sb.append(System.lineSeparator())
                    .append("    ")
                    .append(p.severity())
                    .append(' ')
                    .append(p.code())
                    .append(' ')
                    .append(p.message(locale));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }

    /** The signature field's fully qualified name. */
    public String fieldName() {
        return fieldName;
    }

    /** A signature or a document timestamp. */
    public Kind kind() {
        return kind;
    }

    /** The {@code /SubFilter} (for example {@code ETSI.CAdES.detached}). */
    public Optional<String> subFilter() {
        return subFilter;
    }

    /** Who the certificate names (the time-stamping authority for a timestamp). */
    public Optional<SignerIdentity> signer() {
        return signer;
    }

    /** The certificate path to the trust anchor, or the certificates the signature carries. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** {@code /M}: the time the signing computer claims, not a trusted time. */
    public Optional<Instant> claimedSigningTime() {
        return claimedSigningTime;
    }

    /** The CMS signing-time attribute, or a timestamp's time. */
    public Optional<Instant> cmsSigningTime() {
        return cmsSigningTime;
    }

    /** The digest algorithm of the signed bytes, for example {@code SHA-256}. */
    public Optional<String> digestAlgorithm() {
        return digestAlgorithm;
    }

    /** Whether the CMS signature value verifies with the signer's certificate. */
    public boolean signatureValueVerifies() {
        return signatureValueVerifies;
    }

    /** Whether the digest of the signed bytes equals the one the signature holds. */
    public boolean digestMatches() {
        return digestMatches;
    }

    /** What the byte range covers. */
    public Coverage coverage() {
        return coverage;
    }

    /** The length of the revision the signature covers (the end of its byte range). */
    public long signedLength() {
        return signedLength;
    }

    /** What the bytes after that revision do to the document. */
    public PdfChange changesAfter() {
        return changesAfter;
    }

    /** Whether the certificate check of the trust policy found no error. */
    public boolean certificateTrusted() {
        return certificateTrusted;
    }

    /** Everything found about this signature. */
    public List<Finding> problems() {
        return problems;
    }

    /**
     * The DocMDP level 1–3 when this signature certifies the document, 0 for an approval signature (ISO 32000-1
     * 12.8.2.2).
     */
    public int certificationLevel() {
        return certificationLevel;
    }

    /** The signature timestamp of a PAdES B-T signature, when it carries one. */
    public Optional<PdfTimestamp> signatureTimestamp() {
        return signatureTimestamp;
    }

    /**
     * The earliest time a valid timestamp proves the signature existed at: its signature timestamp, or a later valid
     * document timestamp that covers it.
     */
    public Optional<Instant> provenTime() {
        return provenTime;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PdfSignatureInfo o
                && fieldName.equals(o.fieldName)
                && kind.equals(o.kind)
                && subFilter.equals(o.subFilter)
                && signer.equals(o.signer)
                && chain.equals(o.chain)
                && claimedSigningTime.equals(o.claimedSigningTime)
                && cmsSigningTime.equals(o.cmsSigningTime)
                && digestAlgorithm.equals(o.digestAlgorithm)
                && signatureValueVerifies == o.signatureValueVerifies
                && digestMatches == o.digestMatches
                && coverage.equals(o.coverage)
                && signedLength == o.signedLength
                && changesAfter.equals(o.changesAfter)
                && certificateTrusted == o.certificateTrusted
                && problems.equals(o.problems)
                && certificationLevel == o.certificationLevel
                && signatureTimestamp.equals(o.signatureTimestamp)
                && provenTime.equals(o.provenTime);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                fieldName,
                kind,
                subFilter,
                signer,
                chain,
                claimedSigningTime,
                cmsSigningTime,
                digestAlgorithm,
                signatureValueVerifies,
                digestMatches,
                coverage,
                signedLength,
                changesAfter,
                certificateTrusted,
                problems,
                certificationLevel,
                signatureTimestamp,
                provenTime);
    }
}
