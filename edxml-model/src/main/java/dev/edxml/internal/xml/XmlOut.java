package dev.edxml.internal.xml;

import dev.edxml.EdxmlException;
import dev.edxml.model.XmlElement;
import dev.edxml.model.XmlNode;
import dev.edxml.model.XmlText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;

/**
 * A small deterministic XML writer: explicit prefixes and namespace declarations (the axis layout mixes a default
 * namespace on the root with an {@code edXML:} prefix in the envelope), CRLF and two-space indentation as the
 * official SDK writes, text-only elements on one line, and escaping that lets every legal string round-trip
 * (a carriage return is written as the character reference <code>&amp;#13;</code>). Characters XML 1.0 cannot carry are refused, not dropped.
 */
public final class XmlOut {
    private static final String NL = "\r\n";

    private final Writer w;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private boolean startOpen;
    /** Told what is written, as a parser would report it (signing digests it without reading the bytes back). */
    private final Listener listener;
    /** The start tag being written, for the listener: its namespace declarations and attributes so far. */
    private final java.util.List<String[]> pendingNamespaces = new java.util.ArrayList<>();

    private final java.util.List<String[]> pendingAttributes = new java.util.ArrayList<>();

    /**
     * What the writer writes, as an XML parser would report it after reading the bytes back: elements with their
     * namespace URI, their namespace declarations and attributes (values unescaped), and text (unescaped, line ends
     * as a parser normalises them: the {@code CR LF} of the layout as a line feed). The XML declaration and the line
     * end after the document element are not reported.
     */
    public interface Listener {
        /**
         * An element starts; {@code namespaces} are {prefix, uri} pairs, {@code attributes} {namespace, prefix, local
         * name, value} (namespace and prefix empty for none). The lists are reused after the call.
         */
        void startElement(
                String prefix,
                String local,
                String namespace,
                java.util.List<String[]> namespaces,
                java.util.List<String[]> attributes)
                throws IOException;

        /** Text content. */
        void characters(char[] cs, int start, int length) throws IOException;

        /** The element last started and not yet ended ends. */
        void endElement(String prefix, String local, String namespace) throws IOException;
    }

    private static final class Frame {
        final String qname;
        final Map<String, String> bindings = new LinkedHashMap<>();
        final boolean raw;
        boolean hasElements;
        String prefix;
        String local;
        /** The element's namespace, once its start tag is closed (for the listener). */
        String namespace;

        Frame(String qname, boolean raw) {
            this.qname = qname;
            this.raw = raw;
        }
    }

    public XmlOut(Writer w) {
        this(w, null);
    }

    /** A writer that also tells {@code listener} what it writes (may be {@code null}). */
    public XmlOut(Writer w, Listener listener) {
        this.w = w;
        this.listener = listener;
    }

    public void declaration() throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    /** Opens {@code prefix:local} ({@code local} alone for the empty prefix); declare its namespaces next. */
    public void start(String prefix, String local) throws IOException {
        start(prefix, local, false);
    }

    private void start(String prefix, String local, boolean raw) throws IOException {
        Frame parent = stack.peek();
        closeStart();
        boolean parentRaw = parent != null && parent.raw;
        if (parent != null) {
            parent.hasElements = true;
        }
        if (!parentRaw) {
            w.write(NL);
            indent(stack.size());
            if (listener != null && parent != null) {
                whitespace(stack.size());
            }
        }
        String qname = prefix.isEmpty() ? local : prefix + ":" + local;
        w.write('<');
        w.write(qname);
        Frame f = new Frame(qname, raw || parentRaw);
        f.prefix = prefix;
        f.local = local;
        stack.push(f);
        startOpen = true;
    }

    /** Declares {@code prefix} (empty for the default namespace) on the element just opened. */
    public void declare(String prefix, String ns) throws IOException {
        w.write(prefix.isEmpty() ? " xmlns=\"" : " xmlns:" + prefix + "=\"");
        w.write(escape(ns, true));
        w.write('"');
        stack.peek().bindings.put(prefix, ns);
        if (listener != null) {
            pendingNamespaces.add(new String[] {prefix, ns});
        }
    }

