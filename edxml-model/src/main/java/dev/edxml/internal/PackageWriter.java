package dev.edxml.internal;

import static dev.edxml.internal.xml.Names.*;

import dev.edxml.internal.xml.XmlOut;
import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocumentInfo;
import dev.edxml.model.DocumentCode;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.Extensions;
import dev.edxml.model.Manifest;
import dev.edxml.model.ManifestReference;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.OpenCode;
import dev.edxml.model.OrganId;
import dev.edxml.model.Organization;
import dev.edxml.model.OtherInfo;
import dev.edxml.model.Receiver;
import dev.edxml.model.ReplacementInfo;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.SignerInfo;
import dev.edxml.model.StaffInfo;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.TraceHeader;
import dev.edxml.model.XmlElement;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a package in the layout of the official SDK (spec §2.2, §12.2): {@code <edXML>} with the default namespace,
 * {@code edXML:} prefix inside the envelope, {@code AttachmentEncoded} beside the envelope with unprefixed children
 * and a locally declared {@code edXML:ContentTransferEncoded}. Known children first in the chosen order, then the
 * kept extensions. Base64 is streamed from the content on one line.
 */
public final class PackageWriter {
    private static final String NS = PackageReader.NS;
    private static final String P = EDXML;

    /** The regulation's clause order for the {@code MessageHeader} children, rather than the official SDK's. */
    private final boolean regulationOrder;

    private final XmlOut.Listener listener;
    private final SignatureSlot slot;
    private XmlOut x;

    /**
     * Told where the package's signature is written (signing a file in one pass writes the package with a placeholder
     * and puts the real signature in its place): {@link #before()} once the bytes before the line end and indentation
     * that precede the signature element are written and flushed, {@link #after()} once the element is.
     */
    public interface SignatureSlot {
        void before() throws IOException;

        void after() throws IOException;
    }

    public PackageWriter(boolean regulationOrder) {
        this(regulationOrder, null);
    }

    /**
     * A writer that also tells {@code listener} what it writes, as a parser reading the bytes back would report it
     * (signing canonicalises and digests the package as it is written); {@code null} for none.
     */
    public PackageWriter(boolean regulationOrder, XmlOut.Listener listener) {
        this(regulationOrder, listener, null);
    }

    /** A writer with a listener (or {@code null}) that also tells {@code slot} where the signature is written. */
    public PackageWriter(boolean regulationOrder, XmlOut.Listener listener, SignatureSlot slot) {
        this.regulationOrder = regulationOrder;
        this.listener = listener;
        this.slot = slot;
    }

    /**
     * The bytes this writer writes for {@code signature} at its place in the header: the line end and indentation
     * before it, then the element exactly as held (what {@link SignatureSlot} marks out).
     */
    public static byte[] signatureBytes(XmlElement signature) throws IOException {
        java.io.StringWriter sw = new java.io.StringWriter();
        XmlOut out = new XmlOut(sw);
        // the scope the header gives it: the default and edXML: prefixes bound to the format's namespace
        out.start("", EDXML);
        out.declare("", NS);
        out.start(P, EDXML_ENVELOPE);
        out.declare(P, NS);
        out.start(P, EDXML_HEADER);
        out.rawChars(new char[0], 0, 0);
        int from = sw.getBuffer().length();
        out.element(signature, true);
        return sw.getBuffer().substring(from).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code Edxml.write} uses the regulation's order: no, the official SDK's. */
    public static boolean defaultOrder() {
        return false;
    }

