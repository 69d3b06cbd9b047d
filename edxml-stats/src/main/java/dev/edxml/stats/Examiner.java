package dev.edxml.stats;

import dev.edxml.EdxmlException;
import dev.edxml.EdxmlReader;
import dev.edxml.Finding;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.EdxmlTimestamp;
import dev.edxml.model.OrganId;
import dev.edxml.model.Organization;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.TraceHeader;
import dev.edxml.sign.SenderBinding;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.sign.pdf.PdfReport;
import dev.edxml.sign.pdf.PdfSignatureInfo;
import dev.edxml.sign.pdf.PdfVerifier;
import dev.edxml.validate.Validator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads one package and derives its {@link Facts}: the sender, the signature class, the PDF attachments' classes,
 * whether the validator finds errors, and for status packages the code, the document and the time. Thread-safe.
 */
final class Examiner {
    /** The only error an intact signature has when its signer does not chain to a trust anchor. */
    static final String NOT_TRUSTED = "EDXML-SIG-014";
    /** PDF problems meaning the attachment could not be read as a PDF at all. */
    private static final Set<String> PDF_UNREADABLE =
            Set.of("EDXML-PDF-001", "EDXML-PDF-002", "EDXML-PDF-003", "EDXML-PDF-024");

    private final EdxmlReader reader = dev.edxml.Edxml.reader();
    private final Verifier verifier;
    private final TrustPolicy policy;
    private final Validator validator;

    Examiner(TrustPolicy policy, Validator validator) {
        this.policy = policy;
        this.verifier = Verifier.of(policy);
        this.validator = validator;
    }

    /** Where a package comes from: bytes (an archive entry, read within the limits) or a file, read as a stream. */
    private interface Input {
        EdxmlPackage read(EdxmlReader reader) throws IOException;

        boolean formatError(Validator validator);

        SignatureReport signature(Verifier verifier) throws IOException;
    }

    Facts examine(String source, byte[] bytes) {
        return examine(source, new Input() {
            @Override
            public EdxmlPackage read(EdxmlReader reader) throws IOException {
                return reader.parse(bytes);
            }

            @Override
            public boolean formatError(Validator validator) {
                return !validator.validate(bytes, source).isValid();
            }

            @Override
            public SignatureReport signature(Verifier verifier) {
                return verifier.examine(bytes);
            }
        });
    }

    /** A package in a file: the reader and the verifier stream it, and no copy of it is kept. */
    Facts examine(String source, java.nio.file.Path file) {
        return examine(source, new Input() {
            @Override
            public EdxmlPackage read(EdxmlReader reader) throws IOException {
                return reader.read(file);
            }

            @Override
            public boolean formatError(Validator validator) {
                return !validator.validate(file).isValid();
            }

            @Override
            public SignatureReport signature(Verifier verifier) throws IOException {
                return verifier.examine(file);
            }
        });
    }

    private Facts examine(String source, Input input) {
        EdxmlPackage pkg;
        try {
            pkg = input.read(reader);
        } catch (EdxmlException e) {
            return Facts.unreadable(
                    new UnreadablePackage(source, e.code(), e.line(), e.column(), e.message(Locale.ENGLISH)));
        } catch (IOException e) {
            return Facts.unreadable(new UnreadablePackage(
                    source,
                    ComplianceStats.READ_FAILED,
                    OptionalInt.empty(),
                    OptionalInt.empty(),
                    String.valueOf(e.getMessage())));
        }
        try (pkg) {
            boolean formatError = input.formatError(validator);
            if (pkg instanceof EdocPackage doc) {
                return document(source, input, doc, formatError);
            }
            return status(source, (StatusPackage) pkg, formatError);
        } catch (IOException | RuntimeException e) {
            // a package that breaks the examination is counted as unreadable, never dropped
            return Facts.unreadable(new UnreadablePackage(
                    source,
                    ComplianceStats.EXAMINATION_FAILED,
                    OptionalInt.empty(),
                    OptionalInt.empty(),
                    String.valueOf(e)));
        }
    }