    public void attribute(String qname, String value) throws IOException {
        w.write(' ');
        w.write(qname);
        w.write("=\"");
        w.write(escape(value, true));
        w.write('"');
        if (listener != null) {
            int colon = qname.indexOf(':');
            String prefix = colon < 0 ? "" : qname.substring(0, colon);
            String ns = colon < 0 ? "" : "xml".equals(prefix) ? XMLConstants.XML_NS_URI : inScope(prefix);
            pendingAttributes.add(new String[] {ns == null ? "" : ns, prefix, qname.substring(colon + 1), value});
        }
    }

    /** Writes an attribute keyed {@code local} or {@code {namespace}local}, declaring a prefix when needed. */
    public void keyedAttribute(String key, String value) throws IOException {
        if (key.startsWith("{")) {
            String ns = key.substring(1, key.indexOf('}'));
            String local = key.substring(key.indexOf('}') + 1);
            attribute(attributePrefix(ns) + ":" + local, value);
        } else {
            attribute(key, value);
        }
    }

    public void text(String s) throws IOException {
        closeStart();
        w.write(escape(s, false));
        if (listener != null && !s.isEmpty()) {
            listener.characters(s.toCharArray(), 0, s.length());
        }
    }

    /** Writes characters that need no escaping (base64), without building a string. */
    public void rawChars(char[] cs, int off, int len) throws IOException {
        closeStart();
        w.write(cs, off, len);
        if (listener != null && len > 0) {
            listener.characters(cs, off, len);
        }
    }

    public void end() throws IOException {
        if (startOpen) {
            w.write("/>");
            startOpen = false;
            started();
            Frame f = stack.pop();
            if (listener != null) {
                listener.endElement(f.prefix, f.local, f.namespace);
            }
            return;
        }
        Frame f = stack.pop();
        if (f.hasElements && !f.raw) {
            w.write(NL);
            indent(stack.size());
            if (listener != null) {
                whitespace(stack.size());
            }
        }
        w.write("</");
        w.write(f.qname);
        w.write('>');
        if (listener != null) {
            listener.endElement(f.prefix, f.local, f.namespace);
        }
    }

    /** The start tag just closed: tells the listener. */
    private void started() throws IOException {
        if (listener == null) {
            return;
        }
        Frame f = stack.peek();
        String ns = inScope(f.prefix);
        f.namespace = ns == null ? "" : ns;
        listener.startElement(f.prefix, f.local, f.namespace, pendingNamespaces, pendingAttributes);
        pendingNamespaces.clear();
        pendingAttributes.clear();
    }

    /** The layout's line end and indentation, as a parser reports them (the CR LF as a line feed). */
    private void whitespace(int depth) throws IOException {
        char[] ws = new char[1 + 2 * depth];
        java.util.Arrays.fill(ws, ' ');
        ws[0] = '\n';
        listener.characters(ws, 0, ws.length);
    }

    /** Opens, fills and closes a text-only element. */
    public void textElement(String prefix, String local, String text) throws IOException {
        start(prefix, local);
        text(text);
        end();
    }

    public void finish() throws IOException {
        w.write(NL);
        w.flush();
    }

    /** Writes an element kept verbatim, choosing prefixes from what is in scope and declaring what is not. */
    public void element(XmlElement e) throws IOException {
        element(e, false);
    }

