package dev.edxml.internal.xml;

import dev.edxml.EdxmlException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A hardened StAX cursor over one package, with the limits of one read: no DTD (so no entity of any kind beyond the
 * five predefined ones), no external access, bounded depth, element count and text outside attachment content.
 *
 * <p>Every failure is an {@link EdxmlException} with the position of the cursor.
 */
public final class StaxInput {
    private final XMLStreamReader r;
    private final long maxChars;
    private final int maxElements;
    private final int maxDepth;
    private long chars;
    private int elements;
    private java.util.Set<String> skipTextOf = java.util.Set.of();

    public StaxInput(InputStream in, long maxChars, int maxElements, int maxDepth) throws EdxmlException {
        this.maxChars = maxChars;
        this.maxElements = maxElements;
        this.maxDepth = maxDepth;
        XMLInputFactory f = XmlLimits.staxFactory();
        // the parser's own depth bound one above this read's, so that the tree's check (with its path) speaks first
        f.setProperty("jdk.xml.maxElementDepth", maxDepth + 1);
        try {
            r = f.createXMLStreamReader(XmlLimits.guard(in));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /**
     * Text of elements with these local names is counted but not kept (attachment content, when a whole document is
     * read as a tree for validation).
     */
    public StaxInput skipTextOf(java.util.Set<String> localNames) {
        this.skipTextOf = java.util.Set.copyOf(localNames);
        return this;
    }

    /** Reads the whole document into a tree, from the start; the document element must come first. */
    public XNode document() throws EdxmlException {
        int ev;
        do {
            ev = next();
        } while (ev != XMLStreamConstants.START_ELEMENT && ev != XMLStreamConstants.END_DOCUMENT);
        if (ev == XMLStreamConstants.END_DOCUMENT) {
            throw error("EDXML-ENV-004", List.of("(none)", ""), null);
        }
        XNode root = tree("", new HashMap<>(), 1);
        while (next() != XMLStreamConstants.END_DOCUMENT) {
            // drained so that anything malformed after the document element is reported
        }
        return root;
    }

    /**
     * The stream from its first {@code <} on (a UTF-8 byte order mark is kept): for reading a file whose junk prefix
     * was already reported. At most 4096 bytes are skipped.
     */
    public static InputStream skippingJunk(InputStream raw) throws java.io.IOException {
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw, 8192);
        in.mark(4100);
        int b;
        int n = 0;
        while ((b = in.read()) != -1 && b != '<' && b != 0xEF && n++ < 4096) {
            // skip
        }
        if (b == '<' && n == 0 || b == 0xEF || b == -1 || n > 4096) {
            in.reset();
            return in;
        }
        return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(new byte[] {'<'}), in);
    }

    /** Advances to the next event; a DTD is refused. */
    public int next() throws EdxmlException {
        try {
            int ev = r.next();
            if (ev == XMLStreamConstants.DTD) {
                throw error("EDXML-ENV-002", List.of(), null);
            }
            if (ev == XMLStreamConstants.START_ELEMENT && ++elements > maxElements) {
                throw error("EDXML-ENV-006", List.of(String.valueOf(maxElements)), null);
            }
            return ev;
        } catch (XMLStreamException e) {
            throw malformed(e);
        } catch (RuntimeException e) {
            // the JDK's parser reports some malformed input (e.g. bad encodings) as unchecked exceptions
            throw new EdxmlException(
                    "EDXML-ENV-001", List.of(String.valueOf(e.getMessage())), line(), column(), null, e);
        }
    }

