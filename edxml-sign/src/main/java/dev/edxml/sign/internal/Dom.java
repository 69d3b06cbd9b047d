package dev.edxml.sign.internal;

import dev.edxml.model.XmlElement;
import dev.edxml.model.XmlNode;
import dev.edxml.model.XmlText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Hardened DOM parsing for signature work, and conversion of a DOM element into the model's {@link XmlElement}. */
public final class Dom {
    private Dom() {}

    /**
     * Parses XML with DTDs refused, no external access, and the project's reader limits
     * ({@link dev.edxml.internal.xml.XmlLimits}: depth, attribute and comment sizes). A parse error is thrown, never
     * printed: the JDK's default handler would write {@code [Fatal Error] …} on stderr.
     */
    public static Document parse(byte[] xml) throws IOException, SAXException {
        try {
            DocumentBuilderFactory f = dev.edxml.internal.xml.XmlLimits.domFactory();
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(SILENT);
            b.setEntityResolver((p, s) -> {
                throw new SAXException("external resource refused: " + s);
            });
            return b.parse(new InputSource(dev.edxml.internal.xml.XmlLimits.guard(new ByteArrayInputStream(xml))));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required safety feature", e);
        }
    }

    /** Errors are thrown to the caller; warnings (none matter for signatures) are dropped; nothing is printed. */
    public static final org.xml.sax.ErrorHandler SILENT = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {}

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /**
     * The JDK's DOM implementation, looked up once (it is a stateless singleton; making a {@code DocumentBuilder}
     * for every empty document costs more than a small package's whole canonicalisation).
     */
    private static final org.w3c.dom.DOMImplementation DOM_IMPLEMENTATION;

    static {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            DOM_IMPLEMENTATION = f.newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot make a document", e);
        }
    }

    /** A new, empty, namespace-aware document. */
    public static Document newDocument() {
        return DOM_IMPLEMENTATION.createDocument(null, null, null);
    }

    /** The element as a model value, every text node kept (a signature's whitespace is signed). */
    public static XmlElement toXmlElement(Element e) {
        Map<String, String> attrs = new LinkedHashMap<>();
        NamedNodeMap nm = e.getAttributes();
        for (int i = 0; i < nm.getLength(); i++) {
            Attr a = (Attr) nm.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                continue;
            }
            String ns = a.getNamespaceURI();
            String local = a.getLocalName() != null ? a.getLocalName() : a.getName();
            attrs.put(ns == null || ns.isEmpty() ? local : "{" + ns + "}" + local, a.getValue());
        }
        List<XmlNode> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(c.getNodeValue());
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                if (text.length() > 0) {
                    children.add(new XmlText(text.toString()));
                    text.setLength(0);
                }
                children.add(toXmlElement((Element) c));
            }
        }
        if (text.length() > 0) {
            children.add(new XmlText(text.toString()));
        }
        String ns = e.getNamespaceURI();
        return new XmlElement(ns == null ? "" : ns, e.getLocalName(), attrs, children);
    }

    /**
     * Lays an element out as a pretty printer does (jdom's and the official SDK's pretty format, and this library's
     * writer): an element whose children are only elements gets each child on a new line indented two spaces per
     * level, and its end tag on a new line at its own level; text-only and mixed content is left as it is. Existing
     * whitespace-only text between elements is replaced. Line breaks are line feeds (what a parser gives for CR LF).
     */
    public static void indent(Element e, int level) {
        boolean elementsOnly = false;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                elementsOnly = true;
            } else if (c.getNodeType() != Node.TEXT_NODE || !c.getNodeValue().isBlank()) {
                return;
            }
        }
        if (!elementsOnly) {
            return;
        }
        for (Node c = e.getFirstChild(); c != null; ) {
            Node next = c.getNextSibling();
            if (c.getNodeType() == Node.TEXT_NODE) {
                e.removeChild(c);
            }
            c = next;
        }
        Document doc = e.getOwnerDocument();
        String inner = "\n" + "  ".repeat(level + 1);
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            e.insertBefore(doc.createTextNode(inner), c);
            indent((Element) c, level + 1);
        }
        e.appendChild(doc.createTextNode("\n" + "  ".repeat(level)));
    }

    /** The child elements of {@code parent} with this namespace and local name. */
    public static List<Element> children(Node parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE
                    && ns.equals(c.getNamespaceURI())
                    && local.equals(c.getLocalName())) {
                out.add((Element) c);
            }
        }
        return out;
    }
}
