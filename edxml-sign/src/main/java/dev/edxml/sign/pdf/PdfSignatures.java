package dev.edxml.sign.pdf;

import dev.edxml.sign.internal.SignMessages;
import dev.edxml.EdxmlException;
import dev.edxml.model.Attachment;
import dev.edxml.model.ZipLimits;
import dev.edxml.sign.TrustPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The front door for checking the digital signatures of PDF files and PDF attachments (tệp đính kèm PDF).
 *
 * <pre>{@code
 * TrustPolicy policy = TrustPolicy.builder().trustAnchors(Path.of("trust/")).build();
 * PdfReport report = PdfSignatures.inspect(Path.of("quyet-dinh.pdf"), policy);
 * if (!report.isValid()) System.out.println(report.describe(Locale.forLanguageTag("vi")));
 * }</pre>
 *
 * A file that is not a PDF, is damaged or is password-protected yields a report with a coded problem, not an
 * exception; only failures to read the caller's own stream or file are thrown. The PDF is held in memory up to a few
 * MiB and in a temporary file beyond, and PDFBox keeps decoded streams within a bounded amount of memory.
 */
public final class PdfSignatures {
    private PdfSignatures() {
    }

    /**
     * Checks a PDF read from a stream (to its end; the stream is not closed).
     *
     * @throws IOException when the stream cannot be read
     */
    public static PdfReport inspect(InputStream pdf, TrustPolicy policy) throws IOException {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(policy, "policy");
        try (PdfSource src = PdfSource.spool(pdf)) {
            return Inspection.run(src, Optional.empty(), policy);
        }
    }

    /**
     * Checks a PDF file, read in place; it must not change meanwhile.
     *
     * @throws IOException when the file cannot be read (missing, not permitted)
     */
    public static PdfReport inspect(Path pdf, TrustPolicy policy) throws IOException {
        Objects.requireNonNull(policy, "policy");
        try (PdfSource src = PdfSource.of(pdf)) {
            return Inspection.run(src, Optional.ofNullable(pdf.getFileName()).map(Path::toString), policy);
        }
    }

    /**
     * Whether an attachment is to be checked as a PDF: by its bytes, its declared type ({@code application/pdf}) or its
     * name ({@code .pdf}; a PDF the official SDK zipped counts by its name). What is declared a PDF and is not one is
     * checked too, and reported unreadable: a receiver could not open it.
     */
    public static boolean isPdf(Attachment a) throws IOException {
        return a.payloadType() == dev.edxml.model.PayloadType.PDF
                || a.contentType().filter(t -> t.equalsIgnoreCase("application/pdf")).isPresent()
                || a.name().filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")).isPresent();
    }

    /**
     * Checks a PDF attachment of a package. An attachment the official SDK zipped (one entry, {@code application/zip})
     * is unpacked first within {@link ZipLimits#DEFAULT}; an archive that is damaged or exceeds the limits yields
     * {@code EDXML-PDF-024}.
     *
     * @throws IOException when the attachment's content cannot be read
     */
    public static PdfReport inspect(Attachment attachment, TrustPolicy policy) throws IOException {
        Objects.requireNonNull(policy, "policy");
        Optional<String> name = attachment.name();
        PdfSource src;
        try (InputStream in = attachment.openDocument(ZipLimits.DEFAULT)) {
            src = PdfSource.spool(in);
        } catch (EdxmlException e) {
            return Inspection.failed(name, attachment.content().size(),
                    SignMessages.error(PdfCodes.ATTACHMENT_UNPACK, e.code() + " " + e.getMessage()), policy);
        }
        try (src) {
            return Inspection.run(src, name, policy);
        }
    }
}
