package dev.edxml.validate;

import dev.edxml.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An element of the package as written, with its location: what a rule needs to point at the right line. Read-only.
 * Attachment content is not kept, only its length ({@link #skippedChars()}).
 *
 * @since 0.1.0
 */
public final class LocatedElement {
    private final String namespace;
    private final String localName;
    private final String prefix;
    private final Map<String, String> attributes;
    private final String text;
    private final List<LocatedElement> children;
    private final Location location;
    private final long skippedChars;

    LocatedElement(
            String namespace,
            String localName,
            String prefix,
            Map<String, String> attributes,
            String text,
            List<LocatedElement> children,
            Location location,
            long skippedChars) {
        this.namespace = Objects.requireNonNull(namespace);
        this.localName = Objects.requireNonNull(localName);
        this.prefix = prefix;
        this.attributes = Map.copyOf(attributes);
        this.text = text;
        this.children = List.copyOf(children);
        this.location = location;
        this.skippedChars = skippedChars;
    }

    public String namespace() {
        return namespace;
    }

    public String localName() {
        return localName;
    }

    /** The prefix written in the file ({@code ""} for none). */
    public String prefix() {
        return prefix;
    }

    /** Attributes keyed by local name, or {@code {namespace}local} when qualified. */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** The direct text, exactly as written (whitespace between child elements included). */
    public String text() {
        return text;
    }

    public List<LocatedElement> children() {
        return children;
    }

    public Location location() {
        return location;
    }

    /** Characters of text not kept (attachment content). */
    public long skippedChars() {
        return skippedChars;
    }

    /** The first child with this local name (any namespace). */
    public Optional<LocatedElement> child(String local) {
        return children.stream().filter(c -> c.localName.equals(local)).findFirst();
    }

    /** The children with one of these local names (any namespace), in document order. */
    public List<LocatedElement> children(String... locals) {
        List<String> names = List.of(locals);
        return children.stream().filter(c -> names.contains(c.localName)).toList();
    }

    /** The element at a relative path of local names, e.g. {@code "MessageHeader/Code/CodeNumber"}, first match each step. */
    public Optional<LocatedElement> find(String relativePath) {
        Optional<LocatedElement> cur = Optional.of(this);
        for (String step : relativePath.split("/", -1)) {
            cur = cur.flatMap(e -> e.child(step));
        }
        return cur;
    }

    /** This element and all below it, in document order. */
    public Stream<LocatedElement> descendants() {
        List<LocatedElement> out = new ArrayList<>();
        collect(this, out);
        return out.stream();
    }

    private static void collect(LocatedElement e, List<LocatedElement> out) {
        out.add(e);
        for (LocatedElement c : e.children) {
            collect(c, out);
        }
    }

    @Override
    public String toString() {
        return "<" + (prefix == null || prefix.isEmpty() ? "" : prefix + ":") + localName + "> at " + location;
    }
}
