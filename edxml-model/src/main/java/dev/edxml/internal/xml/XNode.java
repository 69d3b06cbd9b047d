package dev.edxml.internal.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element read from a package, with where it stood (line, column, path). Mutable while a package is mapped:
 * the mapper marks the children it understood, and whatever is left over is kept as an extension.
 */
public final class XNode {
    public final String ns;
    public final String local;
    public final Map<String, String> attributes = new LinkedHashMap<>();
    public final List<XNode> children = new ArrayList<>();
    /** Text children, in order, with their position among the element children (for mixed content). */
    public final List<String> texts = new ArrayList<>();

    public final List<Integer> textPositions = new ArrayList<>();
    public final int line;
    public final int column;
    public final String path;
    public final String prefix;
    /** Characters of text not kept (attachment content in a tree read for validation). */
    public long skippedChars;

    boolean consumed;

    public XNode(String ns, String local, String prefix, int line, int column, String path) {
        this.ns = ns == null ? "" : ns;
        this.local = local;
        this.prefix = prefix == null ? "" : prefix;
        this.line = line;
        this.column = column;
        this.path = path;
    }

    /** The concatenated direct text. */
    public String text() {
        return texts.size() == 1 ? texts.get(0) : String.join("", texts);
    }

    /** Whether the element has element children (then whitespace text between them is formatting). */
    public boolean hasElements() {
        return !children.isEmpty();
    }

    public void consume() {
        consumed = true;
    }

    public boolean isConsumed() {
        return consumed;
    }

    @Override
    public String toString() {
        return path + " (" + line + ":" + column + ")";
    }
}
