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
import dev.edxml.sign.internal.RelayProfile;
import dev.edxml.sign.internal.StreamingDigest;
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
import javax.xml.crypto.dsig.spec.XPathFilter2ParameterSpec;
import javax.xml.crypto.dsig.spec.XPathType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs packages (ký số gói tin) with a W3C XML-DSig enveloped signature over the whole package: one reference
 * {@code URI=""} with the enveloped-signature, relay-tolerant XPath Filter 2.0 (the trace hops relays append after
 * signing stay outside; see {@link Builder#relayTolerant(boolean)}) and exclusive canonicalisation transforms, so
 * attachments are covered too; the signature sits in {@code edXMLHeader} after the trace, with the signer's
 * certificate chain in {@code KeyInfo} and the signing time as a signed property. Immutable and thread-safe.
 *
 * <p>The signer (người ký) is a {@link SigningKey}: a private key with its certificate (chứng thư số) from a PKCS#12
 * file or a USB token; or, for remote signing (ký số từ xa: VNPT SmartCA, Viettel MySign…), an {@link ExternalSigner}
 * or the two steps {@link #prepare} and {@link PreparedSignature#complete}.
 *
 * <pre>{@code
 * Signer signer = Signer.builder().key(SigningKey.fromPkcs12(p12, password, null)).build();
 * EdocPackage signed = signer.sign(pkg);
 * Edxml.write(signed, out);
 * }</pre>
 *
 * <p>The signature is computed over the bytes {@code Edxml.write} produces for the signed package, and nothing is
 * re-normalised: the package must be written with this library's writer (or kept as bytes) to stay valid.
 *
 * @since 0.1.0
 */
public final class Signer {
    static final String SIGNATURE_ID = "edxml-signature";
    static final String SIGNING_TIME_ID = "edxml-signing-time";
    /** The depth of the signature below the document element ({@code edXML/edXMLEnvelope/edXMLHeader/Signature}). */
    private static final int SIGNATURE_LEVEL = 3;

    private final SigningKey key;
    private final ExternalSigner external;
    private final List<X509Certificate> chain;
    private final SignatureAlgorithm algorithm;
    private final boolean signingTime;
    private final boolean relayTolerant;
    private final TimestampAuthority tsa;
    private final Clock clock;

    private Signer(Builder b) {
        this.key = b.key;
        this.external = b.external;
        this.chain = b.key != null ? b.key.chain() : b.external != null ? b.external.certificateChain() : b.chain;
        if (chain == null || chain.isEmpty()) {
            throw new IllegalStateException("a signer needs a key, an external signer or a certificate chain");
        }
        this.algorithm = b.algorithm != null
                ? b.algorithm
                : b.key != null
                        ? b.key.defaultAlgorithm()
                        : "EC".equals(chain.get(0).getPublicKey().getAlgorithm())
                                ? SignatureAlgorithm.ECDSA_SHA256
                                : SignatureAlgorithm.RSA_SHA256;
        if (algorithm.isLegacy()) {
            throw new IllegalArgumentException("SHA-1 is not used for new signatures");
        }
        this.signingTime = b.signingTime;
        this.relayTolerant = b.relayTolerant;
        this.tsa = b.tsa;
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
        Draft d = draft(pkg);
        byte[] data = d.marshal();
        d.setSignatureValue(key != null ? signLocally(data) : external.sign(data, algorithm));
        if (tsa != null) {
            d.timestamp(tsa);
        }
        return (P) d.finish();
    }

    /**
     * Signs the package in {@code in} and writes the signed package to {@code out}, atomically: the same bytes as
     * {@code Edxml.write(sign(Edxml.read(in)), out)}, in one pass (the package is written once, and digested as it is
     * written).
     */
    public void sign(Path in, Path out) throws IOException, GeneralSecurityException {
        if (key == null && external == null) {
            throw new IllegalStateException("this signer has only a certificate chain: use prepare(…) and complete(…)");
        }
        try (EdxmlPackage pkg = Edxml.read(in)) {
            signToFile(pkg, out);
        }
    }

    /**
     * Writes the package once, with a placeholder where the signature goes, digesting it as it is written: the part
     * before the placeholder (the header) is kept in memory, the part after it goes to a temporary file beside
     * {@code out}; the signature is then made from the digest and the three parts are put together in the output
     * file (the kernel copies the rest).
     */
    private void signToFile(EdxmlPackage pkg, Path out) throws IOException, GeneralSecurityException {
        dev.edxml.sign.internal.SignerCertificates.requireFitForSigning(chain.get(0));
        EdxmlPackage withPlaceholder = withSignature(pkg, new SignatureBlock(placeholder()));
        try (dev.edxml.internal.OutputFile target = dev.edxml.internal.OutputFile.create(out)) {
            Path rest = dev.edxml.internal.io.TempFiles.create(target.temp().getParent(), ".edxml-sign-", ".tmp");
            try {
                dev.edxml.sign.internal.SplitOutput split;
                dev.edxml.sign.internal.StreamC14n.Result digested;
                try (java.io.OutputStream restOut = java.nio.file.Files.newOutputStream(rest)) {
                    split = new dev.edxml.sign.internal.SplitOutput(restOut);
                    digested = StreamingDigest.writeAndDigest(
                            withPlaceholder,
                            java.security.MessageDigest.getInstance(
                                    algorithm.digest().jcaName()),
                            relayTolerant,
                            split,
                            split);
                    split.flush();
                }
                Draft d = draftFor(pkg, digested);
                byte[] data = d.marshal();
                d.setSignatureValue(key != null ? signLocally(data) : external.sign(data, algorithm));
                if (tsa != null) {
                    d.timestamp(tsa);
                }
                split.assemble(
                        target.temp(),
                        dev.edxml.internal.PackageWriter.signatureBytes(Dom.toXmlElement(d.signature)),
                        rest);
            } finally {
                dev.edxml.internal.io.TempFiles.delete(rest);
            }
            target.commit();
        }
    }

    private static XmlElement placeholder() {
        return new XmlElement(Dsig.NS, "Signature", Map.of(), List.of());
    }

    /**
     * The first step of signing with a key that is elsewhere: the bytes to sign. Send
     * {@link PreparedSignature#dataToSign()} to the signing service and pass its answer to
     * {@link PreparedSignature#complete(byte[])}.
     */
    public PreparedSignature prepare(EdxmlPackage pkg) throws IOException, GeneralSecurityException {
        Draft d = draft(pkg);
        byte[] data = d.marshal();
        return new PreparedSignature(
                data,
                algorithm,
                value -> {
                    d.setSignatureValue(value);
                    return d.finish();
                },
                d.signature);
    }

    private Draft draft(EdxmlPackage pkg) throws IOException, GeneralSecurityException {
        // refused before anything is computed: what our own verifier would reject (EDXML-SIG-107…109)
        dev.edxml.sign.internal.SignerCertificates.requireFitForSigning(chain.get(0));
        // the package is written once with an empty Signature where the real one will stand, so that the bytes
        // around it (indentation included) are those the signed package will have; those bytes are canonicalised
        // and digested as they are written (a streaming exclusive canonicaliser, no DOM of the package), and the
        // signature itself is made in a small document of its own with that digest
        EdxmlPackage withPlaceholder = withSignature(pkg, new SignatureBlock(placeholder()));
        return draftFor(
                pkg,
                StreamingDigest.ofPackage(
                        withPlaceholder,
                        java.security.MessageDigest.getInstance(
                                algorithm.digest().jcaName()),
                        relayTolerant));
    }

    /** The draft of the signature over {@code digested}, the package with a placeholder as written. */
    private Draft draftFor(EdxmlPackage pkg, dev.edxml.sign.internal.StreamC14n.Result digested) {
        byte[] digest = digested.digest();
        if (digest == null) {
            throw new IllegalStateException("the writer wrote what the streaming canonicaliser leaves to a DOM");
        }
        if (digested.traceHops() > RelayProfile.MAX_HOPS) {
            throw new IllegalArgumentException("the package has " + digested.traceHops() + " trace hops; at most "
                    + RelayProfile.MAX_HOPS + " can be signed");
        }
        Document doc = Dom.newDocument();
        // the signature is made in a parent of its own: exclusive c14n of SignedInfo does not depend on it, so the
        // element's name and namespace need not be the package's (any version of the format signs the same way)
        Element header =
                doc.createElementNS(dev.edxml.model.SpecVersion.QCVN_102_2016.namespace(), "edXML:edXMLHeader");
        doc.appendChild(header);
        return new Draft(pkg, doc, header, digest, relayTolerant ? digested.traceHops() : -1);
    }

    /** The signature value of the canonical SignedInfo with the local key (JCA format: DER for ECDSA). */
    private byte[] signLocally(byte[] data) throws GeneralSecurityException {
        java.security.Signature s;
        String name = algorithm == SignatureAlgorithm.RSA_PSS_SHA256 ? "RSASSA-PSS" : algorithm.jcaName();
        s = key.provider().isPresent()
                ? java.security.Signature.getInstance(name, key.provider().get())
                : java.security.Signature.getInstance(name);
        if (algorithm == SignatureAlgorithm.RSA_PSS_SHA256) {
            s.setParameter(new java.security.spec.PSSParameterSpec(
                    "SHA-256", "MGF1", java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
        }
        s.initSign(key.privateKey());
        s.update(data);
        return s.sign();
    }

    static EdxmlPackage withSignature(EdxmlPackage pkg, SignatureBlock block) {
        if (pkg instanceof EdocPackage) {
            return ((EdocPackage) pkg).toBuilder().signature(block).build();
        }
        return ((StatusPackage) pkg).toBuilder().signature(block).build();
    }

    @Override
    public String toString() {
        return "Signer[" + algorithm + (relayTolerant ? ", relay-tolerant" : ", whole document") + ", "
                + chain.get(0).getSubjectX500Principal().getName()
                + (external != null ? ", external" : key == null ? ", two-step" : "") + "]";
    }

    /** One package being signed: its digest, then a small standalone document holding the signature. */
    private final class Draft {
        private final EdxmlPackage pkg;
        private final Document doc;
        private final Element parent;
        private final byte[] digest;
        /** The hops signed under the relay-tolerant profile, or -1 for a whole-document signature. */
        private final int signedHops;

        private Element signature;

        Draft(EdxmlPackage pkg, Document doc, Element parent, byte[] digest, int signedHops) {
            this.pkg = pkg;
            this.doc = doc;
            this.parent = parent;
            this.digest = digest;
            this.signedHops = signedHops;
        }

        /**
         * Builds the signature element, lays it out as the package's writer and a pretty-printing relay write it
         * (each element on its own line, indented by its depth), and returns the canonical {@code SignedInfo} that
         * the signature value is computed over. The XML-DSig layer first signs with a stand-in key; the value is set
         * by {@link #setSignatureValue} over the laid-out {@code SignedInfo}, so that a relay that re-indents the
         * package (a DOM round trip with a pretty printer) leaves the signed bytes as they were.
         */
        byte[] marshal() throws GeneralSecurityException {
            PrivateKey k = new CapturingProvider.ExternalKey(
                    chain.get(0).getPublicKey().getAlgorithm(),
                    // a stand-in value the XML-DSig layer accepts (for ECDSA it must be DER: r = s = 1)
                    data -> algorithm.name().startsWith("ECDSA")
                            ? new byte[] {0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01}
                            : new byte[1]);
            sign(k, new CapturingProvider(List.of(algorithm.jcaName())));
            // base64 on one line (the XML-DSig layer breaks long values with CR LF), then the pretty layout
            for (String name : List.of("DigestValue", "SignatureValue", "X509Certificate")) {
                org.w3c.dom.NodeList nl = signature.getElementsByTagNameNS(Dsig.NS, name);
                for (int i = 0; i < nl.getLength(); i++) {
                    nl.item(i).setTextContent(nl.item(i).getTextContent().replaceAll("\\s+", ""));
                }
            }
            Dom.indent(signature, SIGNATURE_LEVEL);
            Element si = Dom.children(signature, Dsig.NS, "SignedInfo").get(0);
            // the references to objects inside the signature (the signing time) are digested again as laid out
            for (Element ref : Dom.children(si, Dsig.NS, "Reference")) {
                String uri = ref.getAttributeNS(null, "URI");
                if (uri.startsWith("#")) {
                    Element target = byId(signature, uri.substring(1));
                    byte[] d = java.security.MessageDigest.getInstance(
                                    algorithm.digest().jcaName())
                            .digest(Dsig.canonicalizeExclusive(target));
                    Dom.children(ref, Dsig.NS, "DigestValue")
                            .get(0)
                            .setTextContent(java.util.Base64.getEncoder().encodeToString(d));
                }
            }
            return Dsig.canonicalizeExclusive(si);
        }

        private Element byId(Element root, String id) {
            org.w3c.dom.NodeList all = root.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                if (id.equals(((Element) all.item(i)).getAttribute("Id"))) {
                    return (Element) all.item(i);
                }
            }
            throw new IllegalStateException("no element with Id " + id);
        }

        private void sign(PrivateKey k, Provider provider) throws GeneralSecurityException {
            XMLSignatureFactory f = Dsig.factory();
            try {
                DigestMethod dm = f.newDigestMethod(algorithm.digest().uri(), null);
                List<Transform> transforms = new ArrayList<>();
                transforms.add(f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null));
                if (signedHops >= 0) {
                    transforms.add(f.newTransform(
                            Transform.XPATH2,
                            new XPathFilter2ParameterSpec(List.of(new XPathType(
                                    RelayProfile.expression(signedHops),
                                    XPathType.Filter.SUBTRACT,
                                    Map.of(RelayProfile.PREFIX, RelayProfile.NAMESPACE))))));
                }
                transforms.add(f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null));
                List<Reference> refs = new ArrayList<>();
                refs.add(f.newReference("", dm, transforms, null, null, digest));
                List<XMLObject> objects = new ArrayList<>();
                if (signingTime) {
                    Element time = doc.createElementNS(Dsig.NS, "SigningTime");
                    time.setTextContent(
                            DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
                    SignatureProperty prop = f.newSignatureProperty(
                            List.of(new DOMStructure(time)), "#" + SIGNATURE_ID, SIGNING_TIME_ID);
                    SignatureProperties props = f.newSignatureProperties(List.of(prop), null);
                    objects.add(f.newXMLObject(List.of(props), null, null, null));
                    refs.add(f.newReference(
                            "#" + SIGNING_TIME_ID,
                            dm,
                            List.of(f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                            "http://www.w3.org/2000/09/xmldsig#SignatureProperties",
                            null));
                }
                SignedInfo si = f.newSignedInfo(
                        f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                        f.newSignatureMethod(algorithm.uri(), (SignatureMethodParameterSpec) null),
                        refs);
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
            byte[] value = algorithm.name().startsWith("ECDSA")
                    ? EcdsaValues.derToConcatenated(jcaValue, chain.get(0).getPublicKey())
                    : jcaValue;
            Element sv = (Element)
                    signature.getElementsByTagNameNS(Dsig.NS, "SignatureValue").item(0);
            sv.setTextContent(java.util.Base64.getEncoder().encodeToString(value));
        }

        /**
         * Asks the authority for a timestamp over the canonical {@code SignatureValue} element and adds it as an
         * unsigned property ({@code Object/QualifyingProperties/UnsignedProperties/UnsignedSignatureProperties/
         * SignatureTimeStamp}, XAdES 1.3.2 names), laid out as the rest of the signature.
         */
        void timestamp(TimestampAuthority authority) throws IOException, GeneralSecurityException {
            Element value = Dom.children(signature, Dsig.NS, "SignatureValue").get(0);
            byte[] imprint =
                    java.security.MessageDigest.getInstance("SHA-256").digest(Dsig.canonicalizeExclusive(value));
            byte[] token = authority.token(imprint);
            signature.appendChild(SignatureTimestamps.element(doc, SIGNATURE_ID, token));
            Dom.indent(signature, SIGNATURE_LEVEL);
        }

        EdxmlPackage finish() {
            return withSignature(pkg, new SignatureBlock(Dom.toXmlElement(signature)));
        }
    }

    /**
     * Builds a {@link Signer}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private SigningKey key;
        private ExternalSigner external;
        private List<X509Certificate> chain;
        private SignatureAlgorithm algorithm;
        private boolean signingTime = true;
        private boolean relayTolerant = true;
        private TimestampAuthority tsa;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

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

        /**
         * Whether trace hops that relays append after signing stay outside the signature (default: yes, the
         * relay-tolerant profile: an XPath Filter 2.0 transform leaves out the {@code TraceHeader} elements after those
         * present now and the whitespace directly inside {@code TraceHeaderList}; everything else is signed).
         * {@code false} signs the whole document with only enveloped-signature and exclusive c14n, for verifiers that
         * do not implement Filter 2.0; such a signature breaks at the first relay that adds a hop.
         */
        public Builder relayTolerant(boolean tolerant) {
            relayTolerant = tolerant;
            return this;
        }

        /**
         * Adds an RFC 3161 signature timestamp from this authority (as XAdES-T does: an unsigned property over the
         * {@code SignatureValue}), the proof of when the signature existed; verifiers then check the certificate at
         * that time. One-step signing only ({@link #sign}); the authority is contacted for each signature.
         */
        public Builder timestampAuthority(TimestampAuthority authority) {
            tsa = Objects.requireNonNull(authority, "authority");
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
