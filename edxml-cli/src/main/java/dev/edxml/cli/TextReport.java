package dev.edxml.cli;

import dev.edxml.cli.Inspection.AttachmentFacts;
import dev.edxml.internal.Markup;
import dev.edxml.model.DocumentCode;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlDate;
import dev.edxml.model.EdxmlTimestamp;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.OpenCode;
import dev.edxml.model.OrganId;
import dev.edxml.model.Organization;
import dev.edxml.model.Provenance;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.TraceHeader;
import dev.edxml.sign.SignatureReport;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The {@code inspect} text: one labelled line per fact, further values of a fact indented below it. */
final class TextReport {
    private static final int LABEL_WIDTH = 22;

    private final Lang lang;
    private final StringBuilder sb = new StringBuilder();

    private TextReport(Lang lang) {
        this.lang = lang;
    }

    static String render(Inspection in, Lang lang) {
        return new TextReport(lang).inspection(in);
    }

    private String inspection(Inspection in) {
        sb.append(lang.t("kind." + in.pkg().kind(), in.pkg().specVersion().title()))
                .append('\n');
        line("label.file", in.source());
        Provenance p = in.pkg().provenance();
        line(
                "label.layout",
                Stream.concat(
                                Stream.of(lang.t("flavour." + p.flavour().name())),
                                p.quirks().stream().sorted().map(q -> lang.t("quirk." + q.name())))
                        .toList());
        if (in.pkg() instanceof EdocPackage edoc) {
            edoc(edoc);
            List<String> atts = new ArrayList<>();
            for (int i = 0; i < in.attachments().size(); i++) {
                atts.add((i + 1) + ". " + attachment(in.attachments().get(i)));
            }
            line("label.attachments", atts);
        } else {
            status(((StatusPackage) in.pkg()).header());
        }
        List<String> sig = new ArrayList<>();
        Optional<SignatureReport> verified = in.verification().filter(r -> r.kind() == SignatureReport.Kind.XMLDSIG);
        if (verified.isEmpty()) {
            sig.add(lang.t("sig." + in.signatureKind().json()));
            in.claimedSigner().ifPresent(s -> sig.add(lang.t("sig.claimed", s)));
        } else if (verified.get().isValid()) {
            SignatureReport r = verified.get();
            // the signer from the certificate that verified, not the unsigned subject-name hint
            sig.add(lang.t(
                    "sig.verified",
                    r.signer().map(id -> id.describe(lang.locale())).orElse("?")));
            r.signingTime().ifPresent(t -> sig.add(lang.t("sig.time", t.toString())));
            for (SignatureReport.UnsignedHop h : r.unsignedHops()) {
                sig.add(lang.t(
                        "sig.unsignedHop",
                        h.position(),
                        h.organId().orElse("?"),
                        h.timestamp().orElse("?")));
            }
        } else {
            sig.add(lang.t(
                    "sig.invalid",
                    verified.get().errors().stream()
                            .map(e -> e.code())
                            .distinct()
                            .collect(java.util.stream.Collectors.joining(", "))));
        }
        line("label.signature", sig);
        return sb.toString();
    }

    private void edoc(EdocPackage edoc) {
        MessageHeader h = edoc.header();
        line("label.documentId", h.documentId());
        line("label.from", h.from().map(this::organization));
        line("label.to", h.to().stream().map(this::organization).toList());
        line("label.code", h.code().map(DocumentCode::display));
        Optional<String> date = h.promulgationInfo().flatMap(pi -> pi.date()).map(this::date);
        Optional<String> place = h.promulgationInfo().flatMap(pi -> pi.place());
        line(
                "label.date",
                date.isPresent() && place.isPresent()
                        ? Optional.of(lang.t("date.at", date.get(), place.get()))
                        : date.or(() -> place));
        line("label.type", h.documentType().map(this::documentType));
        line("label.subject", h.subject());
        line("label.signer", h.signerInfo().map(s -> Stream.of(s.competence(), s.position(), s.fullName())
                .flatMap(Optional::stream)
                .collect(Collectors.joining(", "))));
        line("label.business", edoc.business().flatMap(b -> b.type()).map(this::name));
        List<String> hops = new ArrayList<>();
        edoc.traceHeaders().forEach(hop -> hops.add(hop(hop)));
        line("label.trace", hops);
    }

