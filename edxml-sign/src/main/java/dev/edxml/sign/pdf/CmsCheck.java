package dev.edxml.sign.pdf;

import dev.edxml.Finding;
import dev.edxml.sign.SignerIdentity;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.internal.CertificateCheck;
import dev.edxml.sign.internal.SignMessages;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.bouncycastle.util.Store;

/**
 * Checks the CMS value of one signature against the bytes its range covers: the signature value over the signed
 * attributes, and separately the messageDigest attribute against the digest of the signed bytes, so a report can
 * tell "the signature itself is broken" from "the document changed after signing".
 */
final class CmsCheck {
    private static final Map<String, String> DIGESTS = Map.of(
            "1.3.14.3.2.26",
            "SHA-1",
            "2.16.840.1.101.3.4.2.4",
            "SHA-224",
            "2.16.840.1.101.3.4.2.1",
            "SHA-256",
            "2.16.840.1.101.3.4.2.2",
            "SHA-384",
            "2.16.840.1.101.3.4.2.3",
            "SHA-512",
            "2.16.840.1.101.3.4.2.8",
            "SHA3-256",
            "2.16.840.1.101.3.4.2.9",
            "SHA3-384",
            "2.16.840.1.101.3.4.2.10",
            "SHA3-512");
    /** Signature algorithms that hash with SHA-1 whatever the digest algorithm field says. */
    private static final Set<String> SHA1_SIGNATURES =
            Set.of("1.2.840.113549.1.1.5", "1.2.840.10045.4.1", "1.2.840.10040.4.3");

    /** What the CMS check found. */
    record Result(
            Optional<SignerIdentity> signer,
            List<X509Certificate> chain,
            Optional<Instant> time,
            Optional<String> digestAlgorithm,
            boolean valueVerifies,
            boolean digestMatches,
            boolean trusted,
            List<Finding> problems,
            Optional<PdfTimestamp> timestamp) {}

    private final String field;
    private final TrustPolicy policy;
    private final List<Finding> problems = new ArrayList<>();
    private String digestName;
    private Instant time;
    private PdfTimestamp signatureTimestamp;
    /** The time the signer's certificate is checked at when a valid signature timestamp proves an earlier one. */
    private Instant certificateTime;
    /** A document timestamp: its certificate is a time-stamping authority's, not a signer's. */
    private boolean timestamp;

    private CmsCheck(String field, TrustPolicy policy) {
        this.field = field;
        this.policy = policy;
    }

    /** A signature ({@code adbe.pkcs7.detached} or {@code ETSI.CAdES.detached}): CMS detached over the byte range. */
    static Result signature(String field, boolean pades, byte[] cms, ByteRange range, PdfSource src, TrustPolicy policy)
            throws IOException {
        return new CmsCheck(field, policy).checkSignature(pades, cms, range, src);
    }

    /** A document timestamp ({@code ETSI.RFC3161}): an RFC 3161 token whose message imprint is the byte range's digest. */
    static Result timestamp(String field, byte[] cms, ByteRange range, PdfSource src, TrustPolicy policy)
            throws IOException {
        return new CmsCheck(field, policy).checkTimestamp(cms, range, src);
    }

