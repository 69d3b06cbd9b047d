package dev.edxml.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of an element this library does not model (nội dung mở rộng), kept so that reading and writing loses nothing:
 * unknown child elements (written back after the known children) and unknown attributes.
 *
 * @since 0.1.0
 */
public record Extensions(List<XmlElement> elements, Map<String, String> attributes) {
    /** No unknown content. */
    public static final Extensions NONE = new Extensions(List.of(), Map.of());

    public Extensions {
        elements = List.copyOf(elements);
        attributes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    /** Extensions holding only these elements. */
    public static Extensions of(List<XmlElement> elements) {
        return elements.isEmpty() ? NONE : new Extensions(elements, Map.of());
    }

    public boolean isEmpty() {
        return elements.isEmpty() && attributes.isEmpty();
    }

    @Override
    public String toString() {
        return isEmpty() ? "none" : "Extensions" + elements + (attributes.isEmpty() ? "" : attributes);
    }
}
