package dev.edxml.stats;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link ComplianceStats#scan}: the figures of the whole set and of each sending agency (sorted by
 * identifier, whatever order the packages were read in), and every package that could not be read. Immutable.
 *
 * @param source         the folder, archive or file scanned, as given
 * @param generatedAt    when the scan ran (from the scanner's clock)
 * @param trustAnchors   how many trust anchors signatures were checked against (0: none can be valid)
 * @param profile        the validator profile that decided {@code formatErrors}
 * @param total          the figures over every package
 * @param agencies       the figures of each agency, by {@code organId} (packages naming none last)
 * @param unreadablePackages the packages that could not be read, by source
 * @param otherFiles     files in the folder or archive that are not {@code .edxml} or {@code .xml} and were not read
 * @param signatureFindings the documents per finding of their XML signatures, by code and severity (revoked,
 *                       revocation unknown or not checked, SHA-1 chain…), sorted by code
 * @param months         the documents of each agency by month of sending, for the trend ({@link #trend}); by
 *                       agency as in {@code agencies}, then by month
 * @since 0.1.0
 */
public record StatsReport(
        String source,
        Instant generatedAt,
        int trustAnchors,
        String profile,
        Figures total,
        List<Figures> agencies,
        List<UnreadablePackage> unreadablePackages,
        int otherFiles,
        List<SignatureFindingCount> signatureFindings,
        List<PeriodFigures> months) {
    public StatsReport {
        months = List.copyOf(months);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(total, "total");
        agencies = List.copyOf(agencies);
        unreadablePackages = List.copyOf(unreadablePackages);
        signatureFindings = List.copyOf(signatureFindings);
        if (unreadablePackages.size() != total.unreadable()) {
            throw new IllegalArgumentException("the unreadable packages listed differ from the count");
        }
    }

    /** A report without the monthly figures (as made before the trend existed): its trend is empty. */
    public StatsReport(
            String source,
            Instant generatedAt,
            int trustAnchors,
            String profile,
            Figures total,
            List<Figures> agencies,
            List<UnreadablePackage> unreadablePackages,
            int otherFiles,
            List<SignatureFindingCount> signatureFindings) {
        this(
                source,
                generatedAt,
                trustAnchors,
                profile,
                total,
                agencies,
                unreadablePackages,
                otherFiles,
                signatureFindings,
                List.of());
    }

    /**
     * The documents of each agency by period of sending, by agency (in the order of {@code agencies}) then by period;
     * only periods in which the agency sent a dated document.
     */
    public List<PeriodFigures> trend(TrendPeriod by) {
        java.util.Map<java.util.Map.Entry<Optional<String>, java.time.YearMonth>, PeriodFigures> m =
                new java.util.LinkedHashMap<>();
        for (PeriodFigures p : months) {
            PeriodFigures q = new PeriodFigures(
                    p.organId(),
                    by.start(p.start()),
                    p.documents(),
                    p.xmldsigValid(),
                    p.xmldsigUntrusted(),
                    p.documentsWithPdf(),
                    p.documentsAllPdfValid(),
                    p.pdfAttachments(),
                    p.pdfScanned());
            m.merge(java.util.Map.entry(q.organId(), q.start()), q, PeriodFigures::plus);
        }
        return List.copyOf(m.values());
    }

    /** The documents of all agencies together by period of sending, oldest first ({@code organId} empty). */
    public List<PeriodFigures> totalTrend(TrendPeriod by) {
        java.util.TreeMap<java.time.YearMonth, PeriodFigures> m = new java.util.TreeMap<>();
        for (PeriodFigures p : months) {
            PeriodFigures q = new PeriodFigures(
                    Optional.empty(),
                    by.start(p.start()),
                    p.documents(),
                    p.xmldsigValid(),
                    p.xmldsigUntrusted(),
                    p.documentsWithPdf(),
                    p.documentsAllPdfValid(),
                    p.pdfAttachments(),
                    p.pdfScanned());
            m.merge(q.start(), q, PeriodFigures::plus);
        }
        return List.copyOf(m.values());
    }

    /** Documents with no sending time, which are in no period of the trend. */
    public int undatedDocuments() {
        return total.documents()
                - months.stream().mapToInt(PeriodFigures::documents).sum();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StatsReport[")
                .append(source)
                .append(", ")
                .append(trustAnchors)
                .append(" trust anchors, profile ")
                .append(profile)
                .append("]\n  ")
                .append(total);
        agencies.forEach(a -> sb.append("\n  ").append(a));
        unreadablePackages.forEach(u -> sb.append("\n  unreadable ").append(u));
        signatureFindings.forEach(f -> sb.append("\n  signature finding ").append(f));
        if (otherFiles > 0) {
            sb.append("\n  ").append(otherFiles).append(" other files not read");
        }
        return sb.toString();
    }
}
