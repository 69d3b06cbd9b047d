package dev.edxml.validate.rules;

import static dev.edxml.validate.rules.RuleCatalogue.E;
import static dev.edxml.validate.rules.RuleCatalogue.I;
import static dev.edxml.validate.rules.RuleCatalogue.W;
import static dev.edxml.validate.rules.RuleCatalogue.rule;

import dev.edxml.Location;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.PayloadType;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.pdf.PdfReport;
import dev.edxml.sign.pdf.PdfVerifier;
import dev.edxml.validate.LocatedElement;
import dev.edxml.validate.Rule;
import dev.edxml.validate.RuleContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The digital signatures of PDF attachments (Decree 30/2020 Art. 5: the legal value of an exchanged document lies in
 * them). The validator has no trust anchors, so it judges what can be judged without them: whether a PDF is signed,
 * whether its signatures are intact (value verifies over unchanged bytes, nothing after them that could change what is
 * shown), and whether an unsigned PDF looks like a scan. Whether the signers are trusted is {@code edxml verify}'s
 * question. A zipped attachment is unpacked first; one that does not unpack is {@code EDXML-ATT-040}'s finding. A
 * file that starts like a PDF but cannot be read as one (damaged, password-protected) gets no finding here: nothing
 * about its signatures can be said; {@code edxml verify} rejects it.
 */
final class PdfRules {
    private static final String CLAUSE = "Decree 30/2020 Art. 5; App. I Part I §II.7–8 (digital signatures)";
    private static final String SCAN = "Decree 30/2020 Art. 5 (an electronic original is signed digitally, not a scan)";

    /** One PDF attachment, checked once per package and shared by the three rules. */
    private record Checked(int index, String name, PdfReport report) {}

    private PdfRules() {}

    static List<Rule> rules() {
        return List.of(
                rule("EDXML-ATT-050", CLAUSE, I, W, null, PdfRules::unsigned),
                rule("EDXML-ATT-051", CLAUSE, W, E, W, PdfRules::notIntact),
                rule("EDXML-ATT-052", SCAN, I, W, null, PdfRules::scanned));
    }

    private static void unsigned(RuleContext ctx) {
        for (Checked c : checked(ctx)) {
            if (!c.report().isSigned() && !c.report().looksScanned() && !unreadable(c.report())) {
                ctx.report(where(ctx, c.index()), c.name());
            }
        }
    }

    private static void notIntact(RuleContext ctx) {
        for (Checked c : checked(ctx)) {
            if (c.report().isSigned() && !c.report().isIntact()) {
                String why = c.report().allProblems().stream()
                        .filter(p -> p.isError() && !p.code().startsWith("EDXML-SIG-"))
                        .map(p -> p.code() + " " + p.messageEn())
                        .findFirst()
                        .orElse("");
                ctx.report(where(ctx, c.index()), c.name(), why);
            }
        }
    }

    private static void scanned(RuleContext ctx) {
        for (Checked c : checked(ctx)) {
            if (c.report().looksScanned()) {
                ctx.report(where(ctx, c.index()), c.name());
            }
        }
    }

    /** A PDF that could not be read at all (damaged, encrypted): no signature could be checked. */
    private static boolean unreadable(PdfReport r) {
        return !r.isSigned() && r.problems().stream().anyMatch(p -> p.isError());
    }

    private static List<Checked> checked(RuleContext ctx) {
        return ctx.shared("edxml.pdfSignatures", () -> {
            List<Checked> out = new ArrayList<>();
            Optional<EdocPackage> edoc = ctx.edoc();
            if (edoc.isEmpty()) {
                return out;
            }
            TrustPolicy noAnchors = TrustPolicy.builder().build();
            List<Attachment> all = edoc.get().attachments();
            for (int i = 0; i < all.size(); i++) {
                Attachment a = all.get(i);
                try (InputStream in = a.openDocument()) {
                    if (PayloadType.sniff(in.readNBytes(8)) != PayloadType.PDF) {
                        continue;
                    }
                } catch (IOException e) {
                    continue; // not unpackable: EDXML-ATT-040 says so
                }
                try {
                    out.add(new Checked(
                            i,
                            a.name().or(a::contentId).orElse("#" + (i + 1)),
                            PdfVerifier.of(noAnchors).examine(a)));
                } catch (IOException e) {
                    // the attachment's bytes could not be read again; the reader reports such packages
                }
            }
            return out;
        });
    }

    private static Location where(RuleContext ctx, int index) {
        List<LocatedElement> written = AttachmentRules.attachments(ctx);
        return index < written.size()
                ? written.get(index).location()
                : ctx.envelope().map(LocatedElement::location).orElse(Location.PACKAGE);
    }
}
