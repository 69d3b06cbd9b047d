package dev.edxml.validate.rules;

import dev.edxml.internal.xml.Names;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the XSD cannot say about the shape of each container, by its local name: which children may appear at most
 * once where the schema's content is a repeated choice, which children the schema requires (to name them in a
 * finding), and the child orders known producers write (spec §3.1, §3.3-§3.5, §4.2, §6.1, §6.2). Kept beside
 * {@code qcvn102-2016.xsd}: a test removes each required child from a valid package and expects the schema to object.
 */
final class Shapes {
    /**
     * Regulation order: clause numbering 1.1-1.14 and VPCP's hand-written template (spec §3.1, left column); the
     * SDK-only elements, which have no clause, follow (where this library writes them in that order).
     */
    private static final List<String> HEADER_REGULATION = List.of(
            Names.FROM,
            Names.TO,
            Names.CODE,
            Names.PROMULGATION_INFO,
            Names.DOCUMENT_TYPE,
            Names.SUBJECT,
            Names.CONTENT,
            Names.SIGNER_INFO,
            Names.DUE_DATE,
            Names.TO_PLACES,
            Names.OTHER_INFO,
            Names.RESPONSE_FOR,
            Names.STEERING_TYPE,
            Names.DOCUMENT_ID,
            Names.RESPONSE_FOR_TASK,
            Names.APPLICATION_TYPE);
    /** The official SDK's order (EdXML102 jar), what every peer has received since 2018. */
    private static final List<String> HEADER_SDK = List.of(
            Names.FROM,
            Names.TO,
            Names.DOCUMENT_ID,
            Names.CODE,
            Names.PROMULGATION_INFO,
            Names.DOCUMENT_TYPE,
            Names.SUBJECT,
            Names.CONTENT,
            Names.SIGNER_INFO,
            Names.DUE_DATE,
            Names.OTHER_INFO,
            Names.RESPONSE_FOR,
            Names.STEERING_TYPE,
            Names.RESPONSE_FOR_TASK,
            Names.APPLICATION_TYPE,
            Names.TO_PLACES);

    private static final List<String> HEADER_STATUS = List.of(
            Names.FROM, Names.RESPONSE_FOR, Names.STAFF_INFO, Names.STATUS_CODE, Names.DESCRIPTION, Names.TIMESTAMP);
    private static final List<String> ORGANIZATION = List.of(
            Names.ORGAN_ID,
            Names.ORGANIZATION_IN_CHARGE,
            Names.ORGAN_NAME,
            Names.ORGAN_ADD,
            Names.EMAIL,
            Names.TELEPHONE,
            Names.FAX,
            Names.WEBSITE);
    /** VPCP's status examples and the Bkav integrator put OrganName before OrganizationInCharge. */
    private static final List<String> ORGANIZATION_VARIANT = List.of(
            Names.ORGAN_ID,
            Names.ORGAN_NAME,
            Names.ORGANIZATION_IN_CHARGE,
            Names.ORGAN_ADD,
            Names.EMAIL,
            Names.TELEPHONE,
            Names.FAX,
            Names.WEBSITE);

