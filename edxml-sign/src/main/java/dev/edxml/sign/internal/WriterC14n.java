package dev.edxml.sign.internal;

import dev.edxml.internal.xml.XmlLimits;
import dev.edxml.internal.xml.XmlOut;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * The canonicaliser fed by the package writer as it writes (signing in one pass): the writer tells what it writes
 * as a parser reading the bytes back would report it, and {@link StreamC14n} canonicalises and digests that, so the
 * package is neither parsed back nor held whole. One pass, one thread (the digest may hash on a second one).
 */
public final class WriterC14n implements XmlOut.Listener, C14nEvent {
    private final StreamC14n c14n;
    private int type;
    private String prefix;
    private String local;
    private String namespace;
    private List<String[]> attributes = List.of();
    private char[] text;
    private int textStart;
    private int textLength;
    private int depth;

    private WriterC14n(StreamC14n c14n) {
        this.c14n = c14n;
        c14n.source(this);
        c14n.begin();
    }

    /**
     * A canonicaliser for signing: the first signature (the placeholder) left out, and under the relay-tolerant
     * profile the whitespace directly inside the trace list; every hop present is signed.
     */
    public static WriterC14n forSigning(MessageDigest md, boolean relayTolerant) {
        return new WriterC14n(StreamC14n.forSigning(md, relayTolerant));
    }

    /** The digest and the number of hops, once the writer has written the whole package. */
    public StreamC14n.Result result() throws IOException {
        try {
            return c14n.complete();
        } catch (XMLStreamException e) {
            throw new IOException("the package as written could not be canonicalised: " + e.getMessage(), e);
        } finally {
            c14n.abort();
        }
    }

    /** Stops the pass (the writer failed): its hashing thread ends. */
    public void abort() {
        c14n.abort();
    }

    @Override
    public void startElement(
            String prefix, String local, String namespace, List<String[]> namespaces, List<String[]> attributes)
            throws IOException {
        // what the project's reader would refuse in the signed package is not signed (the verifier could not read it)
        if (++depth > XmlLimits.MAX_DEPTH) {
            throw beyondLimits("more than " + XmlLimits.MAX_DEPTH + " levels of elements");
        }
        if (attributes.size() > XmlLimits.MAX_ATTRIBUTES) {
            throw beyondLimits("an element with more than " + XmlLimits.MAX_ATTRIBUTES + " attributes");
        }
        checkName(prefix, local);
        for (String[] a : attributes) {
            checkName(a[1], a[2]);
        }
        this.prefix = prefix;
        this.local = local;
        this.namespace = namespace;
        this.attributes = attributes;
        fire(XMLStreamConstants.START_ELEMENT);
        this.attributes = List.of();
    }

    @Override
    public void characters(char[] cs, int start, int length) throws IOException {
        text = cs;
        textStart = start;
        textLength = length;
        fire(XMLStreamConstants.CHARACTERS);
        text = null;
    }

    @Override
    public void endElement(String prefix, String local, String namespace) throws IOException {
        depth--;
        this.prefix = prefix;
        this.local = local;
        this.namespace = namespace;
        fire(XMLStreamConstants.END_ELEMENT);
    }

    private static void checkName(String prefix, String local) throws IOException {
        if (prefix.length() > XmlLimits.MAX_NAME_CHARS || local.length() > XmlLimits.MAX_NAME_CHARS) {
            throw beyondLimits("a name longer than " + XmlLimits.MAX_NAME_CHARS + " characters");
        }
    }

    private static IOException beyondLimits(String what) {
        return new IOException("the package as written has " + what + ", which the reader refuses: not signed");
    }

    private void fire(int event) throws IOException {
        type = event;
        try {
            c14n.event(event);
        } catch (XMLStreamException e) {
            throw new IOException("the package as written could not be canonicalised: " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public int getEventType() {
        return type;
    }

    @Override
    public String getPrefix() {
        return prefix;
    }

    @Override
    public String getLocalName() {
        return local;
    }

    @Override
    public String getNamespaceURI() {
        return namespace;
    }

    @Override
    public int getNamespaceCount() {
        return 0; // only the skeleton (verification) asks
    }

    @Override
    public String getNamespacePrefix(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override
    public String getNamespaceURI(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override
    public int getAttributeCount() {
        return attributes.size();
    }

    @Override
    public String getAttributeNamespace(int i) {
        return attributes.get(i)[0];
    }

    @Override
    public String getAttributePrefix(int i) {
        return attributes.get(i)[1];
    }

    @Override
    public String getAttributeLocalName(int i) {
        return attributes.get(i)[2];
    }

    @Override
    public String getAttributeValue(int i) {
        return attributes.get(i)[3];
    }

    @Override
    public char[] getTextCharacters() {
        return text;
    }

    @Override
    public int getTextStart() {
        return textStart;
    }

    @Override
    public int getTextLength() {
        return textLength;
    }

    @Override
    public String getText() {
        return new String(text, textStart, textLength);
    }

    @Override
    public String getPITarget() {
        return null; // the writer writes no processing instruction
    }

    @Override
    public String getPIData() {
        return null;
    }
}
