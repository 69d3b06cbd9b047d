package dev.edxml.sign.pdf;

import dev.edxml.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PdfVerifier#examine} found in one PDF: its signatures, what follows the last of them, whether it
 * looks like a scan, and every problem with its code. {@link #isValid()} is true only for a signed PDF whose every
 * signature is valid and to which nothing that could change what it shows was added after the last signature. Made
 * only by {@link PdfVerifier}.
 *
 * @since 0.1.0
 */
public final class PdfReport {
    private final Optional<String> name;
    private final long size;
    private final int pages;
    private final List<PdfSignatureInfo> signatures;
    private final long appendedBytes;
    private final PdfChange appended;
    private final boolean looksScanned;
    private final List<Finding> problems;
    private final Instant checkedAt;

    /**
     * Checks and copies the values; only this package makes results.
     *
     * @param name          the file or attachment name, when known
     * @param size          the PDF's size in bytes
     * @param pages         the number of pages (0 when the PDF could not be read)
     * @param signatures    every signed signature field, in the order of the document's fields
     * @param appendedBytes bytes after the end of the last signature's byte range (0 when unsigned)
     * @param appended      what those bytes do to the document
     * @param looksScanned  unsigned, (nearly) no text, and pages that carry images: a "print, sign, scan" copy
     * @param problems      problems of the file as a whole (each signature's own are in {@link PdfSignatureInfo})
     * @param checkedAt     the time certificates were checked at
     */
    PdfReport(
            Optional<String> name,
            long size,
            int pages,
            List<PdfSignatureInfo> signatures,
            long appendedBytes,
            PdfChange appended,
            boolean looksScanned,
            List<Finding> problems,
            Instant checkedAt) {
        Objects.requireNonNull(name, "name");
        signatures = List.copyOf(signatures);
        Objects.requireNonNull(appended, "appended");
        problems = List.copyOf(problems);
        Objects.requireNonNull(checkedAt, "checkedAt");
        this.name = name;
        this.size = size;
        this.pages = pages;
        this.signatures = signatures;
        this.appendedBytes = appendedBytes;
        this.appended = appended;
        this.looksScanned = looksScanned;
        this.problems = problems;
        this.checkedAt = checkedAt;
    }

    /** Whether the PDF carries at least one signature (or document timestamp). */
    public boolean isSigned() {
        return !signatures.isEmpty();
    }

    /** Signed, every signature valid, and no error about the file (such as content added after the last signature). */
    public boolean isValid() {
        return isSigned()
                && signatures.stream().allMatch(PdfSignatureInfo::isValid)
                && problems.stream().noneMatch(Finding::isError);
    }

    /**
     * Signed, and nothing wrong with the PDF itself: every error there is (if any) is about trusting a certificate
     * ({@code EDXML-SIG} codes: no trust anchor, expired, revoked), none about the file or a signature's bytes. What a
     * check without trust anchors can still say: the signatures are intact and nothing changed after them.
     */
    public boolean isIntact() {
        return isSigned()
                && signatures.stream()
                        .allMatch(s -> s.signatureValueVerifies()
                                && s.digestMatches()
                                && s.coverage() != PdfSignatureInfo.Coverage.BROKEN)
                && allProblems().stream().filter(Finding::isError).allMatch(p -> p.code()
                        .startsWith("EDXML-SIG-"));
    }

    /** This report when {@link #isValid()}; otherwise throws with the errors. */
    public PdfReport requireValid() throws PdfVerificationException {
        if (!isValid()) {
            throw new PdfVerificationException(this);
        }
        return this;
    }

    /** The problems of the file and of each signature, file first. */
    public List<Finding> allProblems() {
        List<Finding> all = new ArrayList<>(problems);
        signatures.forEach(s -> all.addAll(s.problems()));
        return List.copyOf(all);
    }

    /** The errors of the file and of each signature. */
    public List<Finding> errors() {
        return allProblems().stream().filter(Finding::isError).toList();
    }

    /** Whether any problem of the file or of a signature has this code. */
    public boolean hasProblem(String code) {
        return allProblems().stream().anyMatch(p -> p.code().equals(code));
    }

    /** A few lines in plain words, in Vietnamese ({@code vi}) or English. */
    public String describe(Locale locale) {
        boolean vi = locale != null && "vi".equals(locale.getLanguage());
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append(name.orElse("PDF"))
                .append(" (")
                .append(size)
                .append(vi ? " byte, " : " bytes, ")
                .append(pages)
                .append(vi ? " trang): " : pages == 1 ? " page): " : " pages): ");
        if (!isSigned()) {
            sb.append(vi ? "không có chữ ký số" : "not signed");
            if (looksScanned) {
                sb.append(vi ? ", có vẻ là bản quét" : ", looks scanned");
            }
        } else {
            sb.append(isValid() ? (vi ? "hợp lệ" : "valid") : (vi ? "KHÔNG hợp lệ" : "NOT valid"))
                    .append(", ")
                    .append(signatures.size())
                    .append(vi ? " chữ ký" : signatures.size() == 1 ? " signature" : " signatures");
            if (appended != PdfChange.NONE) {
                sb.append(vi ? "; sau chữ ký cuối có " : "; after the last signature: ")
                        .append(appendedBytes)
                        .append(vi ? " byte, " : " bytes, ")
                        .append(appended.describe(locale));
            }
        }
        for (PdfSignatureInfo s : signatures) {
            sb.append(nl).append("  ").append(s.describe(locale));
        }
        for (Finding p : problems) {
            sb.append(nl)
                    .append("  ")
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

    /** The file or attachment name, when known. */
    public Optional<String> name() {
        return name;
    }

    /** The PDF's size in bytes. */
    public long size() {
        return size;
    }

    /** The number of pages (0 when the PDF could not be read). */
    public int pages() {
        return pages;
    }

    /** Every signed signature field, in the order of the document's fields. */
    public List<PdfSignatureInfo> signatures() {
        return signatures;
    }

    /** Bytes after the end of the last signature's byte range (0 when unsigned). */
    public long appendedBytes() {
        return appendedBytes;
    }

    /** What those bytes do to the document. */
    public PdfChange appended() {
        return appended;
    }

    /** Unsigned, (nearly) no text, and pages that carry images: a "print, sign, scan" copy. */
    public boolean looksScanned() {
        return looksScanned;
    }

    /** Problems of the file as a whole (each signature's own are in {@link PdfSignatureInfo}). */
    public List<Finding> problems() {
        return problems;
    }

    /** The time certificates were checked at. */
    public Instant checkedAt() {
        return checkedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PdfReport o
                && name.equals(o.name)
                && size == o.size
                && pages == o.pages
                && signatures.equals(o.signatures)
                && appendedBytes == o.appendedBytes
                && appended.equals(o.appended)
                && looksScanned == o.looksScanned
                && problems.equals(o.problems)
                && checkedAt.equals(o.checkedAt);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                name, size, pages, signatures, appendedBytes, appended, looksScanned, problems, checkedAt);
    }
}
