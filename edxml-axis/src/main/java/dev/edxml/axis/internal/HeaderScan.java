package dev.edxml.axis.internal;

import dev.edxml.internal.xml.Names;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What routing needs from a package, read from its header only (the attachments that follow are never read): the
 * kind, the sender, the receivers (a document's {@code To}s; a status's {@code ResponseFor/OrganId}), number/notation
 * and subject. Hardened: no DTD, no external entities.
 */
public final class HeaderScan {
    /** The header facts; {@code kind} is {@code edoc} or {@code status}. */
    public record Facts(String kind, String from, List<String> to, String notation, String subject) {}

    /** The package is not an edXML package this scan can route. */
    public static final class NotEdxml extends Exception {
        private static final long serialVersionUID = 1L;

        NotEdxml(String message) {
            super(message);
        }
    }

    private static final XMLInputFactory FACTORY = factory();

    private HeaderScan() {}

    private static XMLInputFactory factory() {
        // the project's one set of reader limits and hardening (no DTD, nothing fetched, depth, markup sizes)
        return dev.edxml.internal.xml.XmlLimits.staxFactory();
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
                r = FACTORY.createXMLStreamReader(dev.edxml.internal.xml.XmlLimits.guard(in));
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
                    if (path.size() == 1 && !name.equals(Names.EDXML) && !name.equals(Names.EDXML_ENVELOPE)) {
                        throw new NotEdxml("the root element is " + name + ", not edXML");
                    }
                    if (name.equals(Names.EDXML_HEADER)) {
                        header = true;
                    }
                    String parent = path.size() > 1 ? path.get(path.size() - 2) : "";
                    String grand = path.size() > 2 ? path.get(path.size() - 3) : "";
                    if (name.equals(Names.STATUS_CODE) && parent.equals(Names.MESSAGE_HEADER)) {
                        status = true;
                    } else if (name.equals(Names.ORGAN_ID)
                            && parent.equals(Names.FROM)
                            && grand.equals(Names.MESSAGE_HEADER)) {
                        from = text(r, path);
                    } else if (name.equals(Names.ORGAN_ID)
                            && parent.equals(Names.TO)
                            && grand.equals(Names.MESSAGE_HEADER)) {
                        to.add(text(r, path));
                    } else if (name.equals(Names.ORGAN_ID)
                            && parent.equals(Names.RESPONSE_FOR)
                            && grand.equals(Names.MESSAGE_HEADER)) {
                        responseTo = text(r, path);
                    } else if (name.equals(Names.CODE_NUMBER) && parent.equals(Names.CODE)) {
                        number = text(r, path);
                    } else if (name.equals(Names.CODE_NOTATION) && parent.equals(Names.CODE)) {
                        notation = text(r, path);
                    } else if (name.equals(Names.SUBJECT) && parent.equals(Names.MESSAGE_HEADER)) {
                        subject = text(r, path);
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = path.remove(path.size() - 1);
                    if (name.equals(Names.EDXML_HEADER)) {
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
