package dev.edxml.cli;

import dev.edxml.EdxmlException;
import dev.edxml.Finding;
import dev.edxml.Severity;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.PayloadType;
import dev.edxml.sign.SignerIdentity;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.pdf.PdfReport;
import dev.edxml.sign.pdf.PdfSignatureInfo;
import dev.edxml.sign.pdf.PdfVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The PDF side of {@code verify} and {@code inspect}: which attachments are PDFs, the verdict on each (the legal value
 * of a document lives in its PDF signatures, Decree 30/2020 Art. 5), and their text and JSON renderings.
 *
 * <p>Verdicts: {@code valid}; {@code invalid} (a signature does not hold, or the PDF changed after it: the package is
 * rejected); {@code untrusted} (intact, but a signer's certificate is not trusted, expired or revoked: rejected); {@code unsigned} and {@code scanned} (warnings, rejections under {@code --require-signed-attachments});
 * {@code unreadable} (not a PDF, damaged, encrypted, or a zip that cannot be unpacked safely: rejected).
 */
final class PdfVerdicts {
    /** One PDF checked: where it came from and what was found. */
    record Checked(String name, Optional<String> contentId, PdfReport report) {
        String verdict() {
            return PdfVerdicts.verdict(report);
        }

        /** Whether it makes the package (or the bare PDF) fail. */
        boolean rejects(boolean requireSigned) {
            String v = verdict();
            return v.equals("invalid")
                    || v.equals("untrusted")
                    || v.equals("unreadable")
                    || requireSigned && (v.equals("unsigned") || v.equals("scanned"));
        }
    }

    private PdfVerdicts() {}

    static String verdict(PdfReport r) {
        if (r.isValid()) {
            return "valid";
        }
        if (r.isSigned()) {
            return r.isIntact() ? "untrusted" : "invalid";
        }
        if (r.problems().stream().anyMatch(Finding::isError)) {
            return "unreadable";
        }
        return r.looksScanned() ? "scanned" : "unsigned";
    }

    /** Signed, and nothing wrong but the missing trust anchors (EDXML-SIG-014 on each signature). */
    static boolean intactButUntrusted(PdfReport r) {
        return r.isSigned()
                && r.problems().stream().noneMatch(Finding::isError)
                && r.signatures().stream()
                        .allMatch(s -> s.signatureValueVerifies()
                                && s.digestMatches()
                                && s.problems().stream()
                                        .filter(Finding::isError)
                                        .allMatch(p -> p.code().equals("EDXML-SIG-014")));
    }

    /** Whether a file is a bare PDF: its name ends in {@code .pdf}, or it starts with {@code %PDF-}. */
    static boolean isPdf(Path file) throws IOException {
        if (file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return PayloadType.sniff(in.readNBytes(8)) == PayloadType.PDF;
        }
    }

    /**
     * Every PDF attachment of a package, checked with {@code policy}. A zipped attachment (the official SDK's
     * convention) whose archive cannot be unpacked safely is checked too, so that its failure rejects the package.
     */
    static List<Checked> attachments(EdxmlPackage pkg, TrustPolicy policy) throws IOException {
        List<Checked> out = new ArrayList<>();
        if (!(pkg instanceof EdocPackage edoc)) {
            return out;
        }
        for (Attachment a : edoc.attachments()) {
            boolean pdf;
            if (a.isZippedByConvention()) {
                try (InputStream in = a.openDocument()) {
                    pdf = PayloadType.sniff(in.readNBytes(8)) == PayloadType.PDF;
                } catch (EdxmlException e) {
                    pdf = true; // PdfVerifier reports the archive's failure (EDXML-PDF-024)
                }
            } else {
                pdf = a.payloadType() == PayloadType.PDF;
            }
            if (pdf) {
                out.add(new Checked(
                        a.name().or(a::contentId).orElse("?"),
                        a.contentId(),
                        PdfVerifier.of(policy).examine(a)));
            }
        }
        return out;
    }

    /**
     * The Decree 30/2020 findings on a package's PDFs (the first PDF taken as the main document, the others as
     * separately attached files); information findings (the signers' roles) are left out of the text.
     */
    static List<dev.edxml.Finding> decree30(List<Checked> pdfs) {
        return dev.edxml.sign.pdf.Decree30.checkInOrder(
                pdfs.stream().map(Checked::report).toList());
    }

    static String decree30Text(List<dev.edxml.Finding> findings, Lang lang) {
        StringBuilder sb = new StringBuilder();
        for (dev.edxml.Finding f : findings) {
            if (f.severity() != Severity.INFO) {
                sb.append("  ")
                        .append(f.severity())
                        .append(' ')
                        .append(f.code())
                        .append(' ')
                        .append(f.message(lang.locale()))
                        .append(" [")
                        .append(f.clause())
                        .append("]\n");
            }
        }
        return sb.toString();
    }

    static List<Map<String, Object>> decree30Json(List<dev.edxml.Finding> findings, Lang lang) {
        return findings.stream()
                .map(f -> {
                    Map<String, Object> m = new LinkedHashMap<>(problem(f, lang));
                    m.put("clause", f.clause());
                    m.put(
                            "file",
                            f.location().path().isEmpty() ? null : f.location().path());
                    return m;
                })
                .toList();
    }

    /** Two-space indented lines: the PDF's name, verdict and plain-words report. */
    static String text(Checked c, Lang lang) {
        StringBuilder sb = new StringBuilder();
        sb.append("  PDF ")
                .append(c.name())
                .append(": ")
                .append(lang.t("pdf.verdict." + c.verdict()))
                .append('\n');
        c.report().describe(lang.locale()).lines().forEach(l -> sb.append("    ")
                .append(l)
                .append('\n'));
        return sb.toString();
    }

    /** The JSON object of one PDF: its verdict and each signature with signer, time, coverage and verdict. */
    static Map<String, Object> json(Checked c, Lang lang) {
        return json(c, lang, true);
    }

    /**
     * @param trustChecked false when no trust anchors were given ({@code inspect} without {@code --trust}): then a
     *                     signed PDF whose only errors are "no trusted path" has the verdict {@code intact-untrusted}
     */
    static Map<String, Object> json(Checked c, Lang lang, boolean trustChecked) {
        PdfReport r = c.report();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", c.name());
        o.put("contentId", c.contentId().orElse(null));
        o.put("verdict", !trustChecked && intactButUntrusted(r) ? "intact-untrusted" : c.verdict());
        o.put("trustChecked", trustChecked);
        o.put("valid", r.isValid());
        o.put("signed", r.isSigned());
        o.put("looksScanned", r.looksScanned());
        o.put("size", r.size());
        o.put("pages", r.pages());
        o.put("appendedBytes", r.appendedBytes());
        o.put("appended", token(r.appended()));
        o.put("checkedAt", instant(r.checkedAt()));
        o.put("signatures", r.signatures().stream().map(s -> signature(s, lang)).toList());
        o.put("problems", r.problems().stream().map(p -> problem(p, lang)).toList());
        return o;
    }

    private static Map<String, Object> signature(PdfSignatureInfo s, Lang lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", s.fieldName());
        m.put("kind", token(s.kind()));
        m.put("valid", s.isValid());
        m.put("signer", s.signer().map(PdfVerdicts::signer).orElse(null));
        m.put(
                "claimedSigningTime",
                s.claimedSigningTime().map(PdfVerdicts::instant).orElse(null));
        m.put("cmsSigningTime", s.cmsSigningTime().map(PdfVerdicts::instant).orElse(null));
        m.put(
                "timestamp",
                s.signatureTimestamp()
                        .map(t -> {
                            Map<String, Object> ts = new LinkedHashMap<>();
                            ts.put("time", instant(t.time()));
                            ts.put("valid", t.valid());
                            ts.put(
                                    "authority",
                                    t.authority().map(SignerIdentity::subject).orElse(null));
                            return ts;
                        })
                        .orElse(null));
        m.put("provenTime", s.provenTime().map(PdfVerdicts::instant).orElse(null));
        m.put("certificationLevel", s.certificationLevel());
        m.put("subFilter", s.subFilter().orElse(null));
        m.put("digestAlgorithm", s.digestAlgorithm().orElse(null));
        m.put("coverage", token(s.coverage()));
        m.put("signedLength", s.signedLength());
        m.put("changesAfter", token(s.changesAfter()));
        m.put("problems", s.problems().stream().map(p -> problem(p, lang)).toList());
        return m;
    }

    private static Map<String, Object> signer(SignerIdentity s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", s.subject());
        m.put("commonName", s.commonName().orElse(null));
        m.put("organization", s.organization().orElse(null));
        m.put("taxCodes", List.copyOf(s.taxCodes()));
        m.put("personalIds", List.copyOf(s.personalIds()));
        m.put("issuer", s.issuer());
        m.put("serialNumber", s.serialNumber());
        return m;
    }

    private static Map<String, Object> problem(Finding p, Lang lang) {
        return VerifyReports.problem(p, lang);
    }

    private static String instant(Instant t) {
        return VerifyReports.instant(t);
    }

    private static String token(Enum<?> e) {
        return VerifyReports.token(e);
    }
}
