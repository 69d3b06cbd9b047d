package dev.edxml.internal;

import static dev.edxml.internal.xml.Names.*;

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
import dev.edxml.model.ReceiverType;
import dev.edxml.model.ReplacementInfo;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.SignerInfo;
import dev.edxml.model.StaffInfo;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.SteeringType;
import dev.edxml.model.TraceHeader;
import dev.edxml.model.XmlElement;
import dev.edxml.model.XmlNode;
import dev.edxml.model.XmlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps element trees onto the model. Children are matched by namespace and local name in any order (as the official
 * SDK and every peer do); what a mapping does not use is kept as an extension of the value it belongs to, so nothing
 * is dropped. The {@code take…} helpers remove what they read from the tree (they mark it consumed), so that
 * {@code rest} finds only what no mapping took. Wire spellings ({@code Bussiness}, {@code OrganAdd}, {@code TyperNotation}) live only here and in
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
        Optional<SignatureBlock> signature =
                Optional.ofNullable(p.signature).map(n -> new SignatureBlock(toElement(n, true)));
        signature
                .filter(s -> s.isLegacyPlaceholder())
                .ifPresent(s -> quirks.add(Provenance.Quirk.LEGACY_SIGNATURE_PLACEHOLDER));
        XNode statusCode = mh.children.stream()
                .filter(c -> NS.equals(c.ns) && c.local.equals(STATUS_CODE))
                .findFirst()
                .orElse(null);
        boolean status = statusCode != null;
        if (status && statusCode.text().isBlank()) {
            // a status package is told by its StatusCode; an empty one leaves nothing to read it as
            throw new EdxmlException(
                    "EDXML-STA-002", List.of(), statusCode.line, statusCode.column, statusCode.path, null);
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
            Extensions[] ext = envelope(p, envelopeLeft, List.of(), headerLeft, bodyExt);
            result = StatusPackage.builder()
                    .header(statusHeader(mh))
                    .signature(signature.orElse(null))
                    .rootExtensions(ext[0])
                    .envelopeExtensions(ext[1])
                    .headerExtensions(ext[2])
                    .bodyExtensions(ext[3])
                    .provenance(prov)
                    .build();
        } else {
            Optional<Manifest> manifest = Optional.empty();
            Extensions bodyExt = Extensions.NONE;
            if (p.body != null) {
                XNode m = takeFirst(p.body, EDXML_MANIFEST);
                if (m == null) {
                    m = takeFirst(p.body, MANIFEST);
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
                    || p.envelopeExtensions.stream().anyMatch(c -> c.local.equals(EDXML_ATTACHMENTS))
                    || p.body != null && p.body.children.stream().anyMatch(c -> c.local.equals(EDXML_ATTACHMENTS))) {
                // spec §13 F9: a gateway's own vocabulary; kept as extensions, reported as a flavour
                flavour = Provenance.Flavour.GATEWAY_NONSTANDARD;
            }
            EdocPackage.Builder b = EdocPackage.builder().header(messageHeader(mh));
            List<XmlElement> traceWrapper = new ArrayList<>();
            if (p.traceHeaderList != null) {
                trace(p.traceHeaderList, b, traceWrapper);
            }
            Extensions[] ext = envelope(p, p.envelopeExtensions, traceWrapper, headerLeft, bodyExt);
            b.signature(signature.orElse(null))
                    .attachments(p.attachments)
                    .rootExtensions(ext[0])
                    .envelopeExtensions(ext[1])
                    .headerExtensions(ext[2])
                    .bodyExtensions(ext[3]);
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

    /** Unknown content of the root, envelope, header and body, in that order. */
    private Extensions[] envelope(
            PackageReader.Parts p,
            List<XNode> envelopeLeft,
            List<XmlElement> headerFirst,
            List<XNode> headerLeft,
            Extensions body) {
        Extensions root = new Extensions(p.rootExtensions, p.rootAttributes);
        Extensions env = new Extensions(elements(envelopeLeft), p.envelopeAttributes);
        List<XmlElement> head = new ArrayList<>(headerFirst);
        head.addAll(elements(headerLeft));
        Extensions[] e = {root, env, new Extensions(head, p.headerAttributes), body};
        for (Extensions x : e) {
            if (!x.isEmpty()) {
                quirks.add(Provenance.Quirk.UNKNOWN_CONTENT);
            }
        }
        return e;
    }

    // ---- document package header --------------------------------------------------------------------------

    private MessageHeader messageHeader(XNode n) throws EdxmlException {
        MessageHeader.Builder b = MessageHeader.builder();
        XNode from = takeFirst(n, FROM);
        b.from(from == null ? null : organization(from));
        for (XNode to : takeAll(n, TO)) {
            b.addTo(organization(to));
        }
        b.documentId(takeText(n, DOCUMENT_ID));
        XNode code = takeFirst(n, CODE);
        if (code != null) {
            b.code(new DocumentCode(opt(takeText(code, CODE_NUMBER)), opt(takeText(code, CODE_NOTATION)), rest(code)));
        }
        XNode pi = takeFirst(n, PROMULGATION_INFO);
        if (pi != null) {
            b.promulgationInfo(
                    new PromulgationInfo(opt(takeText(pi, PLACE)), takeDate(pi, PROMULGATION_DATE), rest(pi)));
        }
        XNode dt = takeFirst(n, DOCUMENT_TYPE);
        if (dt != null) {
            b.documentType(new DocumentType(
                    takeCode(dt, TYPE, DocumentCategory::of),
                    takeInteger(dt, TYPE_DETAIL),
                    opt(takeText(dt, TYPE_NAME)),
                    rest(dt)));
        }
        b.subject(takeText(n, SUBJECT)).content(takeText(n, CONTENT));
        XNode si = takeFirst(n, SIGNER_INFO);
        if (si != null) {
            b.signerInfo(new SignerInfo(
                    opt(takeText(si, COMPETENCE)),
                    opt(takeText(si, POSITION)),
                    opt(takeText(si, FULL_NAME)),
                    rest(si)));
        }
        b.dueDate(takeDate(n, DUE_DATE).orElse(null));
        List<XmlElement> wrappers = new ArrayList<>();
        b.toPlaces(takeListTexts(n, TO_PLACES, PLACE, wrappers));
        XNode oi = takeFirst(n, OTHER_INFO);
        if (oi != null) {
            b.otherInfo(otherInfo(oi));
        }
        for (XNode rf : takeAll(n, RESPONSE_FOR)) {
            b.addResponseFor(responseFor(rf));
        }
        b.steeringType(takeCode(n, STEERING_TYPE, SteeringType::of).orElse(null));
        b.responseForTask(takeListTexts(n, RESPONSE_FOR_TASK, TASK_CODE, wrappers));
        b.applicationType(takeText(n, APPLICATION_TYPE));
        return b.extensions(rest(n, wrappers)).build();
    }

    private OtherInfo otherInfo(XNode n) throws EdxmlException {
        List<XmlElement> wrappers = new ArrayList<>();
        return new OtherInfo(
                takeCode(n, PRIORITY, Priority::of),
                opt(takeText(n, SPHERE_OF_PROMULGATION)),
                opt(takeText(n, TYPER_NOTATION)),
                takeInteger(n, PROMULGATION_AMOUNT),
                takeInteger(n, PAGE_AMOUNT),
                opt(takeText(n, REPLY_FORS)),
                takeBoolean(n, DIRECTION),
                opt(takeText(n, REFERENCE_CODES)),
                takeListTexts(n, APPENDIXES, APPENDIX, wrappers),
                rest(n, wrappers));
    }

    private ResponseFor responseFor(XNode n) throws EdxmlException {
        return new ResponseFor(
                takeOrganId(n, ORGAN_ID),
                opt(takeText(n, CODE)),
                opt(takeText(n, DOCUMENT_ID)),
                takeDate(n, PROMULGATION_DATE),
                rest(n));
    }

    private Organization organization(XNode n) throws EdxmlException {
        return new Organization(
                takeOrganId(n, ORGAN_ID),
                opt(takeText(n, ORGANIZATION_IN_CHARGE)),
                opt(takeText(n, ORGAN_NAME)),
                opt(takeText(n, ORGAN_ADD)),
                opt(takeText(n, EMAIL)),
                opt(takeText(n, TELEPHONE)),
                opt(takeText(n, FAX)),
                opt(takeText(n, WEBSITE)),
                rest(n));
    }

    private StaffInfo staffInfo(XNode n) throws EdxmlException {
        return new StaffInfo(
                opt(takeText(n, DEPARTMENT)),
                opt(takeText(n, DEPARTMENT_ID)),
                opt(takeText(n, STAFF)),
                opt(takeText(n, STAFF_ID)),
                opt(takeText(n, EMAIL)),
                opt(takeText(n, MOBILE)),
                rest(n));
    }

    // ---- trace -----------------------------------------------------------------------------------------------

    /**
     * The business and hops of {@code TraceHeaderList} into the package; what else the list holds (its {@code Paper},
     * attributes, unknown children) stays in a copy of the list, which goes first among the header's extensions.
     */
    private void trace(XNode n, EdocPackage.Builder into, List<XmlElement> wrapper) throws EdxmlException {
        XNode bu = takeFirst(n, BUSSINESS, BUSINESS);
        Business business = bu == null ? null : business(bu);
        into.business(business);
        boolean items = business != null;
        for (XNode th : takeAll(n, TRACE_HEADER)) {
            into.addTraceHeader(new TraceHeader(takeOrganId(th, ORGAN_ID), takeTimestamp(th, TIMESTAMP), rest(th)));
            items = true;
        }
        keepContainer(n, items, wrapper);
    }

    /**
     * Keeps what is left of a container whose items were folded into its owner: a copy of the container without its
     * items, among the owner's extensions, when it has anything left or had no item at all (so that an empty
     * container is not dropped either). A reader gathers the items of every such container, so the copy comes back.
     */
    private void keepContainer(XNode container, boolean hadItems, List<XmlElement> into) {
        Extensions left = rest(container);
        if (!left.isEmpty() || !hadItems) {
            into.add(
                    new XmlElement(container.ns, container.local, left.attributes(), new ArrayList<>(left.elements())));
        }
    }

    private Business business(XNode n) throws EdxmlException {
        Optional<String> documentId = opt(takeText(n, DOCUMENT_ID));
        Optional<BusinessDocType> type = takeCode(n, BUSSINESS_DOC_TYPE, BusinessDocType::of);
        if (type.isEmpty()) {
            type = takeCode(n, BUSINESS_DOC_TYPE, BusinessDocType::of);
            type.ifPresent(t -> quirks.add(Provenance.Quirk.BUSINESS_SPELLING));
        }
        Optional<String> reason = opt(takeText(n, BUSSINESS_DOC_REASON));
        if (reason.isEmpty()) {
            reason = opt(takeText(n, BUSINESS_DOC_REASON));
            reason.ifPresent(t -> quirks.add(Provenance.Quirk.BUSINESS_SPELLING));
        }
        Optional<Integer> paper = takeInteger(n, PAPER);
        List<BusinessDocumentInfo> documentInfos = new ArrayList<>();
        for (XNode di : takeAll(n, BUSSINESS_DOCUMENT_INFO, BUSINESS_DOCUMENT_INFO)) {
            List<Receiver> receivers = new ArrayList<>();
            List<XmlElement> kept = new ArrayList<>();
            Optional<Integer> info = takeInteger(di, DOCUMENT_INFO);
            Optional<Integer> receiver = takeInteger(di, DOCUMENT_RECEIVER);
            for (XNode rl : takeAll(di, RECEIVER_LIST)) {
                List<XNode> rs = takeAll(rl, RECEIVER);
                for (XNode r : rs) {
                    receivers.add(new Receiver(
                            takeOrganId(r, ORGAN_ID), takeCode(r, RECEIVER_TYPE, ReceiverType::of), rest(r)));
                }
                keepContainer(rl, !rs.isEmpty(), kept);
            }
            documentInfos.add(new BusinessDocumentInfo(info, receiver, receivers, rest(di, kept)));
        }
        List<ReplacementInfo> replacements = new ArrayList<>();
        List<XmlElement> keptLists = new ArrayList<>();
        for (XNode ril : takeAll(n, REPLACEMENT_INFO_LIST)) {
            List<XNode> ris = takeAll(ril, REPLACEMENT_INFO);
            for (XNode ri : ris) {
                Optional<String> docId = opt(takeText(ri, DOCUMENT_ID));
                List<OrganId> ids = new ArrayList<>();
                List<XmlElement> keptIdLists = new ArrayList<>();
                for (XNode il : takeAll(ri, ORGAN_ID_LIST)) {
                    String t;
                    boolean any = false;
                    while ((t = takeTextOrEmpty(il, ORGAN_ID)) != null) {
                        any = true;
                        if (!t.isBlank()) {
                            ids.add(OrganId.of(t));
                        }
                    }
                    keepContainer(il, any, keptIdLists);
                }
                replacements.add(new ReplacementInfo(docId, ids, rest(ri, keptIdLists)));
            }
            keepContainer(ril, !ris.isEmpty(), keptLists);
        }
        List<StaffInfo> staff = new ArrayList<>();
        for (XNode s : takeAll(n, STAFF_INFO)) {
            staff.add(staffInfo(s));
        }
        return new Business(documentId, type, reason, paper, documentInfos, replacements, staff, rest(n, keptLists));
    }

    // ---- status package ----------------------------------------------------------------------------------------

    private StatusHeader statusHeader(XNode n) throws EdxmlException {
        XNode from = takeFirst(n, FROM);
        XNode rf = takeFirst(n, RESPONSE_FOR);
        XNode si = takeFirst(n, STAFF_INFO);
        return new StatusHeader(
                from == null ? Optional.empty() : Optional.of(organization(from)),
                rf == null ? Optional.empty() : Optional.of(responseFor(rf)),
                si == null ? Optional.empty() : Optional.of(staffInfo(si)),
                takeCode(n, STATUS_CODE, StatusCode::of),
                opt(takeText(n, DESCRIPTION)),
                takeTimestamp(n, TIMESTAMP),
                rest(n));
    }

    // ---- body --------------------------------------------------------------------------------------------------

    private Manifest manifest(XNode n) throws EdxmlException {
        String version = n.attributes.remove("version");
        List<ManifestReference> refs = new ArrayList<>();
        for (XNode r : takeAll(n, REFERENCE)) {
            ManifestReference ref = new ManifestReference(
                    opt(takeText(r, CONTENT_ID)),
                    opt(takeText(r, CONTENT_TYPE)),
                    opt(takeText(r, DESCRIPTION)),
                    opt(takeText(r, ATTACHMENT_NAME)),
                    rest(r));
            ref.contentId()
                    .filter(id -> id.regionMatches(true, 0, "cid:", 0, 4))
                    .ifPresent(id -> quirks.add(Provenance.Quirk.CID_PREFIX));
            refs.add(ref);
        }
        return new Manifest(opt(version), refs, rest(n));
    }

    Attachment attachment(XNode n, AttachmentContent content) throws EdxmlException {
        Attachment a = new Attachment(
                opt(takeText(n, CONTENT_ID)),
                opt(takeText(n, ATTACHMENT_NAME)),
                opt(takeText(n, DESCRIPTION)),
                opt(takeText(n, FIELD_NAME)),
                opt(takeText(n, MIME_TYPE)),
                opt(takeText(n, CONTENT_TYPE)),
                opt(takeText(n, FORMAT)),
                content,
                rest(n));
        a.contentId()
                .filter(id -> id.regionMatches(true, 0, "cid:", 0, 4))
                .ifPresent(id -> quirks.add(Provenance.Quirk.CID_PREFIX));
        return a;
    }

    // ---- tree helpers ------------------------------------------------------------------------------------------

    private XNode takeFirst(XNode parent, String... names) {
        for (XNode c : parent.children) {
            if (!c.isConsumed() && NS.equals(c.ns) && matches(c.local, names)) {
                c.consume();
                if (names.length > 1 && c.local.equals(names[1]) && names[1].startsWith(BUSINESS)) {
                    quirks.add(Provenance.Quirk.BUSINESS_SPELLING);
                }
                return c;
            }
        }
        return null;
    }

    private List<XNode> takeAll(XNode parent, String... names) {
        List<XNode> out = new ArrayList<>();
        XNode c;
        while ((c = takeFirst(parent, names)) != null) {
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
    private String takeText(XNode parent, String name) {
        for (XNode c : parent.children) {
            if (!c.isConsumed()
                    && NS.equals(c.ns)
                    && c.local.equals(name)
                    && !c.hasElements()
                    && c.attributes.isEmpty()) {
                c.consume();
                String t = c.text();
                return t.isEmpty() ? null : t;
            }
        }
        return null;
    }

    private XNode peekTextNode(XNode parent, String name) {
        for (XNode c : parent.children) {
            if (!c.isConsumed()
                    && NS.equals(c.ns)
                    && c.local.equals(name)
                    && !c.hasElements()
                    && c.attributes.isEmpty()) {
                return c;
            }
        }
        return null;
    }

    private static Optional<String> opt(String s) {
        return Optional.ofNullable(s);
    }

    private Optional<Integer> takeInteger(XNode parent, String name) throws EdxmlException {
        XNode c = peekTextNode(parent, name);
        if (c == null || c.text().isBlank()) {
            takeText(parent, name);
            return Optional.empty();
        }
        c.consume();
        try {
            return Optional.of(Integer.valueOf(c.text().strip()));
        } catch (NumberFormatException e) {
            throw new EdxmlException("EDXML-HDR-002", List.of(c.text()), c.line, c.column, c.path, null);
        }
    }

    private Optional<Boolean> takeBoolean(XNode parent, String name) throws EdxmlException {
        XNode c = peekTextNode(parent, name);
        if (c == null || c.text().isBlank()) {
            takeText(parent, name);
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

    private <T> Optional<T> takeCode(XNode parent, String name, Function<String, T> of) {
        String t = takeText(parent, name);
        return t == null || t.isBlank() ? Optional.empty() : Optional.of(of.apply(t));
    }

    private Optional<OrganId> takeOrganId(XNode parent, String name) {
        String t = takeText(parent, name);
        return t == null || t.isBlank() ? Optional.empty() : Optional.of(OrganId.of(t));
    }

    private Optional<EdxmlDate> takeDate(XNode parent, String name) {
        String t = takeText(parent, name);
        return t == null || t.isBlank() ? Optional.empty() : Optional.of(EdxmlDate.parse(t));
    }

    private Optional<EdxmlTimestamp> takeTimestamp(XNode parent, String name) {
        String t = takeText(parent, name);
        return t == null || t.isBlank() ? Optional.empty() : Optional.of(EdxmlTimestamp.parse(t));
    }

    /**
     * The item texts of every {@code container} child (e.g. {@code ToPlaces/Place}). Unknown content of a container is
     * kept in a copy of the container among the parent's extensions; readers gather all containers, so it comes back.
     */
    private List<String> takeListTexts(XNode parent, String container, String item, List<XmlElement> wrappers) {
        List<String> out = new ArrayList<>();
        for (XNode c : takeAll(parent, container)) {
            String t;
            while ((t = takeTextOrEmpty(c, item)) != null) {
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

    private String takeTextOrEmpty(XNode parent, String name) {
        XNode c = peekTextNode(parent, name);
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
