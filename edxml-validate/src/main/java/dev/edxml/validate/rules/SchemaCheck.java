package dev.edxml.validate.rules;

import dev.edxml.Location;
import dev.edxml.internal.xml.EdxmlSchema;
import dev.edxml.internal.xml.Names;
import dev.edxml.internal.xml.XmlLimits;
import dev.edxml.model.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * One run of a package against edxml-java's XSD ({@code qcvn102-2016.xsd} in edxml-model). A SAX filter between the
 * hardened parser and the JDK's schema validator keeps the element stack, so that each {@link SAXParseException} is
 * told apart by its constraint's identifier (e.g. {@code cvc-complex-type.2.4.b}, the same in every language) and by
 * what was being read when it was raised; names come from the stack, not from the validator's localised wording.
 */
final class SchemaCheck extends XMLFilterImpl {
    private static final String NS = SpecVersion.QCVN_102_2016.namespace();
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    /** A schema violation as a finding of one of the StructureRules codes, with its arguments. */
    record Problem(String code, Location where, List<String> args) {}

    /** The compiled schema: immutable and thread-safe, compiled on first use only. */
    private static final class Compiled {
        static final Schema SCHEMA = compile();
    }

    private static final class Frame {
        final Frame parent;
        final String ns;
        final String local;
        final String path;
        final Map<String, Integer> counts = new HashMap<>();
        final Set<String> seen = new HashSet<>();
        Frame firstChild;
        boolean attributesReported;

        Frame(Frame parent, String ns, String local, String path) {
            this.parent = parent;
            this.ns = ns;
            this.local = local;
            this.path = path;
        }

        String parentName() {
            return parent == null ? "(document)" : parent.local;
        }
    }

    private enum Phase {
        START,
        END,
        TEXT
    }

    private final Deque<Frame> stack = new ArrayDeque<>();
    private final List<Problem> problems = new ArrayList<>();
    private Frame current;
    private Attributes attributes;
    private Phase phase = Phase.TEXT;

    private SchemaCheck(XMLReader parser) {
        super(parser);
    }

    /** The violations in a well-formed package, in file order. */
    static List<Problem> run(InputStream in) throws IOException {
        try {
            SchemaCheck check = new SchemaCheck(hardenedParser());
            Validator v = Compiled.SCHEMA.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(check.new Collector());
            v.validate(new SAXSource(check, new InputSource(XmlLimits.guard(in))));
            return check.problems;
        } catch (SAXException | ParserConfigurationException e) {
            // the package was well-formed when the tree was read; a parse failure here is unexpected
            throw new IOException("schema validation could not run: " + e.getMessage(), e);
        }
    }

    /**
     * The SAX factory, configured once (configuring one cost as much as a tenth of checking a small package: issue
     * 19); it is never changed afterwards, and each parser it makes takes its own copy of the features, so sharing it
     * between threads is safe (as {@code StreamC14n}'s StAX factory).
     */
    private static final class Factory {
        static final SAXParserFactory SAX = factory();

        private static SAXParserFactory factory() {
            SAXParserFactory f = XmlLimits.saxFactory();
            try {
                f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            } catch (SAXException | ParserConfigurationException e) {
                throw new IllegalStateException("the JDK's XML parser lacks a required feature", e);
            }
            return f;
        }
    }

    private static XMLReader hardenedParser() throws SAXException, ParserConfigurationException {
        XMLReader r = Factory.SAX.newSAXParser().getXMLReader();
        XmlLimits.limit(r::setProperty);
        r.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return r;
    }

