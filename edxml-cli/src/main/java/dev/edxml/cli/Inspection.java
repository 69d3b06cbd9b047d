package dev.edxml.cli;

import dev.edxml.EdxmlException;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.PayloadType;
import dev.edxml.model.XmlElement;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.pdf.PdfReport;
import dev.edxml.sign.pdf.PdfVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code inspect} reports about one package: the package and the facts that take reading the attachments'
 * bytes (what they are, whether a PDF is signed), gathered once for the text and JSON renderings.
 *
 * @param source       the file as the user named it
 * @param pkg          the package read
 * @param attachments  one entry per attachment, in document order
 * @param verification the XML signature verified against trust anchors ({@code --trust}), if it was
 * @param trustChecked whether the PDF signatures were checked against trust anchors ({@code --trust})
 */
record Inspection(
        String source,
        EdxmlPackage pkg,
        List<AttachmentFacts> attachments,
        Optional<dev.edxml.sign.SignatureReport> verification,
        boolean trustChecked) {

    /** How a package is signed, as {@code inspect} words it; {@link #json()} is the contract's value. */
    enum SignatureKind {
        XMLDSIG("xmldsig"),
        LEGACY_PLACEHOLDER("legacy-placeholder"),
        NONE("none");

        private final String json;

        SignatureKind(String json) {
            this.json = json;
        }

        String json() {
            return json;
        }
    }

    /**
     * @param attachment   the attachment
     * @param payloadType  what the transported bytes are
     * @param zipped       whether they follow the official SDK's zip convention (a one-entry zip of the document)
     * @param documentType what the document is once unzipped; empty when it could not be unzipped
     * @param pdfSigned    whether the document, a PDF, carries a signature; empty when it is not a PDF
     * @param unzipFailure why the document could not be unzipped
     * @param pdf          what the check of the PDF's signatures found, when it is a PDF
     */
    record AttachmentFacts(
            Attachment attachment,
            PayloadType payloadType,
            boolean zipped,
            Optional<PayloadType> documentType,
            Optional<Boolean> pdfSigned,
            Optional<EdxmlException> unzipFailure,
            Optional<PdfReport> pdf) {}

    static Inspection of(String source, EdxmlPackage pkg) throws IOException {
        return of(source, pkg, null);
    }

    /** With a trust policy, the PDF signatures are judged against its anchors; without, only their integrity. */
    static Inspection of(String source, EdxmlPackage pkg, TrustPolicy policy) throws IOException {
        TrustPolicy p = policy != null ? policy : TrustPolicy.builder().build();
        List<AttachmentFacts> facts = new ArrayList<>();
        if (pkg instanceof EdocPackage edoc) {
            for (Attachment a : edoc.attachments()) {
                facts.add(examine(a, p));
            }
        }
        return new Inspection(source, pkg, List.copyOf(facts), Optional.empty(), policy != null);
    }

    /**
     * What {@code inspect} reports about a package, shared by the command and {@code edxml serve}: with a verifier the
     * signature is verified too (and the PDF signatures judged against {@code policy}'s anchors).
     */
    static Inspection of(PackageInput in, dev.edxml.sign.Verifier verifier, TrustPolicy policy) throws IOException {
        Inspection inspection;
        try (EdxmlPackage pkg = in.read()) { // its temporary attachment files go at once
            inspection = of(in.source(), pkg, policy);
        }
        return verifier == null ? inspection : inspection.verified(in.examine(verifier));
    }

    /**
     * Whether {@code inspect} rejects the package (exit 1): an XML-DSig signature that does not verify, or (when
     * required) no XML-DSig signature.
     */
    boolean rejected(boolean requireSignature) {
        return verification
                        .filter(r -> r.kind() == dev.edxml.sign.SignatureReport.Kind.XMLDSIG && !r.isValid())
                        .isPresent()
                || requireSignature && signatureKind() != SignatureKind.XMLDSIG;
    }

    /** The same, with the signature verified against trust anchors. */
    Inspection verified(dev.edxml.sign.SignatureReport report) {
        return new Inspection(source, pkg, attachments, Optional.of(report), trustChecked);
    }

    /**
     * The signature verdict of the JSON contract: {@code valid} or {@code invalid} (verified against trust anchors),
     * {@code unsigned} (no XML-DSig signature: none, or the SDK's placeholder), {@code not-verified} (signed, no
     * trust anchors given).
     */
    String verdict() {
        if (signatureKind() != SignatureKind.XMLDSIG) {
            return "unsigned";
        }
        return verification
                .map(r -> r.isValid()
                        ? "valid"
                        : r.verdict() == dev.edxml.sign.SignatureReport.Verdict.INDETERMINATE
                                ? "indeterminate"
                                : "invalid")
                .orElse("not-verified");
    }

    SignatureKind signatureKind() {
        return pkg.signature()
                .map(s -> s.isXmlDsig() ? SignatureKind.XMLDSIG : SignatureKind.LEGACY_PLACEHOLDER)
                .orElse(SignatureKind.NONE);
    }

    /**
     * The subject name an XML-DSig block claims for its certificate; nothing is verified here. The legacy placeholder's
     * name is a constant copied between packages, so it is not shown as anyone's.
     */
    Optional<String> claimedSigner() {
        return pkg.signature()
                .filter(s -> s.isXmlDsig())
                .flatMap(s -> child(s.element(), "KeyInfo"))
                .flatMap(k -> child(k, "X509Data"))
                .flatMap(x -> child(x, "X509SubjectName"))
                .map(e -> e.text().strip())
                .filter(t -> !t.isEmpty());
    }

    private static Optional<XmlElement> child(XmlElement e, String localName) {
        return e.elements(localName).stream().findFirst();
    }

    private static AttachmentFacts examine(Attachment a, TrustPolicy policy) throws IOException {
        PayloadType transported = a.payloadType();
        boolean zipped = a.isZippedByConvention();
        PayloadType document = transported;
        if (zipped) {
            try (InputStream in = a.openDocument()) {
                document = PayloadType.sniff(in.readNBytes(8));
            } catch (EdxmlException e) {
                return new AttachmentFacts(
                        a, transported, true, Optional.empty(), Optional.empty(), Optional.of(e), Optional.empty());
            }
        }
        Optional<Boolean> signed = Optional.empty();
        Optional<PdfReport> pdf = Optional.empty();
        if (document == PayloadType.PDF) {
            pdf = Optional.of(PdfVerifier.of(policy).examine(a));
            signed = Optional.of(pdf.get().isSigned());
        }
        return new AttachmentFacts(a, transported, zipped, Optional.of(document), signed, Optional.empty(), pdf);
    }
}
