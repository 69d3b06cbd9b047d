package dev.edxml.internal;

import dev.edxml.EdxmlException;
import dev.edxml.internal.xml.XNode;
import dev.edxml.model.Attachment;
import dev.edxml.model.AttachmentContent;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.BusinessDocumentInfo;
import dev.edxml.model.DocumentCategory;
import dev.edxml.model.DocumentCode;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlDate;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.EdxmlTimestamp;
import dev.edxml.model.EnvelopeExtensions;
import dev.edxml.model.Extensions;
import dev.edxml.model.Manifest;
import dev.edxml.model.ManifestReference;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.OrganId;
import dev.edxml.model.Organization;
import dev.edxml.model.OtherInfo;
import dev.edxml.model.Priority;
import dev.edxml.model.PromulgationInfo;
import dev.edxml.model.Provenance;
import dev.edxml.model.Receiver;
import dev.edxml.model.ReceiverList;
import dev.edxml.model.ReceiverType;
import dev.edxml.model.ReplacementInfo;
import dev.edxml.model.ReplacementInfoList;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.SignerInfo;
import dev.edxml.model.StaffInfo;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.SteeringType;
import dev.edxml.model.TraceHeader;
import dev.edxml.model.TraceHeaderList;
import dev.edxml.model.XmlElement;
import dev.edxml.model.XmlNode;
import dev.edxml.model.XmlText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps element trees onto the model. Children are matched by namespace and local name in any order (as the official
 * SDK and every peer do); what a mapping does not use is kept as an extension of the value it belongs to, so nothing
 * is dropped. Wire spellings ({@code Bussiness}, {@code OrganAdd}, {@code TyperNotation}) live only here and in
 * {@link PackageWriter}.
 */
final class WireMapper {
    private static final String NS = PackageReader.NS;
    private final Set<Provenance.Quirk> quirks;

    WireMapper(Set<Provenance.Quirk> quirks) {
        this.quirks = quirks;
    }

    EdxmlPackage map(PackageReader.Parts p, Provenance.Flavour flavour, String source) throws EdxmlException {
        XNode mh = p.messageHeader;
        List<XNode> headerLeft = new ArrayList<>(p.headerExtensions);
        Optional<SignatureBlock> signature = Optional.ofNullable(p.signature)
                .map(n -> new SignatureBlock(toElement(n, true)));
        signature.filter(s -> s.isLegacyPlaceholder())
                .ifPresent(s -> quirks.add(Provenance.Quirk.LEGACY_SIGNATURE_PLACEHOLDER));
        XNode statusCode = mh.children.stream().filter(c -> NS.equals(c.ns) && c.local.equals("StatusCode"))
                .findFirst().orElse(null);
        boolean status = statusCode != null;
        if (status && statusCode.text().isBlank()) {
            // a status package is told by its StatusCode; an empty one leaves nothing to read it as
            throw new EdxmlException("EDXML-STA-002", List.of(), statusCode.line, statusCode.column, statusCode.path,
                    null);
        }
        EdxmlPackage result;
        if (status) {
            if (p.traceHeaderList != null) {
                headerLeft.add(0, p.traceHeaderList);
            }
            List<XNode> envelopeLeft = new ArrayList<>(p.envelopeExtensions);
            Extensions bodyExt = p.body == null ? Extensions.NONE : rest(p.body);
            if (!p.attachments.isEmpty()) {
                throw new EdxmlException("EDXML-STA-001", List.of(), p.attachmentLine, -1, null, null);
            }
            Provenance prov = provenance(source, flavour);
            result = StatusPackage.builder().header(statusHeader(mh)).signature(signature.orElse(null))
                    .extensions(envelope(p, envelopeLeft, headerLeft, bodyExt)).provenance(prov).build();
        } else {
            Optional<Manifest> manifest = Optional.empty();
            Extensions bodyExt = Extensions.NONE;
            if (p.body != null) {
                XNode m = first(p.body, "edXMLManifest");
                if (m == null) {
                    m = first(p.body, "Manifest");
                    if (m != null) {
                        quirks.add(Provenance.Quirk.MANIFEST_ALIAS);
                    }
                }
                if (m != null) {
                    manifest = Optional.of(manifest(m));
                }
                bodyExt = rest(p.body);
            }
            if (quirks.contains(Provenance.Quirk.GATEWAY_ATTACHMENTS)
                    || p.envelopeExtensions.stream().anyMatch(c -> c.local.equals("edXMLAttachments"))
                    || p.body != null && p.body.children.stream().anyMatch(c -> c.local.equals("edXMLAttachments"))) {
                // spec §13 F9: a gateway's own vocabulary; kept as extensions, reported as a flavour
                flavour = Provenance.Flavour.GATEWAY_NONSTANDARD;
            }
            EdocPackage.Builder b = EdocPackage.builder().header(messageHeader(mh))
                    .trace(p.traceHeaderList == null ? null : trace(p.traceHeaderList))
                    .signature(signature.orElse(null)).attachments(p.attachments)
                    .extensions(envelope(p, p.envelopeExtensions, headerLeft, bodyExt));
            if (manifest.isPresent()) {
                b.manifest(manifest.get());
            } else {
                b.noManifest();
            }
            result = b.provenance(provenance(source, flavour)).build();
        }
        return result;
    }

