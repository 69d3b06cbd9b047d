package dev.edxml.stats;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents one agency (or all of them) sent in one month or quarter, for the trend of the report: how many, and
 * how many of them carry a valid XML signature, by the month of the document's sending time (its own trace hop's
 * {@code Timestamp}, Vietnam time; see the module README). Documents with no sending time are in no period.
 *
 * @param organId              the agency, empty for all agencies together (and for packages naming no sender)
 * @param start                the first month of the period
 * @param documents            document packages sent in the period
 * @param xmldsigValid         of those, documents with a valid XML signature
 * @param xmldsigUntrusted     of those, documents whose signature is intact but by a signer not trusted
 * @param documentsWithPdf     documents with at least one PDF attachment
 * @param documentsAllPdfValid of those, documents whose every PDF attachment carries a valid signature
 * @param pdfAttachments       PDF attachments of the documents
 * @param pdfScanned           of those, unsigned PDFs that look scanned
 * @since 0.1.0
 */
public record PeriodFigures(
        Optional<String> organId,
        YearMonth start,
        int documents,
        int xmldsigValid,
        int xmldsigUntrusted,
        int documentsWithPdf,
        int documentsAllPdfValid,
        int pdfAttachments,
        int pdfScanned) {
    public PeriodFigures {
        Objects.requireNonNull(organId, "organId");
        Objects.requireNonNull(start, "start");
        if (xmldsigValid + xmldsigUntrusted > documents
                || documentsAllPdfValid > documentsWithPdf
                || documentsWithPdf > documents
                || pdfScanned > pdfAttachments) {
            throw new IllegalArgumentException("the parts exceed their whole");
        }
    }

    /** This period's and another's figures together (same agency), starting at the earlier start. */
    PeriodFigures plus(PeriodFigures o) {
        return new PeriodFigures(
                organId,
                start.isBefore(o.start) ? start : o.start,
                documents + o.documents,
                xmldsigValid + o.xmldsigValid,
                xmldsigUntrusted + o.xmldsigUntrusted,
                documentsWithPdf + o.documentsWithPdf,
                documentsAllPdfValid + o.documentsAllPdfValid,
                pdfAttachments + o.pdfAttachments,
                pdfScanned + o.pdfScanned);
    }

    /** The share of documents with a valid XML signature, in percent; empty when no document was sent (0/0). */
    public Optional<java.math.BigDecimal> xmldsigValidShare() {
        return documents == 0 ? Optional.empty() : Optional.of(Figures.percent(xmldsigValid, documents));
    }
}
