package dev.edxml.stats;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** The figures' counts and shares under their JSON and CSV names, in the order every format writes them. */
final class Columns {
    /** A count of {@link Figures}. */
    record Count(String key, ToIntFunction<Figures> value) {}

    static final List<Count> COUNTS = List.of(
            new Count("packages", Figures::packages),
            new Count("documents", Figures::documents),
            new Count("xmldsigValid", Figures::xmldsigValid),
            new Count("xmldsigUntrusted", Figures::xmldsigUntrusted),
            new Count("xmldsigInvalid", Figures::xmldsigInvalid),
            new Count("legacyPlaceholder", Figures::legacyPlaceholder),
            new Count("unsigned", Figures::unsigned),
            new Count("unreadable", Figures::unreadable),
            new Count("formatErrors", Figures::formatErrors),
            new Count("attachments", Figures::attachments),
            new Count("pdfAttachments", Figures::pdfAttachments),
            new Count("pdfValid", Figures::pdfValid),
            new Count("pdfUntrusted", Figures::pdfUntrusted),
            new Count("pdfInvalid", Figures::pdfInvalid),
            new Count("pdfUnsigned", Figures::pdfUnsigned),
            new Count("pdfScanned", Figures::pdfScanned),
            new Count("pdfUnreadable", Figures::pdfUnreadable),
            new Count("documentsWithPdf", Figures::documentsWithPdf),
            new Count("documentsAllPdfValid", Figures::documentsAllPdfValid),
            new Count("statusPackages", Figures::statusPackages),
            new Count("acknowledged", Figures::acknowledged),
            new Count("finished", Figures::finished),
            new Count("rejected", Figures::rejected),
            new Count("statusUnmatched", Figures::statusUnmatched),
            // added after the first release of the columns: at the end, so that the earlier columns keep their place
            new Count("xmldsigNotBySender", Figures::xmldsigNotBySender),
            new Count("xmldsigIndeterminate", Figures::xmldsigIndeterminate));

    private Columns() {}

    /** The shares in percent, by name: of documents, of documents with PDFs, of PDFs, of packages. */
    static Map<String, BigDecimal> shares(Figures f) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("xmldsigValid", f.xmldsigValidShare());
        m.put("xmldsigUntrusted", Figures.percent(f.xmldsigUntrusted(), f.documents()));
        m.put("xmldsigInvalid", Figures.percent(f.xmldsigInvalid(), f.documents()));
        m.put("legacyPlaceholder", Figures.percent(f.legacyPlaceholder(), f.documents()));
        m.put("unsigned", Figures.percent(f.unsigned(), f.documents()));
        m.put("xmldsigNotBySender", Figures.percent(f.xmldsigNotBySender(), f.documents()));
        m.put("xmldsigIndeterminate", Figures.percent(f.xmldsigIndeterminate(), f.documents()));
        m.put("documentsAllPdfValid", f.pdfValidShare());
        m.put("pdfScanned", f.scannedShare());
        m.put("formatErrors", f.formatErrorShare());
        return m;
    }

    /** Median, mean and p90 in hours, each {@code null} when nothing was measured. */
    static Map<String, Object> hours(TimeSummary t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", t.count());
        m.put("median", t.median().map(TimeSummary::hours).orElse(null));
        m.put("mean", t.mean().map(TimeSummary::hours).orElse(null));
        m.put("p90", t.p90().map(TimeSummary::hours).orElse(null));
        return m;
    }

    static String hoursText(Optional<java.time.Duration> d) {
        return d.map(TimeSummary::hours).map(BigDecimal::toPlainString).orElse("");
    }
}
