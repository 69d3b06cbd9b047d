package dev.edxml.model;

/** A node of an element this library does not model: an {@link XmlElement} or an {@link XmlText}. */
public sealed interface XmlNode permits XmlElement, XmlText {
}
