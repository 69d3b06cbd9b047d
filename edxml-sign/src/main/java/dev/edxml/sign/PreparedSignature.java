package dev.edxml.sign;

import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.XmlElement;
import dev.edxml.sign.internal.Dom;
import dev.edxml.sign.internal.Dsig;
import dev.edxml.sign.internal.StreamingDigest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A signature waiting for its value from a signing service: {@link #dataToSign()} goes out, the signature value
 * comes back to {@link #complete(byte[])}. Use it once.
 *
 * <p><b>Saved state.</b> A remote signing service may answer minutes later, after the user approves on a phone, and
 * the process that prepared the signature may be gone by then. {@link #toBytes()} writes the state, and
 * {@link #restore(byte[], EdxmlPackage)} reads it back in any process, given the same package again (read from where
 * it was kept: the state does not hold the package, only the signature being made). The state is UTF-8 text, format
 * version 1, one {@code key: value} per line, in this order:
 * <pre>
 * edxml-prepared-xml-signature: 1
 * algorithm: RSA_SHA256
 * data-to-sign: &lt;base64 of the canonical SignedInfo&gt;
 * signature: &lt;base64 of the UTF-8 XML of the ds:Signature element, its SignatureValue a stand-in&gt;
 * </pre>
 * Nothing secret is in it. {@code restore} refuses another version, a damaged state, and a package whose digest is
 * not the one the prepared signature's reference holds (a different or changed package).
 *
 * @since 0.1.0
 */
public final class PreparedSignature {
    static final String MAGIC = "edxml-prepared-xml-signature";
    static final int VERSION = 1;

    /** Turns a signature value into the signed package. */
    interface Completion {
        EdxmlPackage complete(byte[] value) throws GeneralSecurityException;
    }

    private final byte[] data;
    private final SignatureAlgorithm algorithm;
    private final Completion completion;
    private final Element signature;
    private boolean done;

    PreparedSignature(byte[] data, SignatureAlgorithm algorithm, Completion completion) {
        this(data, algorithm, completion, null);
    }

    PreparedSignature(byte[] data, SignatureAlgorithm algorithm, Completion completion, Element signature) {
        this.data = data;
        this.algorithm = algorithm;
        this.completion = completion;
        this.signature = signature;
    }

    /** The bytes to sign: the canonical {@code SignedInfo}. The service signs them with {@link #algorithm()}. */
    public byte[] dataToSign() {
        return data.clone();
    }

    /** The digest of {@link #dataToSign()}, for services that take a hash and sign it ("raw" or "hash" signing). */
    public byte[] digestToSign() throws GeneralSecurityException {
        return MessageDigest.getInstance(algorithm.digest().jcaName()).digest(data);
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * The signed package, given the signature value in the JCA format of the algorithm (as
     * {@link java.security.Signature#sign()} returns it; DER for ECDSA).
     */
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // the caller prepared P and gets P back
    public synchronized <P extends EdxmlPackage> P complete(byte[] signatureValue) throws GeneralSecurityException {
        if (done) {
            throw new IllegalStateException("this prepared signature was completed already");
        }
        done = true;
        return (P) completion.complete(signatureValue.clone());
    }

    /** The saved state, format version 1 (see the class documentation). */
    public synchronized byte[] toBytes() {
        if (signature == null) {
            throw new IllegalStateException("this prepared signature has no state to save");
        }
        if (done) {
            throw new IllegalStateException("this prepared signature was completed already");
        }
        StringBuilder sb = new StringBuilder();
        sb.append(MAGIC).append(": ").append(VERSION).append('\n');
        sb.append("algorithm: ").append(algorithm.name()).append('\n');
        sb.append("data-to-sign: ")
                .append(Base64.getEncoder().encodeToString(data))
                .append('\n');
        sb.append("signature: ")
                .append(Base64.getEncoder().encodeToString(serialise(signature)))
                .append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A prepared signature from its saved state, for the same package it was prepared for.
     *
     * @throws IllegalArgumentException when the state is of another version or damaged, or {@code pkg} is not the
     *                                  package the signature was prepared for
     */
    public static PreparedSignature restore(byte[] state, EdxmlPackage pkg)
            throws IOException, GeneralSecurityException {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(pkg, "pkg");
        if (state.length > 1 << 20) {
            throw new IllegalArgumentException("a prepared-signature state is a few kilobytes, not " + state.length);
        }
        Map<String, String> f = new LinkedHashMap<>();
        for (String line : new String(state, StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0
                    || f.put(line.substring(0, colon), line.substring(colon + 2).strip()) != null) {
                throw new IllegalArgumentException("not a prepared-signature state line: " + line);
            }
        }
        String version = f.get(MAGIC);
        if (!String.valueOf(VERSION).equals(version)) {
            throw new IllegalArgumentException("prepared-signature state version " + version + " is not supported "
                    + "(this library reads version " + VERSION + ")");
        }
        SignatureAlgorithm alg;
        byte[] data;
        Element sig;
        try {
            alg = SignatureAlgorithm.valueOf(Objects.requireNonNull(f.get("algorithm"), "algorithm"));
            data = Base64.getDecoder().decode(Objects.requireNonNull(f.get("data-to-sign"), "data-to-sign"));
            sig = Dom.parse(Base64.getDecoder().decode(Objects.requireNonNull(f.get("signature"), "signature")))
                    .getDocumentElement();
        } catch (RuntimeException | org.xml.sax.SAXException e) {
            throw new IllegalArgumentException("the prepared-signature state is damaged: " + e.getMessage(), e);
        }
        if (!Dsig.NS.equals(sig.getNamespaceURI()) || !"Signature".equals(sig.getLocalName())) {
            throw new IllegalArgumentException("the prepared-signature state does not hold a ds:Signature");
        }
        // the package must be the one whose digest the prepared signature's whole-document reference holds
        byte[] expected = null;
        boolean relayTolerant = false;
        NodeList refs = sig.getElementsByTagNameNS(Dsig.NS, "Reference");
        for (int i = 0; i < refs.getLength(); i++) {
            Element r = (Element) refs.item(i);
            if (r.getAttribute("URI").isEmpty()) {
                expected = Base64.getMimeDecoder()
                        .decode(r.getElementsByTagNameNS(Dsig.NS, "DigestValue")
                                .item(0)
                                .getTextContent());
                NodeList transforms = r.getElementsByTagNameNS(Dsig.NS, "Transform");
                for (int t = 0; t < transforms.getLength(); t++) {
                    relayTolerant |= dev.edxml.sign.internal.RelayProfile.FILTER2.equals(
                            ((Element) transforms.item(t)).getAttribute("Algorithm"));
                }
            }
        }
        if (expected == null) {
            throw new IllegalArgumentException("the prepared signature has no reference to the whole package");
        }
        XmlElement placeholder = new XmlElement(Dsig.NS, "Signature", Map.of(), List.of());
        byte[] actual = StreamingDigest.ofPackage(
                        Signer.withSignature(pkg, new SignatureBlock(placeholder)),
                        MessageDigest.getInstance(alg.digest().jcaName()),
                        relayTolerant)
                .digest();
        if (actual == null || !MessageDigest.isEqual(expected, actual)) {
            throw new IllegalArgumentException("the package is not the one this signature was prepared for "
                    + "(its digest differs from the prepared reference)");
        }
        X509Certificate signer = signerCertificate(sig);
        return new PreparedSignature(
                data,
                alg,
                value -> {
                    byte[] v = alg.name().startsWith("ECDSA")
                            ? EcdsaValues.derToConcatenated(value, signer.getPublicKey())
                            : value;
                    Element sv = (Element) sig.getElementsByTagNameNS(Dsig.NS, "SignatureValue")
                            .item(0);
                    sv.setTextContent(Base64.getEncoder().encodeToString(v));
                    for (String name : List.of("SignatureValue", "X509Certificate")) {
                        NodeList nl = sig.getElementsByTagNameNS(Dsig.NS, name);
                        for (int i = 0; i < nl.getLength(); i++) {
                            nl.item(i)
                                    .setTextContent(nl.item(i).getTextContent().replaceAll("\\s+", ""));
                        }
                    }
                    return Signer.withSignature(pkg, new SignatureBlock(Dom.toXmlElement(sig)));
                },
                sig);
    }

    private static X509Certificate signerCertificate(Element sig) throws GeneralSecurityException {
        NodeList certs = sig.getElementsByTagNameNS(Dsig.NS, "X509Certificate");
        if (certs.getLength() == 0) {
            throw new IllegalArgumentException("the prepared signature carries no certificate");
        }
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(
                        Base64.getMimeDecoder().decode(certs.item(0).getTextContent())));
    }

    private static byte[] serialise(Element e) {
        try {
            javax.xml.transform.TransformerFactory tf = javax.xml.transform.TransformerFactory.newDefaultInstance();
            tf.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            javax.xml.transform.Transformer t = tf.newTransformer();
            t.setOutputProperty(javax.xml.transform.OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new javax.xml.transform.dom.DOMSource(e), new javax.xml.transform.stream.StreamResult(out));
            return out.toByteArray();
        } catch (javax.xml.transform.TransformerException ex) {
            throw new IllegalStateException("the prepared signature could not be written out", ex);
        }
    }

    @Override
    public String toString() {
        return "PreparedSignature[" + algorithm + ", " + data.length + " bytes to sign" + (done ? ", completed" : "")
                + "]";
    }
}
