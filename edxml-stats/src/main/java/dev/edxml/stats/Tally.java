package dev.edxml.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The counters a scan fills, one package's {@link Facts} at a time (from any thread), and the report made from them.
 * Besides counters it keeps only what joins status packages to documents: each document's sending time by its
 * {@code DocumentId}, and each answering agency's first 03 and 06 per document. Merging is commutative, so the
 * report does not depend on the order the packages were read in.
 */
final class Tally {
    private static final String ACKNOWLEDGED = "03";
    private static final String FINISHED = "06";
    private static final String REJECTED = "02";

    private final Map<String, Agency> agencies = new HashMap<>();
    private final Map<String, Instant> sentAt = new HashMap<>();
    private final Map<Answer, Instant> firstAnswers = new HashMap<>();
    private final List<UnreadablePackage> unreadable = new ArrayList<>();
    private final Map<String, Integer> findings = new HashMap<>();

    /** The first answer with a code ({@code 03} or {@code 06}) by an agency about a document. */
    private record Answer(String agency, String documentId, String code) {}

    /** One agency's counters. */
    private static final class Agency {
        final Map<String, Integer> names = new HashMap<>();
        final Map<String, Integer> reasons = new HashMap<>();
        int packages,
                documents,
                valid,
                untrusted,
                indeterminate,
                invalid,
                legacy,
                unsigned,
                notBySender,
                formatErrors,
                attachments;
        int pdfValid, pdfUntrusted, pdfInvalid, pdfUnsigned, pdfScanned, pdfUnreadable, withPdf, allPdfValid;
        int status, acknowledged, finished, rejected, unmatched;
        final List<Long> toAcknowledge = new ArrayList<>();
        final List<Long> toFinish = new ArrayList<>();
        /** By month of sending: documents, valid, untrusted, with PDF, all PDFs valid, PDFs, scanned PDFs. */
        final Map<java.time.YearMonth, int[]> months = new HashMap<>();
    }

    /** Vietnam time: the months of the trend are those of the clerks' calendar, whatever the JVM's zone. */
    private static final java.time.ZoneOffset VIETNAM = java.time.ZoneOffset.ofHours(7);

    synchronized void add(Facts f) {
        if (f.kind() == Facts.Kind.UNREADABLE) {
            unreadable.add(f.unreadable());
            return;
        }
        Agency a = agencies.computeIfAbsent(f.organId().orElse(""), k -> new Agency());
        f.organName().filter(n -> !n.isBlank()).ifPresent(n -> a.names.merge(n.strip(), 1, Integer::sum));
        a.packages++;
        if (f.formatError()) {
            a.formatErrors++;
        }
        if (f.kind() == Facts.Kind.DOCUMENT) {
            addDocument(a, f);
        } else {
            addStatus(a, f);
        }
    }

    private void addDocument(Agency a, Facts f) {
        a.documents++;
        f.signatureFindings().forEach(k -> findings.merge(k, 1, Integer::sum));
        switch (f.signature()) {
            case VALID -> a.valid++;
            case UNTRUSTED -> a.untrusted++;
            case INDETERMINATE -> a.indeterminate++;
            case INVALID -> a.invalid++;
            case LEGACY -> a.legacy++;
            case NONE -> a.unsigned++;
        }
        if (f.notBySender()) {
            a.notBySender++;
        }
        a.attachments += f.attachments();
        a.pdfValid += f.pdfValid();
        a.pdfUntrusted += f.pdfUntrusted();
        a.pdfInvalid += f.pdfInvalid();
        a.pdfUnsigned += f.pdfUnsigned();
        a.pdfScanned += f.pdfScanned();
        a.pdfUnreadable += f.pdfUnreadable();
        if (f.pdfAttachments() > 0) {
            a.withPdf++;
            if (f.pdfValid() == f.pdfAttachments()) {
                a.allPdfValid++;
            }
        }
        f.sentAt().ifPresent(t -> {
            int[] m = a.months.computeIfAbsent(java.time.YearMonth.from(t.atOffset(VIETNAM)), k -> new int[7]);
            m[0]++;
            m[1] += f.signature() == Facts.Signature.VALID ? 1 : 0;
            m[2] += f.signature() == Facts.Signature.UNTRUSTED ? 1 : 0;
            if (f.pdfAttachments() > 0) {
                m[3]++;
                m[4] += f.pdfValid() == f.pdfAttachments() ? 1 : 0;
            }
            m[5] += f.pdfAttachments();
            m[6] += f.pdfScanned();
        });
        if (f.documentId().isPresent() && f.sentAt().isPresent()) {
            sentAt.merge(f.documentId().get(), f.sentAt().get(), (x, y) -> x.isBefore(y) ? x : y);
        }
    }

    private void addStatus(Agency a, Facts f) {
        a.status++;
        String code = f.statusCode().orElse("");
        if (code.equals(REJECTED)) {
            a.rejected++;
            a.reasons.merge(reason(f.description()), 1, Integer::sum);
        } else if (code.equals(ACKNOWLEDGED) || code.equals(FINISHED)) {
            if (code.equals(ACKNOWLEDGED)) {
                a.acknowledged++;
            } else {
                a.finished++;
            }
            if (f.documentId().isPresent() && f.statusTime().isPresent()) {
                firstAnswers.merge(
                        new Answer(f.organId().orElse(""), f.documentId().get(), code),
                        f.statusTime().get(),
                        (x, y) -> x.isBefore(y) ? x : y);
            } else {
                a.unmatched++;
            }
        }
    }

    private boolean reported;