    private Provenance provenance(String source, Provenance.Flavour flavour) {
        return new Provenance(Optional.ofNullable(source), flavour, quirks);
    }

    private EnvelopeExtensions envelope(PackageReader.Parts p, List<XNode> envelopeLeft, List<XNode> headerLeft,
                                        Extensions body) {
        Extensions root = new Extensions(p.rootExtensions, p.rootAttributes);
        Extensions env = new Extensions(elements(envelopeLeft), p.envelopeAttributes);
        Extensions head = new Extensions(elements(headerLeft), p.headerAttributes);
        EnvelopeExtensions e = new EnvelopeExtensions(root, env, head, body);
        if (!e.isEmpty()) {
            quirks.add(Provenance.Quirk.UNKNOWN_CONTENT);
        }
        return e;
    }

    // ---- document package header --------------------------------------------------------------------------

    private MessageHeader messageHeader(XNode n) throws EdxmlException {
        MessageHeader.Builder b = MessageHeader.builder();
        XNode from = first(n, "From");
        b.from(from == null ? null : organization(from));
        for (XNode to : all(n, "To")) {
            b.addTo(organization(to));
        }
        b.documentId(text(n, "DocumentId"));
        XNode code = first(n, "Code");
        if (code != null) {
            b.code(new DocumentCode(opt(text(code, "CodeNumber")), opt(text(code, "CodeNotation")), rest(code)));
        }
        XNode pi = first(n, "PromulgationInfo");
        if (pi != null) {
            b.promulgationInfo(new PromulgationInfo(opt(text(pi, "Place")), date(pi, "PromulgationDate"), rest(pi)));
        }
        XNode dt = first(n, "DocumentType");
        if (dt != null) {
            b.documentType(new DocumentType(code(dt, "Type", DocumentCategory::of), integer(dt, "TypeDetail"),
                    opt(text(dt, "TypeName")), rest(dt)));
        }
        b.subject(text(n, "Subject")).content(text(n, "Content"));
        XNode si = first(n, "SignerInfo");
        if (si != null) {
            b.signerInfo(new SignerInfo(opt(text(si, "Competence")), opt(text(si, "Position")),
                    opt(text(si, "FullName")), rest(si)));
        }
        b.dueDate(date(n, "DueDate").orElse(null));
        List<XmlElement> wrappers = new ArrayList<>();
        b.toPlaces(listTexts(n, "ToPlaces", "Place", wrappers));
        XNode oi = first(n, "OtherInfo");
        if (oi != null) {
            b.otherInfo(otherInfo(oi));
        }
        for (XNode rf : all(n, "ResponseFor")) {
            b.addResponseFor(responseFor(rf));
        }
        b.steeringType(code(n, "SteeringType", SteeringType::of).orElse(null));
        b.responseForTask(listTexts(n, "ResponseForTask", "TaskCode", wrappers));
        b.applicationType(text(n, "ApplicationType"));
        return b.extensions(rest(n, wrappers)).build();
    }

    private OtherInfo otherInfo(XNode n) throws EdxmlException {
        List<XmlElement> wrappers = new ArrayList<>();
        return new OtherInfo(code(n, "Priority", Priority::of), opt(text(n, "SphereOfPromulgation")),
                opt(text(n, "TyperNotation")), integer(n, "PromulgationAmount"), integer(n, "PageAmount"),
                opt(text(n, "ReplyFors")), bool(n, "Direction"), opt(text(n, "ReferenceCodes")),
                listTexts(n, "Appendixes", "Appendix", wrappers), rest(n, wrappers));
    }

