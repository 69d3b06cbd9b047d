package dev.edxml.internal.xml;

/**
 * The local names of the edXML elements (QCVN 102:2016), in one table for the reader, the writer, the rules, the
 * signer and the CLI, so that they cannot drift apart. Wire spellings of the regulation ({@code Bussiness},
 * {@code TyperNotation}, {@code OrganAdd}) are kept verbatim; the one-{@code s} spellings some packages use are here
 * too, because the reader accepts them. Attribute names and namespaces are not here.
 */
public final class Names {
    public static final String APPENDIX = "Appendix";
    public static final String APPENDIXES = "Appendixes";
    public static final String APPLICATION_TYPE = "ApplicationType";
    public static final String ATTACHMENT = "Attachment";
    public static final String ATTACHMENT_DATA = "AttachmentData";
    public static final String ATTACHMENT_ENCODED = "AttachmentEncoded";
    public static final String ATTACHMENT_NAME = "AttachmentName";
    public static final String BUSINESS = "Business";
    public static final String BUSINESS_DOC_REASON = "BusinessDocReason";
    public static final String BUSINESS_DOC_TYPE = "BusinessDocType";
    public static final String BUSINESS_DOCUMENT_INFO = "BusinessDocumentInfo";
    public static final String BUSSINESS = "Bussiness";
    public static final String BUSSINESS_DOC_REASON = "BussinessDocReason";
    public static final String BUSSINESS_DOC_TYPE = "BussinessDocType";
    public static final String BUSSINESS_DOCUMENT_INFO = "BussinessDocumentInfo";
    public static final String CODE = "Code";
    public static final String CODE_NOTATION = "CodeNotation";
    public static final String CODE_NUMBER = "CodeNumber";
    public static final String COMPETENCE = "Competence";
    public static final String CONTENT = "Content";
    public static final String CONTENT_ID = "ContentId";
    public static final String CONTENT_TRANSFER_ENCODED = "ContentTransferEncoded";
    public static final String CONTENT_TYPE = "ContentType";
    public static final String DEPARTMENT = "Department";
    public static final String DEPARTMENT_ID = "DepartmentId";
    public static final String DESCRIPTION = "Description";
    public static final String DIRECTION = "Direction";
    public static final String DOCUMENT_ID = "DocumentId";
    public static final String DOCUMENT_INFO = "DocumentInfo";
    public static final String DOCUMENT_RECEIVER = "DocumentReceiver";
    public static final String DOCUMENT_TYPE = "DocumentType";
    public static final String DUE_DATE = "DueDate";
    public static final String EMAIL = "Email";
    public static final String FAX = "Fax";
    public static final String FIELD_NAME = "FieldName";
    public static final String FORMAT = "Format";
    public static final String FROM = "From";
    public static final String FULL_NAME = "FullName";
    public static final String MANIFEST = "Manifest";
    public static final String MESSAGE_HEADER = "MessageHeader";
    public static final String MIME_TYPE = "MimeType";
    public static final String MOBILE = "Mobile";
    public static final String ORGAN_ADD = "OrganAdd";
    public static final String ORGAN_ID = "OrganId";
    public static final String ORGAN_ID_LIST = "OrganIdList";
    public static final String ORGAN_NAME = "OrganName";
    public static final String ORGANIZATION_IN_CHARGE = "OrganizationInCharge";
    public static final String OTHER_INFO = "OtherInfo";
    public static final String PAGE_AMOUNT = "PageAmount";
    public static final String PAPER = "Paper";
    public static final String PLACE = "Place";
    public static final String POSITION = "Position";
    public static final String PRIORITY = "Priority";
    public static final String PROMULGATION_AMOUNT = "PromulgationAmount";
    public static final String PROMULGATION_DATE = "PromulgationDate";
    public static final String PROMULGATION_INFO = "PromulgationInfo";
    public static final String RECEIVER = "Receiver";
    public static final String RECEIVER_LIST = "ReceiverList";
    public static final String RECEIVER_TYPE = "ReceiverType";
    public static final String REFERENCE = "Reference";
    public static final String REFERENCE_CODES = "ReferenceCodes";
    public static final String REPLACEMENT_INFO = "ReplacementInfo";
    public static final String REPLACEMENT_INFO_LIST = "ReplacementInfoList";
    public static final String REPLY_FORS = "ReplyFors";
    public static final String RESPONSE_FOR = "ResponseFor";
    public static final String RESPONSE_FOR_TASK = "ResponseForTask";
    public static final String SIGNATURE = "Signature";
    public static final String SIGNER_INFO = "SignerInfo";
    public static final String SPHERE_OF_PROMULGATION = "SphereOfPromulgation";
    public static final String STAFF = "Staff";
    public static final String STAFF_ID = "StaffId";
    public static final String STAFF_INFO = "StaffInfo";
    public static final String STATUS_CODE = "StatusCode";
    public static final String STEERING_TYPE = "SteeringType";
    public static final String SUBJECT = "Subject";
    public static final String TASK_CODE = "TaskCode";
    public static final String TELEPHONE = "Telephone";
    public static final String TIMESTAMP = "Timestamp";
    public static final String TO = "To";
    public static final String TO_PLACES = "ToPlaces";
    public static final String TRACE_HEADER = "TraceHeader";
    public static final String TRACE_HEADER_LIST = "TraceHeaderList";
    public static final String TYPE = "Type";
    public static final String TYPE_DETAIL = "TypeDetail";
    public static final String TYPE_NAME = "TypeName";
    public static final String TYPER_NOTATION = "TyperNotation";
    public static final String WEBSITE = "Website";
    public static final String EDXML = "edXML";
    public static final String EDXML_ATTACHMENTS = "edXMLAttachments";
    public static final String EDXML_BODY = "edXMLBody";
    public static final String EDXML_ENVELOPE = "edXMLEnvelope";
    public static final String EDXML_HEADER = "edXMLHeader";
    public static final String EDXML_MANIFEST = "edXMLManifest";

    private Names() {}
}