    private Facts document(String source, Input input, EdocPackage doc, boolean formatError) throws IOException {
        Optional<Organization> from = doc.header().from();
        Optional<String> organId = from.flatMap(Organization::organId).map(OrganId::value);
        int[] pdf = new int[6];
        for (Attachment a : doc.attachments()) {
            if (isPdf(a)) {
                pdf[pdfClass(PdfVerifier.of(policy).examine(a))]++;
            }
        }
        SignatureReport sig = input.signature(verifier);
        // signed, but not by the sender: the value verified, the certificate is another agency's or organisation's
        boolean notBySender = sig.senderBinding()
                .filter(b -> b.status() == SenderBinding.Status.MISMATCH)
                .isPresent();
        return new Facts(
                Facts.Kind.DOCUMENT,
                source,
                organId,
                from.flatMap(Organization::name),
                formatError,
                signature(sig),
                doc.attachments().size(),
                pdf[0],
                pdf[1],
                pdf[2],
                pdf[3] + pdf[4],
                pdf[4],
                pdf[5],
                doc.header().documentId(),
                sentAt(doc, organId),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                null,
                notBySender,
                findings(sig));
    }

    private static Facts status(String source, StatusPackage pkg, boolean formatError) {
        StatusHeader h = pkg.header();
        Optional<Organization> from = h.from();
        return new Facts(
                Facts.Kind.STATUS,
                source,
                from.flatMap(Organization::organId).map(OrganId::value),
                from.flatMap(Organization::name),
                formatError,
                Facts.Signature.NONE,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                h.responseFor().flatMap(ResponseFor::documentId),
                Optional.empty(),
                h.statusCode().map(StatusCode::code),
                h.description(),
                h.timestamp().flatMap(EdxmlTimestamp::instant),
                null,
                false,
                Set.of());
    }

    /** The sender's own hop of the trace, or failing that the first hop with a time: when the document left. */
    static Optional<Instant> sentAt(EdocPackage doc, Optional<String> sender) {
        List<TraceHeader> hops = doc.traceHeaders();
        Optional<Instant> own = hops.stream()
                .filter(t ->
                        sender.isPresent() && t.organId().map(OrganId::value).equals(sender))
                .map(t -> t.timestamp().flatMap(EdxmlTimestamp::instant))
                .flatMap(Optional::stream)
                .findFirst();
        return own.or(() -> hops.stream()
                .map(t -> t.timestamp().flatMap(EdxmlTimestamp::instant))
                .flatMap(Optional::stream)
                .findFirst());
    }

    static Facts.Signature signature(SignatureReport r) {
        return switch (r.kind()) {
            case LEGACY_PLACEHOLDER -> Facts.Signature.LEGACY;
            case NONE -> Facts.Signature.NONE;
            case XMLDSIG -> r.isValid()
                    ? Facts.Signature.VALID
                    : r.verdict() == SignatureReport.Verdict.INDETERMINATE
                            ? Facts.Signature.INDETERMINATE
                            : r.coverage() == SignatureReport.Coverage.WHOLE_PACKAGE && onlyUntrusted(r.errors())
                                    ? Facts.Signature.UNTRUSTED
                                    : Facts.Signature.INVALID;
        };
    }

    /** "SEVERITY CODE" of each finding of an XML-DSig signature (none for the placeholder or no signature). */
    static Set<String> findings(SignatureReport r) {
        if (r.kind() != SignatureReport.Kind.XMLDSIG) {
            return Set.of();
        }
        return r.problems().stream()
                .map(p -> p.severity() + " " + p.code())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** 0 valid, 1 untrusted, 2 invalid, 3 unsigned, 4 unsigned and looks scanned, 5 unreadable. */
    static int pdfClass(PdfReport r) {
        if (r.isValid()) {
            return 0;
        }
        if (r.isSigned()) {
            boolean intact = r.signatures().stream()
                    .allMatch(s -> s.signatureValueVerifies()
                            && s.digestMatches()
                            && s.coverage() != PdfSignatureInfo.Coverage.BROKEN);
            return intact && onlyUntrusted(r.errors()) ? 1 : 2;
        }
        if (r.allProblems().stream().anyMatch(p -> PDF_UNREADABLE.contains(p.code()))) {
            return 5;
        }
        return r.looksScanned() ? 4 : 3;
    }

    private static boolean onlyUntrusted(List<Finding> errors) {
        return !errors.isEmpty() && errors.stream().allMatch(p -> NOT_TRUSTED.equals(p.code()));
    }

    static boolean isPdf(Attachment a) throws IOException {
        return PdfVerifier.isPdf(a);
    }
}
