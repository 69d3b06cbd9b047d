package dev.edxml.sign.pdf;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import dev.edxml.EdxmlException;
import dev.edxml.model.Attachment;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.internal.SignMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The front door for checking the digital signatures (chữ ký số) of PDF files and PDF attachments (tệp đính kèm PDF),
 * in the same shape as {@link dev.edxml.sign.Verifier} for XML: {@code verify} returns the report of a valid PDF and
 * throws {@link PdfVerificationException} otherwise; {@code examine} returns the report whatever it says.
 *
 * <pre>{@code
 * TrustPolicy policy = TrustPolicy.builder().trustAnchors(Path.of("trust/")).build();
 * PdfReport report = PdfVerifier.of(policy).examine(Path.of("quyet-dinh.pdf"));
 * if (!report.isValid()) System.out.println(report.describe(Locale.forLanguageTag("vi")));
 * }</pre>
 *
 * A file that is not a PDF, is damaged or is password-protected yields a report with a coded problem, not an
 * exception; only failures to read the caller's own stream or file are thrown. The PDF is held in memory up to a few
 * MiB and in a temporary file beyond, and PDFBox keeps decoded streams within a bounded amount of memory.
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports") // the annotations are optional: Error Prone reads them, users need not have them
@CheckReturnValue
public final class PdfVerifier {
    private final TrustPolicy policy;

    private PdfVerifier(TrustPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** A verifier of PDF signatures for this policy (trust anchors, revocation, time). */
    public static PdfVerifier of(TrustPolicy policy) {
        return new PdfVerifier(policy);
    }

    /** The policy certificates are checked under. */
    public TrustPolicy policy() {
        return policy;
    }

    @Override
    public String toString() {
        return "PdfVerifier[" + policy + "]";
    }

    /**
     * Verifies a PDF file: its report when {@link PdfReport#isValid()}.
     *
     * @throws PdfVerificationException when it is not signed or a signature does not hold (the report says why)
     */
    @CanIgnoreReturnValue
    public PdfReport verify(Path pdf) throws IOException, PdfVerificationException {
        return examine(pdf).requireValid();
    }

    /** Verifies a PDF read from a stream (to its end; not closed). */
    @CanIgnoreReturnValue
    public PdfReport verify(InputStream pdf) throws IOException, PdfVerificationException {
        return examine(pdf).requireValid();
    }

    /** Verifies a PDF attachment of a package (see {@link #examine(Attachment)}). */
    @CanIgnoreReturnValue
    public PdfReport verify(Attachment attachment) throws IOException, PdfVerificationException {
        return examine(attachment).requireValid();
    }

    /** The report for a PDF read from a stream, valid or not. */
    public PdfReport examine(InputStream pdf) throws IOException {
        return inspect(pdf, policy);
    }

    /** The report for a PDF file, valid or not. */
    public PdfReport examine(Path pdf) throws IOException {
        return inspect(pdf, policy);
    }

    /** The report for a PDF attachment, valid or not. */
    public PdfReport examine(Attachment attachment) throws IOException {
        return inspect(attachment, policy);
    }

    /**
     * Checks a PDF read from a stream (to its end; the stream is not closed).
     *
     * @throws IOException when the stream cannot be read
     */
    private static PdfReport inspect(InputStream pdf, TrustPolicy policy) throws IOException {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(policy, "policy");
        try (PdfSource src = PdfSource.spool(pdf)) {
            return PdfInspection.run(src, Optional.empty(), policy);
        }
    }

    /**
     * Checks a PDF file, read in place; it must not change meanwhile.
     *
     * @throws IOException when the file cannot be read (missing, not permitted)
     */
    private static PdfReport inspect(Path pdf, TrustPolicy policy) throws IOException {
        Objects.requireNonNull(policy, "policy");
        try (PdfSource src = PdfSource.of(pdf)) {
            return PdfInspection.run(src, Optional.ofNullable(pdf.getFileName()).map(Path::toString), policy);
        }
    }

    /**
     * Whether an attachment is to be checked as a PDF: by its bytes, its declared type ({@code application/pdf}) or its
     * name ({@code .pdf}; a PDF the official SDK zipped counts by its name). What is declared a PDF and is not one is
     * checked too, and reported unreadable: a receiver could not open it.
     */
    public static boolean isPdf(Attachment a) throws IOException {
        return a.payloadType() == dev.edxml.model.PayloadType.PDF
                || a.contentType()
                        .filter(t -> t.equalsIgnoreCase("application/pdf"))
                        .isPresent()
                || a.name()
                        .filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"))
                        .isPresent();
    }

    /**
     * Checks a PDF attachment of a package. An attachment the official SDK zipped (one entry, {@code application/zip})
     * is unpacked first within the default bounds of {@link dev.edxml.model.Attachment#openDocument()}; an archive
     * that is damaged or exceeds the limits yields {@code EDXML-PDF-024}.
     *
     * @throws IOException when the attachment's content cannot be read
     */
    private static PdfReport inspect(Attachment attachment, TrustPolicy policy) throws IOException {
        Objects.requireNonNull(policy, "policy");
        Optional<String> name = attachment.name();
        PdfSource src;
        try (InputStream in = attachment.openDocument()) {
            src = PdfSource.spool(in);
        } catch (EdxmlException e) {
            return PdfInspection.failed(
                    name,
                    attachment.content().size(),
                    SignMessages.error(PdfCodes.ATTACHMENT_UNPACK, e.code() + " " + e.getMessage()),
                    policy);
        }
        try (src) {
            return PdfInspection.run(src, name, policy);
        }
    }
}
