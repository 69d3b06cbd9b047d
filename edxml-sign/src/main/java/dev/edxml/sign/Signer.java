package dev.edxml.sign;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.XmlElement;
import dev.edxml.sign.internal.CapturingProvider;
import dev.edxml.sign.internal.Dom;
import dev.edxml.sign.internal.Dsig;
import dev.edxml.sign.internal.StreamingDigest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureProperties;
import javax.xml.crypto.dsig.SignatureProperty;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.SignatureMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Signs packages (ký số gói tin) with a W3C XML-DSig enveloped signature over the whole package: one reference
 * {@code URI=""} with the enveloped-signature and exclusive canonicalisation transforms, so attachments are covered
 * too; the signature sits in {@code edXMLHeader} after the trace, with the signer's certificate chain in
 * {@code KeyInfo} and the signing time as a signed property. Immutable and thread-safe.
 *
 * <pre>{@code
 * Signer signer = Signer.builder().key(SigningKey.fromPkcs12(p12, password, null)).build();
 * EdocPackage signed = signer.sign(pkg);
 * Edxml.write(signed, out);
 * }</pre>
 *
 * <p>The signature is computed over the bytes {@code Edxml.write} produces for the signed package, and nothing is
 * re-normalised: the package must be written with this library's writer (or kept as bytes) to stay valid.
 */
public final class Signer {
    static final String SIGNATURE_ID = "edxml-signature";
    static final String SIGNING_TIME_ID = "edxml-signing-time";

    private final SigningKey key;
    private final ExternalSigner external;
    private final List<X509Certificate> chain;
    private final SignatureAlgorithm algorithm;
    private final boolean signingTime;
    private final Clock clock;

