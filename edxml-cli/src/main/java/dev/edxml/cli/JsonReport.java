package dev.edxml.cli;

import dev.edxml.cli.Inspection.AttachmentFacts;
import dev.edxml.internal.Json;
import dev.edxml.model.DocumentCode;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlDate;
import dev.edxml.model.EdxmlTimestamp;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.OpenCode;
import dev.edxml.model.OrganId;
import dev.edxml.model.Organization;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.TraceHeader;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code inspect --json} object. The keys the CLI contract lists are always present ({@code null} or empty when
 * the package lacks the value), so scripts see one shape; for a status package, {@code documentId}, {@code code} and
 * {@code promulgationDate} describe the document the status is about. Independent of {@code --lang}.
 */
final class JsonReport {
    private JsonReport() {}

    static String render(Inspection in) {
        return render(in, Lang.EN);
    }

    /** With the PDF problems' messages in {@code lang}. */
    static String render(Inspection in, Lang lang) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", in.source());
        o.put("kind", in.pkg().kind());
        o.put("specVersion", in.pkg().specVersion().title());
        o.put("flavour", token(in.pkg().provenance().flavour()));
        o.put(
                "quirks",
                in.pkg().provenance().quirks().stream()
                        .map(JsonReport::token)
                        .sorted()
                        .toList());
        if (in.pkg() instanceof EdocPackage edoc) {
            edoc(o, edoc);
        } else {
            status(o, ((StatusPackage) in.pkg()).header());
        }
        o.put(
                "attachments",
                in.attachments().stream()
                        .map(f -> attachment(f, in.trustChecked(), lang))
                        .toList());
        Map<String, Object> sig = new LinkedHashMap<>();
        sig.put("kind", in.signatureKind().json());
        sig.put("claimedSubject", in.claimedSigner().orElse(null));
        sig.put("verdict", in.verdict());
        in.verification()
                .filter(r -> r.kind() == dev.edxml.sign.SignatureReport.Kind.XMLDSIG)
                .ifPresent(r -> {
                    // the signer as verified (from the certificate that verified), never the unsigned subject-name hint
                    sig.put(
                            "signer",
                            r.isValid() ? r.signer().map(JsonReport::signer).orElse(null) : null);
                    sig.put("signingTime", r.signingTime().map(Object::toString).orElse(null));
                    sig.put("unsignedHops", VerifyReports.unsignedHops(r));
                    sig.put("senderBinding", VerifyReports.senderBinding(r));
                    sig.put(
                            "problems",
                            r.problems().stream()
                                    .map(p -> {
                                        Map<String, Object> m = new LinkedHashMap<>();
                                        m.put("code", p.code());
                                        m.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
                                        m.put("message", p.message(java.util.Locale.ENGLISH));
                                        return m;
                                    })
                                    .toList());
                });
        o.put("signature", sig);
        return Json.write(o);
    }

    private static Map<String, Object> signer(dev.edxml.sign.SignerIdentity id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", id.subject());
        m.put("commonName", id.commonName().orElse(null));
        m.put("organization", id.organization().orElse(null));
        return m;
    }

    private static void edoc(Map<String, Object> o, EdocPackage edoc) {
        MessageHeader h = edoc.header();
        o.put("documentId", h.documentId().orElse(null));
        o.put("from", h.from().map(JsonReport::organization).orElse(null));
        o.put("to", h.to().stream().map(JsonReport::organization).toList());
        Optional<DocumentCode> code = h.code();
        o.put("code", code(code.flatMap(DocumentCode::number), code.flatMap(DocumentCode::notation)));
        Optional<EdxmlDate> date = h.promulgationInfo().flatMap(p -> p.date());
        o.put("promulgationPlace", h.promulgationInfo().flatMap(p -> p.place()).orElse(null));
        o.put("promulgationDate", isoDate(date));
        o.put("promulgationDateAsWritten", date.map(EdxmlDate::text).orElse(null));
        o.put(
                "documentType",
                h.documentType()
                        .map(t -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("category", t.category().map(OpenCode::code).orElse(null));
                            m.put("detail", t.detail().orElse(null));
                            m.put("name", t.name().orElse(null));
                            return m;
                        })
                        .orElse(null));
        o.put("subject", h.subject().orElse(null));
        o.put(
                "signer",
                h.signerInfo()
                        .map(s -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("competence", s.competence().orElse(null));
                            m.put("position", s.position().orElse(null));
                            m.put("fullName", s.fullName().orElse(null));
                            return m;
                        })
                        .orElse(null));
        o.put(
                "business",
                edoc.business()
                        .map(b -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("type", b.type().map(OpenCode::code).orElse(null));
                            m.put("name", b.type().map(OpenCode::nameEn).orElse(null));
                            m.put("reason", b.reason().orElse(null));
                            return m;
                        })
                        .orElse(null));
        List<Object> trace = new ArrayList<>();
        edoc.traceHeaders().forEach(hop -> trace.add(hop(hop)));
        o.put("trace", trace);
    }

    private static void status(Map<String, Object> o, StatusHeader h) {
        Optional<ResponseFor> about = h.responseFor();
        o.put("documentId", about.flatMap(ResponseFor::documentId).orElse(null));
        o.put("from", h.from().map(JsonReport::organization).orElse(null));
        o.put("to", List.of());
        // ResponseFor carries the code as one text; split it where DocumentCode.display() joins number and notation
        Optional<String> code = about.flatMap(ResponseFor::code);
        o.put(
                "code",
                code(
                        code.map(c -> c.contains("/") ? c.substring(0, c.indexOf('/')) : c),
                        code.filter(c -> c.contains("/")).map(c -> c.substring(c.indexOf('/') + 1))));
        Optional<EdxmlDate> date = about.flatMap(ResponseFor::promulgationDate);
        o.put("promulgationDate", isoDate(date));
        o.put("promulgationDateAsWritten", date.map(EdxmlDate::text).orElse(null));
        o.put("subject", null);
        o.put("statusCode", h.statusCode().map(OpenCode::code).orElse(null));
        o.put(
                "status",
                h.statusCode()
                        .map(s -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("code", s.code());
                            m.put("known", s.isKnown());
                            m.put("nameVi", s.nameVi());
                            m.put("nameEn", s.nameEn());
                            return m;
                        })
                        .orElse(null));
        o.put("description", h.description().orElse(null));
        o.put("timestamp", h.timestamp().map(EdxmlTimestamp::text).orElse(null));
        o.put("time", h.timestamp().flatMap(JsonReport::isoTime).orElse(null));
        o.put(
                "responseFor",
                about.map(r -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("organId", r.organId().map(OrganId::value).orElse(null));
                            m.put("code", r.code().orElse(null));
                            m.put("documentId", r.documentId().orElse(null));
                            m.put("promulgationDate", isoDate(r.promulgationDate()));
                            return m;
                        })
                        .orElse(null));
        o.put(
                "staff",
                h.staffInfo()
                        .map(s -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("name", s.staff().orElse(null));
                            m.put("department", s.department().orElse(null));
                            return m;
                        })
                        .orElse(null));
    }

    private static Map<String, Object> organization(Organization org) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organId", org.organId().map(OrganId::value).orElse(null));
        m.put("name", org.name().or(org::organizationInCharge).orElse(null));
        return m;
    }

    private static Map<String, Object> code(Optional<String> number, Optional<String> notation) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number.orElse(null));
        m.put("notation", notation.orElse(null));
        return m;
    }

    private static Map<String, Object> hop(TraceHeader hop) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organId", hop.organId().map(OrganId::value).orElse(null));
        m.put("timestamp", hop.timestamp().map(EdxmlTimestamp::text).orElse(null));
        m.put("time", hop.timestamp().flatMap(JsonReport::isoTime).orElse(null));
        return m;
    }

    private static Map<String, Object> attachment(AttachmentFacts f, boolean trustChecked, Lang lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contentId", f.attachment().bareContentId().orElse(null));
        m.put("name", f.attachment().name().orElse(null));
        m.put("description", f.attachment().description().orElse(null));
        m.put("contentType", f.attachment().contentType().orElse(null));
        m.put("size", f.attachment().content().size());
        m.put("sha256", f.attachment().content().sha256Hex());
        m.put("payloadType", token(f.payloadType()));
        m.put("zipped", f.zipped());
        m.put("documentType", f.documentType().map(JsonReport::token).orElse(null));
        m.put("pdfSigned", f.pdfSigned().orElse(null));
        m.put("unzipError", f.unzipFailure().map(e -> e.code()).orElse(null));
        m.put(
                "pdf",
                f.pdf()
                        .map(r -> PdfVerdicts.json(
                                new PdfVerdicts.Checked(
                                        f.attachment().name().orElse(""),
                                        f.attachment().contentId(),
                                        r),
                                lang,
                                trustChecked))
                        .orElse(null));
        return m;
    }

    private static String isoDate(Optional<EdxmlDate> date) {
        return date.flatMap(EdxmlDate::date)
                .map(DateTimeFormatter.ISO_LOCAL_DATE::format)
                .orElse(null);
    }

    private static Optional<String> isoTime(EdxmlTimestamp t) {
        return t.offsetDateTime().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format);
    }

    /** {@code GATEWAY_NONSTANDARD} → {@code gateway-nonstandard}: the JSON spelling of enum constants. */
    private static String token(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
