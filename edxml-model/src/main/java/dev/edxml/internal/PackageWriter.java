package dev.edxml.internal;

import dev.edxml.EdxmlWriter;
import dev.edxml.internal.xml.XmlOut;
import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocumentInfo;
import dev.edxml.model.DocumentCode;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.EnvelopeExtensions;
import dev.edxml.model.Extensions;
import dev.edxml.model.Manifest;
import dev.edxml.model.ManifestReference;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.OpenCode;
import dev.edxml.model.OrganId;
import dev.edxml.model.Organization;
import dev.edxml.model.OtherInfo;
import dev.edxml.model.Receiver;
import dev.edxml.model.ReceiverList;
import dev.edxml.model.ReplacementInfo;
import dev.edxml.model.ReplacementInfoList;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.SignerInfo;
import dev.edxml.model.StaffInfo;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.TraceHeader;
import dev.edxml.model.TraceHeaderList;
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
    private static final String P = "edXML";

    private final EdxmlWriter.ElementOrder order;
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

    public PackageWriter(EdxmlWriter.ElementOrder order) {
        this(order, null);
    }

    /**
     * A writer that also tells {@code listener} what it writes, as a parser reading the bytes back would report it
     * (signing canonicalises and digests the package as it is written); {@code null} for none.
     */
    public PackageWriter(EdxmlWriter.ElementOrder order, XmlOut.Listener listener) {
        this(order, listener, null);
    }

    /** A writer with a listener (or {@code null}) that also tells {@code slot} where the signature is written. */
    public PackageWriter(EdxmlWriter.ElementOrder order, XmlOut.Listener listener, SignatureSlot slot) {
        this.order = order;
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
        out.start("", "edXML");
        out.declare("", NS);
        out.start(P, "edXMLEnvelope");
        out.declare(P, NS);
        out.start(P, "edXMLHeader");
        out.rawChars(new char[0], 0, 0);
        int from = sw.getBuffer().length();
        out.element(signature, true);
        return sw.getBuffer().substring(from).getBytes(StandardCharsets.UTF_8);
    }

    /** The order {@link dev.edxml.Edxml#write} uses. */
    public static EdxmlWriter.ElementOrder defaultOrder() {
        return EdxmlWriter.ElementOrder.SDK;
    }

    public void write(EdxmlPackage pkg, OutputStream out) throws IOException {
        write(pkg, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    /** Writes the package's characters to {@code w} (flushed, not closed). */
    public void write(EdxmlPackage pkg, Writer w) throws IOException {
        x = new XmlOut(w, listener);
        x.declaration();
        EnvelopeExtensions ext = pkg.extensions();
        x.start("", "edXML");
        x.declare("", NS);
        attributes(ext.root());
        x.start(P, "edXMLEnvelope");
        x.declare(P, NS);
        attributes(ext.envelope());
        x.start(P, "edXMLHeader");
        attributes(ext.header());
        if (pkg instanceof EdocPackage) {
            EdocPackage e = (EdocPackage) pkg;
            messageHeader(e.header());
            if (e.trace().isPresent()) {
                trace(e.trace().get());
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
        elements(ext.header());
        x.end();
        Optional<Manifest> manifest = pkg instanceof EdocPackage ? ((EdocPackage) pkg).manifest() : Optional.empty();
        if (manifest.isPresent() || !ext.body().isEmpty()) {
            x.start(P, "edXMLBody");
            attributes(ext.body());
            if (manifest.isPresent()) {
                manifest(manifest.get());
            }
            elements(ext.body());
            x.end();
        }
        elements(ext.envelope());
        x.end();
        if (pkg instanceof EdocPackage && !((EdocPackage) pkg).attachments().isEmpty()) {
            x.start("", "AttachmentEncoded");
            for (Attachment a : ((EdocPackage) pkg).attachments()) {
                attachment(a);
            }
            x.end();
        }
        elements(ext.root());
        x.end();
        x.finish();
    }

    private void messageHeader(MessageHeader h) throws IOException {
        x.start(P, "MessageHeader");
        attributes(h.extensions());
        organization("From", h.from());
        for (Organization to : h.to()) {
            organization("To", Optional.of(to));
        }
        boolean sdk = order == EdxmlWriter.ElementOrder.SDK;
        if (sdk) {
            text("DocumentId", h.documentId());
        }
        if (h.code().isPresent()) {
            DocumentCode c = h.code().get();
            x.start(P, "Code");
            attributes(c.extensions());
            text("CodeNumber", c.number());
            text("CodeNotation", c.notation());
            elements(c.extensions());
            x.end();
        }
        if (h.promulgationInfo().isPresent()) {
            x.start(P, "PromulgationInfo");
            attributes(h.promulgationInfo().get().extensions());
            text("Place", h.promulgationInfo().get().place());
            text("PromulgationDate", h.promulgationInfo().get().date().map(Object::toString));
            elements(h.promulgationInfo().get().extensions());
            x.end();
        }
        if (h.documentType().isPresent()) {
            DocumentType t = h.documentType().get();
            x.start(P, "DocumentType");
            attributes(t.extensions());
            code("Type", t.category());
            text("TypeDetail", t.detail().map(String::valueOf));
            text("TypeName", t.name());
            elements(t.extensions());
            x.end();
        }
        text("Subject", h.subject());
        text("Content", h.content());
        if (h.signerInfo().isPresent()) {
            SignerInfo s = h.signerInfo().get();
            x.start(P, "SignerInfo");
            attributes(s.extensions());
            text("Competence", s.competence());
            text("Position", s.position());
            text("FullName", s.fullName());
            elements(s.extensions());
            x.end();
        }
        text("DueDate", h.dueDate().map(Object::toString));
        if (!sdk) {
            list("ToPlaces", "Place", h.toPlaces());
        }
        if (h.otherInfo().isPresent()) {
            otherInfo(h.otherInfo().get());
        }
        for (ResponseFor r : h.responseFor()) {
            responseFor(r);
        }
        code("SteeringType", h.steeringType());
        if (!sdk) {
            text("DocumentId", h.documentId());
        }
        list("ResponseForTask", "TaskCode", h.responseForTask());
        text("ApplicationType", h.applicationType());
        if (sdk) {
            list("ToPlaces", "Place", h.toPlaces());
        }
        elements(h.extensions());
        x.end();
    }

    private void otherInfo(OtherInfo o) throws IOException {
        x.start(P, "OtherInfo");
        attributes(o.extensions());
        code("Priority", o.priority());
        text("SphereOfPromulgation", o.sphereOfPromulgation());
        text("TyperNotation", o.typerNotation());
        text("PromulgationAmount", o.promulgationAmount().map(String::valueOf));
        text("PageAmount", o.pageAmount().map(String::valueOf));
        text("ReplyFors", o.replyFors());
        text("Direction", o.direction().map(String::valueOf));
        text("ReferenceCodes", o.referenceCodes());
        list("Appendixes", "Appendix", o.appendixes());
        elements(o.extensions());
        x.end();
    }

    private void responseFor(ResponseFor r) throws IOException {
        x.start(P, "ResponseFor");
        attributes(r.extensions());
        text("OrganId", r.organId().map(OrganId::value));
        text("Code", r.code());
        if (order == EdxmlWriter.ElementOrder.SDK) {
            text("DocumentId", r.documentId());
            text("PromulgationDate", r.promulgationDate().map(Object::toString));
        } else {
            text("PromulgationDate", r.promulgationDate().map(Object::toString));
            text("DocumentId", r.documentId());
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
        text("OrganId", o.organId().map(OrganId::value));
        text("OrganizationInCharge", o.organizationInCharge());
        text("OrganName", o.name());
        text("OrganAdd", o.address());
        text("Email", o.email());
        text("Telephone", o.telephone());
        text("Fax", o.fax());
        text("Website", o.website());
        elements(o.extensions());
        x.end();
    }

    private void trace(TraceHeaderList t) throws IOException {
        x.start(P, "TraceHeaderList");
        attributes(t.extensions());
        text("Paper", t.paper().map(String::valueOf));
        if (t.business().isPresent()) {
            business(t.business().get());
        }
        for (TraceHeader h : t.traceHeaders()) {
            x.start(P, "TraceHeader");
            attributes(h.extensions());
            text("OrganId", h.organId().map(OrganId::value));
            text("Timestamp", h.timestamp().map(Object::toString));
            elements(h.extensions());
            x.end();
        }
        elements(t.extensions());
        x.end();
    }

    private void business(Business b) throws IOException {
        x.start(P, "Bussiness");
        attributes(b.extensions());
        text("DocumentId", b.documentId());
        code("BussinessDocType", b.type());
        text("BussinessDocReason", b.reason());
        text("Paper", b.paper().map(String::valueOf));
        for (BusinessDocumentInfo d : b.documentInfos()) {
            x.start(P, "BussinessDocumentInfo");
            attributes(d.extensions());
            text("DocumentInfo", d.documentInfo().map(String::valueOf));
            text("DocumentReceiver", d.documentReceiver().map(String::valueOf));
            for (ReceiverList rl : d.receiverLists()) {
                x.start(P, "ReceiverList");
                attributes(rl.extensions());
                for (Receiver r : rl.receivers()) {
                    x.start(P, "Receiver");
                    attributes(r.extensions());
                    text("OrganId", r.organId().map(OrganId::value));
                    code("ReceiverType", r.type());
                    elements(r.extensions());
                    x.end();
                }
                elements(rl.extensions());
                x.end();
            }
            elements(d.extensions());
            x.end();
        }
        for (ReplacementInfoList ril : b.replacementInfos()) {
            x.start(P, "ReplacementInfoList");
            attributes(ril.extensions());
            for (ReplacementInfo ri : ril.replacements()) {
                x.start(P, "ReplacementInfo");
                attributes(ri.extensions());
                text("DocumentId", ri.documentId());
                if (!ri.organIds().isEmpty() || !ri.organIdListExtensions().isEmpty()) {
                    x.start(P, "OrganIdList");
                    attributes(ri.organIdListExtensions());
                    for (OrganId id : ri.organIds()) {
                        x.textElement(P, "OrganId", id.value());
                    }
                    elements(ri.organIdListExtensions());
                    x.end();
                }
                elements(ri.extensions());
                x.end();
            }
            elements(ril.extensions());
            x.end();
        }
        for (StaffInfo s : b.staffInfos()) {
            staffInfo(s);
        }
        elements(b.extensions());
        x.end();
    }

    private void staffInfo(StaffInfo s) throws IOException {
        x.start(P, "StaffInfo");
        attributes(s.extensions());
        text("Department", s.department());
        text("DepartmentId", s.departmentId());
        text("Staff", s.staff());
        text("StaffId", s.staffId());
        text("Email", s.email());
        text("Mobile", s.mobile());
        elements(s.extensions());
        x.end();
    }

    private void statusHeader(StatusHeader h) throws IOException {
        x.start(P, "MessageHeader");
        attributes(h.extensions());
        organization("From", h.from());
        if (h.responseFor().isPresent()) {
            responseFor(h.responseFor().get());
        }
        if (h.staffInfo().isPresent()) {
            staffInfo(h.staffInfo().get());
        }
        code("StatusCode", h.statusCode());
        text("Description", h.description());
        text("Timestamp", h.timestamp().map(Object::toString));
        elements(h.extensions());
        x.end();
    }

    private void manifest(Manifest m) throws IOException {
        x.start(P, "edXMLManifest");
        if (m.version().isPresent()) {
            x.attribute("version", m.version().get());
        }
        attributes(m.extensions());
        for (ManifestReference r : m.references()) {
            x.start(P, "Reference");
            attributes(r.extensions());
            text("ContentId", r.contentId());
            text("ContentType", r.contentType());
            text("Description", r.description());
            text("AttachmentName", r.attachmentName());
            elements(r.extensions());
            x.end();
        }
        elements(m.extensions());
        x.end();
    }

    private void attachment(Attachment a) throws IOException {
        x.start("", "Attachment");
        attributes(a.extensions());
        plain("ContentId", a.contentId());
        plain("AttachmentName", a.name());
        plain("Description", a.description());
        plain("FieldName", a.fieldName());
        plain("MimeType", a.mimeType());
        plain("ContentType", a.contentType());
        plain("Format", a.format());
        x.start(P, "ContentTransferEncoded");
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
