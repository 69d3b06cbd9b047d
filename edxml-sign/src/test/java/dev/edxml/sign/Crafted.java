package dev.edxml.sign;

import dev.edxml.sign.internal.Dom;
import dev.edxml.sign.internal.Dsig;
import java.io.ByteArrayOutputStream;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.SignatureMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.crypto.dsig.spec.XPathFilterParameterSpec;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Signatures made by hand in tests, to build what {@link Signer} would never make: SHA-1, partial references,
 * forbidden transforms, external references, signatures in the wrong place (TEST ONLY).
 */
final class Crafted {
    String signatureMethod = SignatureAlgorithm.RSA_SHA256.uri();
    String digestMethod = DigestMethod.SHA256;
    String referenceUri = "";
    boolean xpathTransform;
    /** The reference's canonicalisation transform (default exclusive, the form the streaming path checks). */
    String referenceC14n = CanonicalizationMethod.EXCLUSIVE;
    /** Local name of the edXML element the signature is appended to (default edXMLHeader). */
    String parent = "edXMLHeader";
    /** An Id attribute value put on MessageHeader (for partial references). */
    String headerId;

    byte[] sign(byte[] unsigned, PrivateKey key, List<X509Certificate> chain) throws Exception {
        Document doc = Dom.parse(unsigned);
        String ns = dev.edxml.model.SpecVersion.QCVN_102_2016.namespace();
        if (headerId != null) {
            Element mh =
                    (Element) doc.getElementsByTagNameNS(ns, "MessageHeader").item(0);
            mh.setAttribute("Id", headerId);
            mh.setIdAttribute("Id", true);
        }
        Node where = doc.getElementsByTagNameNS(ns, parent).item(0);
        XMLSignatureFactory f = Dsig.factory();
        List<Transform> ts = new ArrayList<>();
        ts.add(f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null));
        if (xpathTransform) {
            ts.add(f.newTransform(Transform.XPATH, new XPathFilterParameterSpec("1")));
        }
        ts.add(f.newTransform(referenceC14n, (TransformParameterSpec) null));
        Reference ref = f.newReference(referenceUri, f.newDigestMethod(digestMethod, null), ts, null, null);
        SignedInfo si = f.newSignedInfo(
                f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                f.newSignatureMethod(signatureMethod, (SignatureMethodParameterSpec) null),
                List.of(ref));
        KeyInfoFactory kif = f.getKeyInfoFactory();
        XMLSignature sig =
                f.newXMLSignature(si, kif.newKeyInfo(List.of(kif.newX509Data(new ArrayList<Object>(chain)))));
        DOMSignContext ctx = new DOMSignContext(key, where);
        ctx.setDefaultNamespacePrefix("");
        ctx.setProperty(Dsig.SECURE_VALIDATION, false);
        sig.sign(ctx);
        return serialize(doc);
    }

    static byte[] serialize(Document doc) throws Exception {
        javax.xml.transform.Transformer t =
                TransformerFactory.newDefaultInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }
}