    private static Schema compile() {
        SchemaFactory f = SchemaFactory.newDefaultInstance();
        try (InputStream in = EdxmlSchema.open()) {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(new StreamSource(in, "edxml:" + EdxmlSchema.RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("edxml-java's XSD does not compile", e);
        }
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        Frame parent = stack.peek();
        String path = (parent == null ? "" : parent.path) + "/" + local;
        if (parent != null) {
            int n = parent.counts.merge(local, 1, Integer::sum);
            path += n > 1 ? "[" + n + "]" : "";
        }
        current = new Frame(parent, uri, local, path);
        attributes = atts;
        phase = Phase.START;
        super.startElement(uri, local, qName, atts);
        if (parent != null && NS.equals(uri)) {
            parent.seen.add(Shapes.normalise(local));
        }
        if (parent != null && parent.firstChild == null) {
            parent.firstChild = current;
        }
        stack.push(current);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        current = stack.pop();
        phase = Phase.END;
        super.endElement(uri, local, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        Frame top = stack.peek();
        if (top != null && top.local.equals(Names.CONTENT_TRANSFER_ENCODED) && NS.equals(top.ns)) {
            // the validator would buffer the whole base64 text of a simple-typed element; its validity is the reader's
            return;
        }
        current = top;
        phase = Phase.TEXT;
        super.characters(ch, start, length);
    }

    /** Turns the validator's errors into problems, using what the filter was reading when each was raised. */
    private final class Collector implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // XSD warnings concern the schema, not the package
        }

        @Override
        public void error(SAXParseException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            Location where = new Location(
                    Math.max(e.getLineNumber(), 0),
                    Math.max(e.getColumnNumber(), 0),
                    current == null ? "" : current.path);
            String key =
                    msg.indexOf(':') > 0 ? msg.substring(0, msg.indexOf(':')).strip() : "";
            if (current == null) {
                problems.add(new Problem("EDXML-ENV-030", where, List.of("?", "(document)")));
            } else if (key.equals("cvc-complex-type.2.3")) {
                // raised at the element's end, once its text is known
                problems.add(new Problem("EDXML-ENV-035", where, List.of(current.local)));
            } else if (key.equals("cvc-complex-type.2.4.b")) {
                problems.add(new Problem("EDXML-ENV-032", where, List.of(current.local, missing(msg))));
            } else if (key.equals("cvc-complex-type.3.2.2")
                    || key.equals("cvc-type.3.1.1")
                    || key.startsWith("cvc-elt.3")
                    || key.startsWith("cvc-elt.4")) {
                if (!current.attributesReported) {
                    // one error per attribute; one finding per element, naming them all
                    current.attributesReported = true;
                    problems.add(new Problem("EDXML-ENV-034", where, List.of(attributes(key), current.local)));
                }
            } else if (key.equals("cvc-type.3.1.2") && current.firstChild != null) {
                // elements inside a value: raised at the value's end, about its first child element
                problems.add(placement(
                        current.firstChild, new Location(where.line(), where.column(), current.firstChild.path)));
            } else if (phase == Phase.START) {
                problems.add(placement(current, where));
            } else {
                problems.add(new Problem("EDXML-ENV-030", where, List.of(current.local, current.parentName())));
            }
        }

        /** An element the schema does not accept where it stands: unknown, repeated, or misplaced. */
        private Problem placement(Frame e, Location where) {
            if (!NS.equals(e.ns) || !EnvelopeRules.KNOWN.contains(e.local)) {
                return new Problem("EDXML-ENV-033", where, List.of(e.local, e.ns, e.parentName()));
            }
            if (e.parent != null && e.parent.seen.contains(Shapes.normalise(e.local)) && e.parent.firstChild != e) {
                return new Problem("EDXML-ENV-031", where, List.of(e.local, e.parentName()));
            }
            return new Problem("EDXML-ENV-030", where, List.of(e.local, e.parentName()));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        /** The required children not seen, from the schema's own table; the validator's expectation otherwise. */
        private String missing(String msg) {
            List<String> names = new ArrayList<>();
            for (String r : Shapes.required(current.local)) {
                if (!current.seen.contains(r)) {
                    names.add(r);
                }
            }
            if (names.isEmpty()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\":([A-Za-z_][\\w.-]*)")
                        .matcher(msg);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
            return String.join(", ", names);
        }

        /**
         * The attributes the schema refuses on the element being started: on a value, every one; elsewhere those
         * without a namespace that the schema does not declare, and those in the edXML namespace (extension
         * attributes must come from other namespaces). Computed here, as the validator's wording is localised.
         */
        private String attributes(String key) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                String uri = attributes.getURI(i);
                // cvc-elt.3 and .4 are xsi:nil and xsi:type that the declaration does not admit
                boolean refused = key.startsWith("cvc-elt")
                        ? XSI.equals(uri)
                        : key.equals("cvc-type.3.1.1")
                                ? !XSI.equals(uri)
                                : NS.equals(uri)
                                        || uri.isEmpty()
                                                && !Shapes.ATTRIBUTES
                                                        .getOrDefault(current.local, Set.of())
                                                        .contains(attributes.getLocalName(i));
                if (refused) {
                    names.add(attributes.getQName(i));
                }
            }
            return names.isEmpty() ? "?" : String.join(", ", names);
        }
    }
}