    /** Known orders by container; the children of a container must follow one of them. */
    static final Map<String, List<List<String>>> ORDERS = Map.ofEntries(
            Map.entry(Names.EDXML, List.of(List.of(Names.EDXML_ENVELOPE, Names.ATTACHMENT_ENCODED))),
            Map.entry(
                    Names.EDXML_ENVELOPE,
                    List.of(List.of(Names.EDXML_HEADER, Names.EDXML_BODY, Names.ATTACHMENT_ENCODED))),
            Map.entry(
                    Names.EDXML_HEADER,
                    List.of(List.of(Names.MESSAGE_HEADER, Names.TRACE_HEADER_LIST, Names.SIGNATURE))),
            Map.entry(Names.MESSAGE_HEADER, List.of(HEADER_REGULATION, HEADER_SDK, HEADER_STATUS)),
            Map.entry(Names.FROM, List.of(ORGANIZATION, ORGANIZATION_VARIANT)),
            Map.entry(Names.TO, List.of(ORGANIZATION, ORGANIZATION_VARIANT)),
            Map.entry(Names.CODE, List.of(List.of(Names.CODE_NUMBER, Names.CODE_NOTATION))),
            Map.entry(Names.PROMULGATION_INFO, List.of(List.of(Names.PLACE, Names.PROMULGATION_DATE))),
            Map.entry(Names.DOCUMENT_TYPE, List.of(List.of(Names.TYPE, Names.TYPE_DETAIL, Names.TYPE_NAME))),
            Map.entry(Names.SIGNER_INFO, List.of(List.of(Names.COMPETENCE, Names.POSITION, Names.FULL_NAME))),
            Map.entry(
                    Names.OTHER_INFO,
                    List.of(List.of(
                            Names.PRIORITY,
                            Names.SPHERE_OF_PROMULGATION,
                            Names.TYPER_NOTATION,
                            Names.PROMULGATION_AMOUNT,
                            Names.PAGE_AMOUNT,
                            Names.REPLY_FORS,
                            Names.DIRECTION,
                            Names.REFERENCE_CODES,
                            Names.APPENDIXES))),
            // the jar writes DocumentId before PromulgationDate; the template and clause numbering the other way
            Map.entry(
                    Names.RESPONSE_FOR,
                    List.of(
                            List.of(Names.ORGAN_ID, Names.CODE, Names.DOCUMENT_ID, Names.PROMULGATION_DATE),
                            List.of(Names.ORGAN_ID, Names.CODE, Names.PROMULGATION_DATE, Names.DOCUMENT_ID))),
            // jar: Paper?, Bussiness?, TraceHeader*; VPCP examples, Inet and clause numbering: TraceHeader, Bussiness
            Map.entry(
                    Names.TRACE_HEADER_LIST,
                    List.of(
                            List.of(Names.PAPER, Names.BUSSINESS, Names.TRACE_HEADER),
                            List.of(Names.TRACE_HEADER, Names.BUSSINESS))),
            Map.entry(Names.TRACE_HEADER, List.of(List.of(Names.ORGAN_ID, Names.TIMESTAMP))),
            Map.entry(
                    Names.BUSSINESS,
                    List.of(
                            List.of(
                                    Names.DOCUMENT_ID,
                                    Names.BUSSINESS_DOC_TYPE,
                                    Names.BUSSINESS_DOC_REASON,
                                    Names.PAPER,
                                    Names.BUSSINESS_DOCUMENT_INFO,
                                    Names.REPLACEMENT_INFO_LIST,
                                    Names.STAFF_INFO),
                            List.of(
                                    Names.BUSSINESS_DOC_TYPE,
                                    Names.BUSSINESS_DOC_REASON,
                                    Names.DOCUMENT_ID,
                                    Names.PAPER,
                                    Names.BUSSINESS_DOCUMENT_INFO,
                                    Names.STAFF_INFO,
                                    Names.REPLACEMENT_INFO_LIST),
                            List.of(
                                    Names.BUSSINESS_DOC_TYPE,
                                    Names.BUSSINESS_DOC_REASON,
                                    Names.BUSSINESS_DOCUMENT_INFO,
                                    Names.DOCUMENT_ID,
                                    Names.STAFF_INFO,
                                    Names.PAPER,
                                    Names.REPLACEMENT_INFO_LIST))),
            Map.entry(
                    Names.BUSSINESS_DOCUMENT_INFO,
                    List.of(List.of(Names.DOCUMENT_INFO, Names.DOCUMENT_RECEIVER, Names.RECEIVER_LIST))),
            Map.entry(Names.REPLACEMENT_INFO, List.of(List.of(Names.DOCUMENT_ID, Names.ORGAN_ID_LIST))),
            Map.entry(
                    Names.STAFF_INFO,
                    List.of(
                            List.of(
                                    Names.DEPARTMENT,
                                    Names.DEPARTMENT_ID,
                                    Names.STAFF,
                                    Names.STAFF_ID,
                                    Names.EMAIL,
                                    Names.MOBILE),
                            List.of(
                                    Names.DEPARTMENT,
                                    Names.DEPARTMENT_ID,
                                    Names.STAFF,
                                    Names.STAFF_ID,
                                    Names.MOBILE,
                                    Names.EMAIL))),
            Map.entry(
                    Names.REFERENCE,
                    List.of(
                            List.of(Names.CONTENT_ID, Names.CONTENT_TYPE, Names.DESCRIPTION, Names.ATTACHMENT_NAME),
                            List.of(Names.CONTENT_ID, Names.CONTENT_TYPE, Names.ATTACHMENT_NAME, Names.DESCRIPTION))),
            // Format is read by the SDK but never written, so no producer gives it a place
            Map.entry(
                    Names.ATTACHMENT,
                    List.of(List.of(
                            Names.CONTENT_ID,
                            Names.ATTACHMENT_NAME,
                            Names.DESCRIPTION,
                            Names.FIELD_NAME,
                            Names.MIME_TYPE,
                            Names.CONTENT_TYPE,
                            Names.CONTENT_TRANSFER_ENCODED))));

