package dev.edxml.validate.rules;

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
    private static final List<String> HEADER_REGULATION = List.of("From", "To", "Code", "PromulgationInfo",
            "DocumentType", "Subject", "Content", "SignerInfo", "DueDate", "ToPlaces", "OtherInfo", "ResponseFor",
            "SteeringType", "DocumentId", "ResponseForTask", "ApplicationType");
    /** The official SDK's order (EdXML102 jar), what every peer has received since 2018. */
    private static final List<String> HEADER_SDK = List.of("From", "To", "DocumentId", "Code", "PromulgationInfo",
            "DocumentType", "Subject", "Content", "SignerInfo", "DueDate", "OtherInfo", "ResponseFor", "SteeringType",
            "ResponseForTask", "ApplicationType", "ToPlaces");
    private static final List<String> HEADER_STATUS = List.of("From", "ResponseFor", "StaffInfo", "StatusCode",
            "Description", "Timestamp");
    private static final List<String> ORGANIZATION = List.of("OrganId", "OrganizationInCharge", "OrganName",
            "OrganAdd", "Email", "Telephone", "Fax", "Website");
    /** VPCP's status examples and the Bkav integrator put OrganName before OrganizationInCharge. */
    private static final List<String> ORGANIZATION_VARIANT = List.of("OrganId", "OrganName",
            "OrganizationInCharge", "OrganAdd", "Email", "Telephone", "Fax", "Website");

    /** Known orders by container; the children of a container must follow one of them. */
    static final Map<String, List<List<String>>> ORDERS = Map.ofEntries(
            Map.entry("edXML", List.of(List.of("edXMLEnvelope", "AttachmentEncoded"))),
            Map.entry("edXMLEnvelope", List.of(List.of("edXMLHeader", "edXMLBody", "AttachmentEncoded"))),
            Map.entry("edXMLHeader", List.of(List.of("MessageHeader", "TraceHeaderList", "Signature"))),
            Map.entry("MessageHeader", List.of(HEADER_REGULATION, HEADER_SDK, HEADER_STATUS)),
            Map.entry("From", List.of(ORGANIZATION, ORGANIZATION_VARIANT)),
            Map.entry("To", List.of(ORGANIZATION, ORGANIZATION_VARIANT)),
            Map.entry("Code", List.of(List.of("CodeNumber", "CodeNotation"))),
            Map.entry("PromulgationInfo", List.of(List.of("Place", "PromulgationDate"))),
            Map.entry("DocumentType", List.of(List.of("Type", "TypeDetail", "TypeName"))),
            Map.entry("SignerInfo", List.of(List.of("Competence", "Position", "FullName"))),
            Map.entry("OtherInfo", List.of(List.of("Priority", "SphereOfPromulgation", "TyperNotation",
                    "PromulgationAmount", "PageAmount", "ReplyFors", "Direction", "ReferenceCodes", "Appendixes"))),
            // the jar writes DocumentId before PromulgationDate; the template and clause numbering the other way
            Map.entry("ResponseFor", List.of(List.of("OrganId", "Code", "DocumentId", "PromulgationDate"),
                    List.of("OrganId", "Code", "PromulgationDate", "DocumentId"))),
            // jar: Paper?, Bussiness?, TraceHeader*; VPCP examples, Inet and clause numbering: TraceHeader, Bussiness
            Map.entry("TraceHeaderList", List.of(List.of("Paper", "Bussiness", "TraceHeader"),
                    List.of("TraceHeader", "Bussiness"))),
            Map.entry("TraceHeader", List.of(List.of("OrganId", "Timestamp"))),
            Map.entry("Bussiness", List.of(
                    List.of("DocumentId", "BussinessDocType", "BussinessDocReason", "Paper", "BussinessDocumentInfo",
                            "ReplacementInfoList", "StaffInfo"),
                    List.of("BussinessDocType", "BussinessDocReason", "DocumentId", "Paper", "BussinessDocumentInfo",
                            "StaffInfo", "ReplacementInfoList"),
                    List.of("BussinessDocType", "BussinessDocReason", "BussinessDocumentInfo", "DocumentId",
                            "StaffInfo", "Paper", "ReplacementInfoList"))),
            Map.entry("BussinessDocumentInfo", List.of(List.of("DocumentInfo", "DocumentReceiver", "ReceiverList"))),
            Map.entry("ReplacementInfo", List.of(List.of("DocumentId", "OrganIdList"))),
            Map.entry("StaffInfo", List.of(List.of("Department", "DepartmentId", "Staff", "StaffId", "Email", "Mobile"),
                    List.of("Department", "DepartmentId", "Staff", "StaffId", "Mobile", "Email"))),
            Map.entry("Reference", List.of(List.of("ContentId", "ContentType", "Description", "AttachmentName"),
                    List.of("ContentId", "ContentType", "AttachmentName", "Description"))),
            // Format is read by the SDK but never written, so no producer gives it a place
            Map.entry("Attachment", List.of(List.of("ContentId", "AttachmentName", "Description", "FieldName",
                    "MimeType", "ContentType", "ContentTransferEncoded"))));

    /** Children that may appear once at most where the XSD's content model is a repeated choice. */
    static final Map<String, Set<String>> AT_MOST_ONE = Map.of(
            "edXMLEnvelope", Set.of("edXMLBody"),
            "edXMLHeader", Set.of("TraceHeaderList", "Signature"),
            "edXMLBody", Set.of("edXMLManifest"),
            "MessageHeader", Set.of("DocumentId", "Code", "PromulgationInfo", "DocumentType", "Subject", "Content",
                    "SignerInfo", "DueDate", "ToPlaces", "OtherInfo", "SteeringType", "ResponseForTask",
                    "ApplicationType", "StaffInfo", "StatusCode", "Description", "Timestamp"),
            "TraceHeaderList", Set.of("Bussiness", "Paper"),
            "Bussiness", Set.of("DocumentId", "BussinessDocReason", "Paper"),
            "BussinessDocumentInfo", Set.of("DocumentInfo", "DocumentReceiver"));

    /** The children the XSD requires, by container (for naming what is missing). */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("edXML", List.of("edXMLEnvelope")),
            Map.entry("edXMLEnvelope", List.of("edXMLHeader")),
            Map.entry("edXMLHeader", List.of("MessageHeader")),
            Map.entry("MessageHeader", List.of("From")),
            Map.entry("From", List.of("OrganId")),
            Map.entry("To", List.of("OrganId")),
            Map.entry("Code", List.of("CodeNumber", "CodeNotation")),
            Map.entry("PromulgationInfo", List.of("PromulgationDate")),
            Map.entry("DocumentType", List.of("Type", "TypeName")),
            Map.entry("ToPlaces", List.of("Place")),
            Map.entry("ResponseForTask", List.of("TaskCode")),
            Map.entry("TraceHeader", List.of("Timestamp")),
            Map.entry("Bussiness", List.of("BussinessDocType")),
            Map.entry("Receiver", List.of("OrganId", "ReceiverType")),
            Map.entry("ReplacementInfo", List.of("DocumentId")),
            Map.entry("Reference", List.of("ContentId", "AttachmentName")),
            Map.entry("Attachment", List.of("ContentId", "AttachmentName", "ContentType", "ContentTransferEncoded")));

    /** The attributes without a namespace that the XSD declares (manifest version; the trace list's SOAP heritage). */
    static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "edXMLManifest", Set.of("version"),
            "Manifest", Set.of("version"),
            "TraceHeaderList", Set.of("id", "version", "mustUnderstand", "actor"));

    private Shapes() {
    }

    /**
     * One name for the spellings of one element: {@code Business…} for the regulation's {@code Bussiness…}, and
     * {@code Manifest} for {@code edXMLManifest}, so that both spellings together count twice.
     */
    static String normalise(String local) {
        if (local.startsWith("Business")) {
            return "Bussiness" + local.substring("Business".length());
        }
        return local.equals("Manifest") ? "edXMLManifest" : local;
    }

    static List<String> required(String container) {
        return REQUIRED.getOrDefault(normalise(container), List.of());
    }
}