    private ResponseFor responseFor(XNode n) throws EdxmlException {
        return new ResponseFor(organId(n, "OrganId"), opt(text(n, "Code")), opt(text(n, "DocumentId")),
                date(n, "PromulgationDate"), rest(n));
    }

    private Organization organization(XNode n) throws EdxmlException {
        return new Organization(organId(n, "OrganId"), opt(text(n, "OrganizationInCharge")),
                opt(text(n, "OrganName")), opt(text(n, "OrganAdd")), opt(text(n, "Email")),
                opt(text(n, "Telephone")), opt(text(n, "Fax")), opt(text(n, "Website")), rest(n));
    }

    private StaffInfo staffInfo(XNode n) throws EdxmlException {
        return new StaffInfo(opt(text(n, "Department")), opt(text(n, "DepartmentId")), opt(text(n, "Staff")),
                opt(text(n, "StaffId")), opt(text(n, "Email")), opt(text(n, "Mobile")), rest(n));
    }

    // ---- trace -----------------------------------------------------------------------------------------------

    private TraceHeaderList trace(XNode n) throws EdxmlException {
        Optional<Integer> paper = integer(n, "Paper");
        XNode bu = first(n, "Bussiness", "Business");
        Business business = bu == null ? null : business(bu);
        List<TraceHeader> hops = new ArrayList<>();
        for (XNode th : all(n, "TraceHeader")) {
            hops.add(new TraceHeader(organId(th, "OrganId"), timestamp(th, "Timestamp"), rest(th)));
        }
        return new TraceHeaderList(Optional.ofNullable(business), hops, paper, rest(n));
    }

    private Business business(XNode n) throws EdxmlException {
        Optional<String> documentId = opt(text(n, "DocumentId"));
        Optional<BusinessDocType> type = code(n, "BussinessDocType", BusinessDocType::of);
        if (type.isEmpty()) {
            type = code(n, "BusinessDocType", BusinessDocType::of);
            type.ifPresent(t -> quirks.add(Provenance.Quirk.BUSINESS_SPELLING));
        }
        Optional<String> reason = opt(text(n, "BussinessDocReason"));
        if (reason.isEmpty()) {
            reason = opt(text(n, "BusinessDocReason"));
            reason.ifPresent(t -> quirks.add(Provenance.Quirk.BUSINESS_SPELLING));
        }
        Optional<Integer> paper = integer(n, "Paper");
        List<BusinessDocumentInfo> documentInfos = new ArrayList<>();
        for (XNode di : all(n, "BussinessDocumentInfo", "BusinessDocumentInfo")) {
            List<ReceiverList> lists = new ArrayList<>();
            Optional<Integer> info = integer(di, "DocumentInfo");
            Optional<Integer> receiver = integer(di, "DocumentReceiver");
            for (XNode rl : all(di, "ReceiverList")) {
                List<Receiver> rs = new ArrayList<>();
                for (XNode r : all(rl, "Receiver")) {
                    rs.add(new Receiver(organId(r, "OrganId"), code(r, "ReceiverType", ReceiverType::of), rest(r)));
                }
                lists.add(new ReceiverList(rs, rest(rl)));
            }
            documentInfos.add(new BusinessDocumentInfo(info, receiver, lists, rest(di)));
        }
        List<ReplacementInfoList> replacements = new ArrayList<>();
        for (XNode ril : all(n, "ReplacementInfoList")) {
            List<ReplacementInfo> infos = new ArrayList<>();
            for (XNode ri : all(ril, "ReplacementInfo")) {
                Optional<String> docId = opt(text(ri, "DocumentId"));
                List<OrganId> ids = new ArrayList<>();
                List<XmlElement> idListRest = new ArrayList<>();
                Map<String, String> idListAttrs = new java.util.TreeMap<>();
                for (XNode il : all(ri, "OrganIdList")) {
                    String t;
                    while ((t = textOrEmpty(il, "OrganId")) != null) {
                        if (!t.isBlank()) {
                            ids.add(OrganId.of(t));
                        }
                    }
                    Extensions e = rest(il);
                    idListRest.addAll(e.elements());
                    idListAttrs.putAll(e.attributes());
                }
                infos.add(new ReplacementInfo(docId, ids, rest(ri), new Extensions(idListRest, idListAttrs)));
            }
            replacements.add(new ReplacementInfoList(infos, rest(ril)));
        }
        List<StaffInfo> staff = new ArrayList<>();
        for (XNode s : all(n, "StaffInfo")) {
            staff.add(staffInfo(s));
        }
        return new Business(documentId, type, reason, paper, documentInfos, replacements, staff, rest(n));
    }

