package dev.edxml.model;

import java.util.Objects;

/**
 * Character data inside an {@link XmlElement}.
 *
 * @since 0.1.0
 */
public record XmlText(String text) implements XmlNode {
    public XmlText {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return text;
    }
}
