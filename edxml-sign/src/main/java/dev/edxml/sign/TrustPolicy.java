package dev.edxml.sign;

import dev.edxml.sign.internal.SignerCertificates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.CertPath;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whom to trust and how strictly: trust anchors (chứng thư số gốc tin cậy), the time to check certificates at,
 * revocation data, and whether legacy SHA-1 is tolerated. Immutable; build one with {@link #builder()}.
 *
 * <p>Offline by default: revocation is checked against the CRLs and OCSP responses given here, and the network is
 * used only after {@link Builder#allowNetworkRevocationChecks()}.
 */
public final class TrustPolicy {
    private final Set<TrustAnchor> anchors;
    private final Clock clock;
    private final Instant at;
    private final boolean allowSha1;
    private final List<X509CRL> crls;
    private final Map<X509Certificate, byte[]> ocspResponses;
    private final boolean requireRevocation;
    private final boolean network;
    /** Binds signers to senders (agency codes); empty: by the names the certificate and the package state. */
    private final Optional<AgencyDirectory> directory;
    private final boolean requireSenderMatch;

    private TrustPolicy(Builder b) {
        this.anchors = Set.copyOf(b.anchors);
        this.clock = b.clock;
        this.at = b.at;
        this.allowSha1 = b.allowSha1;
        this.crls = List.copyOf(b.crls);
        this.ocspResponses = Map.copyOf(b.ocsp);
        this.requireRevocation = b.requireRevocation;
        this.network = b.network;
        this.directory = Optional.ofNullable(b.directory);
        this.requireSenderMatch = b.requireSenderMatch;
    }

    /** The agency directory that binds signers to senders, if one was given. */
    public Optional<AgencyDirectory> agencyDirectory() {
        return directory;
    }

    /** Whether a signer not shown to be the sender (MISMATCH or NO_EVIDENCE) makes the signature invalid. */
    public boolean requiresSenderMatch() {
        return requireSenderMatch;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The time certificates are checked at: the fixed time given, or now. */
    public Instant checkTime() {
        return at != null ? at : clock.instant();
    }

    /** Whether SHA-1 signatures are tolerated (with a warning). */
    public boolean allowsLegacySha1() {
        return allowSha1;
    }

    /** The trust anchors' certificates. */
    public List<X509Certificate> anchors() {
        return anchors.stream().map(TrustAnchor::getTrustedCert).toList();
    }

    /**
     * Checks a signer's certificate: a path to a trust anchor (using {@code others} as intermediates), validity at
     * {@link #checkTime()}, key usage for signing ({@code EDXML-SIG-016}), a key of at least RSA-2048 or P-256
     * ({@code EDXML-SIG-024}), an extended key usage, if any, not only for other purposes such as serverAuth or
     * timeStamping ({@code EDXML-SIG-025}), and revocation as far as the policy allows.
     */
    public CertificateCheck check(X509Certificate signer, Collection<X509Certificate> others) {
        return check(signer, others, true, checkTime());
    }

    /**
     * As {@link #check}, at another time: the time a signature timestamp proves, or the signing time a signature
     * claims (to tell an expired certificate from one that was never valid).
     */
    CertificateCheck checkAt(X509Certificate signer, Collection<X509Certificate> others, Instant when) {
        return check(signer, others, true, when);
    }

    /** As {@link #checkTimestampAuthority}, at the time the timestamp states. */
    CertificateCheck checkTimestampAuthorityAt(X509Certificate tsa, Collection<X509Certificate> others, Instant when) {
        return check(tsa, others, false, when);
    }

    /**
     * Checks the certificate of a time-stamping authority (the signer of a PDF document timestamp): as
     * {@link #check}, except that its extended key usage is timeStamping, as RFC 3161 wants, and not a signer's.
     */
    public CertificateCheck checkTimestampAuthority(X509Certificate tsa, Collection<X509Certificate> others) {
        return check(tsa, others, false, checkTime());
    }

    /**
     * Like {@link #check(X509Certificate, Collection)}, at a given time instead of {@link #checkTime()}: the time a
     * trusted timestamp proves the signature existed at (used by the PDF inspection, another package).
     */
    public CertificateCheck check(X509Certificate signer, Collection<X509Certificate> others, Instant when) {
        return checkAt(signer, others, java.util.Objects.requireNonNull(when, "when"));
    }

    private CertificateCheck check(X509Certificate signer, Collection<X509Certificate> others, boolean documents,
                                   Instant when) {
        List<SignatureProblem> problems = new ArrayList<>();
        List<X509Certificate> path = new ArrayList<>(List.of(signer));
        if (!SignerCertificates.keyUsageAllowsSigning(signer)) {
            problems.add(SignatureProblem.error("EDXML-SIG-016"));
        }
        SignerCertificates.weakKey(signer).ifPresent(k ->
                problems.add(SignatureProblem.error("EDXML-SIG-024", subject(signer), k)));
        if (documents) {
            SignerCertificates.purposesNotForSigning(signer).ifPresent(p ->
                    problems.add(SignatureProblem.error("EDXML-SIG-025", subject(signer), p)));
        }
        if (anchors.isEmpty()) {
            problems.add(SignatureProblem.error("EDXML-SIG-014", subject(signer)));
            return new CertificateCheck(path, problems);
        }
        boolean haveRevocationData = !crls.isEmpty() || !ocspResponses.isEmpty();
        if (!haveRevocationData && !network) {
            problems.add(requireRevocation ? SignatureProblem.error("EDXML-SIG-018", subject(signer))
                    : SignatureProblem.info("EDXML-SIG-020"));
        }
        try {
            PKIXCertPathBuilderResult r = build(signer, others, when);
            path.clear();
            for (Certificate c : r.getCertPath().getCertificates()) {
                path.add((X509Certificate) c);
            }
            path.add(r.getTrustAnchor().getTrustedCert());
            if (haveRevocationData || network) {
                checkRevocation(r.getCertPath(), signer, when, problems);
            }
        } catch (CertPathBuilderException e) {
            problems.add(classify(e, signer, others, when));
        } catch (GeneralSecurityException e) {
            problems.add(SignatureProblem.error("EDXML-SIG-014", subject(signer) + " (" + e.getMessage() + ")"));
        }
        return new CertificateCheck(path, problems);
    }

    private PKIXCertPathBuilderResult build(X509Certificate signer, Collection<X509Certificate> others,
                                            Instant when) throws GeneralSecurityException {
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(signer);
        PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
        params.setDate(Date.from(when));
        List<Object> store = new ArrayList<>(others);
        store.add(signer);
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
        params.setRevocationEnabled(false);
        return (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
    }

    /**
     * Revocation is checked on the path found, with a validator: a builder reports every failure as "no path",
     * while the validator says whether a certificate is revoked or its status unknown.
     */
    private void checkRevocation(CertPath path, X509Certificate signer, Instant when, List<SignatureProblem> problems)
            throws GeneralSecurityException {
        CertPathValidator validator = CertPathValidator.getInstance("PKIX");
        PKIXParameters params = new PKIXParameters(anchors);
        params.setDate(Date.from(when));
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
        params.setRevocationEnabled(false);
        PKIXRevocationChecker rc = (PKIXRevocationChecker) validator.getRevocationChecker();
        Set<PKIXRevocationChecker.Option> opts = EnumSet.noneOf(PKIXRevocationChecker.Option.class);
        if (!network) {
            // offline: the given OCSP responses, then the given CRLs; no responder is contacted
            opts.add(PKIXRevocationChecker.Option.NO_FALLBACK);
            if (ocspResponses.isEmpty()) {
                opts.add(PKIXRevocationChecker.Option.PREFER_CRLS);
            }
        }
        rc.setOptions(opts);
        rc.setOcspResponses(ocspResponses);
        params.addCertPathChecker(rc);
        try {
            validator.validate(path, params);
        } catch (CertPathValidatorException e) {
            if (e.getReason() == CertPathValidatorException.BasicReason.REVOKED) {
                problems.add(SignatureProblem.error("EDXML-SIG-017", subject(signer)));
            } else if (requireRevocation) {
                problems.add(SignatureProblem.error("EDXML-SIG-018", subject(signer)));
            } else {
                problems.add(SignatureProblem.warning("EDXML-SIG-018", subject(signer)));
            }
        }
    }

    private SignatureProblem classify(CertPathBuilderException e, X509Certificate signer,
                                      Collection<X509Certificate> others, Instant when) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof CertPathValidatorException) {
                CertPathValidatorException.Reason reason = ((CertPathValidatorException) t).getReason();
                if (reason == CertPathValidatorException.BasicReason.REVOKED) {
                    return SignatureProblem.error("EDXML-SIG-017", subject(signer));
                }
                if (reason == CertPathValidatorException.BasicReason.UNDETERMINED_REVOCATION_STATUS) {
                    return SignatureProblem.error("EDXML-SIG-018", subject(signer));
                }
                if (reason == CertPathValidatorException.BasicReason.EXPIRED
                        || reason == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                    return SignatureProblem.error("EDXML-SIG-015", subject(signer), when.toString());
                }
            }
            t = t.getCause();
        }
        // the builder reports an expired certificate as "no path": say what really happened
        for (X509Certificate c : Stream.concat(Stream.of(signer), others.stream()).toList()) {
            try {
                c.checkValidity(Date.from(when));
            } catch (CertificateException ex) {
                return SignatureProblem.error("EDXML-SIG-015", subject(c), when.toString());
            }
        }
        return SignatureProblem.error("EDXML-SIG-014", subject(signer));
    }

    private static String subject(X509Certificate c) {
        return c.getSubjectX500Principal().getName();
    }

    @Override
    public String toString() {
        return "TrustPolicy[" + anchors.size() + " trust anchors, at " + (at != null ? at : "now")
                + (crls.isEmpty() ? "" : ", " + crls.size() + " CRLs")
                + (ocspResponses.isEmpty() ? "" : ", " + ocspResponses.size() + " OCSP responses")
                + (requireRevocation ? ", revocation required" : "")
                + (network ? ", NETWORK revocation checks" : ", offline")
                + (allowSha1 ? ", INSECURE legacy SHA-1 allowed" : "")
                + directory.map(d -> ", " + d).orElse("") + (requireSenderMatch ? ", sender match required" : "") + "]";
    }

    /** The outcome of checking a certificate: the path found (signer first, anchor last) and the problems. */
    public record CertificateCheck(List<X509Certificate> path, List<SignatureProblem> problems) {
        public CertificateCheck {
            path = List.copyOf(path);
            problems = List.copyOf(problems);
        }

        public boolean isTrusted() {
            return problems.stream().noneMatch(SignatureProblem::isError);
        }
    }

    /** Builds a {@link TrustPolicy}. */
    public static final class Builder {
        private final Set<TrustAnchor> anchors = new LinkedHashSet<>();
        private Clock clock = Clock.systemUTC();
        private Instant at;
        private boolean allowSha1;
        private final List<X509CRL> crls = new ArrayList<>();
        private final Map<X509Certificate, byte[]> ocsp = new HashMap<>();
        private boolean requireRevocation;
        private boolean network;
        private AgencyDirectory directory;
        private boolean requireSenderMatch;

        private Builder() {
        }

        public Builder trustAnchor(X509Certificate cert) {
            anchors.add(new TrustAnchor(Objects.requireNonNull(cert, "cert"), null));
            return this;
        }

        /** Trust anchors from a PEM or DER file, or from every {@code .pem}, {@code .crt}, {@code .cer}, {@code .der} file of a folder. */
        public Builder trustAnchors(Path fileOrDir) throws IOException, CertificateException {
            for (X509Certificate c : readCertificates(fileOrDir)) {
                trustAnchor(c);
            }
            return this;
        }

        /** Every trusted certificate entry of a key store. */
        public Builder trustStore(KeyStore store) throws KeyStoreException {
            for (String a : Collections.list(store.aliases())) {
                if (store.isCertificateEntry(a)) {
                    trustAnchor((X509Certificate) store.getCertificate(a));
                }
            }
            return this;
        }

        /** Check certificates at this time instead of now (e.g. the time a package was received). */
        public Builder at(Instant time) {
            at = Objects.requireNonNull(time, "time");
            return this;
        }

        /** The clock "now" is read from. */
        public Builder clock(Clock c) {
            clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** CRLs to check revocation against, offline. */
        public Builder crls(Collection<X509CRL> list) {
            crls.addAll(list);
            return this;
        }

        /** CRL files (PEM or DER). */
        public Builder crlFiles(Path... files) throws IOException, GeneralSecurityException {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    for (java.security.cert.CRL c : cf.generateCRLs(in)) {
                        crls.add((X509CRL) c);
                    }
                }
            }
            return this;
        }

        /** Pre-fetched DER OCSP responses for certificates. */
        public Builder ocspResponse(X509Certificate cert, byte[] response) {
            ocsp.put(cert, response.clone());
            return this;
        }

        /** A certificate whose revocation status cannot be determined is an error (by default it is not checked, or soft-fails). */
        public Builder requireRevocationCheck() {
            requireRevocation = true;
            return this;
        }

        /** Allow contacting OCSP responders named in certificates. Off by default: verification makes no network call. */
        public Builder allowNetworkRevocationChecks() {
            network = true;
            return this;
        }

        /**
         * The agency directory that binds signers to senders (agency codes to certificates, tax codes, names); without
         * one, the certificate's organisation name is compared with {@code From/OrganName}.
         */
        public Builder agencyDirectory(AgencyDirectory d) {
            directory = Objects.requireNonNull(d, "directory");
            return this;
        }

        /**
         * Make a signer not shown to be the sender an error: a certificate of another agency ({@code EDXML-SIG-026},
         * a warning otherwise) or no evidence either way ({@code EDXML-SIG-027}, information otherwise).
         */
        public Builder requireSenderMatch() {
            requireSenderMatch = true;
            return this;
        }

        /** Tolerate SHA-1 signatures and digests (old packages), reported as a warning. Insecure; off by default. */
        public Builder allowInsecureLegacySha1() {
            allowSha1 = true;
            return this;
        }

        /** What {@link #build()} would make now, or why it cannot yet (for jshell, logs and debuggers). */
        @Override
        public String toString() {
            try {
                return "TrustPolicy.Builder{" + build() + "}";
            } catch (RuntimeException e) {
                return "TrustPolicy.Builder{not ready: " + e.getMessage() + "}";
            }
        }

        public TrustPolicy build() {
            return new TrustPolicy(this);
        }
    }

    static List<X509Certificate> readCertificates(Path fileOrDir) throws IOException, CertificateException {
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrDir)) {
            try (Stream<Path> s = Files.list(fileOrDir)) {
                s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                        .matches(".*\\.(pem|crt|cer|der)$")).sorted().forEach(files::add);
            }
        } else {
            files.add(fileOrDir);
        }
        List<X509Certificate> out = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                for (Certificate c : cf.generateCertificates(in)) {
                    out.add((X509Certificate) c);
                }
            }
        }
        if (out.isEmpty()) {
            throw new CertificateException("no certificate in " + fileOrDir);
        }
        return out;
    }
}
