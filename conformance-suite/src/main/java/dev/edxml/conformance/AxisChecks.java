package dev.edxml.conformance;

import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.sign.pdf.Decree30;
import dev.edxml.sign.pdf.PdfReport;
import dev.edxml.sign.pdf.PdfVerifier;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the {@code axis} level asks of a package the software made (a producer scenario's package or a reply's status
 * package), beyond {@code qcvn102}: an XML-DSig signature that verifies with the run's CA as the only trust anchor (so
 * made with the keys the suite issued for this run), and, for a document, a main PDF (its first PDF attachment) signed
 * by the run's keys, the person first, then the organisation (Decree 30/2020). The library's verifiers judge; nothing
 * is re-implemented here.
 */
final class AxisChecks {
    /** Decree 30 findings that fail the level: no signature, no person's, no organisation's, the wrong order. */
    private static final Set<String> DECREE30_FAILS =
            Set.of("EDXML-PDF-040", "EDXML-PDF-041", "EDXML-PDF-042", "EDXML-PDF-043");

    private AxisChecks() {}

    /** The problems found, one line each (empty: the package passes the level's signature checks). */
    static List<String> check(Path file, EdxmlPackage pkg, X509Certificate runCa) throws IOException {
        List<String> problems = new ArrayList<>();
        TrustPolicy policy = TrustPolicy.builder().trustAnchor(runCa).build();
        SignatureReport r = Verifier.of(policy).examine(file);
        if (r.kind() != SignatureReport.Kind.XMLDSIG) {
            problems.add("axis: the package carries no XML-DSig signature (it must be signed with the suite-issued "
                    + "key " + RunKeys.KEY_FILE + ")");
        } else if (!r.isValid()) {
            problems.add("axis: the package's signature does not hold with the run's CA (" + RunKeys.CA_FILE
                    + "; signed with another key than the suite-issued one?): "
                    + r.describe(Locale.ENGLISH).strip().replace('\n', ' '));
        }
        if (pkg instanceof EdocPackage edoc) {
            Attachment main = null;
            for (Attachment a : edoc.attachments()) {
                if (PdfVerifier.isPdf(a)) {
                    main = a;
                    break;
                }
            }
            if (main == null) {
                problems.add("axis: no PDF attachment (the main document must be a signed PDF)");
            } else {
                String name = main.name().or(main::contentId).orElse("PDF");
                PdfReport pdf = PdfVerifier.of(policy).examine(main);
                if (!pdf.isSigned()) {
                    problems.add("axis: the main PDF " + name + " is not signed");
                } else if (!pdf.isValid()) {
                    problems.add("axis: the main PDF " + name + "'s signatures do not hold with the run's CA: "
                            + pdf.describe(Locale.ENGLISH).strip().replace('\n', ' '));
                }
                for (dev.edxml.Finding f : Decree30.checkInOrder(List.of(pdf))) {
                    if (DECREE30_FAILS.contains(f.code())) {
                        problems.add("axis: Decree 30/2020: " + f.code() + " " + f.message(Locale.ENGLISH) + " ["
                                + f.clause() + "]");
                    }
                }
            }
        }
        return problems;
    }
}