    /** Children that may appear once at most where the XSD's content model is a repeated choice. */
    static final Map<String, Set<String>> AT_MOST_ONE = Map.of(
            Names.EDXML_ENVELOPE, Set.of(Names.EDXML_BODY),
            Names.EDXML_HEADER, Set.of(Names.TRACE_HEADER_LIST, Names.SIGNATURE),
            Names.EDXML_BODY, Set.of(Names.EDXML_MANIFEST),
            Names.MESSAGE_HEADER,
                    Set.of(
                            Names.DOCUMENT_ID,
                            Names.CODE,
                            Names.PROMULGATION_INFO,
                            Names.DOCUMENT_TYPE,
                            Names.SUBJECT,
                            Names.CONTENT,
                            Names.SIGNER_INFO,
                            Names.DUE_DATE,
                            Names.TO_PLACES,
                            Names.OTHER_INFO,
                            Names.STEERING_TYPE,
                            Names.RESPONSE_FOR_TASK,
                            Names.APPLICATION_TYPE,
                            Names.STAFF_INFO,
                            Names.STATUS_CODE,
                            Names.DESCRIPTION,
                            Names.TIMESTAMP),
            Names.TRACE_HEADER_LIST, Set.of(Names.BUSSINESS, Names.PAPER),
            Names.BUSSINESS, Set.of(Names.DOCUMENT_ID, Names.BUSSINESS_DOC_REASON, Names.PAPER),
            Names.BUSSINESS_DOCUMENT_INFO, Set.of(Names.DOCUMENT_INFO, Names.DOCUMENT_RECEIVER));

    /** The children the XSD requires, by container (for naming what is missing). */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry(Names.EDXML, List.of(Names.EDXML_ENVELOPE)),
            Map.entry(Names.EDXML_ENVELOPE, List.of(Names.EDXML_HEADER)),
            Map.entry(Names.EDXML_HEADER, List.of(Names.MESSAGE_HEADER)),
            Map.entry(Names.MESSAGE_HEADER, List.of(Names.FROM)),
            Map.entry(Names.FROM, List.of(Names.ORGAN_ID)),
            Map.entry(Names.TO, List.of(Names.ORGAN_ID)),
            Map.entry(Names.CODE, List.of(Names.CODE_NUMBER, Names.CODE_NOTATION)),
            Map.entry(Names.PROMULGATION_INFO, List.of(Names.PROMULGATION_DATE)),
            Map.entry(Names.DOCUMENT_TYPE, List.of(Names.TYPE, Names.TYPE_NAME)),
            Map.entry(Names.TO_PLACES, List.of(Names.PLACE)),
            Map.entry(Names.RESPONSE_FOR_TASK, List.of(Names.TASK_CODE)),
            Map.entry(Names.TRACE_HEADER, List.of(Names.TIMESTAMP)),
            Map.entry(Names.BUSSINESS, List.of(Names.BUSSINESS_DOC_TYPE)),
            Map.entry(Names.RECEIVER, List.of(Names.ORGAN_ID, Names.RECEIVER_TYPE)),
            Map.entry(Names.REPLACEMENT_INFO, List.of(Names.DOCUMENT_ID)),
            Map.entry(Names.REFERENCE, List.of(Names.CONTENT_ID, Names.ATTACHMENT_NAME)),
            Map.entry(
                    Names.ATTACHMENT,
                    List.of(
                            Names.CONTENT_ID,
                            Names.ATTACHMENT_NAME,
                            Names.CONTENT_TYPE,
                            Names.CONTENT_TRANSFER_ENCODED)));

    /** The attributes without a namespace that the XSD declares (manifest version; the trace list's SOAP heritage). */
    static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            Names.EDXML_MANIFEST, Set.of("version"),
            Names.MANIFEST, Set.of("version"),
            Names.TRACE_HEADER_LIST, Set.of("id", "version", "mustUnderstand", "actor"));

    private Shapes() {}

    /**
     * One name for the spellings of one element: {@code Business…} for the regulation's {@code Bussiness…}, and
     * {@code Manifest} for {@code edXMLManifest}, so that both spellings together count twice.
     */
    static String normalise(String local) {
        if (local.startsWith(Names.BUSINESS)) {
            return Names.BUSSINESS + local.substring(Names.BUSINESS.length());
        }
        return local.equals(Names.MANIFEST) ? Names.EDXML_MANIFEST : local;
    }

    static List<String> required(String container) {
        return REQUIRED.getOrDefault(normalise(container), List.of());
    }
}
