package dev.edxml.validate;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.edxml.Edxml;
import dev.edxml.EdxmlReader;
import dev.edxml.Finding;
import dev.edxml.Severity;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.sign.pdf.PdfReport;
import dev.edxml.sign.pdf.PdfVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one call a receiving system needs (tiếp nhận gói tin): read a package once, verify its XML signature, check the
 * signatures of its PDF attachments, validate its format, and get one immutable {@link ReceivedPackage} with one
 * verdict. Every check runs on the same bytes: a file or stream is read once into memory or, when large, into a
 * private temporary copy, so nothing can change between the checks, and no check runs on a model written again.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * PackageReceiver receiver = PackageReceiver.builder()
 *         .trust(TrustPolicy.builder().trustAnchors(Path.of("anchors/")).build())
 *         .build();
 * ReceivedPackage r = receiver.receive(Path.of("incoming.edxml"));
 * if (r.verdict() == ReceivedPackage.Verdict.REJECT) { ... r.reasons() ... }
 * EdxmlPackage pkg = r.requireAccepted();     // or: throws RejectedPackageException
 * }</pre>
 *
 * <p>The verdict: REJECT when the XML signature is present but not valid (broken, partial, untrusted, an algorithm not
 * allowed), when a PDF attachment's signature is not valid or the attachment is not a readable PDF, when the format
 * has errors under the profile, and, if asked, when the package or a PDF is unsigned; ACCEPT_WITH_WARNINGS for
 * unsigned packages and PDFs, PDFs that look scanned, and format warnings; ACCEPT otherwise. Trace hops that relays
 * appended after signing are routing information, not a reason (see {@link SignatureReport#unsignedHops()}).
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports") // the annotations are optional: Error Prone reads them, users need not have them
public final class PackageReceiver {
    /** Packages up to this size are held in memory; larger ones go to a private temporary copy. */
    private static final int IN_MEMORY = 16 << 20;
    /** PDF problems meaning the attachment could not be read as a PDF at all. */
    private static final Set<String> PDF_UNREADABLE =
            Set.of("EDXML-PDF-001", "EDXML-PDF-002", "EDXML-PDF-003", "EDXML-PDF-024");

    private final TrustPolicy trust;
    private final Verifier verifier;
    private final Validator validator;
    private final EdxmlReader reader;
    private final boolean requireSignature;
    private final boolean requireSignedAttachments;

    private PackageReceiver(Builder b) {
        this.trust = b.trust;
        this.verifier = Verifier.of(b.trust);
        this.validator = Validator.of(b.profile);
        this.reader = b.reader;
        this.requireSignature = b.requireSignature;
        this.requireSignedAttachments = b.requireSignedAttachments;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Receives the package in a file.
     *
     * @throws dev.edxml.EdxmlException when it cannot be read as a package at all (its code and location say why)
     */
    @CheckReturnValue
    public ReceivedPackage receive(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return receive(in, file.toString());
        }
    }

    /** Receives a package given as its bytes. */
    @CheckReturnValue
    public ReceivedPackage receive(byte[] bytes) throws IOException {
        return receive(new java.io.ByteArrayInputStream(bytes), null);
    }

    /** Receives a package read from a stream (read to its end, not closed); {@code source} names it in reports. */
    @CheckReturnValue
    public ReceivedPackage receive(InputStream in, String source) throws IOException {
        MessageDigest sha = sha256();
        ByteArrayOutputStream mem = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        Path copy = null;
        OutputStream spill = null;
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                if (spill == null && mem.size() + n > IN_MEMORY) {
                    // owner-only where POSIX; deleted below, or at exit (Ctrl-C) by the project's temporary-file hook
                    copy = dev.edxml.internal.io.TempFiles.create(null, "edxml-received-", ".edxml");
                    spill = Files.newOutputStream(copy, StandardOpenOption.TRUNCATE_EXISTING);
                    mem.writeTo(spill);
                    mem = null;
                }
                if (spill != null) {
                    spill.write(buf, 0, n);
                } else {
                    mem.write(buf, 0, n);
                }
            }
            if (spill != null) {
                spill.close();
                spill = null;
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            Optional<String> src = Optional.ofNullable(source);
            if (copy != null) {
                Path c = copy;
                return check(src, hex, reader.read(c), verifier.examine(c), validator.validate(c));
            }
            byte[] bytes = mem.toByteArray();
            return check(
                    src,
                    hex,
                    reader.parse(bytes),
                    verifier.examine(bytes),
                    validator.validate(bytes, source == null ? "(bytes)" : source));
        } finally {
            if (spill != null) {
                spill.close();
            }
            if (copy != null) {
                dev.edxml.internal.io.TempFiles.delete(copy);
            }
        }
    }

    private ReceivedPackage check(
            Optional<String> source,
            String sha256,
            EdxmlPackage pkg,
            SignatureReport signature,
            ValidationReport validation)
            throws IOException {
        List<ReceivedPackage.Reason> rejects = new ArrayList<>();
        List<ReceivedPackage.Reason> warnings = new ArrayList<>();
        if (signature.kind() == SignatureReport.Kind.XMLDSIG) {
            for (Finding p : signature.problems()) {
                if (p.isError()) {
                    rejects.add(reason(p, true, "signature"));
                } else if (p.severity() == Severity.WARNING) {
                    warnings.add(reason(p, false, "signature"));
                }
            }
        } else {
            for (Finding p : signature.problems()) { // EDXML-SIG-001 none, -002 the SDK's placeholder
                (requireSignature ? rejects : warnings).add(reason(p, requireSignature, "signature"));
            }
        }
        List<ReceivedPackage.PdfCheck> pdfs = new ArrayList<>();
        if (pkg instanceof EdocPackage doc) {
            for (Attachment a : doc.attachments()) {
                if (!isPdf(a)) {
                    continue;
                }
                String name = a.name().or(a::contentId).orElse("?");
                PdfReport r = PdfVerifier.of(trust).examine(a);
                pdfs.add(new ReceivedPackage.PdfCheck(name, r));
                String where = "attachment " + name;
                boolean unreadable = r.allProblems().stream().anyMatch(p -> PDF_UNREADABLE.contains(p.code()));
                if (r.isSigned() || unreadable) {
                    for (Finding p : r.allProblems()) {
                        if (p.isError()) {
                            rejects.add(reason(p, true, where));
                        } else if (p.severity() == Severity.WARNING) {
                            warnings.add(reason(p, false, where));
                        }
                    }
                } else {
                    for (Finding p : r.allProblems()) { // unsigned, and perhaps scanned
                        if (p.severity() != Severity.INFO || p.isError()) {
                            (requireSignedAttachments ? rejects : warnings)
                                    .add(reason(p, requireSignedAttachments, where));
                        }
                    }
                }
            }
        }
        for (Finding f : validation.findings()) {
            if (f.severity() == Severity.ERROR) {
                rejects.add(new ReceivedPackage.Reason(f.code(), true, "format", f.messageVi(), f.messageEn()));
            } else if (f.severity() == Severity.WARNING) {
                warnings.add(new ReceivedPackage.Reason(f.code(), false, "format", f.messageVi(), f.messageEn()));
            }
        }
        rejects.addAll(warnings);
        return new ReceivedPackage(source, sha256, pkg, signature, pdfs, validation, rejects);
    }

    private static ReceivedPackage.Reason reason(Finding p, boolean rejects, String where) {
        return new ReceivedPackage.Reason(
                p.code(), rejects, where, p.message(Locale.forLanguageTag("vi")), p.message(Locale.ENGLISH));
    }

    private static boolean isPdf(Attachment a) throws IOException {
        return PdfVerifier.isPdf(a);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "PackageReceiver[" + validator.profile().name() + ", " + trust
                + (requireSignature ? ", signature required" : "")
                + (requireSignedAttachments ? ", signed PDFs required" : "") + "]";
    }

    /**
     * Builds a {@link PackageReceiver}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private TrustPolicy trust;
        private Profile profile = Profile.AXIS;
        private EdxmlReader reader = Edxml.reader();
        private boolean requireSignature;
        private boolean requireSignedAttachments;

        private Builder() {}

        /** The trust anchors and checks for the XML and PDF signatures (required: a receiver must say whom it trusts). */
        public Builder trust(TrustPolicy policy) {
            trust = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The format profile (default {@link Profile#AXIS}, what the national axis needs). */
        public Builder profile(Profile p) {
            profile = Objects.requireNonNull(p, "profile");
            return this;
        }

        /** The reader and its limits (default {@link Edxml#reader()}). */
        public Builder reader(EdxmlReader r) {
            reader = Objects.requireNonNull(r, "reader");
            return this;
        }

        /** Reject packages without a real XML signature (default: an unsigned package is a warning). */
        public Builder requireSignature(boolean required) {
            requireSignature = required;
            return this;
        }

        /** Reject packages whose PDF attachments are not signed (default: a warning). */
        public Builder requireSignedAttachments(boolean required) {
            requireSignedAttachments = required;
            return this;
        }

        /** What {@link #build()} would make now, or why it cannot yet (for jshell, logs and debuggers). */
        @Override
        public String toString() {
            try {
                return "PackageReceiver.Builder{" + build() + "}";
            } catch (RuntimeException e) {
                return "PackageReceiver.Builder{not ready: " + e.getMessage() + "}";
            }
        }

        public PackageReceiver build() {
            if (trust == null) {
                throw new IllegalStateException(
                        "a receiver needs a trust policy: trust(TrustPolicy.builder()" + ".trustAnchors(…).build())");
            }
            return new PackageReceiver(this);
        }
    }
}
