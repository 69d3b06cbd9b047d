package dev.edxml.sign.pdf;

import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * Signatures made directly with PDFBox and BouncyCastle, with the flaws {@link PdfSigner} never makes: SHA-1, no
 * certificate, a wrong or missing signing-certificate attribute; and RFC 3161 document timestamps from a test TSA.
 */
final class RawSigning {
    enum Ess {
        NONE,
        CORRECT,
        WRONG
    }

    private RawSigning() {}

    static byte[] sign(byte[] pdf, SigningKey key, COSName subFilter, String digest, boolean withCertificates, Ess ess)
            throws Exception {
        SignatureInterface cms = content -> {
            try {
                X509Certificate cert = key.chain().get(0);
                JcaSignerInfoGeneratorBuilder sib =
                        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
                if (ess != Ess.NONE) {
                    byte[] hash = MessageDigest.getInstance("SHA-256")
                            .digest(
                                    ess == Ess.CORRECT
                                            ? cert.getEncoded()
                                            : key.chain().get(1).getEncoded());
                    ASN1EncodableVector v = new ASN1EncodableVector();
                    v.add(new Attribute(
                            PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                            new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash)}))));
                    sib.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(v)));
                }
                CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
                gen.addSignerInfoGenerator(sib.build(
                        new JcaContentSignerBuilder(digest.replace("-", "") + "withRSA").build(key.privateKey()),
                        cert));
                if (withCertificates) {
                    gen.addCertificates(new JcaCertStore(key.chain()));
                }
                return gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                        .getEncoded();
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(subFilter);
            sig.setSignDate(
                    java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT));
            doc.addSignature(sig, cms);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** A time-stamping authority certificate issued by the test root (extended key usage timeStamping, critical). */
    static X509Certificate tsaCertificate(TestPki pki, KeyPair key) throws Exception {
        return pki.ca
                .leaf(new X500Name("C=VN,O=TSA thử nghiệm,CN=TSA"))
                .key(key)
                .keyUsage(KeyUsage.digitalSignature)
                .criticalExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping)
                .withoutKeyIdentifiers()
                .issue()
                .certificate();
    }

    /** Adds an RFC 3161 document timestamp as an incremental update. */
    static byte[] documentTimestamp(byte[] pdf, KeyPair tsaKey, X509Certificate tsaCert, Instant time)
            throws Exception {
        SignatureInterface tsa = content -> {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
                TimeStampTokenGenerator gen = new TimeStampTokenGenerator(
                        new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsaKey.getPrivate(), tsaCert),
                        new JcaDigestCalculatorProviderBuilder()
                                .build()
                                .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                        org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)),
                        new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
                gen.addCertificates(new JcaCertStore(List.of(tsaCert)));
                TimeStampRequestGenerator rg = new TimeStampRequestGenerator();
                rg.setCertReq(true);
                TimeStampRequest req = rg.generate(TSPAlgorithms.SHA256, digest);
                return gen.generate(req, BigInteger.ONE, Date.from(time)).getEncoded();
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = new PDSignature();
            sig.setType(COSName.DOC_TIME_STAMP);
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            doc.addSignature(sig, tsa);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }
}
