package dev.edxml.sign;

import dev.edxml.sign.internal.SignMessages;
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
import java.util.function.Function;

/** Binds a verified signer to the package's sender ({@link SenderBinding}); see there for what counts as evidence. */
final class SenderBinder {
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Abbreviations in agency names, as written in certificates and packages, with what they stand for. */
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "ubnd",
            "uy ban nhan dan",
            "hdnd",
            "hoi dong nhan dan",
            "tp",
            "thanh pho",
            "tw",
            "trung uong",
            "vp",
            "van phong",
            "cp",
            "chinh phu",
            "bhxh",
            "bao hiem xa hoi",
            "ct",
            "cong ty",
            "tnhh",
            "trach nhiem huu han");

    private SenderBinder() {}

    static SenderBinding bind(
            X509Certificate signer,
            Optional<String> organId,
            Optional<String> organName,
            Optional<AgencyDirectory> directory) {
        SignerIdentity id = SignerIdentity.of(signer);
        String sha256 = fingerprint(signer);
        Optional<String> keyId = subjectKeyId(signer);
        if (directory.isPresent()) {
            AgencyDirectory dir = directory.get();
            Optional<AgencyDirectory.Entry> registered = dir.findSigner(sha256, keyId);
            Optional<AgencyDirectory.Entry> entry = organId.flatMap(dir::find);
            if (registered.isPresent()
                    && (entry.isEmpty()
                            || !registered.get().organId().equals(entry.get().organId()))) {
                return evidence(
                        SenderBinding.Status.MISMATCH,
                        organId,
                        l -> t(
                                l,
                                "binding.directory-lists",
                                registered.get().organId()
                                        + registered
                                                .get()
                                                .name()
                                                .map(n -> " (" + n + ")")
                                                .orElse("")));
            }
            if (entry.isPresent()) {
                AgencyDirectory.Entry e = entry.get();
                if (registered.isPresent()) {
                    return evidence(
                            SenderBinding.Status.MATCH, organId, l -> t(l, "binding.directory-lists", e.organId()));
                }
                if (!e.certificates().isEmpty() || !e.keyIds().isEmpty()) {
                    return evidence(
                            SenderBinding.Status.MISMATCH,
                            organId,
                            l -> t(l, "binding.directory-other", e.organId(), sha256));
                }
                if (e.taxCode().isPresent() && !id.taxCodes().isEmpty()) {
                    String tax = e.taxCode().get();
                    boolean same = id.taxCodes().stream().anyMatch(t -> sameTaxCode(t, tax));
                    return evidence(
                            same ? SenderBinding.Status.MATCH : SenderBinding.Status.MISMATCH,
                            organId,
                            l -> t(l, "binding.tax-code", String.join(", ", id.taxCodes()), tax));
                }
                // the directory's word is final: the package's own OrganName, which its sender chose, never decides
                if (e.name().isPresent()) {
                    return byName(id, organId, e.name().get(), l -> t(l, "binding.source-directory"));
                }
                return evidence(
                        SenderBinding.Status.NO_EVIDENCE, organId, l -> t(l, "binding.entry-empty", e.organId()));
            }
            // an agency code the directory does not know is bound to nothing, whatever the names say
            return evidence(SenderBinding.Status.NO_EVIDENCE, organId, l -> organId.map(
                            o -> t(l, "binding.not-in-directory", o))
                    .orElse(t(l, "binding.no-organ-id")));
        }
        if (organName.isEmpty()) {
            return evidence(SenderBinding.Status.NO_EVIDENCE, organId, l -> t(l, "binding.no-organ-name"));
        }
        return byName(id, organId, organName.get(), null);
    }

    /**
     * The certificate's organisation (O), or an organisation certificate's common name, against a name: the same after
     * normalisation is a match; O naming something else is a mismatch; partial agreement or no O is no evidence.
     */
    private static SenderBinding byName(
            SignerIdentity id, Optional<String> organId, String name, Function<Locale, String> directorySource) {
        // null: the package's own From/OrganName (the same words in both languages)
        Function<Locale, String> source = directorySource != null ? directorySource : l -> "From/OrganName";
        String want = normalize(name);
        // the common name only for an organisation's certificate (a tax code, no personal id): a person's name is
        // not an agency's, even if a package chose it as its OrganName
        Optional<String> cn =
                id.taxCodes().isEmpty() || !id.personalIds().isEmpty() ? Optional.empty() : id.commonName();
        for (Optional<String> candidate : List.of(id.organization(), cn)) {
            if (candidate.isPresent() && normalize(candidate.get()).equals(want)) {
                return evidence(
                        SenderBinding.Status.MATCH,
                        organId,
                        l -> t(l, "binding.names-match", candidate.get(), source.apply(l), name)
                                + (directorySource == null ? t(l, "binding.names-only") : ""));
            }
        }
        if (id.organization().isEmpty()) {
            return evidence(
                    SenderBinding.Status.NO_EVIDENCE,
                    organId,
                    l -> t(l, "binding.no-organisation", source.apply(l), name));
        }
        String org = normalize(id.organization().get());
        if (!org.isEmpty() && !want.isEmpty() && (want.contains(org) || org.contains(want))) {
            return evidence(
                    SenderBinding.Status.NO_EVIDENCE,
                    organId,
                    l -> t(l, "binding.partly", id.organization().get(), source.apply(l), name));
        }
        return evidence(
                SenderBinding.Status.MISMATCH,
                organId,
                l -> t(l, "binding.mismatch", id.organization().get(), source.apply(l), name));
    }

    /** A binding whose evidence is written in both languages. */
    static SenderBinding evidence(
            SenderBinding.Status status, Optional<String> organId, Function<Locale, String> text) {
        return new SenderBinding(status, organId, text.apply(VI), text.apply(Locale.ENGLISH));
    }

    private static String t(Locale locale, String key, String... args) {
        return SignMessages.text(key, List.of(args), locale);
    }

    /** Diacritics once decomposed, and runs of what is neither letter nor digit (compiled once: issue 19). */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private static final java.util.regex.Pattern NON_ALPHANUMERIC = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * A name reduced to what identifies it: tone marks and other diacritics removed (so "Uỷ" and "Ủy", "Hoà" and
     * "Hòa" agree), đ as d, lower case, punctuation as spaces, common abbreviations expanded, spaces collapsed.
     */
    static String normalize(String s) {
        String n = NON_ALPHANUMERIC
                .matcher(MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD))
                        .replaceAll("")
                        .replace('đ', 'd')
                        .replace('Đ', 'D')
                        .toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
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
            byte[] inner =
                    org.bouncycastle.asn1.ASN1OctetString.getInstance(ext).getOctets();
            return Optional.of(HexFormat.of()
                    .formatHex(org.bouncycastle.asn1.x509.SubjectKeyIdentifier.getInstance(inner)
                            .getKeyIdentifier()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
