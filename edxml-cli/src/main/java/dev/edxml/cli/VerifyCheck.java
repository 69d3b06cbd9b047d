package dev.edxml.cli;

import dev.edxml.EdxmlException;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.sign.pdf.PdfVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code verify}'s check of one input, shared by the command and {@code edxml serve}: the XML signature of a package
 * and the signatures of its PDF attachments, or the signatures of a bare PDF; and its JSON object.
 *
 * @param file                     the name shown
 * @param report                   the XML signature's report; {@code null} for a bare PDF
 * @param pdfs                     the PDFs checked (the bare PDF, or the package's PDF attachments)
 * @param requireSignedAttachments whether an unsigned or scanned PDF rejects
 */
record VerifyCheck(
        String file, SignatureReport report, List<PdfVerdicts.Checked> pdfs, boolean requireSignedAttachments) {

    /** The trust policy again, at another time: the time a trusted timestamp of the package's signature proves. */
    interface PolicyAt {
        TrustPolicy at(Instant time) throws IOException, CliFailure;
    }

    /**
     * Checks one input.
     *
     * @param again the same policy at another time, for the PDF attachments of a package whose valid signature has a
     *              trusted timestamp (it covers them too, so their certificates are checked then)
     */
    static VerifyCheck run(
            PackageInput in, Verifier verifier, TrustPolicy policy, PolicyAt again, boolean requireSignedAttachments)
            throws IOException, CliFailure {
        if (in.isPdf()) {
            String name = in.file() != null ? String.valueOf(in.file().getFileName()) : in.source();
            dev.edxml.sign.pdf.PdfReport pdf;
            if (in.file() != null) {
                pdf = PdfVerifier.of(policy).examine(in.file());
            } else {
                try (InputStream s = in.open()) {
                    pdf = PdfVerifier.of(policy).examine(s);
                }
            }
            return new VerifyCheck(
                    in.source(),
                    null,
                    List.of(new PdfVerdicts.Checked(name, Optional.empty(), pdf)),
                    requireSignedAttachments);
        }
        SignatureReport report = in.examine(verifier);
        TrustPolicy pdfPolicy = report.isValid() && report.timestamp().isPresent()
                ? again.at(report.timestamp().get())
                : policy;
        return new VerifyCheck(in.source(), report, attachments(in, report, pdfPolicy), requireSignedAttachments);
    }

    /**
     * The PDF attachments of a package, checked; none when the package cannot be read as a package (the signature
     * report then already rejects it with its code).
     */
    private static List<PdfVerdicts.Checked> attachments(PackageInput in, SignatureReport report, TrustPolicy policy)
            throws IOException {
        EdxmlPackage pkg;
        try {
            pkg = in.read();
        } catch (EdxmlException e) {
            if (report.isValid()) {
                throw e;
            }
            return List.of();
        }
        try (pkg) {
            return PdfVerdicts.attachments(pkg, policy);
        }
    }

    /** Whether a PDF makes the input fail. */
    boolean pdfRejects() {
        return pdfs.stream().anyMatch(c -> c.rejects(requireSignedAttachments));
    }

    /** Whether the input passed: the XML signature valid (a package), and no PDF rejects it. */
    boolean passed() {
        return (report == null || report.isValid()) && !pdfRejects();
    }

    /** The {@code verify --json} object of this input. */
    Map<String, Object> json(Lang lang) {
        boolean pdfRejects = pdfRejects();
        Map<String, Object> o;
        if (report == null) {
            o = new LinkedHashMap<>();
            o.put("file", file);
            o.put("valid", !pdfRejects);
            o.put("kind", "pdf");
            o.put("pdf", PdfVerdicts.json(pdfs.get(0), lang));
        } else {
            o = new LinkedHashMap<>(VerifyReports.json(file, report, lang));
            o.put("valid", report.isValid() && !pdfRejects);
            if (pdfRejects && "valid".equals(o.get("verdict"))) {
                o.put("verdict", "invalid"); // the XML signature holds, a PDF attachment's does not
            }
            o.put(
                    "pdfAttachments",
                    pdfs.stream().map(c -> PdfVerdicts.json(c, lang)).toList());
            o.put("decree30", PdfVerdicts.decree30Json(PdfVerdicts.decree30(pdfs), lang));
        }
        return o;
    }

    /** The {@code verify} text of this input. */
    String text(Lang lang) {
        StringBuilder sb = new StringBuilder(report == null ? file + ":\n" : VerifyReports.text(file, report, lang));
        pdfs.forEach(c -> sb.append(PdfVerdicts.text(c, lang)));
        if (report != null) {
            sb.append(PdfVerdicts.decree30Text(PdfVerdicts.decree30(pdfs), lang));
        }
        return sb.toString();
    }
}