    private Signer(Builder b) {
        this.key = b.key;
        this.external = b.external;
        this.chain = b.key != null ? b.key.chain() : b.external != null ? b.external.certificateChain() : b.chain;
        if (chain == null || chain.isEmpty()) {
            throw new IllegalStateException("a signer needs a key, an external signer or a certificate chain");
        }
        this.algorithm = b.algorithm != null ? b.algorithm : b.key != null ? b.key.defaultAlgorithm()
                : "EC".equals(chain.get(0).getPublicKey().getAlgorithm()) ? SignatureAlgorithm.ECDSA_SHA256
                : SignatureAlgorithm.RSA_SHA256;
        if (algorithm.isLegacy()) {
            throw new IllegalArgumentException("SHA-1 is not used for new signatures");
        }
        this.signingTime = b.signingTime;
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The algorithm this signer uses. */
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * Signs a package; an existing signature block (for example the SDK's placeholder) is replaced.
     *
     * @return the same kind of package, with its {@link SignatureBlock}
     */
    @SuppressWarnings("unchecked")
    public <P extends EdxmlPackage> P sign(P pkg) throws IOException, GeneralSecurityException {
        if (key == null && external == null) {
            throw new IllegalStateException("this signer has only a certificate chain: use prepare(…) and complete(…)");
        }
        PrivateKey k;
        Provider p;
        if (key != null) {
            k = key.privateKey();
            p = key.provider().orElse(null);
        } else {
            k = new CapturingProvider.ExternalKey(chain.get(0).getPublicKey().getAlgorithm(),
                    data -> external.sign(data, algorithm));
            p = new CapturingProvider(List.of(algorithm.jcaName()));
        }
        Draft d = draft(pkg);
        d.sign(k, p);
        return (P) d.finish();
    }

    /** Signs the package in {@code in} and writes the signed package to {@code out}, atomically. */
    public void sign(Path in, Path out) throws IOException, GeneralSecurityException {
        Edxml.write(sign(Edxml.read(in)), out);
    }

    /**
     * The first step of signing with a key that is elsewhere: the bytes to sign. Send
     * {@link PreparedSignature#dataToSign()} to the signing service and pass its answer to
     * {@link PreparedSignature#complete(byte[])}.
     */
    public PreparedSignature prepare(EdxmlPackage pkg) throws IOException, GeneralSecurityException {
        Draft d = draft(pkg);
        byte[][] captured = new byte[1][];
        PrivateKey k = new CapturingProvider.ExternalKey(chain.get(0).getPublicKey().getAlgorithm(), data -> {
            captured[0] = data;
            // a stand-in value the XML-DSig layer accepts (for ECDSA it must be DER: r = s = 1); complete() replaces it
            return algorithm.name().startsWith("ECDSA") ? new byte[] {0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01}
                    : new byte[1];
        });
        d.sign(k, new CapturingProvider(List.of(algorithm.jcaName())));
        return new PreparedSignature(captured[0], algorithm, value -> {
            d.setSignatureValue(value);
            return d.finish();
        }, d.signature);
    }

    private Draft draft(EdxmlPackage pkg) throws IOException, GeneralSecurityException {
        // the package is written once with an empty Signature where the real one will stand, so that the bytes
        // around it (indentation included) are those the signed package will have; those bytes are canonicalised
        // and digested as they are written (a streaming exclusive canonicaliser, no DOM of the package), and the
        // signature itself is made in a small document of its own with that digest
        XmlElement placeholder = new XmlElement(Dsig.NS, "Signature", Map.of(), List.of());
        EdxmlPackage withPlaceholder = withSignature(pkg, new SignatureBlock(placeholder));
        byte[] digest = StreamingDigest.ofPackage(withPlaceholder,
                java.security.MessageDigest.getInstance(algorithm.digest().jcaName()));
        if (digest == null) {
            throw new IllegalStateException("the writer wrote what the streaming canonicaliser leaves to a DOM");
        }
        Document doc = Dom.newDocument();
        // the signature is made in a parent of its own: exclusive c14n of SignedInfo does not depend on it, so the
        // element's name and namespace need not be the package's (any version of the format signs the same way)
        Element header = doc.createElementNS(dev.edxml.model.SpecVersion.QCVN_102_2016.namespace(), "edXML:edXMLHeader");
        doc.appendChild(header);
        return new Draft(pkg, doc, header, digest);
    }

    static EdxmlPackage withSignature(EdxmlPackage pkg, SignatureBlock block) {
        if (pkg instanceof EdocPackage) {
            return ((EdocPackage) pkg).toBuilder().signature(block).build();
        }
        return ((StatusPackage) pkg).toBuilder().signature(block).build();
    }

    @Override
    public String toString() {
        return "Signer[" + algorithm + ", " + chain.get(0).getSubjectX500Principal().getName()
                + (external != null ? ", external" : key == null ? ", two-step" : "") + "]";
    }

    /** One package being signed: its digest, then a small standalone document holding the signature. */
    private final class Draft {
        private final EdxmlPackage pkg;
        private final Document doc;
        private final Element parent;
        private final byte[] digest;
        private Element signature;

        Draft(EdxmlPackage pkg, Document doc, Element parent, byte[] digest) {
            this.pkg = pkg;
            this.doc = doc;
            this.parent = parent;
            this.digest = digest;
        }

        void sign(PrivateKey k, Provider provider) throws GeneralSecurityException {
            XMLSignatureFactory f = Dsig.factory();
            try {
                DigestMethod dm = f.newDigestMethod(algorithm.digest().uri(), null);
                List<Transform> transforms = List.of(
                        f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null));
                List<Reference> refs = new ArrayList<>();
                refs.add(f.newReference("", dm, transforms, null, null, digest));
                List<XMLObject> objects = new ArrayList<>();
                if (signingTime) {
                    Element time = doc.createElementNS(Dsig.NS, "SigningTime");
                    time.setTextContent(DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
                    SignatureProperty prop = f.newSignatureProperty(List.of(new DOMStructure(time)), "#" + SIGNATURE_ID,
                            SIGNING_TIME_ID);
                    SignatureProperties props = f.newSignatureProperties(List.of(prop), null);
                    objects.add(f.newXMLObject(List.of(props), null, null, null));
                    refs.add(f.newReference("#" + SIGNING_TIME_ID, dm, List.of(f.newTransform(
                            CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                            "http://www.w3.org/2000/09/xmldsig#SignatureProperties", null));
                }
                SignedInfo si = f.newSignedInfo(f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE,
                        (C14NMethodParameterSpec) null), f.newSignatureMethod(algorithm.uri(),
                        (SignatureMethodParameterSpec) null), refs);
                KeyInfoFactory kif = f.getKeyInfoFactory();
                List<Object> x509 = new ArrayList<>();
                x509.add(chain.get(0).getSubjectX500Principal().getName());
                x509.addAll(chain);
                KeyInfo ki = kif.newKeyInfo(List.of(kif.newX509Data(x509)));
                XMLSignature sig = f.newXMLSignature(si, ki, objects, SIGNATURE_ID, null);
                DOMSignContext ctx = new DOMSignContext(k, parent);
                ctx.setDefaultNamespacePrefix("");
                if (provider != null) {
                    ctx.setProperty(Dsig.SIGNATURE_PROVIDER, provider);
                }
                sig.sign(ctx);
            } catch (MarshalException | XMLSignatureException e) {
                throw new java.security.SignatureException("signing failed: " + e.getMessage(), e);
            }
            signature = (Element) parent.getLastChild();
        }

        void setSignatureValue(byte[] jcaValue) throws GeneralSecurityException {
            byte[] value = algorithm.name().startsWith("ECDSA") ? EcdsaValues.derToConcatenated(jcaValue,
                    chain.get(0).getPublicKey()) : jcaValue;
            Element sv = (Element) signature.getElementsByTagNameNS(Dsig.NS, "SignatureValue").item(0);
            sv.setTextContent(java.util.Base64.getEncoder().encodeToString(value));
        }

        EdxmlPackage finish() {
            // the signature value and certificates are not signed themselves: write their base64 on one line, as the
            // attachments are, instead of the CRLF-broken lines of the XML-DSig implementation
            for (String name : List.of("SignatureValue", "X509Certificate")) {
                org.w3c.dom.NodeList nl = signature.getElementsByTagNameNS(Dsig.NS, name);
                for (int i = 0; i < nl.getLength(); i++) {
                    nl.item(i).setTextContent(nl.item(i).getTextContent().replaceAll("\\s+", ""));
                }
            }
            return withSignature(pkg, new SignatureBlock(Dom.toXmlElement(signature)));
        }
    }

    /** Builds a {@link Signer}. */
    public static final class Builder {
        private SigningKey key;
        private ExternalSigner external;
        private List<X509Certificate> chain;
        private SignatureAlgorithm algorithm;
        private boolean signingTime = true;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Sign with this key. */
        public Builder key(SigningKey k) {
            key = Objects.requireNonNull(k, "key");
            return this;
        }

        /** Sign through an external signer, in one step. */
        public Builder externalSigner(ExternalSigner s) {
            external = Objects.requireNonNull(s, "signer");
            return this;
        }

        /** For two-step signing ({@link #prepare}): the signer's certificate chain, signer first. */
        public Builder certificateChain(List<X509Certificate> c) {
            chain = List.copyOf(c);
            return this;
        }

        /** The algorithm; by default RSA-SHA256 for RSA keys and ECDSA-SHA256 for EC keys. */
        public Builder algorithm(SignatureAlgorithm a) {
            algorithm = Objects.requireNonNull(a, "algorithm");
            return this;
        }

        /** Whether to include the signing time as a signed property (default: yes). */
        public Builder signingTime(boolean include) {
            signingTime = include;
            return this;
        }

        /** The clock the signing time is read from. */
        public Builder clock(Clock c) {
            clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** What {@link #build()} would make now, or why it cannot yet (for jshell, logs and debuggers). */
        @Override
        public String toString() {
            try {
                return "Signer.Builder{" + build() + "}";
            } catch (RuntimeException e) {
                return "Signer.Builder{not ready: " + e.getMessage() + "}";
            }
        }

        public Signer build() {
            return new Signer(this);
        }
    }
}
