package dev.edxml.validate.rules;

import dev.edxml.model.Provenance;
import dev.edxml.validate.LocatedElement;
import dev.edxml.Location;
import dev.edxml.validate.Rule;
import dev.edxml.validate.RuleContext;

import java.util.List;
import java.util.Set;

import static dev.edxml.validate.rules.Catalogue.E;
import static dev.edxml.validate.rules.Catalogue.I;
import static dev.edxml.validate.rules.Catalogue.W;
import static dev.edxml.validate.rules.Catalogue.rule;

/** Rules of area ENV: the package's structure and layout (spec §2, §12.1, §13). */
final class EnvelopeRules {

    /** Every element name QCVN 102:2016 and the official SDK use (spec §3–§7), in either spelling. */
    static final Set<String> KNOWN = Set.of("edXML", "edXMLEnvelope", "edXMLHeader", "edXMLBody", "edXMLManifest",
            "Manifest", "Reference", "MessageHeader", "From", "To", "OrganId", "OrganizationInCharge", "OrganName",
            "OrganAdd", "Email", "Telephone", "Fax", "Website", "DocumentId", "Code", "CodeNumber", "CodeNotation",
            "PromulgationInfo", "Place", "PromulgationDate", "DocumentType", "Type", "TypeDetail", "TypeName", "Subject",
            "Content", "SignerInfo", "Competence", "Position", "FullName", "DueDate", "ToPlaces", "OtherInfo",
            "Priority", "SphereOfPromulgation", "TyperNotation", "PromulgationAmount", "PageAmount", "ReplyFors",
            "Direction", "ReferenceCodes", "Appendixes", "Appendix", "ResponseFor", "SteeringType", "ResponseForTask",
            "TaskCode", "ApplicationType", "TraceHeaderList", "TraceHeader", "Timestamp", "Bussiness", "Business",
            "BussinessDocType", "BusinessDocType", "BussinessDocReason", "BusinessDocReason", "Paper",
            "BussinessDocumentInfo", "BusinessDocumentInfo", "DocumentInfo", "DocumentReceiver", "ReceiverList",
            "Receiver", "ReceiverType", "ReplacementInfoList", "ReplacementInfo", "OrganIdList", "StaffInfo",
            "Department", "DepartmentId", "Staff", "StaffId", "Mobile", "StatusCode", "Description", "Signature",
            "AttachmentEncoded", "Attachment", "ContentId", "ContentType", "AttachmentName", "FieldName", "MimeType",
            "Format", "ContentTransferEncoded");

    private EnvelopeRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("EDXML-ENV-003", "XML 1.0 §2.8 (prolog)", E, E, W, ctx -> quirk(ctx,
                        Provenance.Quirk.LEADING_JUNK_SKIPPED, new Location(1, 1, ""))),
                rule("EDXML-ENV-020", "QCVN 102:2016 §2 (edXML wrapper; official SDK reader)", W, E, I,
                        EnvelopeRules::bareEnvelope),
                rule("EDXML-ENV-021", "QCVN 102:2016 §2 (AttachmentEncoded beside the envelope)", W, W, I,
                        ctx -> quirk(ctx, Provenance.Quirk.ATTACHMENTS_INSIDE_ENVELOPE,
                                ctx.envelope().flatMap(e -> e.child("AttachmentEncoded")).map(LocatedElement::location)
                                        .orElse(Location.PACKAGE))),
                rule("EDXML-ENV-023", "QCVN 102:2016 §2.2 (spec §13 F9)", E, E, W, EnvelopeRules::gatewayVocabulary),
                rule("EDXML-ENV-024", "QCVN 102:2016 §6.1 (edXMLManifest)", W, I, null,
                        ctx -> quirk(ctx, Provenance.Quirk.MANIFEST_ALIAS, ctx.envelope()
                                .flatMap(e -> e.find("edXMLBody/Manifest")).map(LocatedElement::location)
                                .orElse(Location.PACKAGE))),
                rule("EDXML-ENV-025", "QCVN 102:2016 §2.4 (UTF-8 without BOM)", I, I, null,
                        ctx -> quirk(ctx, Provenance.Quirk.BYTE_ORDER_MARK, new Location(1, 1, ""))),
                rule("EDXML-ENV-026", "QCVN 102:2016 §2 (document package body)", E, E, W, EnvelopeRules::body));
    }

    private static void quirk(RuleContext ctx, Provenance.Quirk q, Location where) {
        if (ctx.pkg().map(p -> p.provenance().quirks().contains(q)).orElse(false)) {
            ctx.report(where);
        }
    }

    private static void bareEnvelope(RuleContext ctx) {
        ctx.document().filter(d -> d.localName().equals("edXMLEnvelope")).ifPresent(ctx::report);
    }

    private static void gatewayVocabulary(RuleContext ctx) {
        ctx.envelope().ifPresent(env -> {
            env.children("edXMLAttachments").forEach(a -> ctx.report(a, a.localName()));
            env.find("edXMLBody").ifPresent(b -> b.children("edXMLAttachments", "Content")
                    .forEach(a -> ctx.report(a, a.localName())));
        });
    }

    private static void body(RuleContext ctx) {
        ctx.edoc().ifPresent(p -> {
            if (p.manifest().isEmpty() && !p.attachments().isEmpty() && !AttachmentRules.gatewayOnly(p)) {
                ctx.report(ctx.envelope().map(LocatedElement::location).orElse(Location.PACKAGE));
            }
        });
    }
}
