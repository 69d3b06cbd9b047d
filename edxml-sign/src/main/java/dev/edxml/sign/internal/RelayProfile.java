package dev.edxml.sign.internal;

import dev.edxml.model.SpecVersion;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The relay-tolerant signature profile: the one XPath Filter 2.0 transform ({@code subtract}) that leaves out of the
 * whole-package reference exactly what relays may add on the way, the {@code TraceHeader} hops appended after the
 * ones present at signing, and the whitespace directly inside {@code TraceHeaderList} (so the indentation a relay
 * writes around its hop does not matter). Everything else, the sender's own hops and {@code Bussiness} included, stays
 * signed.
 *
 * <p>The expression, for a package signed with {@code N} hops in its trace (the library's and the official SDK's
 * layout, root {@code edXML}):
 * <pre>
 * /edXML:edXML/edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:TraceHeaderList/edXML:TraceHeader[position() &gt; N]
 *  | /edXML:edXML/edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:TraceHeaderList/text()[normalize-space() = '']
 * </pre>
 * (one line, the two parts joined by {@code " | "}), with {@code edXML} bound to the QCVN 102:2016 namespace on the
 * {@code XPath} element. A verifier accepts this text exactly, with {@code N} from 0 to 9999, and nothing broader.
 */
public final class RelayProfile {
    /** XML-DSig XPath Filter 2.0. */
    public static final String FILTER2 = "http://www.w3.org/2002/06/xmldsig-filter2";
    /** The prefix the expression uses. */
    public static final String PREFIX = "edXML";
    /** The namespace the prefix must be bound to. */
    public static final String NAMESPACE = SpecVersion.QCVN_102_2016.namespace();
    /** The element names on the path to the trace list, from the document element down. */
    static final String[] PATH = {"edXML", "edXMLEnvelope", "edXMLHeader", "TraceHeaderList"};

    /** The same path, for the verifier's listing of the hops. */
    public static java.util.List<String> path() {
        return java.util.List.of(PATH);
    }

    private static final String LIST = "/edXML:edXML/edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:TraceHeaderList";
    private static final String HOPS = LIST + "/edXML:TraceHeader[position() > ";
    private static final String SPACE = "] | " + LIST + "/text()[normalize-space() = '']";
    private static final Pattern EXACT =
            Pattern.compile(Pattern.quote(HOPS) + "(0|[1-9][0-9]{0,3})" + Pattern.quote(SPACE));
    /** The most hops a signer may declare (a package has a handful; the bound keeps the number a small int). */
    public static final int MAX_HOPS = 9999;

    private RelayProfile() {}

    /** The expression for a package signed with {@code signedHops} hops in its trace. */
    public static String expression(int signedHops) {
        if (signedHops < 0 || signedHops > MAX_HOPS) {
            throw new IllegalArgumentException("hops: " + signedHops);
        }
        return HOPS + signedHops + SPACE;
    }

    /** The number of signed hops an expression declares, or empty when it is not exactly the profile's. */
    public static OptionalInt signedHops(String expression) {
        Matcher m = EXACT.matcher(expression == null ? "" : expression);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /**
     * The number of signed hops a {@code ds:Transform} element declares, or empty when it is not exactly the
     * profile's transform: the Filter 2.0 algorithm with one {@code XPath} child, {@code Filter="subtract"}, the
     * profile's expression exactly (no whitespace around it), and {@code edXML} bound to the QCVN namespace where the
     * expression is evaluated.
     */
    public static OptionalInt signedHops(Element transform) {
        if (!FILTER2.equals(transform.getAttributeNS(null, "Algorithm"))) {
            return OptionalInt.empty();
        }
        Element xpath = null;
        for (Node c = transform.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                if (xpath != null || !FILTER2.equals(c.getNamespaceURI()) || !"XPath".equals(c.getLocalName())) {
                    return OptionalInt.empty();
                }
                xpath = (Element) c;
            } else if (c.getNodeType() == Node.TEXT_NODE && !c.getNodeValue().isBlank()) {
                return OptionalInt.empty();
            }
        }
        if (xpath == null
                || !"subtract".equals(xpath.getAttributeNS(null, "Filter"))
                || !NAMESPACE.equals(xpath.lookupNamespaceURI(PREFIX))) {
            return OptionalInt.empty();
        }
        for (Node c = xpath.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() != Node.TEXT_NODE) {
                return OptionalInt.empty(); // a comment or element inside the expression: not the profile's text
            }
        }
        return signedHops(xpath.getTextContent());
    }

    /** True for the characters XPath's {@code normalize-space} strips (XML white space). */
    static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