    // ---- status package ----------------------------------------------------------------------------------------

    private StatusHeader statusHeader(XNode n) throws EdxmlException {
        XNode from = first(n, "From");
        XNode rf = first(n, "ResponseFor");
        XNode si = first(n, "StaffInfo");
        return new StatusHeader(from == null ? Optional.empty() : Optional.of(organization(from)),
                rf == null ? Optional.empty() : Optional.of(responseFor(rf)),
                si == null ? Optional.empty() : Optional.of(staffInfo(si)), code(n, "StatusCode", StatusCode::of),
                opt(text(n, "Description")), timestamp(n, "Timestamp"), rest(n));
    }

    // ---- body --------------------------------------------------------------------------------------------------

    private Manifest manifest(XNode n) throws EdxmlException {
        String version = n.attributes.remove("version");
        List<ManifestReference> refs = new ArrayList<>();
        for (XNode r : all(n, "Reference")) {
            ManifestReference ref = new ManifestReference(opt(text(r, "ContentId")), opt(text(r, "ContentType")),
                    opt(text(r, "Description")), opt(text(r, "AttachmentName")), rest(r));
            ref.contentId().filter(id -> id.regionMatches(true, 0, "cid:", 0, 4))
                    .ifPresent(id -> quirks.add(Provenance.Quirk.CID_PREFIX));
            refs.add(ref);
        }
        return new Manifest(opt(version), refs, rest(n));
    }

    Attachment attachment(XNode n, AttachmentContent content) throws EdxmlException {
        Attachment a = new Attachment(opt(text(n, "ContentId")), opt(text(n, "AttachmentName")),
                opt(text(n, "Description")), opt(text(n, "FieldName")), opt(text(n, "MimeType")),
                opt(text(n, "ContentType")), opt(text(n, "Format")), content, rest(n));
        a.contentId().filter(id -> id.regionMatches(true, 0, "cid:", 0, 4))
                .ifPresent(id -> quirks.add(Provenance.Quirk.CID_PREFIX));
        return a;
    }

    // ---- tree helpers ------------------------------------------------------------------------------------------

    private XNode first(XNode parent, String... names) {
        for (XNode c : parent.children) {
            if (!c.isConsumed() && NS.equals(c.ns) && matches(c.local, names)) {
                c.consume();
                if (names.length > 1 && c.local.equals(names[1]) && names[1].startsWith("Business")) {
                    quirks.add(Provenance.Quirk.BUSINESS_SPELLING);
                }
                return c;
            }
        }
        return null;
    }

    private List<XNode> all(XNode parent, String... names) {
        List<XNode> out = new ArrayList<>();
        XNode c;
        while ((c = first(parent, names)) != null) {
            out.add(c);
        }
        return out;
    }

    private static boolean matches(String local, String[] names) {
        for (String n : names) {
            if (n.equals(local)) {
                return true;
            }
        }
        return false;
    }

    /** The text of the first unconsumed child named {@code name} that has no element children; null if none or empty. */
    private String text(XNode parent, String name) {
        for (XNode c : parent.children) {
            if (!c.isConsumed() && NS.equals(c.ns) && c.local.equals(name) && !c.hasElements()
                    && c.attributes.isEmpty()) {
                c.consume();
                String t = c.text();
                return t.isEmpty() ? null : t;
            }
        }
        return null;
    }

    private XNode textNode(XNode parent, String name) {
        for (XNode c : parent.children) {
            if (!c.isConsumed() && NS.equals(c.ns) && c.local.equals(name) && !c.hasElements()
                    && c.attributes.isEmpty()) {
                return c;
            }
        }
        return null;
    }

    private static Optional<String> opt(String s) {
        return Optional.ofNullable(s);
    }

    private Optional<Integer> integer(XNode parent, String name) throws EdxmlException {
        XNode c = textNode(parent, name);
        if (c == null || c.text().isBlank()) {
            text(parent, name);
            return Optional.empty();
        }
        c.consume();
        try {
            return Optional.of(Integer.valueOf(c.text().strip()));
        } catch (NumberFormatException e) {
            throw new EdxmlException("EDXML-HDR-002", List.of(c.text()), c.line, c.column, c.path, null);
        }
    }

