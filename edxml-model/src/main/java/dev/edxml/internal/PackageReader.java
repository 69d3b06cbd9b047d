package dev.edxml.internal;

import static dev.edxml.internal.xml.Names.*;

import dev.edxml.EdxmlException;
import dev.edxml.internal.xml.StaxInput;
import dev.edxml.internal.xml.XNode;
import dev.edxml.model.Attachment;
import dev.edxml.model.AttachmentContent;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.Provenance;
import dev.edxml.model.SpecVersion;
import dev.edxml.model.XmlElement;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one package: walks the skeleton with a StAX cursor, reads the header and body into trees that
 * {@link WireMapper} maps onto the model, and streams each attachment's base64 straight into its content sink.
 */
public final class PackageReader {
    static final String NS = SpecVersion.QCVN_102_2016.namespace();
    private static final String ROOT = "/edXML";

    private final String source;
    private final boolean skipLeadingJunk;
    private final long maxHeaderChars;
    private final int maxElements;
    private final int maxDepth;
    private final long maxAttachmentBytes;
    private final int memoryThreshold;
    private final Path tempDir;
    private final Set<Provenance.Quirk> quirks = EnumSet.noneOf(Provenance.Quirk.class);

    public PackageReader(
            String source,
            boolean skipLeadingJunk,
            long maxHeaderChars,
            int maxElements,
            int maxDepth,
            long maxAttachmentBytes,
            int memoryThreshold,
            Path tempDir) {
        this.source = source;
        this.skipLeadingJunk = skipLeadingJunk;
        this.maxHeaderChars = maxHeaderChars;
        this.maxElements = maxElements;
        this.maxDepth = maxDepth;
        this.maxAttachmentBytes = maxAttachmentBytes;
        this.memoryThreshold = memoryThreshold;
        this.tempDir = tempDir;
    }