    private static String reason(Optional<String> description) {
        return description.map(d -> d.strip().replaceAll("\\s+", " ")).orElse("");
    }

    /** Ends the scan: the first answers are matched here, so it may be called once. */
    synchronized StatsReport report(
            String source, Instant generatedAt, int trustAnchors, String profile, int otherFiles) {
        if (reported) {
            throw new IllegalStateException("a tally is reported once");
        }
        reported = true;
        for (Map.Entry<Answer, Instant> e : firstAnswers.entrySet()) {
            Agency a = agencies.get(e.getKey().agency());
            Instant sent = sentAt.get(e.getKey().documentId());
            if (sent == null || e.getValue().isBefore(sent)) {
                a.unmatched++;
            } else {
                long seconds = Duration.between(sent, e.getValue()).toSeconds();
                (e.getKey().code().equals(ACKNOWLEDGED) ? a.toAcknowledge : a.toFinish).add(seconds);
            }
        }
        firstAnswers.clear();
        Map<String, Agency> sorted =
                new TreeMap<>(Comparator.comparing(String::isEmpty).thenComparing(Comparator.naturalOrder()));
        sorted.putAll(agencies);
        List<Figures> list = new ArrayList<>();
        List<PeriodFigures> months = new ArrayList<>();
        Agency sum = new Agency();
        for (Map.Entry<String, Agency> e : sorted.entrySet()) {
            Agency a = e.getValue();
            Optional<String> id = e.getKey().isEmpty() ? Optional.empty() : Optional.of(e.getKey());
            new TreeMap<>(a.months)
                    .forEach((month, m) ->
                            months.add(new PeriodFigures(id, month, m[0], m[1], m[2], m[3], m[4], m[5], m[6])));
            list.add(figures(e.getKey().isEmpty() ? Optional.empty() : Optional.of(e.getKey()), name(a.names), a, 0));
            addInto(sum, a);
        }
        sum.packages += unreadable.size();
        sum.formatErrors += unreadable.size();
        List<UnreadablePackage> bad = new ArrayList<>(unreadable);
        bad.sort(Comparator.comparing(UnreadablePackage::source));
        Figures total = figures(Optional.empty(), Optional.empty(), sum, unreadable.size());
        List<SignatureFindingCount> byCode = findings.entrySet().stream()
                .map(e -> {
                    String[] k = e.getKey().split(" ", 2);
                    return new SignatureFindingCount(k[1], dev.edxml.Severity.valueOf(k[0]), e.getValue());
                })
                .sorted(Comparator.comparing(SignatureFindingCount::code)
                        .thenComparing(SignatureFindingCount::severity))
                .toList();
        return new StatsReport(
                source, generatedAt, trustAnchors, profile, total, list, bad, otherFiles, byCode, months);
    }

    private static void addInto(Agency s, Agency a) {
        s.packages += a.packages;
        s.documents += a.documents;
        s.valid += a.valid;
        s.notBySender += a.notBySender;
        s.indeterminate += a.indeterminate;
        s.untrusted += a.untrusted;
        s.invalid += a.invalid;
        s.legacy += a.legacy;
        s.unsigned += a.unsigned;
        s.formatErrors += a.formatErrors;
        s.attachments += a.attachments;
        s.pdfValid += a.pdfValid;
        s.pdfUntrusted += a.pdfUntrusted;
        s.pdfInvalid += a.pdfInvalid;
        s.pdfUnsigned += a.pdfUnsigned;
        s.pdfScanned += a.pdfScanned;
        s.pdfUnreadable += a.pdfUnreadable;
        s.withPdf += a.withPdf;
        s.allPdfValid += a.allPdfValid;
        s.status += a.status;
        s.acknowledged += a.acknowledged;
        s.finished += a.finished;
        s.rejected += a.rejected;
        s.unmatched += a.unmatched;
        s.toAcknowledge.addAll(a.toAcknowledge);
        s.toFinish.addAll(a.toFinish);
        a.reasons.forEach((r, n) -> s.reasons.merge(r, n, Integer::sum));
    }

    private static Figures figures(Optional<String> organId, Optional<String> name, Agency a, int unreadable) {
        int pdfs = a.pdfValid + a.pdfUntrusted + a.pdfInvalid + a.pdfUnsigned + a.pdfUnreadable;
        return new Figures(
                organId,
                name,
                a.packages,
                a.documents,
                a.valid,
                a.untrusted,
                a.invalid,
                a.legacy,
                a.unsigned,
                a.notBySender,
                a.indeterminate,
                unreadable,
                a.formatErrors,
                a.attachments,
                pdfs,
                a.pdfValid,
                a.pdfUntrusted,
                a.pdfInvalid,
                a.pdfUnsigned,
                a.pdfScanned,
                a.pdfUnreadable,
                a.withPdf,
                a.allPdfValid,
                a.status,
                a.acknowledged,
                a.finished,
                a.rejected,
                a.unmatched,
                summary(a.toAcknowledge),
                summary(a.toFinish),
                reasons(a.reasons));
    }

    private static TimeSummary summary(List<Long> seconds) {
        return TimeSummary.ofSeconds(seconds.stream().mapToLong(Long::longValue).toArray());
    }

    /** Most frequent first, then by text, so that equal counts come out in the same order on every run. */
    private static Map<String, Integer> reasons(Map<String, Integer> reasons) {
        return reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, Map.Entry::getValue, Integer::sum, java.util.LinkedHashMap::new));
    }

    /** The name the agency's packages give most often (the smallest of equally frequent ones). */
    private static Optional<String> name(Map<String, Integer> names) {
        return names.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }
}
