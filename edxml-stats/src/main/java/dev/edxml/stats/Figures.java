package dev.edxml.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures (số liệu) of one sending agency, or of the whole set ({@link StatsReport#total()}). Every count is
 * defined in the module README; in short, each document package falls in exactly one of {@code xmldsigValid},
 * {@code xmldsigUntrusted}, {@code xmldsigIndeterminate}, {@code xmldsigInvalid}, {@code legacyPlaceholder},
 * {@code unsigned}, and each PDF
 * attachment in exactly one of {@code pdfValid}, {@code pdfUntrusted}, {@code pdfInvalid}, {@code pdfUnsigned},
 * {@code pdfUnreadable} ({@code pdfScanned} is the part of {@code pdfUnsigned} that looks scanned).
 *
 * @param organId                  the agency's identifier (mã định danh); empty for the total and for packages naming none
 * @param name                     the agency's name ({@code OrganName}) as its packages most often give it
 * @param packages                 packages counted here: documents, status packages and (total only) unreadable ones
 * @param documents                document packages sent (gói tin văn bản)
 * @param xmldsigValid             documents with a valid W3C XML-DSig signature chaining to the trust anchors
 * @param xmldsigUntrusted         documents whose XML-DSig signature is intact but does not chain to a trust anchor
 * @param xmldsigInvalid           documents whose XML-DSig signature is broken, partial, expired, revoked or malformed
 * @param legacyPlaceholder        documents carrying the old SDK's placeholder {@code Signature} block
 * @param unsigned                 documents without any signature
 * @param xmldsigNotBySender       documents signed, but not by the sender: the signature value verified and the
 *                                 certificate belongs to another agency or organisation ({@code SenderBinding}
 *                                 MISMATCH); part of {@code xmldsigValid}, {@code xmldsigUntrusted} or (when a sender
 *                                 match is required) {@code xmldsigInvalid}
 * @param xmldsigIndeterminate     documents whose XML-DSig signature is valid at the signing time it claims but not
 *                                 proven: the certificate has expired since and no trusted timestamp proves the time
 *                                 (ETSI EN 319 102-1 INDETERMINATE; an archive's old packages land here, not in
 *                                 {@code xmldsigInvalid})
 * @param unreadable               packages that could not be read (only in the total: they name no trustworthy sender)
 * @param formatErrors             packages with at least one error finding of the validator
 * @param attachments              attachments of the documents
 * @param pdfAttachments           PDF attachments
 * @param pdfValid                 PDF attachments whose every signature is valid and trusted
 * @param pdfUntrusted             signed PDF attachments, intact, whose signer does not chain to a trust anchor
 * @param pdfInvalid               signed PDF attachments with a broken or otherwise invalid signature
 * @param pdfUnsigned              PDF attachments without a digital signature
 * @param pdfScanned               unsigned PDF attachments that look scanned (part of {@code pdfUnsigned})
 * @param pdfUnreadable            attachments declared or sniffed as PDF that could not be read as one
 * @param documentsWithPdf         documents with at least one PDF attachment
 * @param documentsAllPdfValid     of those, documents whose every PDF attachment is {@code pdfValid}
 * @param statusPackages           status packages sent (gói tin trạng thái), counted for the agency that answers
 * @param acknowledged             status packages with code 03 (đã tiếp nhận)
 * @param finished                 status packages with code 06 (hoàn thành)
 * @param rejected                 status packages with code 02 (từ chối tiếp nhận)
 * @param statusUnmatched          status 03/06 whose document's sending time is not in the set (no time measured)
 * @param timeToAcknowledge        from the document's sending to the answering agency's first 03 about it
 * @param timeToFinish             from the document's sending to the answering agency's first 06 about it
 * @param rejectionReasons         the reasons of the 02 packages (an empty text when none was given) with the
 *                                 number of packages giving each, most frequent first, then by text
 * @since 0.1.0
 */
public record Figures(
        Optional<String> organId,
        Optional<String> name,
        int packages,
        int documents,
        int xmldsigValid,
        int xmldsigUntrusted,
        int xmldsigInvalid,
        int legacyPlaceholder,
        int unsigned,
        int xmldsigNotBySender,
        int xmldsigIndeterminate,
        int unreadable,
        int formatErrors,
        int attachments,
        int pdfAttachments,
        int pdfValid,
        int pdfUntrusted,
        int pdfInvalid,
        int pdfUnsigned,
        int pdfScanned,
        int pdfUnreadable,
        int documentsWithPdf,
        int documentsAllPdfValid,
        int statusPackages,
        int acknowledged,
        int finished,
        int rejected,
        int statusUnmatched,
        TimeSummary timeToAcknowledge,
        TimeSummary timeToFinish,
        Map<String, Integer> rejectionReasons) {
    public Figures {
        Objects.requireNonNull(organId, "organId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeToAcknowledge, "timeToAcknowledge");
        Objects.requireNonNull(timeToFinish, "timeToFinish");
        rejectionReasons = Collections.unmodifiableMap(new LinkedHashMap<>(rejectionReasons));
        rejectionReasons.forEach((reason, count) -> {
            Objects.requireNonNull(reason, "reason");
            if (count == null || count < 1) {
                throw new IllegalArgumentException("count must be positive: " + count + " for " + reason);
            }
        });
        if (xmldsigValid + xmldsigUntrusted + xmldsigIndeterminate + xmldsigInvalid + legacyPlaceholder + unsigned
                != documents) {
            throw new IllegalArgumentException("the signature classes do not add up to the documents");
        }
        if (xmldsigNotBySender > xmldsigValid + xmldsigUntrusted + xmldsigIndeterminate + xmldsigInvalid) {
            throw new IllegalArgumentException("more documents signed by another than signed documents");
        }
        if (pdfValid + pdfUntrusted + pdfInvalid + pdfUnsigned + pdfUnreadable != pdfAttachments
                || pdfScanned > pdfUnsigned) {
            throw new IllegalArgumentException("the PDF classes do not add up to the PDF attachments");
        }
    }

    /** {@code part} of {@code whole} in percent with one decimal (half up); 0 when {@code whole} is 0. */
    public static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The share of documents with a valid XML signature, in percent. */
    public BigDecimal xmldsigValidShare() {
        return percent(xmldsigValid, documents);
    }

    /** The share of documents with PDF attachments whose every PDF carries a valid signature, in percent. */
    public BigDecimal pdfValidShare() {
        return percent(documentsAllPdfValid, documentsWithPdf);
    }

    /** The share of PDF attachments that look scanned and carry no signature, in percent. */
    public BigDecimal scannedShare() {
        return percent(pdfScanned, pdfAttachments);
    }

    /** The share of packages with format errors, in percent. */
    public BigDecimal formatErrorShare() {
        return percent(formatErrors, packages);
    }

    @Override
    public String toString() {
        return organId.map(id -> id + name.map(n -> " " + n).orElse("")).orElse("total") + ": " + documents
                + " documents (" + xmldsigValid + " valid XML-DSig, " + xmldsigUntrusted + " untrusted, "
                + (xmldsigIndeterminate > 0 ? xmldsigIndeterminate + " indeterminate, " : "")
                + xmldsigInvalid + " invalid, " + legacyPlaceholder + " legacy placeholder, " + unsigned
                + " unsigned" + (xmldsigNotBySender > 0 ? "; " + xmldsigNotBySender + " not signed by the sender" : "")
                + "), " + pdfAttachments + " PDF attachments (" + pdfValid + " valid, " + pdfScanned
                + " scanned), " + formatErrors + "/" + packages + " packages with format errors, " + statusPackages
                + " status packages (03: " + acknowledged + ", 06: " + finished + ", 02: " + rejected + ")"
                + (unreadable > 0 ? ", " + unreadable + " unreadable" : "");
    }
}
