package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.edxml.sign.internal.Dom;
import dev.edxml.sign.internal.Dsig;
import dev.edxml.sign.internal.StreamC14n;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.xml.security.c14n.Canonicalizer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The streaming exclusive canonicaliser gives byte for byte what Apache Santuario gives on a DOM (the document with
 * its first {@code ds:Signature} removed, exclusive c14n without comments: what a {@code URI=""} reference with the
 * enveloped-signature and exc-c14n transforms digests), on generated documents with what makes canonicalisation
 * hard: Vietnamese text in NFC and NFD, characters outside the BMP, attributes and text needing escaping, character
 * references (<code>&amp;#xD;</code>, <code>&amp;#9;</code>), CR/LF, CDATA, namespaces declared, redeclared and undeclared at
 * various levels, prefixed attributes, {@code xml:lang}, comments and processing instructions inside and outside the
 * document element, unknown extension elements, and the placeholder signature anywhere.
 */
public class StreamC14nProperties {
    /** jqwik's constructor. */
    public StreamC14nProperties() {}

    static final String NS = dev.edxml.model.SpecVersion.QCVN_102_2016.namespace();

    @BeforeContainer
    static void init() {
        org.apache.xml.security.Init.init();
    }

    @Property(tries = 400)
    void sameCanonicalFormAsSantuario(@ForAll long seed) throws Exception {
        byte[] xml = new Gen(new Random(seed)).document().getBytes(StandardCharsets.UTF_8);
        byte[] expected = santuario(xml);
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        boolean streamed = StreamC14n.canonicalize(new ByteArrayInputStream(xml), ours);
        String text = new String(xml, StandardCharsets.UTF_8);
        boolean piAfterRoot = text.substring(text.lastIndexOf("edXML>") + 6).contains("<?");
        // a processing instruction after the document element is left to the DOM path (Santuario and the
        // recommendation disagree on it): the streaming pass must say so, never answer
        assertEquals(!piAfterRoot, streamed, text);
        if (!streamed) {
            assertEquals(null, StreamC14n.digest(new ByteArrayInputStream(xml), MessageDigest.getInstance("SHA-256")));
            return;
        }
        assertEquals(
                new String(expected, StandardCharsets.UTF_8),
                new String(ours.toByteArray(), StandardCharsets.UTF_8),
                () -> "document:\n" + new String(xml, StandardCharsets.UTF_8));
        assertArrayEquals(
                MessageDigest.getInstance("SHA-256").digest(expected),
                StreamC14n.digest(new ByteArrayInputStream(xml), MessageDigest.getInstance("SHA-256")));
    }

    /** Santuario's canonical form of the document with its first ds:Signature removed (DOM). */
    static byte[] santuario(byte[] xml) throws Exception {
        Document doc = Dom.parse(xml);
        Element sig = (Element) doc.getElementsByTagNameNS(Dsig.NS, "Signature").item(0);
        if (sig != null) {
            sig.getParentNode().removeChild(sig);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS).canonicalizeSubtree(doc, out);
        return out.toByteArray();
    }

    /** A random document in the shape of a package, with the hard cases. */
    public static final class Gen {
        private static final String[] WORDS = {
            "Văn phòng Chính phủ",
            "Thủ tướng",
            "Hà Nội",
            "Nghệ An",
            "Đồng Tháp",
            "kết nối, liên thông",
            "V/v",
            "7816/VPCP-TTĐT",
            "2025/09/30",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀",
            "a",
            ""
        };
        private static final String[] TEXT_SPECIAL = {
            "&amp;",
            "&lt;",
            "&gt;",
            ">",
            "&#xD;",
            "&#13;",
            "&#xA;",
            "\r\n",
            "\n",
            "\r",
            "\t",
            "&#9;",
            "&quot;",
            "&apos;",
            "'",
            "\"",
            "]]&gt;",
            "  ",
            "&#x1F600;",
            "&#233;"
        };
        private static final String[] ATTR_SPECIAL = {
            "&amp;", "&lt;", "&quot;", "'", ">", "\t", "\n", "\r\n", "&#xD;", "&#xA;", "&#9;", "&#x20;", "😀", "&gt;"
        };
        private static final String[] NAMES = {"Subject", "Ext", "Ghi-chu", "data", "Item", "ThongTin", "x1", "Z"};
        private final Random rnd;
        private final StringBuilder sb = new StringBuilder();
        private boolean signaturePlaced;
        private int elements;

        public Gen(Random rnd) {
            this.rnd = rnd;
        }

        public String document() {
            if (rnd.nextBoolean()) {
                sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"")
                        .append(rnd.nextBoolean() ? " standalone=\"yes\"" : "")
                        .append("?>")
                        .append(rnd.nextBoolean() ? "\r\n" : "\n");
            }
            misc();
            String rootPrefix = rnd.nextInt(4) == 0 ? "edXML" : "";
            sb.append('<')
                    .append(q(rootPrefix, "edXML"))
                    .append(rootPrefix.isEmpty() ? " xmlns=\"" : " xmlns:edXML=\"")
                    .append(NS)
                    .append('"');
            String rootX = null;
            if (rnd.nextBoolean()) {
                sb.append(" xmlns:x=\"urn:x:").append(rnd.nextInt(2)).append('"');
                rootX = "x";
            }
            if (rnd.nextInt(3) == 0) {
                sb.append(" xmlns:unused=\"urn:unused\"");
            }
            if (rnd.nextInt(3) == 0) {
                sb.append(" xmlns:ds=\"").append(Dsig.NS).append('"');
            }
            sb.append('>');
            content(1, rootX);
            if (!signaturePlaced) {
                signature();
            }
            content(1, rootX);
            sb.append("</").append(q(rootPrefix, "edXML")).append('>');
            if (rnd.nextInt(8) == 0) {
                misc();
            } else if (rnd.nextBoolean()) {
                sb.append("\r\n<!-- hết -->\n");
            }
            return sb.toString();
        }

        private void misc() {
            int n = rnd.nextInt(3);
            for (int i = 0; i < n; i++) {
                switch (rnd.nextInt(4)) {
                    case 0 -> sb.append("<!-- chú thích ")
                            .append(rnd.nextInt(9))
                            .append(" -->");
                    case 1 -> sb.append("<?edxml-pi ").append(pick(WORDS)).append("?>");
                    case 2 -> sb.append("<?empty?>");
                    default -> sb.append(rnd.nextBoolean() ? "\r\n" : "\n  ");
                }
            }
        }

        private void signature() {
            signaturePlaced = true;
            if (rnd.nextBoolean()) {
                sb.append("<Signature xmlns=\"").append(Dsig.NS).append("\"/>");
            } else {
                sb.append("<ds:Signature xmlns:ds=\"")
                        .append(Dsig.NS)
                        .append("\" Id=\"s\">\r\n  <ds:SignedInfo>")
                        .append(pick(WORDS))
                        .append("</ds:SignedInfo><!-- c --></ds:Signature>");
            }
        }

        /** Content of an element at this depth; xBound says whether prefix x is usable. */
        private void content(int depth, String xBound) {
            int n = rnd.nextInt(depth > 3 ? 2 : 4);
            for (int i = 0; i < n && elements < 60; i++) {
                switch (rnd.nextInt(8)) {
                    case 0, 1 -> text();
                    case 2 -> sb.append("<!--")
                            .append(pick(WORDS).replace("-", ""))
                            .append("-->");
                    case 3 -> sb.append("<?pi ")
                            .append(pick(WORDS))
                            .append(rnd.nextBoolean() ? "  " : "")
                            .append("?>");
                    case 4 -> sb.append("<![CDATA[").append(pick(WORDS)).append(" a<b & c > d \r\n]]>");
                    case 5 -> {
                        if (!signaturePlaced && rnd.nextInt(3) == 0) {
                            signature();
                        } else {
                            element(depth, xBound);
                        }
                    }
                    default -> element(depth, xBound);
                }
            }
        }

        private void text() {
            int n = 1 + rnd.nextInt(4);
            for (int i = 0; i < n; i++) {
                String w = rnd.nextBoolean() ? pick(WORDS) : pick(TEXT_SPECIAL);
                sb.append(rnd.nextBoolean() ? Normalizer.normalize(w, Normalizer.Form.NFD) : w);
            }
        }

        private void element(int depth, String xBound) {
            elements++;
            String name = pick(NAMES);
            String prefix;
            StringBuilder decl = new StringBuilder();
            String childX = xBound;
            int kind = rnd.nextInt(7);
            if (kind == 0 && xBound != null) {
                prefix = "x";
            } else if (kind == 1) {
                prefix = "x";
                decl.append(" xmlns:x=\"urn:x:").append(rnd.nextInt(2)).append('"');
                childX = "x";
            } else if (kind == 2) {
                prefix = "";
                decl.append(" xmlns=\"urn:ext:").append(rnd.nextInt(2)).append('"');
            } else if (kind == 3) {
                prefix = "";
                decl.append(" xmlns=\"\"");
            } else if (kind == 4) {
                prefix = "edXML";
                decl.append(" xmlns:edXML=\"").append(NS).append('"');
            } else {
                prefix = "";
            }
            if (rnd.nextInt(4) == 0) {
                decl.append(" xmlns:y=\"urn:y\"");
                childX = childX == null ? null : childX;
            }
            sb.append('<').append(q(prefix, name)).append(decl);
            List<String> used = new ArrayList<>();
            int attrs = rnd.nextInt(4);
            for (int i = 0; i < attrs; i++) {
                String an;
                switch (rnd.nextInt(5)) {
                    case 0 -> an = childX != null ? "x:" + pick(new String[] {"b", "a", "Id"}) : "a";
                    case 1 -> an = "xml:lang";
                    case 2 -> an = decl.indexOf("xmlns:y") >= 0 ? "y:a" : "b";
                    default -> an = pick(new String[] {"Id", "a", "b", "z", "Z", "a1"});
                }
                if (used.contains(an)) {
                    continue;
                }
                used.add(an);
                sb.append(rnd.nextBoolean() ? " " : "\r\n   ").append(an).append('=');
                char quote = rnd.nextBoolean() ? '"' : '\'';
                sb.append(quote);
                int parts = rnd.nextInt(3);
                for (int j = 0; j < parts; j++) {
                    String v = rnd.nextBoolean() ? pick(WORDS) : pick(ATTR_SPECIAL);
                    if (v.equals("'") && quote == '\'' || v.equals("\"") && quote == '"') {
                        v = "x";
                    }
                    sb.append(rnd.nextBoolean() ? Normalizer.normalize(v, Normalizer.Form.NFD) : v);
                }
                sb.append(quote);
            }
            if (rnd.nextInt(5) == 0) {
                sb.append(rnd.nextBoolean() ? "/>" : " />");
                return;
            }
            sb.append('>');
            content(depth + 1, childX);
            sb.append("</").append(q(prefix, name)).append('>');
        }

        private String pick(String[] a) {
            return a[rnd.nextInt(a.length)];
        }

        private static String q(String prefix, String local) {
            return prefix.isEmpty() ? local : prefix + ":" + local;
        }
    }
}
