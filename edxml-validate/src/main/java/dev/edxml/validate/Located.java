package dev.edxml.validate;

import dev.edxml.Location;
import dev.edxml.internal.xml.XNode;
import java.util.ArrayList;
import java.util.List;

/** Turns the reader's internal tree into the public, read-only {@link LocatedElement}. */
final class Located {
    private Located() {}

    static LocatedElement of(XNode n) {
        List<LocatedElement> children = new ArrayList<>(n.children.size());
        for (XNode c : n.children) {
            children.add(of(c));
        }
        return new LocatedElement(
                n.ns,
                n.local,
                n.prefix,
                n.attributes,
                n.text(),
                children,
                new Location(Math.max(n.line, 0), Math.max(n.column, 0), n.path),
                n.skippedChars);
    }
}
