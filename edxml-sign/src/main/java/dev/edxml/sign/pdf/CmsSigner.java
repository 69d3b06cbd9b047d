package dev.edxml.sign.pdf;

import dev.edxml.sign.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Makes the CMS value of a PAdES baseline B-B signature: detached SignedData over the byte range, signed attributes
 * content-type, message-digest and signing-certificate-v2 (which PAdES requires to bind the certificate), and no
 * signing-time attribute, since PAdES puts the claimed time in the signature dictionary's {@code /M} instead.
 * The key signs through its own provider when it has one (a PKCS#11 token).
 */
final class CmsSigner implements SignatureInterface {
    private final SigningKey key;
    private final String jcaAlgorithm;

    CmsSigner(SigningKey key, String jcaAlgorithm) {
        this.key = key;
        this.jcaAlgorithm = jcaAlgorithm;
    }

    /** Carries a key or token failure through PDFBox's {@code IOException}-only interface. */
    static final class KeyFailure extends IOException {
        private static final long serialVersionUID = 1L;

        KeyFailure(GeneralSecurityException cause) {
            super(cause.getMessage(), cause);
        }

        GeneralSecurityException securityCause() {
            return (GeneralSecurityException) getCause();
        }
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        try {
            X509Certificate cert = key.chain().get(0);
            JcaContentSignerBuilder csb = new JcaContentSignerBuilder(jcaAlgorithm);
            if (key.provider().isPresent()) {
                csb.setProvider(key.provider().get());
            } else if (jcaAlgorithm.endsWith("andMGF1")) {
                // the JDK's providers do not know PSS by BouncyCastle's name; a private instance, never registered
                csb.setProvider(new BouncyCastleProvider());
            }
            ContentSigner signer = csb.build(key.privateKey());
            JcaSignerInfoGeneratorBuilder sib =
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
            sib.setSignedAttributeGenerator(withoutSigningTime(signingCertificateV2(cert)));
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(sib.build(signer, cert));
            gen.addCertificates(new JcaCertStore(key.chain()));
            return gen.generate(new StreamedContent(content), false).getEncoded("DER");
        } catch (GeneralSecurityException e) {
            throw new KeyFailure(e);
        } catch (OperatorCreationException | CMSException e) {
            throw new KeyFailure(new GeneralSecurityException("the signature could not be made: " + e.getMessage(), e));
        }
    }

    static AttributeTable signingCertificateV2(X509Certificate cert) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(
                        X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))),
                cert.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        return new AttributeTable(v);
    }

    private static CMSAttributeTableGenerator withoutSigningTime(AttributeTable extra) {
        DefaultSignedAttributeTableGenerator base = new DefaultSignedAttributeTableGenerator(extra);
        return params -> base.getAttributes(params).remove(CMSAttributes.signingTime);
    }

    /** The byte range PDFBox hands over, streamed into the digest rather than held in memory. */
    private static final class StreamedContent implements CMSTypedData {
        private final InputStream in;

        StreamedContent(InputStream in) {
            this.in = in;
        }

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            in.transferTo(out);
        }

        @Override
        public Object getContent() {
            return in;
        }
    }
}
