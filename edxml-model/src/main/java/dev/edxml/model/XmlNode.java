package dev.edxml.model;

/**
 * A node of an element this library does not model: an {@link XmlElement} or an {@link XmlText}.
 *
 * @since 0.1.0
 */
public sealed interface XmlNode permits XmlElement, XmlText {}