    private Result checkSignature(boolean pades, byte[] bytes, ByteRange range, PdfSource src) throws IOException {
        CMSSignedData cms;
        SignerInformation si;
        try {
            cms = new CMSSignedData(bytes);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return fail(PdfCodes.BAD_CMS, signers.size() + " signer infos instead of one");
            }
            si = signers.iterator().next();
        } catch (Exception e) {
            return fail(PdfCodes.BAD_CMS, String.valueOf(e.getMessage()));
        }
        byte[] actual = digest(si.getDigestAlgOID(), si.getEncryptionAlgOID(), range, src);
        if (actual == null) {
            return done(null, List.of(), false, false);
        }
        X509Certificate cert = certificate(cms.getCertificates(), si.getSID());
        if (cert == null) {
            problems.add(SignMessages.error(PdfCodes.NO_CERTIFICATE, field));
            return done(null, List.of(), false, false);
        }
        AttributeTable signed = si.getSignedAttributes();
        boolean verifies;
        boolean matches;
        if (signed != null && signed.get(CMSAttributes.messageDigest) != null) {
            byte[] claimed = ASN1OctetString.getInstance(signed.get(CMSAttributes.messageDigest)
                            .getAttrValues()
                            .getObjectAt(0))
                    .getOctets();
            matches = MessageDigest.isEqual(claimed, actual);
            // verify the value over the signed attributes as they are, so that a changed document reads as such
            verifies = verifies(bytes, si.getDigestAlgOID(), claimed, cert);
            Attribute t = signed.get(CMSAttributes.signingTime);
            if (t != null) {
                time = Time.getInstance(t.getAttrValues().getObjectAt(0))
                        .getDate()
                        .toInstant();
            }
        } else if (signed != null) {
            return fail(PdfCodes.BAD_CMS, "signed attributes without a message-digest attribute");
        } else {
            verifies = verifies(bytes, si.getDigestAlgOID(), actual, cert);
            matches = verifies;
        }
        checkSigningCertificate(signed, cert, pades);
        signatureTimestamp(si);
        return done(cert, otherCertificates(cms.getCertificates(), cert), verifies, matches);
    }

    private Result checkTimestamp(byte[] bytes, ByteRange range, PdfSource src) throws IOException {
        timestamp = true;
        TimeStampToken token;
        try {
            token = new TimeStampToken(new CMSSignedData(bytes));
        } catch (Exception e) {
            return fail(PdfCodes.BAD_CMS, String.valueOf(e.getMessage()));
        }
        TimeStampTokenInfo info = token.getTimeStampInfo();
        time = info.getGenTime().toInstant();
        byte[] actual = digest(info.getMessageImprintAlgOID().getId(), null, range, src);
        if (actual == null) {
            return done(null, List.of(), false, false);
        }
        X509Certificate cert = certificate(token.getCertificates(), token.getSID());
        if (cert == null) {
            problems.add(SignMessages.error(PdfCodes.NO_CERTIFICATE, field));
            return done(null, List.of(), false, false);
        }
        boolean verifies;
        try {
            verifies = token.isSignatureValid(new JcaSimpleSignerInfoVerifierBuilder().build(cert.getPublicKey()));
        } catch (Exception e) {
            verifies = false;
        }
        checkSigningCertificate(token.getSignedAttributes(), cert, false);
        return done(
                cert,
                otherCertificates(token.getCertificates(), cert),
                verifies,
                MessageDigest.isEqual(info.getMessageImprintDigest(), actual));
    }

    /**
     * The signature timestamp (PAdES B-T), if the signer info carries one: the token's imprint must be the digest of
     * this signature's value, its own signature must verify with a time-stamping certificate (extended key usage
     * timeStamping, valid at the token's time) and that certificate must pass the trust policy. A valid token proves
     * the signature existed at its time, so the signer's certificate is checked then.
     */
    private void signatureTimestamp(SignerInformation si) {
        AttributeTable unsigned = si.getUnsignedAttributes();
        Attribute a = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (a == null) {
            return;
        }
        if (a.getAttrValues().size() != 1
                || unsigned.getAll(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                                .size()
                        != 1) {
            problems.add(SignMessages.error(PdfCodes.TIMESTAMP_INVALID, field, "more than one timestamp token"));
            return;
        }
        TimeStampToken token;
        try {
            token = new TimeStampToken(org.bouncycastle.asn1.cms.ContentInfo.getInstance(
                    a.getAttrValues().getObjectAt(0)));
        } catch (Exception e) {
            problems.add(SignMessages.error(
                    PdfCodes.TIMESTAMP_INVALID, field, "not a readable RFC 3161 token: " + e.getMessage()));
            return;
        }
        TimeStampTokenInfo info = token.getTimeStampInfo();
        Instant at = info.getGenTime().toInstant();
        String alg = DIGESTS.get(info.getMessageImprintAlgOID().getId());
        X509Certificate tsa = certificate(token.getCertificates(), token.getSID());
        String bad = null;
        if (alg == null) {
            bad = "message imprint algorithm " + info.getMessageImprintAlgOID().getId() + " is not supported";
        } else if ("SHA-1".equals(alg) && !policy.allowsLegacySha1()) {
            bad = "the message imprint uses SHA-1";
        } else {
            try {
                byte[] imprint = MessageDigest.getInstance(alg).digest(si.getSignature());
                if (!MessageDigest.isEqual(imprint, info.getMessageImprintDigest())) {
                    bad = "the token's message imprint is not the digest of this signature's value";
                }
            } catch (GeneralSecurityException e) {
                bad = "message imprint algorithm " + alg + " is not available";
            }
        }
        if (bad == null && tsa == null) {
            bad = "the token does not carry the time-stamping authority's certificate";
        }
        if (bad == null) {
            try {
                // checks the token's signature, the ESS certificate binding, the authority certificate's extended key
                // usage (timeStamping, critical) and its validity at the token's time
                token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            } catch (Exception e) {
                bad = "the token does not verify: " + e.getMessage();
            }
        }
        boolean trusted = false;
        if (bad == null) {
            CertificateCheck cc = policy.checkTimestampAuthority(tsa, otherCertificates(token.getCertificates(), tsa));
            trusted = cc.isTrusted();
            if (!trusted) {
                bad = "the time-stamping authority is not trusted: "
                        + cc.problems().stream()
                                .filter(Finding::isError)
                                .map(p -> p.code() + " " + p.messageEn())
                                .reduce((x, y) -> x + "; " + y)
                                .orElse("");
            }
        }
        boolean valid = bad == null;
        if (!valid) {
            problems.add(SignMessages.error(PdfCodes.TIMESTAMP_INVALID, field, bad));
        } else {
            certificateTime = at;
            if (time != null && at.isBefore(time.minusSeconds(300))) {
                problems.add(
                        SignMessages.warning(PdfCodes.TIMESTAMP_BEFORE_SIGNING, field, at.toString(), time.toString()));
            }
        }
        signatureTimestamp =
                new PdfTimestamp(at, Optional.ofNullable(tsa).map(SignerIdentity::of), Optional.ofNullable(alg), valid);
    }

    /** The digest of the signed bytes, or {@code null} (with a problem) when the algorithm is not supported. */
    private byte[] digest(String digestOid, String signatureOid, ByteRange range, PdfSource src) throws IOException {
        digestName = DIGESTS.get(digestOid);
        if (digestName == null) {
            problems.add(SignMessages.error(PdfCodes.UNSUPPORTED, field, "digest algorithm " + digestOid));
            return null;
        }
        if ("SHA-1".equals(digestName) || signatureOid != null && SHA1_SIGNATURES.contains(signatureOid)) {
            problems.add(
                    policy.allowsLegacySha1()
                            ? SignMessages.warning(PdfCodes.SHA1_TOLERATED, field)
                            : SignMessages.error(PdfCodes.SHA1_REJECTED, field));
        }
        try {
            return range.digest(src, MessageDigest.getInstance(digestName));
        } catch (GeneralSecurityException e) {
            problems.add(SignMessages.error(PdfCodes.UNSUPPORTED, field, digestName));
            return null;
        }
    }

    /** Whether the signature value verifies, given the digest BouncyCastle should take as the content's. */
    private static boolean verifies(byte[] cms, String digestOid, byte[] digest, X509Certificate cert) {
        try {
            return verifies(cms, digestOid, digest, cert, new JcaSimpleSignerInfoVerifierBuilder());
        } catch (Exception e) {
            // the JDK lacks some algorithms under BouncyCastle's names (RSA-PSS): a private instance, never registered
            try {
                return verifies(
                        cms,
                        digestOid,
                        digest,
                        cert,
                        new JcaSimpleSignerInfoVerifierBuilder().setProvider(new BouncyCastleProvider()));
            } catch (Exception again) {
                return false;
            }
        }
    }

    private static boolean verifies(
            byte[] cms,
            String digestOid,
            byte[] digest,
            X509Certificate cert,
            JcaSimpleSignerInfoVerifierBuilder builder)
            throws Exception {
        CMSSignedData withDigest = new CMSSignedData(Map.of(new ASN1ObjectIdentifier(digestOid), digest), cms);
        SignerInformation si =
                withDigest.getSignerInfos().getSigners().iterator().next();
        // built from the key, not the certificate: validity in time is the trust policy's question, not this one
        return si.verify(builder.build(cert.getPublicKey()));
    }

    /** The ESS signing-certificate(-v2) attribute binds the certificate; a mismatch means it may have been swapped. */
    private void checkSigningCertificate(AttributeTable signed, X509Certificate cert, boolean pades) {
        Attribute v2 = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        Attribute v1 = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
        try {
            boolean ok;
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(
                                v2.getAttrValues().getObjectAt(0))
                        .getCerts()[0];
                String alg = DIGESTS.get(id.getHashAlgorithm().getAlgorithm().getId());
                ok = alg != null
                        && MessageDigest.isEqual(
                                id.getCertHash(), MessageDigest.getInstance(alg).digest(cert.getEncoded()))
                        && (id.getIssuerSerial() == null
                                || id.getIssuerSerial().getSerial().getValue().equals(cert.getSerialNumber()));
            } else if (v1 != null) {
                ESSCertID id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0))
                        .getCerts()[0];
                ok = MessageDigest.isEqual(
                        id.getCertHash(), MessageDigest.getInstance("SHA-1").digest(cert.getEncoded()));
            } else {
                if (pades) {
                    problems.add(SignMessages.warning(PdfCodes.ESS_MISSING, field));
                }
                return;
            }
            if (!ok) {
                problems.add(SignMessages.error(PdfCodes.ESS_MISMATCH, field));
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            problems.add(SignMessages.error(PdfCodes.ESS_MISMATCH, field));
        }
    }

    @SuppressWarnings("unchecked") // BouncyCastle's Store.getMatches takes a raw Selector
    private static X509Certificate certificate(Store<X509CertificateHolder> store, SignerId sid) {
        try {
            Collection<X509CertificateHolder> found = store.getMatches(sid);
            return found.isEmpty()
                    ? null
                    : new JcaX509CertificateConverter()
                            .getCertificate(found.iterator().next());
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    private static List<X509Certificate> otherCertificates(Store<X509CertificateHolder> store, X509Certificate signer) {
        List<X509Certificate> out = new ArrayList<>();
        JcaX509CertificateConverter conv = new JcaX509CertificateConverter();
        for (X509CertificateHolder h : store.getMatches(null)) {
            try {
                X509Certificate c = conv.getCertificate(h);
                if (!c.equals(signer)) {
                    out.add(c);
                }
            } catch (GeneralSecurityException e) {
                // a certificate that cannot be decoded cannot help build a path; the path check reports the gap
            }
        }
        return out;
    }

    private Result fail(String code, String detail) {
        problems.add(SignMessages.error(code, field, detail));
        return done(null, List.of(), false, false);
    }

    private Result done(X509Certificate cert, List<X509Certificate> others, boolean verifies, boolean matches) {
        if (cert == null) {
            return new Result(
                    Optional.empty(),
                    others,
                    Optional.ofNullable(time),
                    Optional.ofNullable(digestName),
                    false,
                    false,
                    false,
                    problems,
                    Optional.ofNullable(signatureTimestamp));
        }
        if (!verifies) {
            problems.add(SignMessages.error(PdfCodes.VALUE_FAILS, field));
        }
        if (!matches) {
            problems.add(SignMessages.error(PdfCodes.DIGEST_MISMATCH, field));
        }
        CertificateCheck cc = timestamp
                ? policy.checkTimestampAuthority(cert, others)
                : certificateTime != null ? policy.check(cert, others, certificateTime) : policy.check(cert, others);
        problems.addAll(cc.problems());
        List<X509Certificate> chain = new ArrayList<>(cc.path());
        if (chain.size() == 1) {
            chain.addAll(others);
        }
        return new Result(
                Optional.of(SignerIdentity.of(cert)),
                chain,
                Optional.ofNullable(time),
                Optional.ofNullable(digestName),
                verifies,
                matches,
                cc.isTrusted(),
                problems,
                Optional.ofNullable(signatureTimestamp));
    }
}