    /**
     * Writes an element kept verbatim; with {@code exact}, nothing is added inside it (no indentation), so that its
     * text nodes are exactly those of the value. Mixed content is always written exactly.
     */
    public void element(XmlElement e, boolean exact) throws IOException {
        boolean hasText = e.children().stream().anyMatch(XmlText.class::isInstance);
        boolean hasElements = e.children().stream().anyMatch(XmlElement.class::isInstance);
        Map<String, String> decls = new LinkedHashMap<>();
        String prefix = elementPrefix(e.namespace(), decls);
        start(prefix, e.localName(), exact || hasText && hasElements);
        for (Map.Entry<String, String> d : decls.entrySet()) {
            declare(d.getKey(), d.getValue());
        }
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            keyedAttribute(a.getKey(), a.getValue());
        }
        for (XmlNode c : e.children()) {
            if (c instanceof XmlText) {
                text(((XmlText) c).text());
            } else {
                element((XmlElement) c);
            }
        }
        end();
    }

    private String elementPrefix(String ns, Map<String, String> decls) {
        if (ns.isEmpty()) {
            if (!inScope("").isEmpty()) {
                decls.put("", "");
            }
            return "";
        }
        String p = prefixFor(ns, true);
        if (p != null) {
            return p;
        }
        // a namespace not in scope becomes the default namespace of the element, as signature tools write it
        // (<Signature xmlns="http://www.w3.org/2000/09/xmldsig#">): canonical forms keep prefixes, so this matters
        decls.put("", ns);
        return "";
    }

    private String attributePrefix(String ns) throws IOException {
        if (ns.equals(XMLConstants.XML_NS_URI)) {
            return "xml";
        }
        String p = prefixFor(ns, false);
        if (p == null) {
            p = freshPrefix(ns);
            declare(p, ns);
        }
        return p;
    }

    private String freshPrefix(String ns) {
        if (ns.equals(dev.edxml.model.SpecVersion.QCVN_102_2016.namespace()) && inScope("edXML") == null) {
            return "edXML";
        }
        for (int i = 1; ; i++) {
            if (inScope("ns" + i) == null) {
                return "ns" + i;
            }
        }
    }

    /** The namespace bound to {@code prefix} in scope, or null ({@code ""} for the default when nothing is bound). */
    private String inScope(String prefix) {
        for (Frame f : stack) {
            String ns = f.bindings.get(prefix);
            if (ns != null) {
                return ns;
            }
        }
        return prefix.isEmpty() ? "" : null;
    }

    private String prefixFor(String ns, boolean allowDefault) {
        for (Frame f : stack) {
            for (Map.Entry<String, String> b : f.bindings.entrySet()) {
                if (b.getValue().equals(ns)
                        && (allowDefault || !b.getKey().isEmpty())
                        && ns.equals(inScope(b.getKey()))) {
                    return b.getKey();
                }
            }
        }
        return null;
    }

    private void closeStart() throws IOException {
        if (startOpen) {
            w.write('>');
            startOpen = false;
            started();
        }
    }

    private void indent(int depth) throws IOException {
        for (int i = 0; i < depth; i++) {
            w.write("  ");
        }
    }

    /** Escapes a string for element content or an attribute value; refuses characters XML 1.0 cannot carry. */
    public static String escape(String s, boolean attribute) throws EdxmlException {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = null;
            if (c == '&') {
                rep = "&amp;";
            } else if (c == '<') {
                rep = "&lt;";
            } else if (c == '>') {
                rep = "&gt;";
            } else if (c == '\r') {
                rep = "&#13;";
            } else if (attribute && c == '"') {
                rep = "&quot;";
            } else if (attribute && c == '\n') {
                rep = "&#10;";
            } else if (attribute && c == '\t') {
                rep = "&#9;";
            } else if (c < 0x20 && c != '\n' && c != '\t' || c == 0xFFFE || c == 0xFFFF) {
                throw illegal(s, i);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    throw illegal(s, i);
                }
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            } else if (Character.isLowSurrogate(c)) {
                throw illegal(s, i);
            }
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static EdxmlException illegal(String s, int i) {
        String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return new EdxmlException(
                "EDXML-ENV-010",
                List.of(
                        String.format(java.util.Locale.ROOT, "U+%04X", (int) s.charAt(i)),
                        shown.replaceAll("\\p{Cntrl}", "?")),
                -1,
                -1,
                null,
                null);
    }
}
