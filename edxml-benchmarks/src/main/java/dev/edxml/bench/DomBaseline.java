package dev.edxml.bench;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.jcp.xml.dsig.internal.dom.XMLDSigRI;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The baseline most vendors would write: Apache Santuario through JSR-105, the plain DOM way. The whole package is
 * parsed into a DOM ({@code DocumentBuilderFactory}), signed or validated there with the same signature form as
 * {@code Signer} (enveloped, URI="", exclusive c14n, SHA-256, RSA-SHA256, the certificate in {@code KeyInfo}), and
 * serialised with the JDK's {@code Transformer}. Validation takes the key from the certificate in {@code KeyInfo},
 * with no certificate path check (which {@code Verifier} does, so the comparison favours the baseline).
 */
public final class DomBaseline {
    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final String EDXML = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    /** Santuario's provider, made once (as a vendor registering it at start-up would have it). */
    private static final XMLDSigRI SANTUARIO = new XMLDSigRI();

    private DomBaseline() {}

    private static XMLSignatureFactory factory() {
        return XMLSignatureFactory.getInstance("DOM", SANTUARIO);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Signs a package (given as its bytes) and writes the signed package to {@code out}. */
    public static void sign(byte[] unsigned, PrivateKey key, X509Certificate cert, OutputStream out) throws Exception {
        Document doc = parse(unsigned);
        XMLSignatureFactory f = factory();
        Reference ref = f.newReference(
                "",
                f.newDigestMethod(DigestMethod.SHA256, null),
                List.of(
                        f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                null,
                null);
        SignedInfo si = f.newSignedInfo(
                f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                f.newSignatureMethod("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", null),
                List.of(ref));
        KeyInfoFactory kif = f.getKeyInfoFactory();
        KeyInfo ki = kif.newKeyInfo(List.of(kif.newX509Data(List.of(cert))));
        Element header =
                (Element) doc.getElementsByTagNameNS(EDXML, "edXMLHeader").item(0);
        f.newXMLSignature(si, ki).sign(new DOMSignContext(key, header));
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
    }

    /** Validates the package's signature; the key is the certificate's in {@code KeyInfo}. */
    public static boolean verify(byte[] signed) throws Exception {
        Document doc = parse(signed);
        NodeList nl = doc.getElementsByTagNameNS(DSIG, "Signature");
        DOMValidateContext ctx = new DOMValidateContext(new FromCertificate(), nl.item(0));
        // our signatures reference the signing-time property by Id
        NodeList all = ((Element) nl.item(0)).getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("Id")) {
                ctx.setIdAttributeNS(e, null, "Id");
            }
        }
        XMLSignature sig = factory().unmarshalXMLSignature(ctx);
        return sig.validate(ctx);
    }

    /**
     * The same, followed by the checks our {@code verify} does on the certificate: a PKIX path from the certificates
     * in {@code KeyInfo} to the trust anchors (the JDK's {@code CertPathBuilder}, revocation off, as ours offline),
     * at {@code when}. What a vendor adding "is the signer trusted" to the plain DOM verifier would write (issue 19:
     * the fair baseline).
     */
    public static boolean verifyWithPath(
            byte[] signed, java.util.Set<java.security.cert.TrustAnchor> anchors, java.util.Date when)
            throws Exception {
        Document doc = parse(signed);
        NodeList nl = doc.getElementsByTagNameNS(DSIG, "Signature");
        DOMValidateContext ctx = new DOMValidateContext(new FromCertificate(), nl.item(0));
        NodeList all = ((Element) nl.item(0)).getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("Id")) {
                ctx.setIdAttributeNS(e, null, "Id");
            }
        }
        XMLSignature sig = factory().unmarshalXMLSignature(ctx);
        if (!sig.validate(ctx)) {
            return false;
        }
        java.util.List<X509Certificate> certs = new java.util.ArrayList<>();
        for (Object o : sig.getKeyInfo().getContent()) {
            if (o instanceof X509Data) {
                for (Object c : ((X509Data) o).getContent()) {
                    if (c instanceof X509Certificate) {
                        certs.add((X509Certificate) c);
                    }
                }
            }
        }
        java.security.cert.X509CertSelector target = new java.security.cert.X509CertSelector();
        target.setCertificate(certs.get(0));
        java.security.cert.PKIXBuilderParameters params = new java.security.cert.PKIXBuilderParameters(anchors, target);
        params.setDate(when);
        params.setRevocationEnabled(false);
        params.addCertStore(java.security.cert.CertStore.getInstance(
                "Collection", new java.security.cert.CollectionCertStoreParameters(certs)));
        java.security.cert.CertPathBuilder.getInstance("PKIX").build(params);
        return true;
    }

    private static final class FromCertificate extends KeySelector {
        @Override
        public KeySelectorResult select(
                KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context) {
            for (Object o : keyInfo.getContent()) {
                if (o instanceof X509Data) {
                    for (Object c : ((X509Data) o).getContent()) {
                        if (c instanceof X509Certificate) {
                            return () -> ((X509Certificate) c).getPublicKey();
                        }
                    }
                }
            }
            return () -> null;
        }
    }
}
