package dev.edxml.validate.rules;

import static dev.edxml.validate.rules.RuleCatalogue.E;
import static dev.edxml.validate.rules.RuleCatalogue.I;
import static dev.edxml.validate.rules.RuleCatalogue.W;
import static dev.edxml.validate.rules.RuleCatalogue.rule;

import dev.edxml.Location;
import dev.edxml.internal.xml.Names;
import dev.edxml.model.Provenance;
import dev.edxml.validate.LocatedElement;
import dev.edxml.validate.Rule;
import dev.edxml.validate.RuleContext;
import java.util.List;
import java.util.Set;

/** Rules of area ENV: the package's structure and layout (spec §2, §12.1, §13). */
final class EnvelopeRules {

    /** Every element name QCVN 102:2016 and the official SDK use (spec §3–§7), in either spelling. */
    static final Set<String> KNOWN = Set.of(
            Names.EDXML,
            Names.EDXML_ENVELOPE,
            Names.EDXML_HEADER,
            Names.EDXML_BODY,
            Names.EDXML_MANIFEST,
            Names.MANIFEST,
            Names.REFERENCE,
            Names.MESSAGE_HEADER,
            Names.FROM,
            Names.TO,
            Names.ORGAN_ID,
            Names.ORGANIZATION_IN_CHARGE,
            Names.ORGAN_NAME,
            Names.ORGAN_ADD,
            Names.EMAIL,
            Names.TELEPHONE,
            Names.FAX,
            Names.WEBSITE,
            Names.DOCUMENT_ID,
            Names.CODE,
            Names.CODE_NUMBER,
            Names.CODE_NOTATION,
            Names.PROMULGATION_INFO,
            Names.PLACE,
            Names.PROMULGATION_DATE,
            Names.DOCUMENT_TYPE,
            Names.TYPE,
            Names.TYPE_DETAIL,
            Names.TYPE_NAME,
            Names.SUBJECT,
            Names.CONTENT,
            Names.SIGNER_INFO,
            Names.COMPETENCE,
            Names.POSITION,
            Names.FULL_NAME,
            Names.DUE_DATE,
            Names.TO_PLACES,
            Names.OTHER_INFO,
            Names.PRIORITY,
            Names.SPHERE_OF_PROMULGATION,
            Names.TYPER_NOTATION,
            Names.PROMULGATION_AMOUNT,
            Names.PAGE_AMOUNT,
            Names.REPLY_FORS,
            Names.DIRECTION,
            Names.REFERENCE_CODES,
            Names.APPENDIXES,
            Names.APPENDIX,
            Names.RESPONSE_FOR,
            Names.STEERING_TYPE,
            Names.RESPONSE_FOR_TASK,
            Names.TASK_CODE,
            Names.APPLICATION_TYPE,
            Names.TRACE_HEADER_LIST,
            Names.TRACE_HEADER,
            Names.TIMESTAMP,
            Names.BUSSINESS,
            Names.BUSINESS,
            Names.BUSSINESS_DOC_TYPE,
            Names.BUSINESS_DOC_TYPE,
            Names.BUSSINESS_DOC_REASON,
            Names.BUSINESS_DOC_REASON,
            Names.PAPER,
            Names.BUSSINESS_DOCUMENT_INFO,
            Names.BUSINESS_DOCUMENT_INFO,
            Names.DOCUMENT_INFO,
            Names.DOCUMENT_RECEIVER,
            Names.RECEIVER_LIST,
            Names.RECEIVER,
            Names.RECEIVER_TYPE,
            Names.REPLACEMENT_INFO_LIST,
            Names.REPLACEMENT_INFO,
            Names.ORGAN_ID_LIST,
            Names.STAFF_INFO,
            Names.DEPARTMENT,
            Names.DEPARTMENT_ID,
            Names.STAFF,
            Names.STAFF_ID,
            Names.MOBILE,
            Names.STATUS_CODE,
            Names.DESCRIPTION,
            Names.SIGNATURE,
            Names.ATTACHMENT_ENCODED,
            Names.ATTACHMENT,
            Names.CONTENT_ID,
            Names.CONTENT_TYPE,
            Names.ATTACHMENT_NAME,
            Names.FIELD_NAME,
            Names.MIME_TYPE,
            Names.FORMAT,
            Names.CONTENT_TRANSFER_ENCODED);

    private EnvelopeRules() {}

    static List<Rule> rules() {
        return List.of(
                rule(
                        "EDXML-ENV-003",
                        "XML 1.0 §2.8 (prolog)",
                        E,
                        E,
                        W,
                        ctx -> quirk(ctx, Provenance.Quirk.LEADING_JUNK_SKIPPED, new Location(1, 1, ""))),
                rule(
                        "EDXML-ENV-020",
                        "QCVN 102:2016 §2 (edXML wrapper; official SDK reader)",
                        W,
                        E,
                        I,
                        EnvelopeRules::bareEnvelope),
                rule(
                        "EDXML-ENV-021",
                        "QCVN 102:2016 §2 (AttachmentEncoded beside the envelope)",
                        W,
                        W,
                        I,
                        ctx -> quirk(
                                ctx,
                                Provenance.Quirk.ATTACHMENTS_INSIDE_ENVELOPE,
                                ctx.envelope()
                                        .flatMap(e -> e.child(Names.ATTACHMENT_ENCODED))
                                        .map(LocatedElement::location)
                                        .orElse(Location.PACKAGE))),
                rule("EDXML-ENV-023", "QCVN 102:2016 §2.2 (spec §13 F9)", E, E, W, EnvelopeRules::gatewayVocabulary),
                rule(
                        "EDXML-ENV-024",
                        "QCVN 102:2016 §6.1 (edXMLManifest)",
                        W,
                        I,
                        null,
                        ctx -> quirk(
                                ctx,
                                Provenance.Quirk.MANIFEST_ALIAS,
                                ctx.envelope()
                                        .flatMap(e -> e.find("edXMLBody/Manifest"))
                                        .map(LocatedElement::location)
                                        .orElse(Location.PACKAGE))),
                rule(
                        "EDXML-ENV-025",
                        "QCVN 102:2016 §2.4 (UTF-8 without BOM)",
                        I,
                        I,
                        null,
                        ctx -> quirk(ctx, Provenance.Quirk.BYTE_ORDER_MARK, new Location(1, 1, ""))),
                rule("EDXML-ENV-026", "QCVN 102:2016 §2 (document package body)", E, E, W, EnvelopeRules::body));
    }

    private static void quirk(RuleContext ctx, Provenance.Quirk q, Location where) {
        if (ctx.pkg().map(p -> p.provenance().quirks().contains(q)).orElse(false)) {
            ctx.report(where);
        }
    }

    private static void bareEnvelope(RuleContext ctx) {
        ctx.document().filter(d -> d.localName().equals(Names.EDXML_ENVELOPE)).ifPresent(ctx::report);
    }

    private static void gatewayVocabulary(RuleContext ctx) {
        ctx.envelope().ifPresent(env -> {
            env.children(Names.EDXML_ATTACHMENTS).forEach(a -> ctx.report(a, a.localName()));
            env.find(Names.EDXML_BODY).ifPresent(b -> b.children(Names.EDXML_ATTACHMENTS, Names.CONTENT)
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
