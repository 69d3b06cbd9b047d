package dev.edxml.sign;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Binds a verified signer to the package's sender ({@link SenderBinding}); see there for what counts as evidence. */
final class SenderBinder {
    /** Abbreviations in agency names, as written in certificates and packages, with what they stand for. */
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "ubnd", "uy ban nhan dan", "hdnd", "hoi dong nhan dan", "tp", "thanh pho", "tw", "trung uong",
            "vp", "van phong", "cp", "chinh phu", "bhxh", "bao hiem xa hoi", "ct", "cong ty", "tnhh",
            "trach nhiem huu han");

    private SenderBinder() {
    }

    static SenderBinding bind(X509Certificate signer, Optional<String> organId, Optional<String> organName,
                              Optional<AgencyDirectory> directory) {
        SignerIdentity id = SignerIdentity.of(signer);
        String sha256 = fingerprint(signer);
        Optional<String> keyId = subjectKeyId(signer);
        if (directory.isPresent()) {
            AgencyDirectory dir = directory.get();
            Optional<AgencyDirectory.Entry> registered = dir.findSigner(sha256, keyId);
            Optional<AgencyDirectory.Entry> entry = organId.flatMap(dir::find);
            if (registered.isPresent() && (entry.isEmpty() || !registered.get().organId().equals(entry.get().organId()))) {
                return new SenderBinding(SenderBinding.Status.MISMATCH, organId, "the directory lists this certificate"
                        + " for " + registered.get().organId() + registered.get().name().map(n -> " (" + n + ")")
                        .orElse(""));
            }
            if (entry.isPresent()) {
                AgencyDirectory.Entry e = entry.get();
                if (registered.isPresent()) {
                    return new SenderBinding(SenderBinding.Status.MATCH, organId, "the directory lists this certificate"
                            + " for " + e.organId());
                }
                if (!e.certificates().isEmpty() || !e.keyIds().isEmpty()) {
                    return new SenderBinding(SenderBinding.Status.MISMATCH, organId, "the directory lists other"
                            + " certificates for " + e.organId() + ", not this one (SHA-256 " + sha256 + ")");
                }
                if (e.taxCode().isPresent() && !id.taxCodes().isEmpty()) {
                    String tax = e.taxCode().get();
                    boolean same = id.taxCodes().stream().anyMatch(t -> sameTaxCode(t, tax));
                    return new SenderBinding(same ? SenderBinding.Status.MATCH : SenderBinding.Status.MISMATCH, organId,
                            "tax code in the certificate " + String.join(", ", id.taxCodes()) + ", in the directory "
                                    + tax);
                }
                // the directory's word is final: the package's own OrganName, which its sender chose, never decides
                if (e.name().isPresent()) {
                    return byName(id, organId, e.name().get(), "the directory's name");
                }
                return new SenderBinding(SenderBinding.Status.NO_EVIDENCE, organId, "the directory's entry for "
                        + e.organId() + " lists no certificate, key, tax code or name");
            }
            // an agency code the directory does not know is bound to nothing, whatever the names say
            return new SenderBinding(SenderBinding.Status.NO_EVIDENCE, organId, organId.map(o -> o
                    + " is not in the directory").orElse("the package names no sending agency (From/OrganId)"));
        }
        if (organName.isEmpty()) {
            return new SenderBinding(SenderBinding.Status.NO_EVIDENCE, organId, "the package names no sending"
                    + " organisation (From/OrganName)");
        }
        return byName(id, organId, organName.get(), "From/OrganName");
    }

    /**
     * The certificate's organisation (O), or an organisation certificate's common name, against a name: the same after
     * normalisation is a match; O naming something else is a mismatch; partial agreement or no O is no evidence.
     */
    private static SenderBinding byName(SignerIdentity id, Optional<String> organId, String name, String source) {
        String want = normalize(name);
        // the common name only for an organisation's certificate (a tax code, no personal id): a person's name is
        // not an agency's, even if a package chose it as its OrganName
        Optional<String> cn = id.taxCodes().isEmpty() || !id.personalIds().isEmpty() ? Optional.empty()
                : id.commonName();
        for (Optional<String> candidate : List.of(id.organization(), cn)) {
            if (candidate.isPresent() && normalize(candidate.get()).equals(want)) {
                return new SenderBinding(SenderBinding.Status.MATCH, organId, "the certificate names \""
                        + candidate.get() + "\", " + source + " \"" + name + "\""
                        + (source.startsWith("From") ? " (names only: the agency code is bound by a directory)" : ""));
            }
        }
        if (id.organization().isEmpty()) {
            return new SenderBinding(SenderBinding.Status.NO_EVIDENCE, organId, "the certificate names no organisation"
                    + " (O) to compare with " + source + " \"" + name + "\"");
        }
        String org = normalize(id.organization().get());
        if (!org.isEmpty() && !want.isEmpty() && (want.contains(org) || org.contains(want))) {
            return new SenderBinding(SenderBinding.Status.NO_EVIDENCE, organId, "the certificate's organisation \""
                    + id.organization().get() + "\" and " + source + " \"" + name + "\" only partly agree");
        }
        return new SenderBinding(SenderBinding.Status.MISMATCH, organId, "the certificate's organisation is \""
                + id.organization().get() + "\", " + source + " is \"" + name + "\"");
    }

    /** Diacritics once decomposed, and runs of what is neither letter nor digit (compiled once: issue 19). */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NON_ALPHANUMERIC = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * A name reduced to what identifies it: tone marks and other diacritics removed (so "Uỷ" and "Ủy", "Hoà" and
     * "Hòa" agree), đ as d, lower case, punctuation as spaces, common abbreviations expanded, spaces collapsed.
     */
    static String normalize(String s) {
        String n = NON_ALPHANUMERIC.matcher(MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder();
        for (String w : n.split(" ", -1)) {
            if (!w.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(ABBREVIATIONS.getOrDefault(w, w));
            }
        }
        return out.toString();
    }

    private static boolean sameTaxCode(String a, String b) {
        return a.replace("-", "").equals(b.replace("-", "").strip());
    }

    static String fingerprint(X509Certificate c) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a parsed certificate", e);
        }
    }

    private static Optional<String> subjectKeyId(X509Certificate c) {
        byte[] ext = c.getExtensionValue("2.5.29.14");
        if (ext == null) {
            return Optional.empty();
        }
        try {
            byte[] inner = org.bouncycastle.asn1.ASN1OctetString.getInstance(ext).getOctets();
            return Optional.of(HexFormat.of().formatHex(
                    org.bouncycastle.asn1.x509.SubjectKeyIdentifier.getInstance(inner).getKeyIdentifier()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