    public void write(EdxmlPackage pkg, OutputStream out) throws IOException {
        write(pkg, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    /** Writes the package's characters to {@code w} (flushed, not closed). */
    public void write(EdxmlPackage pkg, Writer w) throws IOException {
        x = new XmlOut(w, listener);
        x.declaration();
        x.start("", EDXML);
        x.declare("", NS);
        attributes(pkg.rootExtensions());
        x.start(P, EDXML_ENVELOPE);
        x.declare(P, NS);
        attributes(pkg.envelopeExtensions());
        x.start(P, EDXML_HEADER);
        attributes(pkg.headerExtensions());
        if (pkg instanceof EdocPackage) {
            EdocPackage e = (EdocPackage) pkg;
            messageHeader(e.header());
            if (e.business().isPresent() || !e.traceHeaders().isEmpty()) {
                trace(e.business(), e.traceHeaders());
            }
        } else {
            statusHeader(((StatusPackage) pkg).header());
        }
        if (pkg.signature().isPresent()) {
            // written exactly as held: a signature's canonical form covers its own whitespace and prefixes
            if (slot != null) {
                x.rawChars(new char[0], 0, 0);
                w.flush();
                slot.before();
            }
            x.element(pkg.signature().get().element(), true);
            if (slot != null) {
                w.flush();
                slot.after();
            }
        }
        elements(pkg.headerExtensions());
        x.end();
        Optional<Manifest> manifest = pkg instanceof EdocPackage ? ((EdocPackage) pkg).manifest() : Optional.empty();
        if (manifest.isPresent() || !pkg.bodyExtensions().isEmpty()) {
            x.start(P, EDXML_BODY);
            attributes(pkg.bodyExtensions());
            if (manifest.isPresent()) {
                manifest(manifest.get());
            }
            elements(pkg.bodyExtensions());
            x.end();
        }
        elements(pkg.envelopeExtensions());
        x.end();
        if (pkg instanceof EdocPackage && !((EdocPackage) pkg).attachments().isEmpty()) {
            x.start("", ATTACHMENT_ENCODED);
            for (Attachment a : ((EdocPackage) pkg).attachments()) {
                attachment(a);
            }
            x.end();
        }
        elements(pkg.rootExtensions());
        x.end();
        x.finish();
    }

    private void messageHeader(MessageHeader h) throws IOException {
        x.start(P, MESSAGE_HEADER);
        attributes(h.extensions());
        organization(FROM, h.from());
        for (Organization to : h.to()) {
            organization(TO, Optional.of(to));
        }
        boolean sdk = !regulationOrder;
        if (sdk) {
            text(DOCUMENT_ID, h.documentId());
        }
        if (h.code().isPresent()) {
            DocumentCode c = h.code().get();
            x.start(P, CODE);
            attributes(c.extensions());
            text(CODE_NUMBER, c.number());
            text(CODE_NOTATION, c.notation());
            elements(c.extensions());
            x.end();
        }
        if (h.promulgationInfo().isPresent()) {
            x.start(P, PROMULGATION_INFO);
            attributes(h.promulgationInfo().get().extensions());
            text(PLACE, h.promulgationInfo().get().place());
            text(PROMULGATION_DATE, h.promulgationInfo().get().date().map(Object::toString));
            elements(h.promulgationInfo().get().extensions());
            x.end();
        }
        if (h.documentType().isPresent()) {
            DocumentType t = h.documentType().get();
            x.start(P, DOCUMENT_TYPE);
            attributes(t.extensions());
            code(TYPE, t.category());
            text(TYPE_DETAIL, t.detail().map(String::valueOf));
            text(TYPE_NAME, t.name());
            elements(t.extensions());
            x.end();
        }
        text(SUBJECT, h.subject());
        text(CONTENT, h.content());
        if (h.signerInfo().isPresent()) {
            SignerInfo s = h.signerInfo().get();
            x.start(P, SIGNER_INFO);
            attributes(s.extensions());
            text(COMPETENCE, s.competence());
            text(POSITION, s.position());
            text(FULL_NAME, s.fullName());
            elements(s.extensions());
            x.end();
        }
        text(DUE_DATE, h.dueDate().map(Object::toString));
        if (!sdk) {
            list(TO_PLACES, PLACE, h.toPlaces());
        }
        if (h.otherInfo().isPresent()) {
            otherInfo(h.otherInfo().get());
        }
        for (ResponseFor r : h.responseFor()) {
            responseFor(r);
        }
        code(STEERING_TYPE, h.steeringType());
        if (!sdk) {
            text(DOCUMENT_ID, h.documentId());
        }
        list(RESPONSE_FOR_TASK, TASK_CODE, h.responseForTask());
        text(APPLICATION_TYPE, h.applicationType());
        if (sdk) {
            list(TO_PLACES, PLACE, h.toPlaces());
        }
        elements(h.extensions());
        x.end();
    }

    private void otherInfo(OtherInfo o) throws IOException {
        x.start(P, OTHER_INFO);
        attributes(o.extensions());
        code(PRIORITY, o.priority());
        text(SPHERE_OF_PROMULGATION, o.sphereOfPromulgation());
        text(TYPER_NOTATION, o.typerNotation());
        text(PROMULGATION_AMOUNT, o.promulgationAmount().map(String::valueOf));
        text(PAGE_AMOUNT, o.pageAmount().map(String::valueOf));
        text(REPLY_FORS, o.replyFors());
        text(DIRECTION, o.direction().map(String::valueOf));
        text(REFERENCE_CODES, o.referenceCodes());
        list(APPENDIXES, APPENDIX, o.appendixes());
        elements(o.extensions());
        x.end();
    }

    private void responseFor(ResponseFor r) throws IOException {
        x.start(P, RESPONSE_FOR);
        attributes(r.extensions());
        text(ORGAN_ID, r.organId().map(OrganId::value));
        text(CODE, r.code());
        if (!regulationOrder) {
            text(DOCUMENT_ID, r.documentId());
            text(PROMULGATION_DATE, r.promulgationDate().map(Object::toString));
        } else {
            text(PROMULGATION_DATE, r.promulgationDate().map(Object::toString));
            text(DOCUMENT_ID, r.documentId());
        }
        elements(r.extensions());
        x.end();
    }

    private void organization(String name, Optional<Organization> org) throws IOException {
        if (org.isEmpty()) {
            return;
        }
        Organization o = org.get();
        x.start(P, name);
        attributes(o.extensions());
        text(ORGAN_ID, o.organId().map(OrganId::value));
        text(ORGANIZATION_IN_CHARGE, o.organizationInCharge());
        text(ORGAN_NAME, o.name());
        text(ORGAN_ADD, o.address());
        text(EMAIL, o.email());
        text(TELEPHONE, o.telephone());
        text(FAX, o.fax());
        text(WEBSITE, o.website());
        elements(o.extensions());
        x.end();
    }

    /** The list's own attributes, {@code Paper} and unknown children are kept in a copy among the header's extensions. */
    private void trace(Optional<Business> business, List<TraceHeader> hops) throws IOException {
        x.start(P, TRACE_HEADER_LIST);
        if (business.isPresent()) {
            business(business.get());
        }
        for (TraceHeader h : hops) {
            x.start(P, TRACE_HEADER);
            attributes(h.extensions());
            text(ORGAN_ID, h.organId().map(OrganId::value));
            text(TIMESTAMP, h.timestamp().map(Object::toString));
            elements(h.extensions());
            x.end();
        }
        x.end();
    }

    private void business(Business b) throws IOException {
        x.start(P, BUSSINESS);
        attributes(b.extensions());
        text(DOCUMENT_ID, b.documentId());
        code(BUSSINESS_DOC_TYPE, b.type());
        text(BUSSINESS_DOC_REASON, b.reason());
        text(PAPER, b.paper().map(String::valueOf));
        for (BusinessDocumentInfo d : b.documentInfos()) {
            x.start(P, BUSSINESS_DOCUMENT_INFO);
            attributes(d.extensions());
            text(DOCUMENT_INFO, d.documentInfo().map(String::valueOf));
            text(DOCUMENT_RECEIVER, d.documentReceiver().map(String::valueOf));
            if (!d.receivers().isEmpty()) {
                x.start(P, RECEIVER_LIST);
                for (Receiver r : d.receivers()) {
                    x.start(P, RECEIVER);
                    attributes(r.extensions());
                    text(ORGAN_ID, r.organId().map(OrganId::value));
                    code(RECEIVER_TYPE, r.type());
                    elements(r.extensions());
                    x.end();
                }
                x.end();
            }
            elements(d.extensions());
            x.end();
        }
        if (!b.replacements().isEmpty()) {
            x.start(P, REPLACEMENT_INFO_LIST);
            for (ReplacementInfo ri : b.replacements()) {
                x.start(P, REPLACEMENT_INFO);
                attributes(ri.extensions());
                text(DOCUMENT_ID, ri.documentId());
                if (!ri.organIds().isEmpty()) {
                    x.start(P, ORGAN_ID_LIST);
                    for (OrganId id : ri.organIds()) {
                        x.textElement(P, ORGAN_ID, id.value());
                    }
                    x.end();
                }
                elements(ri.extensions());
                x.end();
            }
            x.end();
        }
        for (StaffInfo s : b.staffInfos()) {
            staffInfo(s);
        }
        elements(b.extensions());
        x.end();
    }

    private void staffInfo(StaffInfo s) throws IOException {
        x.start(P, STAFF_INFO);
        attributes(s.extensions());
        text(DEPARTMENT, s.department());
        text(DEPARTMENT_ID, s.departmentId());
        text(STAFF, s.staff());
        text(STAFF_ID, s.staffId());
        text(EMAIL, s.email());
        text(MOBILE, s.mobile());
        elements(s.extensions());
        x.end();
    }

    private void statusHeader(StatusHeader h) throws IOException {
        x.start(P, MESSAGE_HEADER);
        attributes(h.extensions());
        organization(FROM, h.from());
        if (h.responseFor().isPresent()) {
            responseFor(h.responseFor().get());
        }
        if (h.staffInfo().isPresent()) {
            staffInfo(h.staffInfo().get());
        }
        code(STATUS_CODE, h.statusCode());
        text(DESCRIPTION, h.description());
        text(TIMESTAMP, h.timestamp().map(Object::toString));
        elements(h.extensions());
        x.end();
    }

    private void manifest(Manifest m) throws IOException {
        x.start(P, EDXML_MANIFEST);
        if (m.version().isPresent()) {
            x.attribute("version", m.version().get());
        }
        attributes(m.extensions());
        for (ManifestReference r : m.references()) {
            x.start(P, REFERENCE);
            attributes(r.extensions());
            text(CONTENT_ID, r.contentId());
            text(CONTENT_TYPE, r.contentType());
            text(DESCRIPTION, r.description());
            text(ATTACHMENT_NAME, r.attachmentName());
            elements(r.extensions());
            x.end();
        }
        elements(m.extensions());
        x.end();
    }

    private void attachment(Attachment a) throws IOException {
        x.start("", ATTACHMENT);
        attributes(a.extensions());
        plain(CONTENT_ID, a.contentId());
        plain(ATTACHMENT_NAME, a.name());
        plain(DESCRIPTION, a.description());
        plain(FIELD_NAME, a.fieldName());
        plain(MIME_TYPE, a.mimeType());
        plain(CONTENT_TYPE, a.contentType());
        plain(FORMAT, a.format());
        x.start(P, CONTENT_TRANSFER_ENCODED);
        x.declare(P, NS);
        base64(a);
        x.end();
        elements(a.extensions());
        x.end();
    }

    private void base64(Attachment a) throws IOException {
        Base64.Encoder enc = Base64.getEncoder();
        byte[] buf = new byte[3 * 16 * 1024];
        char[] chars = new char[4 * 16 * 1024];
        boolean any = false;
        try (InputStream in = a.openStream()) {
            int n;
            while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                byte[] encoded = enc.encode(n == buf.length ? buf : java.util.Arrays.copyOf(buf, n));
                for (int i = 0; i < encoded.length; i++) {
                    chars[i] = (char) encoded[i];
                }
                x.rawChars(chars, 0, encoded.length);
                any = true;
            }
        }
        if (!any) {
            x.text("");
        }
    }

    private void text(String local, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            x.textElement(P, local, value.get());
        }
    }

    private void plain(String local, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            x.textElement("", local, value.get());
        }
    }

    private void code(String local, Optional<? extends OpenCode> value) throws IOException {
        text(local, value.map(OpenCode::code));
    }

    private void list(String container, String item, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        x.start(P, container);
        for (String v : values) {
            x.textElement(P, item, v);
        }
        x.end();
    }

    private void attributes(Extensions e) throws IOException {
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            x.keyedAttribute(a.getKey(), a.getValue());
        }
    }

    private void elements(Extensions e) throws IOException {
        for (XmlElement el : e.elements()) {
            x.element(el);
        }
    }
}
