package dev.edxml.sign;

import dev.edxml.Finding;
import dev.edxml.sign.internal.CertificateCheck;
import dev.edxml.sign.internal.Dom;
import dev.edxml.sign.internal.Dsig;
import dev.edxml.sign.internal.SignMessages;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Signature timestamps (dấu thời gian của chữ ký): an RFC 3161 token over the canonical {@code SignatureValue}
 * element, carried as an unsigned property with the XAdES 1.3.2 element names
 * ({@code Object/QualifyingProperties/UnsignedProperties/UnsignedSignatureProperties/SignatureTimeStamp/
 * EncapsulatedTimeStamp}), as XAdES-T does. Checking one proves the time the signature existed.
 */
final class SignatureTimestamps {
    static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";

    /** What a timestamp proves, or why it proves nothing. */
    record Proof(Optional<Instant> time, Optional<String> authority, Optional<Finding> problem) {}

    private SignatureTimestamps() {}

    /** The unsigned property carrying {@code token} for the signature with this Id. */
    static Element element(Document doc, String signatureId, byte[] token) {
        Element object = doc.createElementNS(Dsig.NS, "Object");
        Element qp = doc.createElementNS(XADES, "xades:QualifyingProperties");
        qp.setAttributeNS(null, "Target", "#" + signatureId);
        Element up = doc.createElementNS(XADES, "xades:UnsignedProperties");
        Element usp = doc.createElementNS(XADES, "xades:UnsignedSignatureProperties");
        Element sts = doc.createElementNS(XADES, "xades:SignatureTimeStamp");
        Element cm = doc.createElementNS(Dsig.NS, "CanonicalizationMethod");
        cm.setAttributeNS(null, "Algorithm", "http://www.w3.org/2001/10/xml-exc-c14n#");
        Element ets = doc.createElementNS(XADES, "xades:EncapsulatedTimeStamp");
        ets.setTextContent(Base64.getEncoder().encodeToString(token));
        sts.appendChild(cm);
        sts.appendChild(ets);
        usp.appendChild(sts);
        up.appendChild(usp);
        qp.appendChild(up);
        object.appendChild(qp);
        return object;
    }

    /**
     * The signature timestamp of a signature, checked: the token parses, its digest is the one of the canonical
     * {@code SignatureValue}, its signature verifies with the authority's certificate, and that certificate leads to
     * the policy's trust anchors and was valid at the time the token states. Empty when the signature has none.
     */
    static Optional<Proof> check(Element sigEl, TrustPolicy policy) {
        NodeList tokens = sigEl.getElementsByTagNameNS(XADES, "EncapsulatedTimeStamp");
        if (tokens.getLength() == 0) {
            return Optional.empty();
        }
        if (tokens.getLength() > 1) {
            return Optional.of(failed("more than one signature timestamp"));
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(Base64.getMimeDecoder()
                    .decode(tokens.item(0).getTextContent().strip())));
            Element value = Dom.children(sigEl, Dsig.NS, "SignatureValue").get(0);
            String oid = token.getTimeStampInfo().getMessageImprintAlgOID().getId();
            String jca =
                    switch (oid) {
                        case "2.16.840.1.101.3.4.2.1" -> "SHA-256";
                        case "2.16.840.1.101.3.4.2.2" -> "SHA-384";
                        case "2.16.840.1.101.3.4.2.3" -> "SHA-512";
                        default -> null;
                    };
            if (jca == null) {
                return Optional.of(failed("the token's digest algorithm " + oid + " is not allowed"));
            }
            byte[] expected = MessageDigest.getInstance(jca).digest(Dsig.canonicalizeExclusive(value));
            if (!MessageDigest.isEqual(expected, token.getTimeStampInfo().getMessageImprintDigest())) {
                return Optional.of(failed("the token is not over this signature value"));
            }
            X509Certificate tsa = null;
            List<X509Certificate> others = new ArrayList<>();
            JcaX509CertificateConverter conv = new JcaX509CertificateConverter();
            for (Object o : token.getCertificates().getMatches(null)) {
                X509CertificateHolder h = (X509CertificateHolder) o;
                if (token.getSID().match(h)) {
                    tsa = conv.getCertificate(h);
                } else {
                    others.add(conv.getCertificate(h));
                }
            }
            if (tsa == null) {
                return Optional.of(failed("the token does not carry its authority's certificate"));
            }
            if (!token.isSignatureValid(new JcaSimpleSignerInfoVerifierBuilder().build(tsa))) {
                return Optional.of(failed("the token's signature does not verify"));
            }
            Instant time = token.getTimeStampInfo().getGenTime().toInstant();
            String name = tsa.getSubjectX500Principal().getName();
            CertificateCheck cc = policy.checkTimestampAuthorityAt(tsa, others, time);
            Collection<Finding> errors =
                    cc.problems().stream().filter(Finding::isError).toList();
            if (!errors.isEmpty()) {
                return Optional.of(new Proof(
                        Optional.empty(),
                        Optional.of(name),
                        Optional.of(SignMessages.warning(
                                "EDXML-SIG-045",
                                "the authority " + name + " is not trusted: "
                                        + errors.iterator().next().message(java.util.Locale.ENGLISH)))));
            }
            return Optional.of(new Proof(Optional.of(time), Optional.of(name), Optional.empty()));
        } catch (Exception e) {
            // a damaged token: a proof of nothing, said in words (never an exception out of verification)
            return Optional.of(failed("the token cannot be read: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())));
        }
    }

    private static Proof failed(String why) {
        return new Proof(Optional.empty(), Optional.empty(), Optional.of(SignMessages.warning("EDXML-SIG-045", why)));
    }
}
