package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.sign.internal.Dom;
import dev.edxml.sign.internal.Dsig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The streaming path checks SignedInfo on the skeleton DOM: with inclusive canonicalisation of SignedInfo, what the
 * ancestors declare (namespaces, {@code xml:lang}) is part of what is signed, and the skeleton must carry it. A
 * signature made with Santuario on the whole DOM, SignedInfo canonicalised inclusively, verifies on the streaming
 * path exactly as on the DOM path, and a change is found by both.
 */
class StreamingSkeletonTest {
    @Test
    void inclusiveSignedInfoWithInheritedContextVerifiesOnTheSkeleton() throws Exception {
        TestPki pki = new TestPki("CA khung");
        SigningKey key = pki.signer(TestPki.rsa(), "Trần Khung");
        String xml = new String(Edxml.toBytes(Fixtures.letter()), StandardCharsets.UTF_8)
                .replaceFirst("<edXML ", "<edXML xml:lang=\"vi\" xmlns:foo=\"urn:foo\" xmlns:ds=\"" + Dsig.NS + "\" ");
        Document doc = Dom.parse(xml.getBytes(StandardCharsets.UTF_8));
        XMLSignatureFactory f = Dsig.factory();
        Reference ref = f.newReference(
                "",
                f.newDigestMethod(DigestMethod.SHA256, null),
                List.of(
                        f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                null,
                null);
        SignedInfo si = f.newSignedInfo(
                f.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                f.newSignatureMethod(SignatureAlgorithm.RSA_SHA256.uri(), null),
                List.of(ref));
        KeyInfoFactory kif = f.getKeyInfoFactory();
        Element header = (Element)
                doc.getElementsByTagNameNS(dev.edxml.model.SpecVersion.QCVN_102_2016.namespace(), "edXMLHeader")
                        .item(0);
        DOMSignContext ctx = new DOMSignContext(key.privateKey(), header);
        ctx.setDefaultNamespacePrefix("ds");
        f.newXMLSignature(si, kif.newKeyInfo(List.of(kif.newX509Data(List.<Object>copyOf(key.chain())))))
                .sign(ctx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        byte[] signed = out.toByteArray();
        assertTrue(new String(signed, StandardCharsets.UTF_8).contains("xml:lang=\"vi\""));

        Verifier v = Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
        SignatureReport streamed = v.examineStreamingOnly(signed); // fails if the DOM path had to decide
        assertTrue(streamed.isValid(), streamed.toString());
        assertEquals(StreamingCorpusTest.codes(v.examineDom(signed)), StreamingCorpusTest.codes(streamed));
        // xml:lang is inherited into SignedInfo's canonical form: changing it on the root breaks the signature
        // value (and the whole-document digest); both paths must say so
        byte[] changed = VerifierTest.replace(signed, "xml:lang=\"vi\"", "xml:lang=\"en\"");
        List<String> codes = StreamingCorpusTest.codes(v.examine(changed));
        assertEquals(StreamingCorpusTest.codes(v.examineDom(changed)), codes);
        assertTrue(codes.contains("EDXML-SIG-011") || codes.contains("EDXML-SIG-012"), codes.toString());
    }
}
