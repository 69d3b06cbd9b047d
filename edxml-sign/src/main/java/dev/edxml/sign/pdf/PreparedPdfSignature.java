package dev.edxml.sign.pdf;

import dev.edxml.sign.SignatureAlgorithm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A PDF signature waiting for its value from a remote signing service (ký số từ xa: VNPT SmartCA, Viettel MySign…),
 * made by {@link PdfSigner#prepare(Path, Path)}. {@link #dataToSign()} (the DER of the CMS signed attributes) or its
 * digest {@link #digestToSign()} goes to the service; the signature value it returns, perhaps minutes later, goes to
 * {@link #complete(Path, byte[], Path)} with the prepared PDF. Immutable.
 *
 * <p><b>Saved state.</b> {@link #toBytes()} writes, and {@link #fromBytes(byte[])} reads, a small UTF-8 text, so that the
 * second step can run in another process after a restart. Format version 1, one {@code key: value} per line, in this
 * order ({@code certificate} repeated, signer first):
 * <pre>
 * edxml-prepared-pdf-signature: 1
 * algorithm: RSA_SHA256
 * byte-range: 0 1234 21620 980
 * prepared-sha256: &lt;hex SHA-256 of the whole prepared PDF&gt;
 * signed-attributes: &lt;base64 DER of the signed attributes SET&gt;
 * certificate: &lt;base64 DER&gt;
 * </pre>
 * Nothing secret is in it (the certificates are public, the rest describes the document). A state of another version,
 * or one that does not parse, is refused with {@link IllegalArgumentException}; a prepared PDF that changed since is
 * refused by {@link #complete}.
 *
 * @param algorithm        the signature algorithm the service must use
 * @param byteRange        the prepared PDF's signature byte range {@code [0, a, b, c]}
 * @param preparedSha256   the SHA-256 of the whole prepared PDF
 * @param signedAttributes the DER encoding of the signed attributes (content-type, message-digest,
 *                         signing-certificate-v2)
 * @param chain            the signer's certificate chain, signer first
 * @since 0.1.0
 */
@SuppressWarnings("ArrayRecordComponent") // copied in and out: the constructor and the accessors clone
public record PreparedPdfSignature(
        SignatureAlgorithm algorithm,
        List<Long> byteRange,
        byte[] preparedSha256,
        byte[] signedAttributes,
        List<X509Certificate> chain) {
    static final String MAGIC = "edxml-prepared-pdf-signature";
    static final int VERSION = 1;

    public PreparedPdfSignature {
        Objects.requireNonNull(algorithm, "algorithm");
        byteRange = List.copyOf(byteRange);
        if (byteRange.size() != 4) {
            throw new IllegalArgumentException("a byte range has four numbers");
        }
        preparedSha256 = preparedSha256.clone();
        signedAttributes = signedAttributes.clone();
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the certificate chain is empty");
        }
    }

    @Override
    public byte[] preparedSha256() {
        return preparedSha256.clone();
    }

    @Override
    public byte[] signedAttributes() {
        return signedAttributes.clone();
    }

    /** The bytes the service signs with {@link #algorithm()}: the DER of the signed attributes. */
    public byte[] dataToSign() {
        return signedAttributes.clone();
    }

    /** The digest of {@link #dataToSign()}, for services that take a hash ("hash signing"). */
    public byte[] digestToSign() throws GeneralSecurityException {
        return MessageDigest.getInstance(algorithm.digestName()).digest(signedAttributes);
    }

    /** Reads the state of a prepared PDF (digest computed while it was written) and builds the signed attributes. */
    static PreparedPdfSignature of(
            Path prepared, List<X509Certificate> chain, SignatureAlgorithm algorithm, byte[] contentDigest)
            throws IOException, GeneralSecurityException {
        List<Long> range;
        try (PDDocument doc = Loader.loadPDF(prepared.toFile())) {
            PDSignature last = doc.getLastSignatureDictionary();
            int[] r = last.getByteRange();
            range = List.of((long) r[0], (long) r[1], (long) r[2], (long) r[3]);
        }
        try (PdfSource src = PdfSource.of(prepared)) {
            ByteRange br = new ByteRange(range.get(0), range.get(1), range.get(2), range.get(3));
            byte[] check = br.digest(src, MessageDigest.getInstance(algorithm.digestName()));
            if (!MessageDigest.isEqual(check, contentDigest)) {
                throw new IOException("the prepared PDF's byte range does not hold what was digested");
            }
        }
        AttributeTable extra = CmsSigner.signingCertificateV2(chain.get(0));
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new Attribute(CMSAttributes.contentType, new DERSet(CMSObjectIdentifiers.data)));
        v.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(contentDigest))));
        v.add(extra.get(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2));
        byte[] der = new DERSet(v).getEncoded(ASN1Encoding.DER);
        return new PreparedPdfSignature(algorithm, range, sha256(prepared), der, chain);
    }

    /**
     * The second step: writes to {@code out} (atomically; it may be {@code prepared}) the signed PDF, given the
     * service's signature value over {@link #dataToSign()} in the JCA format of {@link #algorithm()} (as
     * {@link java.security.Signature#sign()} returns it; DER for ECDSA). The value is checked against the signer's
     * certificate before anything is written.
     *
     * @throws IOException              when {@code prepared} is not the prepared PDF this state belongs to
     * @throws GeneralSecurityException when the value does not verify with the signer's certificate
     */
    public void complete(Path prepared, byte[] signatureValue, Path out) throws IOException, GeneralSecurityException {
        Objects.requireNonNull(signatureValue, "signatureValue");
        if (!MessageDigest.isEqual(sha256(prepared), preparedSha256)) {
            throw new IOException(prepared + " is not the prepared PDF of this signature (it changed since prepare)");
        }
        java.security.Signature verifier = java.security.Signature.getInstance(algorithm.jcaName());
        verifier.initVerify(chain.get(0).getPublicKey());
        verifier.update(signedAttributes);
        boolean ok;
        try {
            ok = verifier.verify(signatureValue);
        } catch (java.security.SignatureException e) {
            ok = false;
        }
        if (!ok) {
            throw new java.security.SignatureException("the signature value does not verify with the signer's "
                    + "certificate over the prepared data (wrong key, algorithm or data)");
        }
        byte[] cms = cms(signatureValue);
        long holeStart = byteRange.get(1) + 1;
        long holeLength = byteRange.get(2) - byteRange.get(1) - 2;
        byte[] hex = HexFormat.of().withUpperCase().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
        if (hex.length > holeLength) {
            throw new IOException("the signature value (" + cms.length + " bytes of CMS) does not fit the "
                    + holeLength / 2 + " bytes reserved");
        }
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + out.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (PdfSource src = PdfSource.of(prepared);
                    OutputStream o =
                            Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                src.copy(0, holeStart, o);
                o.write(hex);
                src.copy(holeStart + hex.length, src.size() - holeStart - hex.length, o);
            }
            try {
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The CMS SignedData with these exact signed attributes and the service's value. */
    private byte[] cms(byte[] value) throws GeneralSecurityException, IOException {
        try {
            AlgorithmIdentifier alg = new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm.jcaName());
            ContentSigner given = new ContentSigner() {
                private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

                @Override
                public AlgorithmIdentifier getAlgorithmIdentifier() {
                    return alg;
                }

                @Override
                public OutputStream getOutputStream() {
                    return seen;
                }

                @Override
                public byte[] getSignature() {
                    if (!java.util.Arrays.equals(seen.toByteArray(), signedAttributes)) {
                        throw new IllegalStateException("the CMS encoder signs other bytes than were prepared");
                    }
                    return value.clone();
                }
            };
            ASN1Set attrs = ASN1Set.getInstance(signedAttributes);
            AttributeTable table = new AttributeTable(attrs);
            JcaSignerInfoGeneratorBuilder sib =
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
            sib.setSignedAttributeGenerator(params -> table);
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(sib.build(given, chain.get(0)));
            gen.addCertificates(new JcaCertStore(chain));
            // detached: the content only feeds BouncyCastle's own digest, which the fixed attributes do not use
            return gen.generate(new CMSProcessableByteArray(new byte[0]), false).getEncoded(ASN1Encoding.DER);
        } catch (org.bouncycastle.operator.OperatorCreationException | org.bouncycastle.cms.CMSException e) {
            throw new GeneralSecurityException("the CMS signature could not be assembled: " + e.getMessage(), e);
        }
    }

    /** The saved state, format version 1 (see the class documentation). */
    public byte[] toBytes() {
        StringBuilder sb = new StringBuilder();
        sb.append(MAGIC).append(": ").append(VERSION).append('\n');
        sb.append("algorithm: ").append(algorithm.name()).append('\n');
        sb.append("byte-range: ")
                .append(byteRange.get(0))
                .append(' ')
                .append(byteRange.get(1))
                .append(' ')
                .append(byteRange.get(2))
                .append(' ')
                .append(byteRange.get(3))
                .append('\n');
        sb.append("prepared-sha256: ")
                .append(HexFormat.of().formatHex(preparedSha256))
                .append('\n');
        sb.append("signed-attributes: ")
                .append(Base64.getEncoder().encodeToString(signedAttributes))
                .append('\n');
        for (X509Certificate c : chain) {
            try {
                sb.append("certificate: ")
                        .append(Base64.getEncoder().encodeToString(c.getEncoded()))
                        .append('\n');
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a state written by {@link #toBytes()}; refuses another version or a damaged state. */
    public static PreparedPdfSignature fromBytes(byte[] state) {
        Objects.requireNonNull(state, "state");
        if (state.length > 1 << 20) {
            throw new IllegalArgumentException("a prepared-signature state is a few kilobytes, not " + state.length);
        }
        String[] lines = new String(state, StandardCharsets.UTF_8).split("\n", -1);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0) {
                throw new IllegalArgumentException("not a prepared-signature state line: " + line);
            }
            fields.computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>())
                    .add(line.substring(colon + 2).strip());
        }
        String version = one(fields, MAGIC);
        if (!String.valueOf(VERSION).equals(version)) {
            throw new IllegalArgumentException("prepared-signature state version " + version + " is not supported "
                    + "(this library reads version " + VERSION + ")");
        }
        try {
            SignatureAlgorithm alg = SignatureAlgorithm.valueOf(one(fields, "algorithm"));
            List<Long> range = new ArrayList<>();
            for (String n : one(fields, "byte-range").split(" ", -1)) {
                range.add(Long.parseLong(n));
            }
            byte[] sha = HexFormat.of().parseHex(one(fields, "prepared-sha256"));
            byte[] attrs = Base64.getDecoder().decode(one(fields, "signed-attributes"));
            List<X509Certificate> chain = new ArrayList<>();
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (String c : fields.getOrDefault("certificate", List.of())) {
                chain.add((X509Certificate) cf.generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(c))));
            }
            ASN1Set.getInstance(attrs); // must be a DER SET
            return new PreparedPdfSignature(alg, range, sha, attrs, chain);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("the prepared-signature state is damaged: " + e.getMessage(), e);
        }
    }

    private static String one(Map<String, List<String>> fields, String key) {
        List<String> v = fields.get(key);
        if (v == null || v.size() != 1) {
            throw new IllegalArgumentException("the prepared-signature state needs exactly one '" + key + "' line");
        }
        return v.get(0);
    }

    private static byte[] sha256(Path file) throws IOException {
        try (PdfSource src = PdfSource.of(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            src.copy(0, src.size(), new OutputStream() {
                @Override
                public void write(int b) {
                    md.update((byte) b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    md.update(b, off, len);
                }
            });
            return md.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PreparedPdfSignature p
                && algorithm == p.algorithm
                && byteRange.equals(p.byteRange)
                && java.util.Arrays.equals(preparedSha256, p.preparedSha256)
                && java.util.Arrays.equals(signedAttributes, p.signedAttributes)
                && chain.equals(p.chain);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                algorithm,
                byteRange,
                java.util.Arrays.hashCode(preparedSha256),
                java.util.Arrays.hashCode(signedAttributes),
                chain);
    }

    @Override
    public String toString() {
        return "PreparedPdfSignature[" + algorithm + ", "
                + chain.get(0).getSubjectX500Principal().getName()
                + ", byte range " + byteRange + ", prepared PDF sha256 "
                + HexFormat.of().formatHex(preparedSha256).substring(0, 16) + "…]";
    }
}
