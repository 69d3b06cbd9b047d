package dev.edxml.sign;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.edxml.Edxml;
import dev.edxml.Finding;
import dev.edxml.Severity;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.sign.internal.CertificateCheck;
import dev.edxml.sign.internal.Dom;
import dev.edxml.sign.internal.Dsig;
import dev.edxml.sign.internal.RelayProfile;
import dev.edxml.sign.internal.SignMessages;
import dev.edxml.sign.internal.StreamC14n;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.stream.XMLStreamException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Verifies the XML-DSig signature of a package (xác thực chữ ký số, kiểm tra hiệu lực chữ ký số) against a
 * {@link TrustPolicy}: the signer (người ký), the signer's certificate (chứng thư số) and its path to a trust anchor
 * such as the root of the Government Cipher Committee (Ban Cơ yếu Chính phủ). Immutable and thread-safe.
 *
 * <p>{@link #verify} returns a report only for a valid signature and throws {@link SignatureVerificationException}
 * (with the report) otherwise, so a failure cannot be ignored by accident. {@link #examine} returns the report
 * whatever it says, for statistics and validators that count rather than act.
 *
 * <p>What is checked: exactly one signature, in {@code edXMLHeader}; one {@code MessageHeader}, one envelope and one
 * header (no wrapping); a reference {@code URI=""} with only the enveloped-signature and canonicalisation transforms,
 * so the whole package is covered; other references only to objects inside the signature itself; allowed
 * algorithms (SHA-1 only when the policy allows it, then with a warning); the digests and the signature value; the
 * signer's certificate path to a trust anchor, its validity, key usage and, as far as the policy allows, revocation.
 * Verification works on the bytes of the package and never fetches anything. PDF attachments have the same shape in
 * {@link dev.edxml.sign.pdf.PdfVerifier}.
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports") // the annotations are optional: Error Prone reads them, users need not have them
public final class Verifier {
    /**
     * Packages whose signature only the DOM path checks (any form but the usual one, or more than 16 MiB before the
     * signature) are read into a tree of several times their size: up to this many bytes (8 MiB).
     */
    public static final long MAX_DOM_BYTES = 8L << 20;

    private static final String NS = dev.edxml.model.SpecVersion.QCVN_102_2016.namespace();
    private static final Set<String> CANONICALIZATIONS = Set.of(
            CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS,
            CanonicalizationMethod.INCLUSIVE,
            CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS,
            "http://www.w3.org/2006/12/xml-c14n11",
            "http://www.w3.org/2006/12/xml-c14n11#WithComments");

    /**
     * Transforms the XML-DSig layer implements, whether or not they are allowed: unknown ones are named before it is
     * asked (it would answer with a Java exception), refused ones are named by the transform checks.
     */
    private static final Set<String> IMPLEMENTED_TRANSFORMS =
            Set.of(Transform.ENVELOPED, Transform.BASE64, Transform.XPATH, Transform.XPATH2, Transform.XSLT);

    private final TrustPolicy policy;

    private Verifier(TrustPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** A verifier for this policy. */
    public static Verifier of(TrustPolicy policy) {
        return new Verifier(policy);
    }

    public TrustPolicy policy() {
        return policy;
    }

    /** Verifies the package in a file. */
    public SignatureReport verify(Path file) throws IOException, SignatureVerificationException {
        return require(examine(file));
    }

    /** Verifies a package given as its bytes. */
    public SignatureReport verify(byte[] bytes) throws SignatureVerificationException {
        return require(examine(bytes));
    }

    /**
     * Verifies a package read from a stream (not closed). The stream is copied once, to memory up to a megabyte and to
     * a temporary file beyond (deleted before this returns), and then verified as a file is: a package with a large
     * attachment needs no large heap.
     */
    public SignatureReport verify(InputStream in) throws IOException, SignatureVerificationException {
        try (dev.edxml.model.AttachmentContent copy = dev.edxml.model.AttachmentContent.copyOf(in)) {
            return require(examine(copy::openStream, copy.size()));
        }
    }

    /**
     * Verifies a package signed in this process by {@link Signer} (built in code, never read), as this library writes
     * it: the bytes {@code Edxml.toBytes} gives are then exactly the bytes that were signed.
     *
     * @throws IllegalArgumentException for a package that was read: writing a model again need not give the bytes
     *                                  that were signed (another element order, layout or escaping); verify the bytes
     *                                  received ({@link #verify(Path)}, {@link #verify(byte[])}), or receive the
     *                                  package with {@code dev.edxml.validate.PackageReceiver}, which keeps them
     */
    public SignatureReport verify(EdxmlPackage pkg) throws IOException, SignatureVerificationException {
        if (pkg.provenance().flavour() != dev.edxml.model.Provenance.Flavour.BUILT) {
            throw new IllegalArgumentException("this package was read"
                    + pkg.provenance().source().map(s -> " from " + s).orElse("")
                    + ": verify the bytes that were received (verify(Path) or verify(byte[])), not the"
                    + " package written again, which need not be the bytes that were signed");
        }
        return require(examine(Edxml.toBytes(pkg)));
    }

    /**
     * The report for the package in a file, valid or not. The file is read as a stream (see
     * {@link #examine(byte[])}): a package with a large attachment is verified in little memory.
     */
    @CheckReturnValue
    public SignatureReport examine(Path file) throws IOException {
        return examine(() -> Files.newInputStream(file), Files.size(file));
    }

    /** Streamed; the DOM path for the other forms, up to {@link #MAX_DOM_BYTES} ({@code size}: -1 when unknown). */
    private SignatureReport examine(Source src, long knownSize) throws IOException {
        Optional<SignatureReport> streamed = examineStreaming(src);
        if (streamed.isPresent()) {
            return streamed.get();
        }
        byte[] bytes;
        try (InputStream in = src.open()) {
            bytes = in.readNBytes((int) MAX_DOM_BYTES + 1);
            if (bytes.length > MAX_DOM_BYTES) {
                long size = knownSize >= 0 ? knownSize : bytes.length + in.transferTo(OutputStream.nullOutputStream());
                return tooLargeForTheDom(size);
            }
        }
        return examineDom(bytes);
    }

    /**
     * The report for a package given as its bytes, valid or not.
     *
     * <p>The usual signature (one reference {@code URI=""} with the enveloped-signature and exclusive c14n
     * transforms, as {@link Signer} and most implementations make it) is checked in one streaming pass: the
     * reference's digest is computed by a streaming exclusive canonicaliser, and only the signature and the element
     * structure are kept as a small DOM. Any other form is checked on a DOM of the whole package.
     */
    @CheckReturnValue
    public SignatureReport examine(byte[] bytes) {
        try {
            return examineStreaming(() -> new java.io.ByteArrayInputStream(bytes))
                    .orElseGet(
                            () -> bytes.length > MAX_DOM_BYTES ? tooLargeForTheDom(bytes.length) : examineDom(bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // not reached: reading an array does not fail
        }
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    /** The streaming path only, for tests: fails when the package would have gone to the DOM path. */
    SignatureReport examineStreamingOnly(byte[] bytes) throws IOException {
        return examineStreaming(() -> new java.io.ByteArrayInputStream(bytes))
                .orElseThrow(() -> new IllegalStateException("the streaming path handed this package to the DOM path"));
    }

    /**
     * The streaming path: one pass digests the whole-package reference as the signature's plan says (decided once,
     * when the pass has read the signature) and keeps a skeleton DOM; empty when the DOM path must check the
     * package (another form of reference, or what only a DOM handles exactly).
     */
    private Optional<SignatureReport> examineStreaming(Source src) throws IOException {
        Instant at = policy.checkTime();
        StreamC14n.Result res;
        try (InputStream in = src.open()) {
            res = StreamC14n.examine(new java.io.BufferedInputStream(in, 1 << 16), Verifier::planFor);
        } catch (XMLStreamException e) {
            return Optional.of(report(
                    SignatureReport.Kind.NONE, at, List.of(SignMessages.error("EDXML-SIG-021", streamMessage(e)))));
        }
        Document doc = res.skeleton();
        NodeList sigs = doc.getElementsByTagNameNS(Dsig.NS, "Signature");
        if (sigs.getLength() == 0) {
            return Optional.of(unsigned(doc, at));
        }
        byte[] digest = res.digest();
        if (digest == null) {
            return Optional.empty();
        }
        return new Check(doc, sigs, at, digest, res.signedHops()).run();
    }

    private static String streamMessage(XMLStreamException e) {
        String msg = String.valueOf(e.getMessage());
        int i = msg.indexOf("Message: ");
        return i >= 0 ? msg.substring(i + 9).strip() : msg;
    }

    /**
     * How to digest the reference {@code URI=""} if the signature has exactly one, with exactly the transforms
     * enveloped-signature and exclusive c14n (no prefix list), or enveloped-signature, the relay profile's
     * Filter 2.0 transform and exclusive c14n, and a known digest; otherwise {@code null} (the DOM path checks it).
     */
    private static StreamC14n.Plan planFor(Element sig) {
        List<Element> si = Dom.children(sig, Dsig.NS, "SignedInfo");
        if (si.size() != 1) {
            return null;
        }
        Element whole = null;
        for (Element ref : Dom.children(si.get(0), Dsig.NS, "Reference")) {
            if (ref.hasAttributeNS(null, "URI")
                    && ref.getAttributeNS(null, "URI").isEmpty()) {
                if (whole != null) {
                    return null;
                }
                whole = ref;
            }
        }
        if (whole == null) {
            return null;
        }
        List<Element> ts = Dom.children(whole, Dsig.NS, "Transforms");
        if (ts.size() != 1) {
            return null;
        }
        List<Element> t = Dom.children(ts.get(0), Dsig.NS, "Transform");
        int hops = StreamC14n.Plan.WHOLE;
        if (t.size() == 3) {
            OptionalInt n = RelayProfile.signedHops(t.get(1));
            if (n.isEmpty()) {
                return null;
            }
            hops = n.getAsInt();
            t = List.of(t.get(0), t.get(2));
        }
        if (t.size() != 2
                || !Transform.ENVELOPED.equals(t.get(0).getAttributeNS(null, "Algorithm"))
                || !CanonicalizationMethod.EXCLUSIVE.equals(t.get(1).getAttributeNS(null, "Algorithm"))
                || hasElementChild(t.get(0))
                || hasElementChild(t.get(1))) {
            return null;
        }
        List<Element> dm = Dom.children(whole, Dsig.NS, "DigestMethod");
        if (dm.size() != 1) {
            return null;
        }
        Optional<SignatureAlgorithm.DigestAlgorithm> d =
                SignatureAlgorithm.DigestAlgorithm.forUri(dm.get(0).getAttributeNS(null, "Algorithm"));
        if (d.isEmpty()) {
            return null;
        }
        try {
            return new StreamC14n.Plan(
                    java.security.MessageDigest.getInstance(d.get().jcaName()), hops);
        } catch (java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }

    private static boolean hasElementChild(Element e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    /** The DOM path: the whole package as a DOM, every reference checked by Santuario (tests compare the paths). */
    SignatureReport examineDom(byte[] bytes) {
        Instant at = policy.checkTime();
        Document doc;
        try {
            doc = Dom.parse(bytes);
        } catch (IOException | SAXException e) {
            return report(
                    SignatureReport.Kind.NONE,
                    at,
                    List.of(SignMessages.error("EDXML-SIG-021", String.valueOf(e.getMessage()))));
        }
        NodeList sigs = doc.getElementsByTagNameNS(Dsig.NS, "Signature");
        if (sigs.getLength() == 0) {
            return unsigned(doc, at);
        }
        return new Check(doc, sigs, at, null, StreamC14n.Plan.WHOLE)
                .run()
                .orElseThrow(() -> new IllegalStateException("the DOM path has no streamed digest to disagree with"));
    }

    private static SignatureReport unsigned(Document doc, Instant at) {
        boolean legacy = doc.getElementsByTagNameNS(NS, "Signature").getLength() > 0;
        return legacy
                ? report(SignatureReport.Kind.LEGACY_PLACEHOLDER, at, List.of(SignMessages.error("EDXML-SIG-002")))
                : report(SignatureReport.Kind.NONE, at, List.of(SignMessages.error("EDXML-SIG-001")));
    }

    private static SignatureReport require(SignatureReport r) throws SignatureVerificationException {
        if (!r.isValid()) {
            throw new SignatureVerificationException(r);
        }
        return r;
    }

    /**
     * A form of signature only the DOM path checks, on a package too large for it: the DOM holds several times the
     * package's size (a valid 150 MB package ran a 512 MB heap out of memory), so such a package is refused at once
     * (EDXML-SIG-040) rather than read.
     */
    private SignatureReport tooLargeForTheDom(long size) {
        return report(
                SignatureReport.Kind.XMLDSIG,
                policy.checkTime(),
                List.of(SignMessages.error("EDXML-SIG-044", String.valueOf(MAX_DOM_BYTES), String.valueOf(size))));
    }

    private static SignatureReport report(SignatureReport.Kind kind, Instant at, List<Finding> problems) {
        return new SignatureReport(
                kind,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                SignatureReport.Coverage.NOTHING,
                problems,
                at,
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    @Override
    public String toString() {
        return "Verifier[" + policy + "]";
    }

    /** One verification. */
    private final class Check {
        private final Document doc;
        private final NodeList sigs;
        /** The time the certificates are checked at: the policy's, or the time a signature timestamp proves. */
        private Instant at;
        /** The time a trusted signature timestamp proves, or null. */
        private Instant timestamp;
        /** The streamed digest of the URI="" reference, or null when Santuario computes it on the whole DOM. */
        private final byte[] wholeDigest;
        /** The hops the streamed digest was computed with ({@code Plan.WHOLE}: no filter). */
        private final int streamedHops;
        /** The hops the relay profile's transform declares as signed, or -1 when the signature has no such transform. */
        private int signedHops = -1;
        /** The digests and the signature value verified (the hops outside the signature mean something then). */
        private boolean verified;
        /** The XML-DSig layer reads the whole-package reference otherwise than the streaming pass: the DOM path decides. */
        private boolean domNeeded;

        private final List<Finding> problems = new ArrayList<>();
        private SignatureReport.Coverage coverage = SignatureReport.Coverage.NOTHING;
        private String signatureAlgorithm;
        private String digestAlgorithm;
        private Instant signingTime;
        private X509Certificate signer;
        private List<X509Certificate> chain = List.of();

        Check(Document doc, NodeList sigs, Instant at, byte[] wholeDigest, int streamedHops) {
            this.doc = doc;
            this.sigs = sigs;
            this.at = at;
            this.wholeDigest = wholeDigest;
            this.streamedHops = streamedHops;
        }

        /** The report, or empty when the streamed digest does not apply and the DOM path must check the package. */
        Optional<SignatureReport> run() {
            if (sigs.getLength() > 1) {
                problems.add(SignMessages.error("EDXML-SIG-003", String.valueOf(sigs.getLength())));
            }
            Element sig = (Element) sigs.item(0);
            checkPlacement(sig);
            checkStructure();
            try {
                validate(sig);
            } catch (MarshalException e) {
                problems.add(SignMessages.error("EDXML-SIG-019", rootMessage(e)));
            } catch (XMLSignatureException | RuntimeException e) {
                // hostile input reaches parsers (certificates, base64, ASN.1) that signal with unchecked exceptions
                problems.add(SignMessages.error("EDXML-SIG-019", rootMessage(e)));
            }
            if (domNeeded) {
                return Optional.empty();
            }
            Optional<SignerIdentity> id = Optional.empty();
            try {
                id = Optional.ofNullable(signer).map(SignerIdentity::of);
            } catch (RuntimeException e) {
                problems.add(SignMessages.error("EDXML-SIG-019", rootMessage(e)));
            }
            List<SignatureReport.UnsignedHop> unsigned =
                    signedHops < 0 || !verified ? List.of() : unsignedHops(signedHops);
            if (!unsigned.isEmpty()) {
                problems.add(SignMessages.info(
                        "EDXML-SIG-023",
                        String.valueOf(unsigned.size()),
                        unsigned.stream()
                                .map(SignatureReport.UnsignedHop::describe)
                                .collect(java.util.stream.Collectors.joining("; "))));
            }
            Optional<SenderBinding> binding = Optional.empty();
            if (verified && signer != null) {
                try {
                    binding = Optional.of(SenderBinder.bind(
                            signer, fromText("OrganId"), fromText("OrganName"), policy.agencyDirectory()));
                } catch (RuntimeException e) {
                    // a certificate the JDK accepts but whose names do not parse (a changed KeyInfo copy)
                    String why = rootMessage(e);
                    binding = Optional.of(SenderBinder.evidence(
                            SenderBinding.Status.NO_EVIDENCE,
                            fromText("OrganId"),
                            l -> SignMessages.text("binding.unreadable", List.of(why), l)));
                }
                switch (binding.get().status()) {
                    case MISMATCH -> problems.add(
                            policy.requiresSenderMatch()
                                    ? SignMessages.bound(
                                            "EDXML-SIG-026",
                                            Severity.ERROR,
                                            binding.get().evidenceVi(),
                                            binding.get().evidenceEn())
                                    : SignMessages.bound(
                                            "EDXML-SIG-026",
                                            Severity.WARNING,
                                            binding.get().evidenceVi(),
                                            binding.get().evidenceEn()));
                    case NO_EVIDENCE -> problems.add(
                            policy.requiresSenderMatch()
                                    ? SignMessages.bound(
                                            "EDXML-SIG-027",
                                            Severity.ERROR,
                                            binding.get().evidenceVi(),
                                            binding.get().evidenceEn())
                                    : SignMessages.bound(
                                            "EDXML-SIG-027",
                                            Severity.INFO,
                                            binding.get().evidenceVi(),
                                            binding.get().evidenceEn()));
                    default -> {}
                }
            }
            return Optional.of(new SignatureReport(
                    SignatureReport.Kind.XMLDSIG,
                    id,
                    chain,
                    Optional.ofNullable(signingTime),
                    Optional.ofNullable(signatureAlgorithm),
                    Optional.ofNullable(digestAlgorithm),
                    coverage,
                    problems,
                    at,
                    unsigned,
                    binding,
                    Optional.ofNullable(timestamp)));
        }

        /** A child of the sender ({@code edXMLHeader/MessageHeader/From}), as written. */
        private Optional<String> fromText(String local) {
            NodeList mh = doc.getElementsByTagNameNS(NS, "MessageHeader");
            if (mh.getLength() != 1) {
                return Optional.empty();
            }
            List<Element> from = Dom.children(mh.item(0), NS, "From");
            return from.isEmpty()
                    ? Optional.empty()
                    : childText(from.get(0), local).filter(t -> !t.isEmpty());
        }

        /** The hops of the trace list after the first {@code n}: routing information outside the signature. */
        private List<SignatureReport.UnsignedHop> unsignedHops(int n) {
            List<SignatureReport.UnsignedHop> out = new ArrayList<>();
            Element root = doc.getDocumentElement();
            List<Element> level = List.of(root);
            List<String> path = RelayProfile.path();
            if (!is(root, path.get(0))) {
                return out;
            }
            for (String name : path.subList(1, path.size())) {
                List<Element> next = new ArrayList<>();
                for (Element e : level) {
                    next.addAll(Dom.children(e, NS, name));
                }
                level = next;
            }
            for (Element list : level) {
                List<Element> hops = Dom.children(list, NS, "TraceHeader");
                for (int i = n; i < hops.size(); i++) {
                    out.add(new SignatureReport.UnsignedHop(
                            i + 1, childText(hops.get(i), "OrganId"), childText(hops.get(i), "Timestamp")));
                }
            }
            return out;
        }

        private Optional<String> childText(Element e, String local) {
            List<Element> c = Dom.children(e, NS, local);
            return c.isEmpty()
                    ? Optional.empty()
                    : Optional.of(c.get(0).getTextContent().strip());
        }

        private void checkPlacement(Element sig) {
            Node header = sig.getParentNode();
            Node envelope = header == null ? null : header.getParentNode();
            boolean ok = is(header, "edXMLHeader")
                    && is(envelope, "edXMLEnvelope")
                    && (envelope.getParentNode() == doc
                            || is(envelope.getParentNode(), "edXML")
                                    && envelope.getParentNode().getParentNode() == doc);
            if (!ok) {
                problems.add(SignMessages.error("EDXML-SIG-004", path(sig)));
            }
        }

        private void checkStructure() {
            for (String name : List.of("edXMLEnvelope", "edXMLHeader", "MessageHeader", "edXMLBody")) {
                int n = doc.getElementsByTagNameNS(NS, name).getLength();
                if (n > 1) {
                    problems.add(SignMessages.error("EDXML-SIG-006", n + " × " + name));
                }
            }
            NodeList mh = doc.getElementsByTagNameNS(NS, "MessageHeader");
            if (mh.getLength() == 1 && !is(mh.item(0).getParentNode(), "edXMLHeader")) {
                problems.add(SignMessages.error("EDXML-SIG-006", "MessageHeader at " + path(mh.item(0))));
            }
        }

        /**
         * Checks the signature: reads it with the XML-DSig layer, checks its algorithms and references, reads the
         * signer's key, verifies the digests and the value, then the certificate.
         */
        private void validate(Element sigEl) throws MarshalException, XMLSignatureException {
            KeyFromCertificates selector = new KeyFromCertificates();
            DOMValidateContext ctx = new DOMValidateContext(selector, sigEl);
            XMLSignature sig = unmarshal(sigEl, ctx);
            if (sig == null) {
                return;
            }
            List<?> refs = sig.getSignedInfo().getReferences();
            boolean algorithmsOk = checkAlgorithms(sig);
            boolean acceptable = checkReferences(sigEl, refs) && algorithmsOk;
            selector.read(sig.getKeyInfo());
            if (selector.signer == null) {
                problems.add(SignMessages.error("EDXML-SIG-013"));
                return;
            }
            signer = selector.signer;
            if (!acceptable) {
                // never dereference or compute with what was refused above
                return;
            }
            if (wholeDigest != null && !streamedDigestApplies(refs)) {
                domNeeded = true;
                return;
            }
            verifyValues(sig, refs, sigEl, ctx);
            chain = checkCertificate(sigEl, selector.others);
        }

        /** The signature as the XML-DSig layer reads it, or null when it names algorithms that layer does not know. */
        private XMLSignature unmarshal(Element sigEl, DOMValidateContext ctx) throws MarshalException {
            // only elements inside this signature can be referenced by Id: nothing outside can be pointed at
            registerIds(sigEl, ctx);
            ctx.setURIDereferencer(null);
            if (!knownAlgorithms(sigEl)) {
                return null; // the XML-DSig layer would only say "no such algorithm"; the problems name the URI
            }
            dropEmptyNames(sigEl);
            return Dsig.factory().unmarshalXMLSignature(ctx);
        }

        /** The signature and canonicalisation algorithms: known, and SHA-1 only where the policy allows it. */
        private boolean checkAlgorithms(XMLSignature sig) {
            signatureAlgorithm = sig.getSignedInfo().getSignatureMethod().getAlgorithm();
            boolean ok = checkAlgorithm(
                    signatureAlgorithm,
                    SignatureAlgorithm.forUri(signatureAlgorithm).map(SignatureAlgorithm::isLegacy));
            String c14n = sig.getSignedInfo().getCanonicalizationMethod().getAlgorithm();
            if (!CANONICALIZATIONS.contains(c14n)) {
                problems.add(SignMessages.error("EDXML-SIG-007", c14n));
                ok = false;
            }
            return ok;
        }

        /**
         * The references: their digest algorithms, one to the whole package with allowed transforms, the others inside
         * the signature.
         */
        private boolean checkReferences(Element sigEl, List<?> refs) {
            boolean ok = true;
            int whole = 0;
            for (int i = 0; i < refs.size(); i++) {
                Reference r = (Reference) refs.get(i);
                String uri = r.getURI();
                String dm = r.getDigestMethod().getAlgorithm();
                ok &= checkAlgorithm(
                        dm,
                        SignatureAlgorithm.DigestAlgorithm.forUri(dm)
                                .map(d -> d == SignatureAlgorithm.DigestAlgorithm.SHA1));
                if (uri == null) {
                    problems.add(SignMessages.error("EDXML-SIG-010", "(no URI)"));
                    ok = false;
                } else if (uri.isEmpty()) {
                    whole++;
                    digestAlgorithm = dm;
                    ok &= checkTransforms(r, true, transformElements(sigEl, i));
                } else if (uri.startsWith("#xpointer(")) {
                    problems.add(SignMessages.error("EDXML-SIG-022", uri));
                    ok = false;
                } else if (uri.startsWith("#") && isInside(sigEl, uri.substring(1))) {
                    ok &= checkTransforms(r, false, List.of());
                } else if (uri.startsWith("#")) {
                    problems.add(SignMessages.error("EDXML-SIG-005", uri));
                    ok = false;
                } else {
                    problems.add(SignMessages.error("EDXML-SIG-010", uri));
                    ok = false;
                }
            }
            if (whole == 1) {
                coverage = SignatureReport.Coverage.WHOLE_PACKAGE;
            } else {
                coverage = refs.isEmpty() ? SignatureReport.Coverage.NOTHING : SignatureReport.Coverage.PART_OF_PACKAGE;
                if (whole == 0 && problems.stream().anyMatch(p -> p.code().equals("EDXML-SIG-022"))) {
                    // an XPointer to the document covers it, and was refused for what it is, not for coverage
                    coverage = SignatureReport.Coverage.NOTHING;
                } else if (whole == 0) {
                    problems.add(SignMessages.error("EDXML-SIG-005", "(no URI=\"\" reference)"));
                } else {
                    problems.add(SignMessages.error("EDXML-SIG-005", whole + " × URI=\"\""));
                }
            }
            return ok;
        }

        /**
         * Verifies the digests (the streamed one for the whole package) and the signature value; on failure, says
         * which digest or the value.
         */
        private void verifyValues(XMLSignature sig, List<?> refs, Element sigEl, DOMValidateContext ctx)
                throws XMLSignatureException {
            // our checks above replace the blanket secure-validation refusal of SHA-1, which the policy may allow
            ctx.setProperty(Dsig.SECURE_VALIDATION, !policy.allowsLegacySha1());
            boolean valid;
            if (wholeDigest == null) {
                valid = sig.validate(ctx);
            } else {
                valid = sig.getSignatureValue().validate(ctx);
                for (Object o : refs) {
                    valid &= referenceValid((Reference) o, ctx);
                }
            }
            if (!valid) {
                boolean digestsOk = true;
                for (Object o : refs) {
                    Reference r = (Reference) o;
                    if (!referenceValid(r, ctx)) {
                        problems.add(SignMessages.error("EDXML-SIG-011", "\"" + r.getURI() + "\""));
                        digestsOk = false;
                    }
                }
                if (digestsOk || !sig.getSignatureValue().validate(ctx)) {
                    problems.add(SignMessages.error("EDXML-SIG-012"));
                }
            } else {
                verified = true;
                signingTime = SigningTimes.find(sigEl, refs);
            }
        }

        /**
         * The signer's certificate, at the time that counts (ETSI EN 319 102-1): the time a trusted signature
         * timestamp proves; else the check time, where a certificate that expired after the signing time the
         * signature claims, and was good then, makes the signature INDETERMINATE ({@code EDXML-SIG-028}: valid at the
         * claimed time, not proven) rather than invalid.
         */
        private List<X509Certificate> checkCertificate(Element sigEl, List<X509Certificate> others) {
            Optional<SignatureTimestamps.Proof> proof =
                    verified ? SignatureTimestamps.check(sigEl, policy) : Optional.empty();
            proof.flatMap(SignatureTimestamps.Proof::problem).ifPresent(problems::add);
            Optional<Instant> proven = proof.flatMap(SignatureTimestamps.Proof::time);
            CertificateCheck cc;
            if (proven.isPresent()) {
                timestamp = proven.get();
                at = proven.get();
                cc = policy.checkAt(signer, others, at);
                problems.add(SignMessages.info(
                        "EDXML-SIG-029",
                        at.toString(),
                        proof.flatMap(SignatureTimestamps.Proof::authority).orElse("?")));
            } else {
                cc = policy.check(signer, others);
                List<Finding> errors =
                        cc.problems().stream().filter(Finding::isError).toList();
                // only a certificate that has expired since the claimed signing time (not one not yet valid, nor a
                // check time before the claimed signing time) can be "valid then, not proven"
                if (verified
                        && signingTime != null
                        && !errors.isEmpty()
                        && !signingTime.isAfter(at)
                        && signer.getNotAfter().toInstant().isBefore(at)
                        && errors.stream().allMatch(p -> p.code().equals("EDXML-SIG-015"))
                        && policy.checkAt(signer, others, signingTime).problems().stream()
                                .noneMatch(Finding::isError)) {
                    List<Finding> replaced = new ArrayList<>();
                    for (Finding p : cc.problems()) {
                        replaced.add(
                                p.code().equals("EDXML-SIG-015")
                                        ? SignMessages.error("EDXML-SIG-028", signingTime.toString(), at.toString())
                                        : p);
                    }
                    problems.addAll(replaced);
                    return cc.path();
                }
            }
            problems.addAll(cc.problems());
            return cc.path();
        }

        /** A reference's digest: the streamed one for URI="", Santuario's on the (skeleton) DOM for the others. */
        private boolean referenceValid(Reference r, DOMValidateContext ctx) throws XMLSignatureException {
            if (wholeDigest == null || !"".equals(r.getURI())) {
                return r.validate(ctx);
            }
            return java.security.MessageDigest.isEqual(wholeDigest, r.getDigestValue());
        }

        /**
         * Whether the XML-DSig layer reads the whole-package reference's transforms as the streaming pass did
         * (enveloped-signature, the relay filter with the same hops if any, exclusive c14n without a prefix list):
         * then the streamed digest is that reference's digest; otherwise the DOM path checks the package.
         */
        private boolean streamedDigestApplies(List<?> refs) {
            for (Object o : refs) {
                Reference r = (Reference) o;
                if (!"".equals(r.getURI())) {
                    continue;
                }
                List<?> ts = r.getTransforms();
                int filters = streamedHops == StreamC14n.Plan.WHOLE ? 0 : 1;
                return ts.size() == 2 + filters
                        && Transform.ENVELOPED.equals(((Transform) ts.get(0)).getAlgorithm())
                        && CanonicalizationMethod.EXCLUSIVE.equals(((Transform) ts.get(1 + filters)).getAlgorithm())
                        && noPrefixList((Transform) ts.get(1 + filters))
                        && (filters == 0 || isRelayFilter((Transform) ts.get(1), streamedHops));
            }
            return false;
        }

        /** Santuario's reading of the Filter 2.0 transform agrees with ours (one subtract, the profile's text). */
        private boolean isRelayFilter(Transform t, int hops) {
            if (!(t.getParameterSpec() instanceof javax.xml.crypto.dsig.spec.XPathFilter2ParameterSpec)) {
                return false;
            }
            List<?> xpaths =
                    ((javax.xml.crypto.dsig.spec.XPathFilter2ParameterSpec) t.getParameterSpec()).getXPathList();
            if (xpaths.size() != 1) {
                return false;
            }
            javax.xml.crypto.dsig.spec.XPathType x = (javax.xml.crypto.dsig.spec.XPathType) xpaths.get(0);
            return x.getFilter() == javax.xml.crypto.dsig.spec.XPathType.Filter.SUBTRACT
                    && RelayProfile.signedHops(x.getExpression()).equals(OptionalInt.of(hops));
        }

        private boolean noPrefixList(Transform t) {
            Object spec = t.getParameterSpec();
            return spec == null
                    || spec instanceof javax.xml.crypto.dsig.spec.ExcC14NParameterSpec
                            && ((javax.xml.crypto.dsig.spec.ExcC14NParameterSpec) spec)
                                    .getPrefixList()
                                    .isEmpty();
        }

        private boolean checkAlgorithm(String uri, Optional<Boolean> legacy) {
            if (legacy.isEmpty()) {
                problems.add(SignMessages.error("EDXML-SIG-008", uri));
                return false;
            }
            if (legacy.get()) {
                if (!policy.allowsLegacySha1()) {
                    problems.add(SignMessages.error("EDXML-SIG-008", uri));
                    return false;
                }
                if (problems.stream()
                        .noneMatch(p -> p.code().equals("EDXML-SIG-009")
                                && p.arguments().contains(uri))) {
                    problems.add(SignMessages.warning("EDXML-SIG-009", uri));
                }
            }
            return true;
        }

        /** The {@code Transform} elements of the {@code index}-th reference of the signature's SignedInfo. */
        private List<Element> transformElements(Element sigEl, int index) {
            List<Element> si = Dom.children(sigEl, Dsig.NS, "SignedInfo");
            List<Element> refs = si.isEmpty() ? List.of() : Dom.children(si.get(0), Dsig.NS, "Reference");
            if (index < 0 || index >= refs.size()) {
                return List.of();
            }
            List<Element> ts = Dom.children(refs.get(index), Dsig.NS, "Transforms");
            return ts.isEmpty() ? List.of() : Dom.children(ts.get(0), Dsig.NS, "Transform");
        }

        /**
         * The transforms allowed: enveloped-signature (whole-package reference only), then, for the whole package,
         * the relay profile's Filter 2.0 transform exactly, then one canonicalisation; nothing else.
         */
        private boolean checkTransforms(Reference r, boolean whole, List<Element> elements) {
            List<?> ts = r.getTransforms();
            boolean enveloped = false;
            boolean filtered = false;
            boolean ok = true;
            int c14n = 0;
            for (int i = 0; i < ts.size(); i++) {
                String alg = ((Transform) ts.get(i)).getAlgorithm();
                if (alg.equals(Transform.ENVELOPED) && whole && !enveloped && !filtered && c14n == 0) {
                    enveloped = true;
                } else if (alg.equals(RelayProfile.FILTER2) && whole && enveloped && !filtered && c14n == 0) {
                    OptionalInt hops =
                            i < elements.size() ? RelayProfile.signedHops(elements.get(i)) : OptionalInt.empty();
                    if (hops.isEmpty()) {
                        problems.add(SignMessages.error(
                                "EDXML-SIG-007", alg + " (not exactly the relay-tolerant profile's expression)"));
                        ok = false;
                    } else {
                        signedHops = hops.getAsInt();
                    }
                    filtered = true;
                } else if (CANONICALIZATIONS.contains(alg) && c14n == 0) {
                    c14n++;
                } else {
                    problems.add(SignMessages.error("EDXML-SIG-007", alg));
                    ok = false;
                }
            }
            if (whole && !enveloped) {
                problems.add(SignMessages.error(
                        "EDXML-SIG-019", "the URI=\"\" reference lacks the enveloped-signature transform"));
                ok = false;
            }
            return ok;
        }

        private boolean isInside(Element sig, String id) {
            NodeList all = sig.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (id.equals(e.getAttribute("Id")) || id.equals(e.getAttribute("ID"))) {
                    return true;
                }
            }
            return false;
        }

        private void registerIds(Element sig, DOMValidateContext ctx) {
            NodeList all = sig.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.hasAttribute("Id")) {
                    ctx.setIdAttributeNS(e, null, "Id");
                }
            }
        }

        private boolean is(Node n, String local) {
            return n != null
                    && n.getNodeType() == Node.ELEMENT_NODE
                    && NS.equals(n.getNamespaceURI())
                    && local.equals(n.getLocalName());
        }

        private String path(Node n) {
            StringBuilder sb = new StringBuilder();
            for (Node c = n; c != null && c.getNodeType() == Node.ELEMENT_NODE; c = c.getParentNode()) {
                sb.insert(0, "/" + c.getLocalName());
            }
            return sb.toString();
        }

        /**
         * What went wrong, in words a user can act on: the innermost message without Java class names; the
         * programming-error exceptions a hostile structure can provoke inside the XML-DSig layer say so instead.
         */
        private String rootMessage(Throwable t) {
            while (t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException
                    || t instanceof ClassCastException
                    || t instanceof IndexOutOfBoundsException
                    || t.getMessage() == null) {
                return "an element of the signature has an unexpected structure or is empty";
            }
            return t.getMessage().replaceAll("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*", "");
        }

        /**
         * Names the algorithms this verifier does not implement before the XML-DSig layer is asked to build them
         * (it reports those only as a Java exception): transforms and canonicalisations (EDXML-SIG-007), signature
         * and digest methods (EDXML-SIG-008).
         */
        private boolean knownAlgorithms(Element sigEl) {
            boolean ok = true;
            for (Element si : Dom.children(sigEl, Dsig.NS, "SignedInfo")) {
                for (Element cm : Dom.children(si, Dsig.NS, "CanonicalizationMethod")) {
                    ok &= known(cm, CANONICALIZATIONS.contains(cm.getAttributeNS(null, "Algorithm")), "EDXML-SIG-007");
                }
                for (Element sm : Dom.children(si, Dsig.NS, "SignatureMethod")) {
                    ok &= known(
                            sm,
                            SignatureAlgorithm.forUri(sm.getAttributeNS(null, "Algorithm"))
                                    .isPresent(),
                            "EDXML-SIG-008");
                }
                for (Element ref : Dom.children(si, Dsig.NS, "Reference")) {
                    for (Element dm : Dom.children(ref, Dsig.NS, "DigestMethod")) {
                        ok &= known(
                                dm,
                                SignatureAlgorithm.DigestAlgorithm.forUri(dm.getAttributeNS(null, "Algorithm"))
                                        .isPresent(),
                                "EDXML-SIG-008");
                    }
                    for (Element ts : Dom.children(ref, Dsig.NS, "Transforms")) {
                        for (Element t : Dom.children(ts, Dsig.NS, "Transform")) {
                            String alg = t.getAttributeNS(null, "Algorithm");
                            if (RelayProfile.FILTER2.equals(alg)
                                    && RelayProfile.signedHops(t).isEmpty()) {
                                // named here, as the XML-DSig layer may not even read it (an XPath element missing)
                                problems.add(SignMessages.error(
                                        "EDXML-SIG-007",
                                        alg + " (not exactly the relay-tolerant profile's expression)"));
                                ok = false;
                                continue;
                            }
                            ok &= known(
                                    t,
                                    CANONICALIZATIONS.contains(alg) || IMPLEMENTED_TRANSFORMS.contains(alg),
                                    "EDXML-SIG-007");
                        }
                    }
                }
            }
            return ok;
        }

        private boolean known(Element e, boolean known, String code) {
            if (!known) {
                problems.add(SignMessages.error(code, e.getAttributeNS(null, "Algorithm")));
            }
            return known;
        }

        /**
         * Leaves out an empty {@code X509SubjectName} (the official template has one), which the XML-DSig layer cannot
         * read (it normalises an empty text away, then fails): the name is only an unsigned hint, and the element is
         * removed only where nothing inside the signature could reference it (no {@code Id} on its ancestors below
         * the signature), so no digest can change.
         */
        private void dropEmptyNames(Element sigEl) {
            NodeList names = sigEl.getElementsByTagNameNS(Dsig.NS, "X509SubjectName");
            for (int i = names.getLength() - 1; i >= 0; i--) {
                Element name = (Element) names.item(i);
                if (!name.getTextContent().isEmpty() || name.hasChildNodes()) {
                    continue;
                }
                boolean referable = false;
                for (Node a = name; a != null && a != sigEl; a = a.getParentNode()) {
                    referable |= a instanceof Element
                            && (((Element) a).hasAttribute("Id") || ((Element) a).hasAttribute("ID"));
                }
                if (!referable) {
                    name.getParentNode().removeChild(name);
                }
            }
        }
    }

    /** Picks the signer's certificate from KeyInfo: the one that issued no other certificate given there. */
    private static final class KeyFromCertificates extends KeySelector {
        X509Certificate signer;
        List<X509Certificate> others = new ArrayList<>();

        void read(KeyInfo ki) {
            if (ki == null) {
                return;
            }
            List<X509Certificate> certs = new ArrayList<>();
            for (Object o : ki.getContent()) {
                if (o instanceof X509Data) {
                    for (Object c : ((X509Data) o).getContent()) {
                        if (c instanceof X509Certificate) {
                            certs.add((X509Certificate) c);
                        }
                    }
                }
            }
            for (X509Certificate c : certs) {
                boolean issuesAnother = certs.stream()
                        .anyMatch(
                                o -> !o.equals(c) && o.getIssuerX500Principal().equals(c.getSubjectX500Principal()));
                if (!issuesAnother && signer == null) {
                    signer = c;
                } else {
                    others.add(c);
                }
            }
        }

        @Override
        public KeySelectorResult select(
                KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context) {
            if (signer == null) {
                read(keyInfo);
            }
            return () -> signer == null ? null : signer.getPublicKey();
        }
    }
}
