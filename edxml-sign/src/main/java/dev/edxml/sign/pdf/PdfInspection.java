package dev.edxml.sign.pdf;

import dev.edxml.Finding;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.internal.SignMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * One run of {@link PdfVerifier#examine}: loads the PDF once, checks each signature, then judges what follows
 * the signatures and, for an unsigned file, whether it looks scanned. Every failure of the file becomes a coded
 * problem; only I/O failures of the caller's own source escape, before this class runs.
 */
final class PdfInspection {
    private final PdfSource src;
    private final Optional<String> name;
    private final TrustPolicy policy;
    private final Instant checkedAt;
    private final List<Finding> problems = new ArrayList<>();
    private final Map<Long, RevisionDiff.Outcome> changes = new HashMap<>();

    private PdfInspection(PdfSource src, Optional<String> name, TrustPolicy policy) {
        this.src = src;
        this.name = name;
        this.policy = policy;
        this.checkedAt = policy.checkTime();
    }

    static PdfReport run(PdfSource src, Optional<String> name, TrustPolicy policy) {
        return new PdfInspection(src, name, policy).run();
    }

    /** A report for input that is not a PDF at all, such as an attachment that could not be unpacked. */
    static PdfReport failed(Optional<String> name, long size, Finding problem, TrustPolicy policy) {
        return new PdfReport(name, size, 0, List.of(), 0, PdfChange.NONE, false, List.of(problem), policy.checkTime());
    }

    private PdfReport run() {
        try {
            if (!hasHeader()) {
                return failed(name, src.size(), SignMessages.error(PdfCodes.NOT_PDF), policy);
            }
        } catch (IOException e) {
            return failed(name, src.size(), SignMessages.error(PdfCodes.UNREADABLE, reason(e)), policy);
        }
        PDDocument doc;
        try {
            doc = load(src.open());
        } catch (InvalidPasswordException e) {
            return failed(name, src.size(), SignMessages.error(PdfCodes.ENCRYPTED), policy);
        } catch (IOException | RuntimeException e) {
            return failed(name, src.size(), SignMessages.error(PdfCodes.UNREADABLE, reason(e)), policy);
        }
        try (doc) {
            return inspect(doc);
        } catch (IOException | RuntimeException e) {
            return failed(name, src.size(), SignMessages.error(PdfCodes.UNREADABLE, reason(e)), policy);
        }
    }

    private PdfReport inspect(PDDocument doc) throws IOException {
        String damage = damagedEnd();
        if (damage != null) {
            problems.add(SignMessages.error(PdfCodes.DAMAGED_END, damage));
        }
        List<SignatureInspection.Partial> found = new ArrayList<>();
        List<Permissions> permissions = new ArrayList<>();
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        for (PDSignatureField f : doc.getSignatureFields()) {
            PDSignature s = f.getSignature();
            if (s == null) {
                problems.add(SignMessages.info(PdfCodes.EMPTY_FIELD, f.getFullyQualifiedName()));
            } else {
                Permissions perm;
                try {
                    perm = Permissions.of(catalog, f.getCOSObject(), s.getCOSObject());
                    found.add(SignatureInspection.check(f.getFullyQualifiedName(), s, src, policy));
                } catch (RuntimeException e) {
                    // one hostile signature must not hide what is known about the others
                    perm = Permissions.NONE;
                    found.add(SignatureInspection.broken(f.getFullyQualifiedName(), reason(e)));
                }
                permissions.add(perm);
            }
        }
        long lastEnd = found.stream()
                .filter(p -> p.range() != null)
                .mapToLong(p -> p.range().end())
                .max()
                .orElse(-1);
        int certification = 0;
        List<PdfSignatureInfo> signatures = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            SignatureInspection.Partial p = found.get(i);
            Permissions perm = permissions.get(i);
            RevisionDiff.Outcome after = p.range() == null
                    ? new RevisionDiff.Outcome(PdfChange.NONE, List.of())
                    : changeAfter(p.range().end(), doc);
            if (perm.docMdp() > 0 && p.range() != null) {
                certification = certification == 0 ? perm.docMdp() : Math.min(certification, perm.docMdp());
                if (!after.change().permittedBy(perm.docMdp())) {
                    p.problems()
                            .add(SignMessages.error(
                                    PdfCodes.DOCMDP_VIOLATED,
                                    p.field(),
                                    String.valueOf(perm.docMdp()),
                                    after.detailText()));
                }
            }
            List<String> locked =
                    after.filledFields().stream().filter(perm::locks).sorted().toList();
            if (!locked.isEmpty()) {
                p.problems().add(SignMessages.error(PdfCodes.FIELD_LOCKED, p.field(), String.join(", ", locked)));
            }
            if (p.range() != null
                    && p.range().end() < lastEnd
                    && after.change().mayChangeContent()
                    && !(perm.docMdp() > 0 && after.change().permittedBy(perm.docMdp()))) {
                p.problems().add(SignMessages.warning(PdfCodes.CHANGED_AFTER, p.field(), after.detailText()));
            }
            signatures.add(p.finish(after.change(), perm.docMdp(), provenTime(p, found)));
        }
        long appendedBytes = 0;
        PdfChange appended = PdfChange.NONE;
        boolean scanned = false;
        if (lastEnd >= 0) {
            appendedBytes = src.size() - lastEnd;
            RevisionDiff.Outcome tail = changeAfter(lastEnd, doc);
            appended = tail.change();
            tailProblem(appendedBytes, tail, certification).ifPresent(problems::add);
        } else if (found.isEmpty()) {
            problems.add(SignMessages.warning(PdfCodes.UNSIGNED));
            ScanHeuristic.Result scan = ScanHeuristic.measure(doc);
            scanned = scan.looksScanned();
            if (scanned) {
                problems.add(SignMessages.warning(
                        PdfCodes.LOOKS_SCANNED, String.valueOf(scan.textChars()), String.valueOf(scan.pagesLooked())));
            }
        }
        return new PdfReport(
                name,
                src.size(),
                doc.getNumberOfPages(),
                signatures,
                appendedBytes,
                appended,
                scanned,
                problems,
                checkedAt);
    }

    /**
     * The earliest time a valid timestamp proves a signature existed at: its own signature timestamp, or a valid
     * document timestamp whose revision includes it.
     */
    private static Optional<Instant> provenTime(SignatureInspection.Partial p, List<SignatureInspection.Partial> all) {
        if (p.range() == null) {
            return Optional.empty();
        }
        Optional<Instant> own = p.cms().timestamp().filter(PdfTimestamp::valid).map(PdfTimestamp::time);
        Optional<Instant> doc = all.stream()
                .filter(d -> d.kind() == PdfSignatureInfo.Kind.DOCUMENT_TIMESTAMP
                        && d.range() != null
                        && d.range().end() > p.range().end()
                        && d.cms().valueVerifies()
                        && d.cms().digestMatches()
                        && d.cms().trusted()
                        && d.problems().stream().noneMatch(Finding::isError))
                .map(d -> d.cms().time())
                .flatMap(Optional::stream)
                .min(Instant::compareTo);
        return java.util.stream.Stream.of(own, doc).flatMap(Optional::stream).min(Instant::compareTo);
    }

    /** The problem that tells what follows the last signature, if anything does, in a document nobody certified. */
    static Optional<Finding> tailProblem(long bytes, RevisionDiff.Outcome tail) {
        return tailProblem(bytes, tail, 0);
    }

    /**
     * The problem that tells what follows the last signature, if anything does.
     *
     * @param certification the DocMDP level of the document's certification signature, 0 when there is none: form
     *                      fill after the last signature is a warning at levels 2 and 3, annotations at level 3
     */
    static Optional<Finding> tailProblem(long bytes, RevisionDiff.Outcome tail, int certification) {
        String n = String.valueOf(bytes);
        return Optional.ofNullable(
                switch (tail.change()) {
                    case NONE -> null;
                    case PADDING -> SignMessages.info(PdfCodes.TAIL_PADDING, n);
                    case NO_EFFECT -> SignMessages.warning(PdfCodes.TAIL_NO_EFFECT, n);
                    case VALIDATION_DATA -> SignMessages.info(PdfCodes.TAIL_VALIDATION_DATA, n);
                    case SIGNATURES -> SignMessages.warning(PdfCodes.TAIL_SIGNATURE_FIELDS, n);
                    case FORM_FILL -> certification >= 2
                            ? SignMessages.warning(
                                    PdfCodes.TAIL_FORM_FILL, n, tail.detailText(), String.valueOf(certification))
                            : SignMessages.error(PdfCodes.TAIL_CONTENT, n, tail.detailText());
                    case ANNOTATIONS -> certification >= 3
                            ? SignMessages.warning(PdfCodes.TAIL_ANNOTATIONS, n, tail.detailText())
                            : SignMessages.error(PdfCodes.TAIL_CONTENT, n, tail.detailText());
                    case CONTENT -> SignMessages.error(PdfCodes.TAIL_CONTENT, n, tail.detailText());
                    case UNREADABLE -> SignMessages.error(PdfCodes.TAIL_UNREADABLE, n, tail.detailText());
                });
    }

    private RevisionDiff.Outcome changeAfter(long end, PDDocument whole) {
        return changes.computeIfAbsent(end, e -> changeAfter(src, e, whole));
    }

    /** What the bytes after {@code end} do, comparing the revision that ends there with the whole file. */
    static RevisionDiff.Outcome changeAfter(PdfSource src, long end, PDDocument whole) {
        try {
            if (end >= src.size()) {
                return new RevisionDiff.Outcome(PdfChange.NONE, List.of());
            }
            if (isPadding(src, end)) {
                return new RevisionDiff.Outcome(PdfChange.PADDING, List.of());
            }
            try (PDDocument revision = load(src.prefix(end))) {
                return RevisionDiff.compare(revision, whole, src, end);
            }
        } catch (IOException | RuntimeException ex) {
            return new RevisionDiff.Outcome(PdfChange.UNREADABLE, List.of(reason(ex)));
        }
    }

    private static boolean isPadding(PdfSource src, long from) throws IOException {
        byte[] buf = new byte[8192];
        for (long pos = from; pos < src.size(); pos += buf.length) {
            int n = (int) Math.min(buf.length, src.size() - pos);
            src.read(pos, buf, 0, n);
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (b != 0 && b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * What is wrong with the end of the file, or {@code null}: readers look for {@code %%EOF} in the last 1024 bytes
     * and follow {@code startxref}; when either fails they rebuild the file by scanning, and a cut or altered file
     * may then show (or hide) other things than its signatures cover.
     */
    private String damagedEnd() throws IOException {
        int n = (int) Math.min(1024, src.size());
        String tail = new String(src.bytes(src.size() - n, n), StandardCharsets.ISO_8859_1);
        int eof = tail.lastIndexOf("%%EOF");
        if (eof < 0) {
            return "no %%EOF in the last 1024 bytes";
        }
        int sx = tail.lastIndexOf("startxref", eof);
        if (sx < 0) {
            return "no startxref before the last %%EOF";
        }
        String number = tail.substring(sx + "startxref".length(), eof).strip();
        long offset;
        try {
            offset = Long.parseLong(number);
        } catch (NumberFormatException e) {
            return "startxref is not followed by an offset";
        }
        if (offset <= 0 || offset >= src.size()) {
            return "startxref points outside the file";
        }
        String at = new String(src.bytes(offset, (int) Math.min(40, src.size() - offset)), StandardCharsets.ISO_8859_1)
                .stripLeading();
        if (!at.startsWith("xref") && !at.matches("(?s)\\d+\\s+\\d+\\s+obj.*")) {
            return "startxref does not point to a cross-reference section";
        }
        return null;
    }

    /** PDF readers accept the header anywhere in the first 1024 bytes (some writers put junk before it). */
    private boolean hasHeader() throws IOException {
        byte[] head = src.bytes(0, (int) Math.min(1024, src.size()));
        return new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    static PDDocument load(RandomAccessRead in) throws IOException {
        try {
            return Loader.loadPDF(in, "", null, null, PdfSource.cache());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** The signature dictionary type that marks a document timestamp. */
    static final COSName DOC_TIME_STAMP = COSName.getPDFName("DocTimeStamp");
}