    /** Advances to the next start or end element, failing on non-whitespace text. */
    public int nextTag(String path) throws EdxmlException {
        while (true) {
            int ev = next();
            if (ev == XMLStreamConstants.START_ELEMENT
                    || ev == XMLStreamConstants.END_ELEMENT
                    || ev == XMLStreamConstants.END_DOCUMENT) {
                return ev;
            }
            if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && !r.isWhiteSpace()) {
                throw error("EDXML-ENV-007", List.of(path), path);
            }
        }
    }

    public XMLStreamReader raw() {
        return r;
    }

    public String ns() {
        String ns = r.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    public String local() {
        return r.getLocalName();
    }

    /** Reads the element at the cursor (a start tag) and everything in it into a tree; the cursor ends on its end tag. */
    public XNode tree(String parentPath, Map<String, Integer> siblings, int depth) throws EdxmlException {
        String local = r.getLocalName();
        int n = siblings.merge(local, 1, Integer::sum);
        String path = parentPath + "/" + local + (n > 1 ? "[" + n + "]" : "");
        if (depth > maxDepth) {
            throw error("EDXML-ENV-008", List.of(String.valueOf(maxDepth)), path);
        }
        XNode node = new XNode(ns(), local, r.getPrefix(), line(), column(), path);
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ans = r.getAttributeNamespace(i);
            if (javax.xml.XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ans)) {
                continue; // a namespace declaration (the JDK reports them as attributes in XML 1.1), not data
            }
            String key = ans == null || ans.isEmpty()
                    ? r.getAttributeLocalName(i)
                    : "{" + ans + "}" + r.getAttributeLocalName(i);
            node.attributes.put(key, count(r.getAttributeValue(i)));
        }
        Map<String, Integer> childSiblings = new HashMap<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int ev = next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT:
                    flush(node, text);
                    node.children.add(tree(path, childSiblings, depth + 1));
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (skipTextOf.contains(local)) {
                        node.skippedChars += r.getTextLength();
                        break;
                    }
                    chars += r.getTextLength();
                    checkChars(path);
                    text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    flush(node, text);
                    return node;
                case XMLStreamConstants.END_DOCUMENT:
                    throw error("EDXML-ENV-001", List.of("unexpected end of document"), path);
                default:
                    // comments and processing instructions are not data
            }
        }
    }

    private static void flush(XNode node, StringBuilder text) {
        if (text.length() > 0) {
            node.texts.add(text.toString());
            node.textPositions.add(node.children.size());
            text.setLength(0);
        }
    }

    private String count(String s) throws EdxmlException {
        chars += s.length();
        checkChars(null);
        return s;
    }

    private void checkChars(String path) throws EdxmlException {
        if (chars > maxChars) {
            throw error("EDXML-ENV-005", List.of(String.valueOf(maxChars)), path);
        }
    }

    public int line() {
        Location l = r.getLocation();
        return l == null ? -1 : l.getLineNumber();
    }

    public int column() {
        Location l = r.getLocation();
        return l == null ? -1 : l.getColumnNumber();
    }

    public EdxmlException error(String code, List<String> args, String path) {
        return new EdxmlException(code, args, line(), column(), path, null);
    }

    private EdxmlException malformed(XMLStreamException e) {
        EdxmlException limit = XmlLimits.limitIn(e);
        if (limit != null) {
            return limit;
        }
        Location l = e.getLocation();
        String msg = e.getMessage() == null ? "" : e.getMessage();
        // the JDK prefixes messages with "ParseError at [row,col]:[l,c]\nMessage: "; keep the message only
        int i = msg.indexOf("Message: ");
        if (i >= 0) {
            msg = msg.substring(i + 9);
        }
        // the JDK reports an unbound prefix as "<spec url>#AttributePrefixUnbound?element&attribute&prefix"
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "#(Attribute|Element)PrefixUnbound\\?([^&]*)&([^&]*)(?:&(.*))?")
                .matcher(msg);
        if (m.find()) {
            msg = m.group(1).equals("Attribute")
                    ? "the namespace prefix of attribute " + m.group(3) + " on " + m.group(2) + " is not declared"
                    : "the namespace prefix of element " + m.group(2) + " is not declared";
        }
        // "entity" alone is no sign of a DTD: the JDK's premature-end message speaks of "the same entity"
        String code = msg.contains("DOCTYPE") || msg.contains("DTD") ? "EDXML-ENV-002" : "EDXML-ENV-001";
        if (msg.contains("maxElementDepth")) {
            return new EdxmlException(
                    "EDXML-ENV-008",
                    List.of(String.valueOf(maxDepth)),
                    l == null ? line() : l.getLineNumber(),
                    l == null ? column() : l.getColumnNumber(),
                    null,
                    e);
        }
        return new EdxmlException(
                code,
                List.of(msg.strip()),
                l == null ? line() : l.getLineNumber(),
                l == null ? column() : l.getColumnNumber(),
                null,
                e);
    }

    public void close() {
        try {
            r.close();
        } catch (XMLStreamException e) {
            // nothing was held that needs releasing
        }
    }
}