    public EdxmlPackage read(InputStream raw) throws IOException {
        // the JDK's StAX reader closes its input when it reaches the end of the document: the caller's stream is
        // the caller's to close
        InputStream shielded = new java.io.FilterInputStream(raw) {
            @Override
            public void close() {}
        };
        InputStream in = skipPrologJunk(new BufferedInputStream(shielded, 1 << 16));
        StaxInput x = new StaxInput(in, maxHeaderChars, maxElements, maxDepth);
        Parts parts = new Parts();
        boolean read = false;
        try {
            int ev;
            do {
                ev = x.next();
            } while (ev != XMLStreamConstants.START_ELEMENT && ev != XMLStreamConstants.END_DOCUMENT);
            if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw x.error("EDXML-ENV-004", List.of("(none)", ""), null);
            }
            if (!NS.equals(x.ns())) {
                throw x.error("EDXML-ENV-004", List.of(x.local(), x.ns()), "/" + x.local());
            }
            Provenance.Flavour flavour;
            if (x.local().equals(EDXML)) {
                flavour = Provenance.Flavour.STANDARD;
                rootAttributes(x, parts);
                readRoot(x, parts);
            } else if (x.local().equals(EDXML_ENVELOPE)) {
                flavour = Provenance.Flavour.BARE_ENVELOPE;
                readEnvelope(x, parts, "");
            } else {
                throw x.error("EDXML-ENV-004", List.of(x.local(), x.ns()), "/" + x.local());
            }
            // whatever follows the document element must be well-formed too (comments and whitespace only)
            while (x.next() != XMLStreamConstants.END_DOCUMENT) {
                if (x.raw().getEventType() == XMLStreamConstants.START_ELEMENT) {
                    throw x.error("EDXML-ENV-001", List.of("content after the document element"), null);
                }
            }
            if (parts.messageHeader == null) {
                throw new EdxmlException(
                        "EDXML-HDR-001",
                        List.of(),
                        parts.envelopeLine,
                        parts.envelopeColumn,
                        ROOT + "/edXMLEnvelope/edXMLHeader",
                        null);
            }
            EdxmlPackage pkg = new WireMapper(quirks).map(parts, flavour, source);
            read = true;
            return pkg;
        } finally {
            if (!read) {
                // a package that is refused half-way leaves no spooled attachment behind
                parts.attachments.forEach(a -> a.content().close());
            }
            x.close();
        }
    }

    /** What the skeleton walk collected, for the mapper. */
    static final class Parts {
        final Map<String, String> rootAttributes = new HashMap<>();
        final List<XmlElement> rootExtensions = new ArrayList<>();
        final List<XNode> envelopeExtensions = new ArrayList<>();
        final Map<String, String> envelopeAttributes = new HashMap<>();
        final List<XNode> headerExtensions = new ArrayList<>();
        final Map<String, String> headerAttributes = new HashMap<>();
        XNode messageHeader;
        XNode traceHeaderList;
        XNode signature;
        XNode body;
        final List<Attachment> attachments = new ArrayList<>();
        int envelopeLine = -1;
        int envelopeColumn = -1;
        int attachmentLine = -1;
    }

    private InputStream skipPrologJunk(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] bom = in.readNBytes(3);
        if (bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
            quirks.add(Provenance.Quirk.BYTE_ORDER_MARK);
        } else {
            in.reset();
        }
        in.mark(1);
        int first = in.read();
        if (first == -1) {
            throw new EdxmlException("EDXML-ENV-003", List.of("(empty)"), 1, 1, null, null);
        }
        if (first == '<') {
            in.reset();
            return in;
        }
        if (!skipLeadingJunk) {
            throw new EdxmlException("EDXML-ENV-003", List.of(describe(first)), 1, 1, null, null);
        }
        int b;
        long skipped = 1;
        while ((b = in.read()) != -1 && b != '<') {
            if (++skipped > 4096) {
                throw new EdxmlException("EDXML-ENV-003", List.of(describe(first)), 1, 1, null, null);
            }
        }
        quirks.add(Provenance.Quirk.LEADING_JUNK_SKIPPED);
        return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(new byte[] {'<'}), in);
    }

    private static String describe(int b) {
        return b >= 0x21 && b < 0x7F ? "'" + (char) b + "'" : String.format(java.util.Locale.ROOT, "0x%02X", b);
    }

    private static void rootAttributes(StaxInput x, Parts parts) {
        XMLStreamReader r = x.raw();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ans = r.getAttributeNamespace(i);
            if (javax.xml.XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ans)) {
                continue; // a namespace declaration (the JDK reports them as attributes in XML 1.1), not data
            }
            parts.rootAttributes.put(
                    ans == null || ans.isEmpty()
                            ? r.getAttributeLocalName(i)
                            : "{" + ans + "}" + r.getAttributeLocalName(i),
                    r.getAttributeValue(i));
        }
    }

    private void readRoot(StaxInput x, Parts parts) throws IOException {
        Map<String, Integer> siblings = new HashMap<>();
        while (x.nextTag(ROOT) == XMLStreamConstants.START_ELEMENT) {
            if (NS.equals(x.ns()) && x.local().equals(EDXML_ENVELOPE) && parts.envelopeLine < 0) {
                readEnvelope(x, parts, ROOT);
            } else if (NS.equals(x.ns()) && x.local().equals(ATTACHMENT_ENCODED)) {
                readAttachments(x, parts, ROOT + "/AttachmentEncoded");
            } else {
                quirks.add(Provenance.Quirk.UNKNOWN_CONTENT);
                parts.rootExtensions.add(WireMapper.toElement(x.tree(ROOT, siblings, 1)));
            }
        }
    }

    private void readEnvelope(StaxInput x, Parts parts, String parent) throws IOException {
        String path = parent + "/edXMLEnvelope";
        parts.envelopeLine = x.line();
        parts.envelopeColumn = x.column();
        attributes(x, parts.envelopeAttributes);
        Map<String, Integer> siblings = new HashMap<>();
        while (x.nextTag(path) == XMLStreamConstants.START_ELEMENT) {
            boolean qcvn = NS.equals(x.ns());
            if (qcvn && x.local().equals(EDXML_HEADER) && parts.messageHeader == null) {
                readHeader(x, parts, path);
            } else if (qcvn && x.local().equals(EDXML_BODY) && parts.body == null) {
                parts.body = x.tree(path, siblings, 2);
            } else if (qcvn && x.local().equals(ATTACHMENT_ENCODED)) {
                quirks.add(Provenance.Quirk.ATTACHMENTS_INSIDE_ENVELOPE);
                readAttachments(x, parts, path + "/AttachmentEncoded");
            } else if (qcvn && x.local().equals(EDXML_ATTACHMENTS) && x.raw().getAttributeCount() == 0) {
                // the gateway flavour (gateway-built/nonstd_*): its files are the package's attachments, not
                // unknown content; Attachment{AttachmentName, AttachmentType, AttachmentSize, AttachmentData}
                readGatewayAttachments(x, parts, path + "/edXMLAttachments");
            } else {
                parts.envelopeExtensions.add(x.tree(path, siblings, 2));
            }
        }
    }

    private void readHeader(StaxInput x, Parts parts, String parent) throws IOException {
        String path = parent + "/edXMLHeader";
        attributes(x, parts.headerAttributes);
        Map<String, Integer> siblings = new HashMap<>();
        while (x.nextTag(path) == XMLStreamConstants.START_ELEMENT) {
            boolean qcvn = NS.equals(x.ns());
            XNode n = x.tree(path, siblings, 3);
            if (qcvn && n.local.equals(MESSAGE_HEADER) && parts.messageHeader == null) {
                parts.messageHeader = n;
            } else if (qcvn && n.local.equals(TRACE_HEADER_LIST) && parts.traceHeaderList == null) {
                parts.traceHeaderList = n;
            } else if (n.local.equals(SIGNATURE)
                    && parts.signature == null
                    && (qcvn || n.ns.equals(dev.edxml.model.SignatureBlock.XMLDSIG_NS))) {
                parts.signature = n;
            } else {
                parts.headerExtensions.add(n);
            }
        }
    }

    private static void attributes(StaxInput x, Map<String, String> into) {
        XMLStreamReader r = x.raw();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ans = r.getAttributeNamespace(i);
            if (javax.xml.XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ans)) {
                continue; // a namespace declaration (the JDK reports them as attributes in XML 1.1), not data
            }
            into.put(
                    ans == null || ans.isEmpty()
                            ? r.getAttributeLocalName(i)
                            : "{" + ans + "}" + r.getAttributeLocalName(i),
                    r.getAttributeValue(i));
        }
    }

    private void readAttachments(StaxInput x, Parts parts, String path) throws IOException {
        if (parts.attachmentLine < 0) {
            parts.attachmentLine = x.line();
        }
        Map<String, String> attrs = new HashMap<>();
        attributes(x, attrs);
        List<dev.edxml.model.XmlNode> leftovers = new ArrayList<>();
        Map<String, Integer> siblings = new HashMap<>();
        while (x.nextTag(path) == XMLStreamConstants.START_ELEMENT) {
            if (NS.equals(x.ns()) && x.local().equals(ATTACHMENT)) {
                int n = siblings.merge(ATTACHMENT, 1, Integer::sum);
                parts.attachments.add(readAttachment(x, path + "/Attachment" + (n > 1 ? "[" + n + "]" : "")));
            } else {
                leftovers.add(WireMapper.toElement(x.tree(path, siblings, 2)));
            }
        }
        if (!leftovers.isEmpty() || !attrs.isEmpty()) {
            // unknown content of AttachmentEncoded is kept in a second AttachmentEncoded element (readers gather all)
            quirks.add(Provenance.Quirk.UNKNOWN_CONTENT);
            parts.rootExtensions.add(new XmlElement(NS, ATTACHMENT_ENCODED, attrs, leftovers));
        }
    }

    private void readGatewayAttachments(StaxInput x, Parts parts, String path) throws IOException {
        if (parts.attachmentLine < 0) {
            parts.attachmentLine = x.line();
        }
        Map<String, Integer> siblings = new HashMap<>();
        List<XNode> leftovers = new ArrayList<>();
        while (x.nextTag(path) == XMLStreamConstants.START_ELEMENT) {
            if (NS.equals(x.ns()) && x.local().equals(ATTACHMENT)) {
                int n = siblings.merge(ATTACHMENT, 1, Integer::sum);
                parts.attachments.add(
                        readAttachment(x, path + "/Attachment" + (n > 1 ? "[" + n + "]" : ""), ATTACHMENT_DATA));
                quirks.add(Provenance.Quirk.GATEWAY_ATTACHMENTS);
            } else {
                leftovers.add(x.tree(path, siblings, 3));
            }
        }
        if (!leftovers.isEmpty()) {
            // what else the gateway put there is kept, in an element of the same name
            XNode rest = new XNode(NS, EDXML_ATTACHMENTS, "", -1, -1, path);
            rest.children.addAll(leftovers);
            parts.envelopeExtensions.add(rest);
        }
    }

    private Attachment readAttachment(StaxInput x, String path) throws IOException {
        return readAttachment(x, path, CONTENT_TRANSFER_ENCODED);
    }

    private Attachment readAttachment(StaxInput x, String path, String contentElement) throws IOException {
        Map<String, String> attrs = new HashMap<>();
        attributes(x, attrs);
        XNode fields = new XNode(NS, ATTACHMENT, "", x.line(), x.column(), path);
        fields.attributes.putAll(attrs);
        AttachmentContent content = null;
        Map<String, Integer> siblings = new HashMap<>();
        while (x.nextTag(path) == XMLStreamConstants.START_ELEMENT) {
            if (NS.equals(x.ns()) && x.local().equals(contentElement) && content == null) {
                content = readContent(x, path + "/" + contentElement);
            } else {
                fields.children.add(x.tree(path, siblings, 3));
            }
        }
        if (content == null) {
            throw new EdxmlException("EDXML-ATT-003", List.of(), fields.line, fields.column, path, null);
        }
        return new WireMapper(quirks).attachment(fields, content);
    }

    private AttachmentContent readContent(StaxInput x, String path) throws IOException {
        int line = x.line();
        int column = x.column();
        XMLStreamReader r = x.raw();
        try (AttachmentContent.Sink sink = AttachmentContent.sink(tempDir, memoryThreshold)) {
            Base64Decoder dec = new Base64Decoder(sink, maxAttachmentBytes);
            while (true) {
                int ev = x.next();
                String err = null;
                if (ev == XMLStreamConstants.CHARACTERS
                        || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE) {
                    err = dec.add(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    err = "an element inside the content";
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    err = dec.finish();
                    if (err == null && dec.written() <= maxAttachmentBytes) {
                        return sink.toContent();
                    }
                } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                    err = "unexpected end of document";
                }
                if (dec.written() > maxAttachmentBytes) {
                    throw new EdxmlException(
                            "EDXML-ATT-002", List.of(String.valueOf(maxAttachmentBytes)), line, column, path, null);
                }
                if (err != null) {
                    throw new EdxmlException("EDXML-ATT-001", List.of(err), x.line(), x.column(), path, null);
                }
            }
        }
    }
}
