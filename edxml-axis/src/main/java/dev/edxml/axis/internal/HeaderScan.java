package dev.edxml.axis.internal;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What routing needs from a package, read from its header only (the attachments that follow are never read): the
 * kind, the sender, the receivers (a document's {@code To}s; a status's {@code ResponseFor/OrganId}), number/notation
 * and subject. Hardened: no DTD, no external entities.
 */
public final class HeaderScan {
    /** The header facts; {@code kind} is {@code edoc} or {@code status}. */
    public record Facts(String kind, String from, List<String> to, String notation, String subject) {
    }

    /** The package is not an edXML package this scan can route. */
    public static final class NotEdxml extends Exception {
        private static final long serialVersionUID = 1L;

        NotEdxml(String message) {
            super(message);
        }
    }

    private static final XMLInputFactory FACTORY = factory();

    private HeaderScan() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entities are not read");
        });
        return f;
    }

    public static Facts scan(Path file) throws IOException, NotEdxml {
        try (InputStream in = Files.newInputStream(file)) {
            return scan(in);
        }
    }

    public static Facts scan(InputStream in) throws IOException, NotEdxml {
        XMLStreamReader r;
        try {
            synchronized (FACTORY) {
                r = FACTORY.createXMLStreamReader(in);
            }
        } catch (XMLStreamException e) {
            throw new NotEdxml(e.getMessage());
        }
        try {
            List<String> path = new ArrayList<>();
            String from = null;
            List<String> to = new ArrayList<>();
            String responseTo = null;
            String number = null;
            String notation = null;
            String subject = null;
            boolean status = false;
            boolean header = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw new NotEdxml("a DTD");
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    path.add(name);
                    if (path.size() == 1 && !name.equals("edXML") && !name.equals("edXMLEnvelope")) {
                        throw new NotEdxml("the root element is " + name + ", not edXML");
                    }
                    if (name.equals("edXMLHeader")) {
                        header = true;
                    }
                    String parent = path.size() > 1 ? path.get(path.size() - 2) : "";
                    String grand = path.size() > 2 ? path.get(path.size() - 3) : "";
                    if (name.equals("StatusCode") && parent.equals("MessageHeader")) {
                        status = true;
                    } else if (name.equals("OrganId") && parent.equals("From") && grand.equals("MessageHeader")) {
                        from = text(r, path);
                    } else if (name.equals("OrganId") && parent.equals("To") && grand.equals("MessageHeader")) {
                        to.add(text(r, path));
                    } else if (name.equals("OrganId") && parent.equals("ResponseFor") && grand.equals("MessageHeader")) {
                        responseTo = text(r, path);
                    } else if (name.equals("CodeNumber") && parent.equals("Code")) {
                        number = text(r, path);
                    } else if (name.equals("CodeNotation") && parent.equals("Code")) {
                        notation = text(r, path);
                    } else if (name.equals("Subject") && parent.equals("MessageHeader")) {
                        subject = text(r, path);
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = path.remove(path.size() - 1);
                    if (name.equals("edXMLHeader")) {
                        break;
                    }
                }
            }
            if (!header) {
                throw new NotEdxml("no edXMLHeader");
            }
            String code = number == null ? notation : notation == null ? number : number + "/" + notation;
            if (status) {
                return new Facts("status", from, responseTo == null ? List.of() : List.of(responseTo), code, subject);
            }
            return new Facts("edoc", from, List.copyOf(to), code, subject);
        } catch (XMLStreamException e) {
            throw new NotEdxml(e.getMessage());
        } finally {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // the stream is closed by the caller
            }
        }
    }

    private static String text(XMLStreamReader r, List<String> path) throws XMLStreamException {
        String t = r.getElementText().strip();
        path.remove(path.size() - 1);
        return t;
    }
}
