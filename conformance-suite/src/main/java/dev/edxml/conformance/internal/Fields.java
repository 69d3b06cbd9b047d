package dev.edxml.conformance.internal;

import dev.edxml.model.Attachment;
import dev.edxml.model.DocumentCode;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlDate;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.OpenCode;
import dev.edxml.model.OrganId;
import dev.edxml.model.Organization;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reference extraction: the fields a receiver must extract from a package, keyed by the paths of the
 * {@code edxml inspect --json} schema ({@code ../shared/cli-contract.md}) and rendered as that JSON renders them
 * ({@code promulgationDate} ISO {@code yyyy-MM-dd}, {@code size} in decoded bytes, {@code signature.kind}
 * {@code xmldsig}/{@code legacy-placeholder}/{@code none}, content ids without {@code cid:}). It mirrors the CLI's
 * {@code JsonReport}; a value the package does not have is left out rather than written as {@code null}.
 */
public final class Fields {
    private Fields() {}

    /** The expected fields of {@code pkg}, in key order. */
    public static Map<String, String> of(EdxmlPackage pkg) {
        Map<String, String> f = new TreeMap<>();
        f.put("kind", pkg.kind());
        if (pkg instanceof EdocPackage edoc) {
            MessageHeader h = edoc.header();
            put(f, "documentId", h.documentId());
            h.from().ifPresent(o -> put(f, "from.organId", organId(o)));
            List<Organization> to = h.to();
            for (int i = 0; i < to.size(); i++) {
                put(f, "to[" + i + "].organId", organId(to.get(i)));
            }
            Optional<DocumentCode> code = h.code();
            put(f, "code.number", code.flatMap(DocumentCode::number));
            put(f, "code.notation", code.flatMap(DocumentCode::notation));
            put(f, "promulgationDate", isoDate(h.promulgationInfo().flatMap(p -> p.date())));
            put(f, "subject", h.subject());
            List<Attachment> atts = edoc.attachments();
            for (int i = 0; i < atts.size(); i++) {
                Attachment a = atts.get(i);
                String p = "attachments[" + i + "].";
                put(f, p + "contentId", a.bareContentId());
                put(f, p + "name", a.name());
                put(f, p + "contentType", a.contentType());
                f.put(p + "size", Long.toString(a.content().size()));
            }
        } else {
            StatusHeader h = ((StatusPackage) pkg).header();
            Optional<ResponseFor> about = h.responseFor();
            put(f, "documentId", about.flatMap(ResponseFor::documentId));
            h.from().ifPresent(o -> put(f, "from.organId", organId(o)));
            // as JsonReport: ResponseFor/Code is one text, split where DocumentCode.display() joins the two parts
            Optional<String> code = about.flatMap(ResponseFor::code);
            put(f, "code.number", code.map(c -> c.contains("/") ? c.substring(0, c.indexOf('/')) : c));
            put(f, "code.notation", code.filter(c -> c.contains("/")).map(c -> c.substring(c.indexOf('/') + 1)));
            put(f, "promulgationDate", isoDate(about.flatMap(ResponseFor::promulgationDate)));
            put(f, "statusCode", h.statusCode().map(OpenCode::code));
            put(f, "responseFor.organId", about.flatMap(ResponseFor::organId).map(OrganId::value));
            put(f, "description", h.description());
        }
        f.put(
                "signature.kind",
                pkg.signature()
                        .map(s -> s.isXmlDsig() ? "xmldsig" : "legacy-placeholder")
                        .orElse("none"));
        return f;
    }

    private static Optional<String> organId(Organization o) {
        return o.organId().map(OrganId::value);
    }

    private static void put(Map<String, String> f, String key, Optional<String> value) {
        value.ifPresent(v -> f.put(key, v));
    }

    private static Optional<String> isoDate(Optional<EdxmlDate> date) {
        return date.flatMap(EdxmlDate::date).map(DateTimeFormatter.ISO_LOCAL_DATE::format);
    }
}
