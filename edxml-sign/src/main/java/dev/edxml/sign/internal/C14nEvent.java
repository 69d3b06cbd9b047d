package dev.edxml.sign.internal;

/**
 * The event the canonicaliser is handling, as a StAX reader reports it: read from a package's bytes
 * ({@link StaxEvent}) or told by the package writer as it writes ({@link WriterC14n}). Only what the canonicaliser
 * asks for.
 */
interface C14nEvent {
    /** {@code XMLStreamConstants.CHARACTERS}, {@code CDATA}, {@code START_ELEMENT}…: text events are told apart. */
    int getEventType();

    String getPrefix();

    String getLocalName();

    String getNamespaceURI();

    int getNamespaceCount();

    String getNamespacePrefix(int i);

    String getNamespaceURI(int i);

    int getAttributeCount();

    String getAttributeNamespace(int i);

    String getAttributePrefix(int i);

    String getAttributeLocalName(int i);

    String getAttributeValue(int i);

    char[] getTextCharacters();

    int getTextStart();

    int getTextLength();

    String getText();

    String getPITarget();

    String getPIData();
}