    private Optional<Boolean> bool(XNode parent, String name) throws EdxmlException {
        XNode c = textNode(parent, name);
        if (c == null || c.text().isBlank()) {
            text(parent, name);
            return Optional.empty();
        }
        c.consume();
        switch (c.text().strip()) {
            case "true":
            case "1":
                return Optional.of(true);
            case "false":
            case "0":
                return Optional.of(false);
            default:
                throw new EdxmlException("EDXML-HDR-003", List.of(c.text()), c.line, c.column, c.path, null);
        }
    }

    private <T> Optional<T> code(XNode parent, String name, Function<String, T> of) {
        String t = text(parent, name);
        return t == null || t.isBlank() ? Optional.empty() : Optional.of(of.apply(t));
    }

    private Optional<OrganId> organId(XNode parent, String name) {
        String t = text(parent, name);
        return t == null || t.isBlank() ? Optional.empty() : Optional.of(OrganId.of(t));
    }

    private Optional<EdxmlDate> date(XNode parent, String name) {
        String t = text(parent, name);
        return t == null || t.isBlank() ? Optional.empty() : Optional.of(EdxmlDate.parse(t));
    }

    private Optional<EdxmlTimestamp> timestamp(XNode parent, String name) {
        String t = text(parent, name);
        return t == null || t.isBlank() ? Optional.empty() : Optional.of(EdxmlTimestamp.parse(t));
    }

    /**
     * The item texts of every {@code container} child (e.g. {@code ToPlaces/Place}). Unknown content of a container is
     * kept in a copy of the container among the parent's extensions; readers gather all containers, so it comes back.
     */
    private List<String> listTexts(XNode parent, String container, String item, List<XmlElement> wrappers) {
        List<String> out = new ArrayList<>();
        for (XNode c : all(parent, container)) {
            String t;
            while ((t = textOrEmpty(c, item)) != null) {
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            Extensions left = rest(c);
            if (!left.isEmpty()) {
                wrappers.add(new XmlElement(NS, container, left.attributes(), new ArrayList<>(left.elements())));
            }
        }
        return out;
    }

    private String textOrEmpty(XNode parent, String name) {
        XNode c = textNode(parent, name);
        if (c == null) {
            return null;
        }
        c.consume();
        return c.text();
    }

    private Extensions rest(XNode n) {
        return rest(n, List.of());
    }

    private Extensions rest(XNode n, List<XmlElement> wrappers) {
        List<XmlElement> left = new ArrayList<>();
        for (XNode c : n.children) {
            if (!c.isConsumed()) {
                left.add(toElement(c));
            }
        }
        left.addAll(wrappers);
        if (!left.isEmpty() || !n.attributes.isEmpty()) {
            quirks.add(Provenance.Quirk.UNKNOWN_CONTENT);
        }
        return left.isEmpty() && n.attributes.isEmpty() ? Extensions.NONE : new Extensions(left, n.attributes);
    }

    private static List<XmlElement> elements(List<XNode> nodes) {
        return nodes.stream().map(WireMapper::toElement).toList();
    }

    /** The tree as a public value: whitespace between child elements is formatting and is dropped. */
    static XmlElement toElement(XNode n) {
        return toElement(n, false);
    }

    /** The tree as a public value; with {@code exact}, whitespace between child elements is kept too. */
    static XmlElement toElement(XNode n, boolean exact) {
        List<XmlNode> children = new ArrayList<>();
        boolean elements = n.hasElements();
        int ti = 0;
        for (int i = 0; i <= n.children.size(); i++) {
            while (ti < n.texts.size() && n.textPositions.get(ti) == i) {
                String t = n.texts.get(ti++);
                if (exact || !elements || !t.isBlank()) {
                    if (!children.isEmpty() && children.get(children.size() - 1) instanceof XmlText) {
                        XmlText prev = (XmlText) children.remove(children.size() - 1);
                        t = prev.text() + t;
                    }
                    children.add(new XmlText(t));
                }
            }
            if (i < n.children.size()) {
                children.add(toElement(n.children.get(i), exact));
            }
        }
        return new XmlElement(n.ns, n.local, n.attributes, children);
    }
}
