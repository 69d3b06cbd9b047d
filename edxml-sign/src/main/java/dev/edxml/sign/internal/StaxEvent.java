package dev.edxml.sign.internal;

import javax.xml.stream.XMLStreamReader;

/** The event a StAX reader is on. */
final class StaxEvent implements C14nEvent {
    private final XMLStreamReader r;

    StaxEvent(XMLStreamReader r) {
        this.r = r;
    }

    @Override
    public int getEventType() {
        return r.getEventType();
    }

    @Override
    public String getPrefix() {
        return r.getPrefix();
    }

    @Override
    public String getLocalName() {
        return r.getLocalName();
    }

    @Override
    public String getNamespaceURI() {
        return r.getNamespaceURI();
    }

    @Override
    public int getNamespaceCount() {
        return r.getNamespaceCount();
    }

    @Override
    public String getNamespacePrefix(int i) {
        return r.getNamespacePrefix(i);
    }

    @Override
    public String getNamespaceURI(int i) {
        return r.getNamespaceURI(i);
    }

    @Override
    public int getAttributeCount() {
        return r.getAttributeCount();
    }

    @Override
    public String getAttributeNamespace(int i) {
        return r.getAttributeNamespace(i);
    }

    @Override
    public String getAttributePrefix(int i) {
        return r.getAttributePrefix(i);
    }

    @Override
    public String getAttributeLocalName(int i) {
        return r.getAttributeLocalName(i);
    }

    @Override
    public String getAttributeValue(int i) {
        return r.getAttributeValue(i);
    }

    @Override
    public char[] getTextCharacters() {
        return r.getTextCharacters();
    }

    @Override
    public int getTextStart() {
        return r.getTextStart();
    }

    @Override
    public int getTextLength() {
        return r.getTextLength();
    }

    @Override
    public String getText() {
        return r.getText();
    }

    @Override
    public String getPITarget() {
        return r.getPITarget();
    }

    @Override
    public String getPIData() {
        return r.getPIData();
    }
}
