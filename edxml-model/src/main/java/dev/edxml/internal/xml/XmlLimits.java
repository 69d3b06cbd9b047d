package dev.edxml.internal.xml;

import dev.edxml.EdxmlException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The one set of limits every XML parser of the project reads with (the package reader, the validator's schema check,
 * the verifier's streaming canonicaliser and its DOM), and the hardening that goes with them: no DTD, no external
 * entity, nothing fetched. Each {@code …Factory()} method returns a new factory configured so; {@link #guard} bounds
 * what the JDK's parsers would otherwise materialise whole, however large: an attribute value, a comment, a
 * processing instruction.
 *
 * <p>Past a limit, reading stops at once: {@code EDXML-ENV-008} for depth, {@code EDXML-ENV-011} for a long attribute
 * value, comment or processing instruction, {@code EDXML-ENV-001} (the parser's own words) for too many attributes on
 * one element or an over-long name.
 */
public final class XmlLimits {
    /** Element nesting depth. */
    public static final int MAX_DEPTH = 64;
    /** Characters (bytes, as read) of one attribute value, comment or processing instruction. */
    public static final int MAX_MARKUP_BYTES = 64 << 10;
    /** Attributes of one element. */
    public static final int MAX_ATTRIBUTES = 256;
    /** Characters of an element or attribute name. */
    public static final int MAX_NAME_CHARS = 1000;
    /** Characters of text outside attachment content (the header, the body, the signature). */
    public static final int MAX_TEXT_CHARS = 8 << 20;
    /** Elements of a package (attachments count three or four each). */
    public static final int MAX_ELEMENTS = 100_000;

    private XmlLimits() {}

    /** A hardened StAX factory within the limits (not coalescing, namespace-aware). */
    public static XMLInputFactory staxFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLInputFactory.RESOLVER, (javax.xml.stream.XMLResolver) (p, s, b, n) -> {
            throw new XMLStreamException("external resource refused: " + s);
        });
        f.setProperty("jdk.xml.maxElementDepth", MAX_DEPTH);
        f.setProperty("jdk.xml.elementAttributeLimit", MAX_ATTRIBUTES);
        f.setProperty("jdk.xml.maxXMLNameLimit", MAX_NAME_CHARS);
        return f;
    }

    /** A hardened, namespace-aware DOM factory within the limits. */
    public static DocumentBuilderFactory domFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required safety feature", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setAttribute("jdk.xml.maxElementDepth", MAX_DEPTH);
        f.setAttribute("jdk.xml.elementAttributeLimit", MAX_ATTRIBUTES);
        f.setAttribute("jdk.xml.maxXMLNameLimit", MAX_NAME_CHARS);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    /** A hardened, namespace-aware SAX factory within the limits; set the same limits on its parsers with {@link #limit}. */
    public static SAXParserFactory saxFactory() {
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required safety feature", e);
        }
        f.setXIncludeAware(false);
        return f;
    }

    /** Sets the limits on a SAX parser (or a schema validator: anything with JAXP properties). */
    public static void limit(PropertySetter p) throws org.xml.sax.SAXException {
        p.set(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        p.set("jdk.xml.maxElementDepth", MAX_DEPTH);
        p.set("jdk.xml.elementAttributeLimit", MAX_ATTRIBUTES);
        p.set("jdk.xml.maxXMLNameLimit", MAX_NAME_CHARS);
    }

    /** {@code setProperty} of a SAX parser or a {@code javax.xml.validation.Validator}. */
    @FunctionalInterface
    public interface PropertySetter {
        void set(String name, Object value) throws org.xml.sax.SAXException;
    }

    /**
     * The stream, refused with {@code EDXML-ENV-011} as soon as an attribute value, comment or processing instruction
     * passes {@value #MAX_MARKUP_BYTES} bytes: the JDK's parsers build each of these whole in memory before anyone
     * sees it, so a 600 MB attribute would otherwise exhaust the heap inside the parser.
     */
    public static InputStream guard(InputStream in) {
        return in instanceof Guard ? in : new Guard(in, MAX_MARKUP_BYTES);
    }

    /** The limit exception in the chain of a parser's exception, if any. */
    public static EdxmlException limitIn(Throwable t) {
        for (int i = 0; t != null && i < 8; i++) {
            if (t instanceof EdxmlException e) {
                return e;
            }
            Throwable next = t instanceof XMLStreamException x && x.getNestedException() != null
                    ? x.getNestedException()
                    : t instanceof org.xml.sax.SAXException s && s.getException() != null
                            ? s.getException()
                            : t.getCause();
            t = next == t ? null : next;
        }
        return null;
    }

    /** A lexical scan of the bytes as they pass: where markup is, and how long the current unbounded piece is. */
    static final class Guard extends FilterInputStream {
        private enum State {
            TEXT,
            LT,
            BANG,
            TAG,
            VALUE,
            COMMENT,
            PI,
            CDATA
        }

        private final int max;
        private State state = State.TEXT;
        private byte quote;
        private long run;
        private int line = 1;
        /** The last bytes seen, to recognise {@code <!--}, {@code -->}, {@code <![CDATA[}, {@code ]]>}, {@code ?>}. */
        private int recent;

        private int bangChars;

        Guard(InputStream in, int max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                scan((byte) b);
            } else {
                ended();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            int end = off + n;
            for (int i = off; i < end; ) {
                if (state == State.TEXT && need == 0 && encoding != 0 && position == 4) {
                    // the fast path (most of a package: an attachment's base64): ASCII text outside markup changes
                    // nothing but the line count and the last bytes seen, as scan(…) would find byte by byte
                    int j = i;
                    while (j < end) {
                        byte c = b[j];
                        if (c < 0 || c == '<') {
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        j++;
                    }
                    if (j > i) {
                        for (int k = Math.max(i, j - 4); k < j; k++) {
                            recent = (recent << 8) | (b[k] & 0xFF);
                        }
                        i = j;
                        continue;
                    }
                }
                scan(b[i++]);
            }
            if (n < 0) {
                ended();
            }
            return n;
        }

        /** A sequence cut short by the end of the input is invalid too ("Expected byte 2 of 4-byte…"). */
        private void ended() throws EdxmlException {
            if (position > 0 && position < 4) {
                // fewer than four bytes in all: checked as they are
                int n = position;
                position = 4;
                for (int shift = 8 * (n - 1); shift >= 0; shift -= 8) {
                    afterHead(head >>> shift & 0xFF);
                }
            }
            if (need > 0 && encoding != 2) {
                need = 0;
                badUtf8();
            }
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(n, 8192)];
            int r = read(buf, 0, buf.length);
            return Math.max(r, 0);
        }

        private void scan(byte c) throws EdxmlException {
            if (c == '\n') {
                line++;
            }
            utf8(c);
            recent = (recent << 8) | (c & 0xFF);
            switch (state) {
                case TEXT -> {
                    if (c == '<') {
                        state = State.LT;
                    }
                }
                case LT -> {
                    if (c == '!') {
                        state = State.BANG;
                        bangChars = 0;
                    } else if (c == '?') {
                        state = State.PI;
                        run = 0;
                    } else {
                        state = c == '>' ? State.TEXT : State.TAG;
                    }
                }
                case BANG -> {
                    bangChars++;
                    if (bangChars == 2 && (recent & 0xFFFF) == 0x2D2D) {
                        state = State.COMMENT;
                        run = 0;
                    } else if (bangChars == 7 && (recent & 0xFFFFFFFFL) == 0x4154415BL) { // "ATA[" of "[CDATA["
                        state = State.CDATA;
                    } else if (c == '>') {
                        state = State.TEXT;
                    } else if (bangChars > 7) {
                        state = State.TAG; // <!DOCTYPE …>: refused by the parser, quoted parts still bounded
                    }
                }
                case TAG -> {
                    if (c == '"' || c == '\'') {
                        state = State.VALUE;
                        quote = c;
                        run = 0;
                    } else if (c == '>') {
                        state = State.TEXT;
                    }
                }
                case VALUE -> {
                    if (c == quote) {
                        state = State.TAG;
                    } else {
                        count(); // an attribute value
                    }
                }
                case COMMENT -> {
                    if ((recent & 0xFFFFFF) == 0x2D2D3E) {
                        state = State.TEXT;
                    } else {
                        count(); // a comment
                    }
                }
                case PI -> {
                    if ((recent & 0xFFFF) == 0x3F3E) {
                        state = State.TEXT;
                    } else {
                        count(); // a processing instruction
                    }
                }
                case CDATA -> {
                    // character data is text: the readers bound text themselves and stream it
                    if ((recent & 0xFFFFFF) == 0x5D5D3E) {
                        state = State.TEXT;
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
        }

        /** 0 undecided, 1 UTF-8 (checked), 2 another encoding (not checked). */
        private int encoding;

        private final StringBuilder prolog = new StringBuilder();
        private int need;
        private int lead;
        private int position;

        /**
         * Checks UTF-8 as it passes: the JDK's parser reports a bad sequence by printing {@code [Fatal Error] …} on
         * stderr through its default error handler, which no StAX property replaces; found here first, it is an
         * {@code EDXML-ENV-001} with its line, and the parser prints nothing.
         */
        private void utf8(byte c) throws EdxmlException {
            int b = c & 0xFF;
            if (position < 4) {
                position++; // counted up to 4 only (the head): an int would not hold the size of a large package
                // the encoding is told by the first four bytes, as the parser tells it (XML 1.0 appendix F)
                head = head << 8 | b;
                if (position < 4) {
                    return;
                }
                encoding = otherThanUtf8(head) ? 2 : 0;
                if (encoding == 2) {
                    return;
                }
                for (int shift = 24; shift >= 0; shift -= 8) {
                    afterHead(head >>> shift & 0xFF);
                }
                return;
            }
            if (encoding == 2) {
                return;
            }
            afterHead(b);
        }

        /** UTF-16 or UTF-32 (with or without a byte order mark) or EBCDIC: the parser's business, not checked here. */
        private static boolean otherThanUtf8(int h) {
            int two = h >>> 16;
            return two == 0xFEFF
                    || two == 0xFFFE
                    || h == 0x0000003C
                    || h == 0x3C000000
                    || h == 0x00003C00
                    || h == 0x003C0000
                    || h == 0x003C003F
                    || h == 0x3C003F00
                    || h == 0x4C6FA794
                    || h == 0x0000FEFF;
        }

        private void afterHead(int b) throws EdxmlException {
            if (encoding == 0) {
                // until the declaration has said otherwise the bytes are checked as UTF-8 (a declaration is ASCII)
                prolog.append((char) b);
                String p = prolog.toString();
                boolean declared = p.startsWith("<?xml") || p.startsWith("\u00EF\u00BB\u00BF<?xml");
                if (p.length() >= 9 && !declared || p.endsWith("?>") || p.length() >= 512) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']")
                            .matcher(p);
                    encoding = declared
                                    && m.find()
                                    && !m.group(1).equalsIgnoreCase("UTF-8")
                                    && !m.group(1).equalsIgnoreCase("UTF8")
                            ? 2
                            : 1;
                    prolog.setLength(0);
                }
            }
            utf8Byte(b);
        }

        private int head;

        private void utf8Byte(int b) throws EdxmlException {
            if (need > 0) {
                boolean ok = b >= 0x80 && b <= 0xBF;
                if (ok && lead != 0) {
                    // the second byte: no overlong form, no surrogate, nothing beyond U+10FFFF
                    ok = !(lead == 0xE0 && b < 0xA0
                            || lead == 0xED && b > 0x9F
                            || lead == 0xF0 && b < 0x90
                            || lead == 0xF4 && b > 0x8F);
                    lead = 0;
                }
                if (!ok) {
                    badUtf8();
                }
                need--;
            } else if (b >= 0x80) {
                if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    need = 2;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    need = 3;
                } else {
                    badUtf8();
                }
                lead = b;
            }
        }

        private void badUtf8() throws EdxmlException {
            throw new EdxmlException(
                    "EDXML-ENV-001", List.of("invalid UTF-8 byte sequence on line " + line), line, -1, null, null);
        }

        private void count() throws EdxmlException {
            if (++run > max) {
                throw new EdxmlException("EDXML-ENV-011", List.of(String.valueOf(max)), line, -1, null, null);
            }
        }
    }
}
