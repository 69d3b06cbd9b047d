package dev.edxml.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An element kept verbatim because this library does not model it: an element of a newer revision or of a
 * vendor, the legacy signature block, or one that appeared where it was not expected.
 *
 * <p>The value is independent of prefixes: names are a namespace URI plus a local name, attributes are
 * keyed by {@code {namespace}local} (or just {@code local} when unqualified) and kept sorted. Whitespace-only
 * text between child elements is formatting and is not kept.
 *
 * @since 0.1.0
 */
public record XmlElement(String namespace, String localName, Map<String, String> attributes, List<XmlNode> children)
        implements XmlNode {

    public XmlElement {
        Objects.requireNonNull(namespace, "namespace (use \"\" for none)");
        Objects.requireNonNull(localName, "localName");
        attributes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        children = List.copyOf(children);
    }

    /** An element with text content only. */
    public static XmlElement ofText(String namespace, String localName, String text) {
        return new XmlElement(namespace, localName, Map.of(), List.of(new XmlText(text)));
    }

    /** The concatenated text of the direct text children. */
    public String text() {
        return children.stream()
                .filter(XmlText.class::isInstance)
                .map(n -> ((XmlText) n).text())
                .collect(Collectors.joining());
    }

    /** The child elements named {@code localName} (any namespace). */
    public List<XmlElement> elements(String localName) {
        return children.stream()
                .filter(XmlElement.class::isInstance)
                .map(XmlElement.class::cast)
                .filter(e -> e.localName.equals(localName))
                .toList();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<").append(localName);
        attributes.forEach(
                (k, v) -> sb.append(' ').append(k).append("=\"").append(v).append('"'));
        if (children.isEmpty()) {
            return sb.append("/>").toString();
        }
        sb.append('>');
        children.forEach(sb::append);
        return sb.append("</").append(localName).append('>').toString();
    }
}