    private void status(StatusHeader h) {
        line("label.from", h.from().map(this::organization));
        line("label.status", h.statusCode().map(c -> c.isKnown() ? c.code() + " " + name(c) : name(c)));
        line("label.about", h.responseFor().map(this::about).orElse(List.of()));
        line("label.description", h.description());
        line("label.time", h.timestamp().map(EdxmlTimestamp::text));
        line("label.staff", h.staffInfo().map(s -> Stream.of(s.staff(), s.department())
                .flatMap(Optional::stream)
                .collect(Collectors.joining(", "))));
    }

    /** Number/notation, issuer and date on one line, the document id below. */
    private List<String> about(ResponseFor r) {
        List<String> parts = new ArrayList<>();
        r.code().ifPresent(parts::add);
        r.organId().ifPresent(o -> parts.add(lang.t("about.issuer", o.value())));
        r.promulgationDate().ifPresent(d -> parts.add(lang.t("about.date", date(d))));
        List<String> lines = new ArrayList<>();
        if (!parts.isEmpty()) {
            lines.add(String.join(", ", parts));
        }
        r.documentId().ifPresent(id -> lines.add(lang.t("about.id", id)));
        return lines;
    }

    private String attachment(AttachmentFacts f) {
        List<String> parts = new ArrayList<>();
        f.attachment().contentType().ifPresent(parts::add);
        parts.add(lang.t("att.size", f.attachment().content().size()));
        if (f.zipped()) {
            parts.add(f.documentType()
                    .map(d -> lang.t("att.zipped", lang.t("payload." + d.name())))
                    .orElseGet(() -> lang.t(
                            "att.unzipFailed",
                            f.unzipFailure().map(e -> e.describe(lang.locale())).orElse("?"))));
        } else {
            parts.add(lang.t("payload." + f.payloadType().name()));
        }
        f.pdfSigned().ifPresent(signed -> parts.add(lang.t(signed ? "att.pdfSigned" : "att.pdfUnsigned")));
        return f.attachment().name().orElse(lang.t("value.noName")) + " (" + String.join(", ", parts) + ")";
    }

    /** The name as written (in Vietnamese), or the catalogue's English name; the category when neither exists. */
    private String documentType(DocumentType t) {
        Optional<String> english = lang == Lang.EN ? t.nameEn() : Optional.empty();
        return english.or(t::name)
                .or(() -> t.nameVi())
                .orElseGet(() -> t.category().map(this::name).orElse("?"));
    }

    private String organization(Organization o) {
        String id = o.organId().map(OrganId::value).orElse(lang.t("value.noOrganId"));
        return o.name().or(o::organizationInCharge).map(n -> id + "  " + n).orElse(id);
    }

    private String hop(TraceHeader hop) {
        return lang.t(
                "trace.hop",
                hop.organId().map(OrganId::value).orElse(lang.t("value.noOrganId")),
                hop.timestamp().map(EdxmlTimestamp::text).orElse("?"));
    }

    private String date(EdxmlDate d) {
        return d.date()
                .map(x -> x.format(DateTimeFormatter.ofPattern(lang.t("date.pattern"), Locale.ROOT)))
                .orElseGet(() -> lang.t("value.notADate", d.text()));
    }

    private String name(OpenCode c) {
        return lang == Lang.VI ? c.nameVi() : c.nameEn();
    }

    private void line(String labelKey, Optional<String> value) {
        line(labelKey, value.map(List::of).orElse(List.of()));
    }

    private void line(String labelKey, String value) {
        line(labelKey, List.of(value));
    }

    /** The label, then the first value on its line and each further value on a line of its own. */
    private void line(String labelKey, List<String> values) {
        String label = lang.t(labelKey) + ":";
        sb.append(label).append(" ".repeat(Math.max(1, LABEL_WIDTH - label.codePointCount(0, label.length()))));
        if (values.isEmpty()) {
            sb.append(lang.t("value.none")).append('\n');
        }
        for (int i = 0; i < values.size(); i++) {
            // package text cannot drive the terminal or forge a line ("Signature: VALID"): Markup.oneLine
            sb.append(i == 0 ? "" : " ".repeat(LABEL_WIDTH))
                    .append(Markup.oneLine(values.get(i)))
                    .append('\n');
        }
    }
}
