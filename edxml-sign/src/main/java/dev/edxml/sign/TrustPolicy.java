package dev.edxml.sign;

import dev.edxml.Finding;
import dev.edxml.sign.internal.CertIds;
import dev.edxml.sign.internal.CertificateCheck;
import dev.edxml.sign.internal.CrlCheck;
import dev.edxml.sign.internal.RevocationFetcher;
import dev.edxml.sign.internal.SignMessages;
import dev.edxml.sign.internal.SignerCertificates;
import dev.edxml.sign.internal.UnderstoodExtensions;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whom to trust and how strictly: trust anchors (chứng thư số gốc tin cậy), the time to check certificates at,
 * revocation data, and whether legacy SHA-1 is tolerated. Immutable; build one with {@link #builder()}.
 *
 * <p>For Vietnam's national PKIs use a shipped {@link TrustProfile}: {@code vn-gov} (Ban Cơ yếu Chính phủ, the
 * government CA that issues the certificates of state bodies and their officials), {@code vn-public} (NEAC, the
 * national root of the public CAs) or both; an agency's own CA can be added as a file.
 *
 * <p>Offline by default: revocation is checked against the CRLs and OCSP responses given here, and the network is
 * used only after {@link Builder#allowNetworkRevocationChecks()}.
 *
 * @since 0.1.0
 */
public final class TrustPolicy {
    /** A CRL larger than this is not fetched (the largest Vietnamese CRLs are a few megabytes). */
    static final long MAX_CRL_BYTES = 32L << 20;
    /** An OCSP response larger than this is not fetched. */
    static final long MAX_OCSP_BYTES = 1L << 20;

    private final Set<TrustAnchor> anchors;
    private final Set<TrustAnchor> tsaAnchors;
    private final List<X509Certificate> intermediates;
    private final Map<X509Certificate, TrustProfile.Entry> shipped;
    private final List<TrustProfile> profiles;
    private final boolean singleSource;
    private final List<byte[]> looseOcsp;
    private final RevocationFetcher fetcher;
    private final Clock clock;
    private final Instant at;
    private final boolean allowSha1;
    private final List<X509CRL> crls;
    private final Map<X509Certificate, byte[]> ocspResponses;
    private final boolean requireRevocation;
    /** Binds signers to senders (agency codes); empty: by the names the certificate and the package state. */
    private final Optional<AgencyDirectory> directory;

    private final boolean requireSenderMatch;
    /** The paths built so far (bounded; see {@link ValidatedPaths}). */
    private final ValidatedPaths paths = new ValidatedPaths();

    private TrustPolicy(Builder b) {
        Set<TrustAnchor> a = new LinkedHashSet<>(b.anchors);
        Set<TrustAnchor> tsa = new LinkedHashSet<>();
        List<X509Certificate> inter = new ArrayList<>(b.intermediates);
        Map<X509Certificate, TrustProfile.Entry> known = new HashMap<>();
        for (TrustProfile p : b.profiles) {
            for (TrustProfile.Entry e : p.entries()) {
                known.put(e.certificate(), e);
                boolean trusted = e.provenance() == TrustProfile.Provenance.CROSS_CHECKED || b.singleSource;
                switch (e.role()) {
                    case ANCHOR -> {
                        if (trusted) {
                            a.add(new TrustAnchor(e.certificate(), null));
                        }
                    }
                    case TSA_ANCHOR -> {
                        if (trusted) {
                            tsa.add(new TrustAnchor(e.certificate(), null));
                        }
                    }
                        // intermediates carry no trust of their own: every path still ends, signature by signature, at
                        // an anchor, so single-source ones are offered too
                    case INTERMEDIATE, TSA -> inter.add(e.certificate());
                }
            }
        }
        this.anchors = Set.copyOf(a);
        tsa.addAll(a);
        this.tsaAnchors = Set.copyOf(tsa);
        this.intermediates = List.copyOf(new LinkedHashSet<>(inter));
        this.shipped = Map.copyOf(known);
        this.profiles = List.copyOf(b.profiles);
        this.singleSource = b.singleSource;
        this.looseOcsp = List.copyOf(b.looseOcsp);
        this.fetcher =
                b.network ? new RevocationFetcher(b.timeout, MAX_CRL_BYTES, MAX_OCSP_BYTES, b.cache, b.clock) : null;
        this.clock = b.clock;
        this.at = b.at;
        this.allowSha1 = b.allowSha1;
        this.crls = List.copyOf(b.crls);
        this.ocspResponses = Map.copyOf(b.ocsp);
        this.requireRevocation = b.requireRevocation;
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

    /** The trust anchors' certificates (for signers; {@link #timestampAnchors()} adds the TSA roots). */
    public List<X509Certificate> anchors() {
        return anchors.stream().map(TrustAnchor::getTrustedCert).toList();
    }

    /** The anchors a time-stamping authority may chain to: the signers' anchors and the profiles' TSA roots. */
    public List<X509Certificate> timestampAnchors() {
        return tsaAnchors.stream().map(TrustAnchor::getTrustedCert).toList();
    }

    /** The certificates offered to path building besides those a signature carries (the profiles' CAs). */
    public List<X509Certificate> intermediates() {
        return intermediates;
    }

    /** The trust profiles this policy was built with. */
    public List<TrustProfile> profiles() {
        return profiles;
    }

    /** Whether revocation data may be fetched from the network (OCSP responders, CRL distribution points). */
    public boolean allowsNetwork() {
        return fetcher != null;
    }

    /**
     * Checks a signer's certificate: a path to a trust anchor (using {@code others} as intermediates), validity at
     * {@link #checkTime()}, key usage for signing ({@code EDXML-SIG-016}), a key of at least RSA-2048 or P-256
     * ({@code EDXML-SIG-024}), an extended key usage, if any, not only for other purposes such as serverAuth or
     * timeStamping ({@code EDXML-SIG-025}), and revocation as far as the policy allows.
     * Not an API: its result type is internal, for this module's own checks (the PDF inspection is another package).
     */
    @SuppressWarnings("exports") // the result is dev.edxml.sign.internal, exported to the project's modules only
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
     * Not an API: its result type is internal, for this module's own checks (the PDF inspection is another package).
     */
    @SuppressWarnings("exports") // the result is dev.edxml.sign.internal, exported to the project's modules only
    public CertificateCheck checkTimestampAuthority(X509Certificate tsa, Collection<X509Certificate> others) {
        return check(tsa, others, false, checkTime());
    }

    /**
     * Like {@link #check(X509Certificate, Collection)}, at a given time instead of {@link #checkTime()}: the time a
     * trusted timestamp proves the signature existed at (used by the PDF inspection, another package).
     * Not an API: its result type is internal, for this module's own checks (the PDF inspection is another package).
     */
    @SuppressWarnings("exports") // the result is dev.edxml.sign.internal, exported to the project's modules only
    public CertificateCheck check(X509Certificate signer, Collection<X509Certificate> others, Instant when) {
        return checkAt(signer, others, java.util.Objects.requireNonNull(when, "when"));
    }

    private CertificateCheck check(
            X509Certificate signer, Collection<X509Certificate> others, boolean documents, Instant when) {
        List<Finding> problems = new ArrayList<>();
        List<X509Certificate> path = new ArrayList<>(List.of(signer));
        if (!SignerCertificates.keyUsageAllowsSigning(signer)) {
            problems.add(SignMessages.error("EDXML-SIG-016"));
        }
        SignerCertificates.weakKey(signer)
                .ifPresent(k -> problems.add(SignMessages.error("EDXML-SIG-024", subject(signer), k)));
        if (documents) {
            SignerCertificates.purposesNotForSigning(signer)
                    .ifPresent(p -> problems.add(SignMessages.error("EDXML-SIG-025", subject(signer), p)));
        } else if (!timeStampingOnly(signer)) {
            // RFC 3161 2.3: a time-stamping authority's certificate has timeStamping as its only extended key usage;
            // without this, any trusted signer could make a "timestamp" that backdates any signature
            problems.add(SignMessages.error("EDXML-SIG-046", subject(signer)));
        }
        Set<TrustAnchor> roots = documents ? anchors : tsaAnchors;
        if (roots.isEmpty()) {
            problems.add(SignMessages.error("EDXML-SIG-014", subject(signer)));
            return new CertificateCheck(path, problems);
        }
        boolean haveRevocationData = !crls.isEmpty() || !ocspResponses.isEmpty() || !looseOcsp.isEmpty();
        if (!haveRevocationData && fetcher == null) {
            problems.add(
                    requireRevocation
                            ? SignMessages.error("EDXML-SIG-018", subject(signer))
                            : SignMessages.info("EDXML-SIG-020"));
        }
        List<X509Certificate> pool = new ArrayList<>(others);
        pool.addAll(intermediates);
        try {
            ValidatedPaths.Key key = new ValidatedPaths.Key(documents, signer, List.copyOf(others));
            ValidatedPaths.Found found = paths.get(key, when);
            if (found == null) {
                found = ValidatedPaths.Found.of(build(signer, pool, when, roots));
                List<X509Certificate> full = new ArrayList<>(found.certificates());
                full.add(found.anchor());
                // the key identifiers depend on the path alone: checked once, when it is built (issue 19)
                found = found.withKeyIdentifiers(keyIdentifiersMatch(full));
                paths.put(key, found);
            }
            path.clear();
            path.addAll(found.certificates());
            X509Certificate anchor = found.anchor();
            path.add(anchor);
            found.keyIdentifiers().ifPresent(problems::add);
            anchorNotes(path, anchor, problems);
            if (haveRevocationData || fetcher != null) {
                checkRevocation(path, when, roots, problems);
            }
        } catch (CertPathBuilderException e) {
            // an expired certificate among the profiles' many CAs says nothing about this signer: only its own count
            problems.add(classify(e, signer, others, when));
        } catch (GeneralSecurityException e) {
            problems.add(SignMessages.error("EDXML-SIG-014", subject(signer) + " (" + e.getMessage() + ")"));
        }
        return new CertificateCheck(path, problems);
    }

    private PKIXCertPathBuilderResult build(
            X509Certificate signer, Collection<X509Certificate> others, Instant when, Set<TrustAnchor> roots)
            throws GeneralSecurityException {
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(signer);
        PKIXBuilderParameters params = new PKIXBuilderParameters(roots, target);
        params.setDate(Date.from(when));
        List<Object> store = new ArrayList<>(others);
        store.add(signer);
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
        params.setRevocationEnabled(false);
        params.addCertPathChecker(new UnderstoodExtensions());
        return (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
    }

    /**
     * Several Vietnamese CAs share a name across renewals (CA2 of 2015 and of 2024, MISA-CA RS…): the builder picks an
     * issuer by name and then checks the signature, so a path it returns is right; this says so again by the key
     * identifiers, and refuses a path where a certificate's authority key identifier names another key than its
     * issuer's subject key identifier.
     */
    private static Optional<Finding> keyIdentifiersMatch(List<X509Certificate> path) {
        for (int i = 0; i + 1 < path.size(); i++) {
            Optional<byte[]> aki = CertIds.authorityKeyId(path.get(i));
            Optional<byte[]> ski = CertIds.subjectKeyId(path.get(i + 1));
            if (aki.isPresent() && ski.isPresent() && !Arrays.equals(aki.get(), ski.get())) {
                return Optional.of(SignMessages.error(
                        "EDXML-SIG-014",
                        subject(path.get(0))
                                + " (authority key identifier of " + subject(path.get(i)) + " is not the key of "
                                + subject(path.get(i + 1)) + ")"));
            }
        }
        return Optional.empty();
    }

    /** A single-source anchor, and CA certificates signed with SHA-1 (VGCA G1, MIC root), leave a warning. */
    private void anchorNotes(List<X509Certificate> path, X509Certificate anchor, List<Finding> problems) {
        TrustProfile.Entry e = shipped.get(anchor);
        if (e != null && e.provenance() == TrustProfile.Provenance.SINGLE_SOURCE) {
            problems.add(SignMessages.warning("EDXML-SIG-040", subject(anchor), e.sha256()));
        }
        // the anchor's own self-signature proves nothing either way; the signatures on the certificates below count
        List<String> sha1 = new ArrayList<>();
        for (X509Certificate c : path.subList(0, path.size() - 1)) {
            if (c.getSigAlgName().toUpperCase(java.util.Locale.ROOT).contains("SHA1")) {
                sha1.add(subject(c));
            }
        }
        if (!sha1.isEmpty()) {
            problems.add(SignMessages.warning("EDXML-SIG-041", String.join("; ", sha1)));
        }
    }

    /**
     * Revocation is checked certificate by certificate (the signer, then each CA below the anchor): with its OCSP
     * response when there is one (read by the JDK's checker), else, or when that says nothing, with the CRLs
     * ({@link CrlCheck}). Nothing here goes to the network by itself: when the policy allows the network, the
     * responses and CRLs are fetched first, bounded and cached, and then checked the same way.
     */
    private void checkRevocation(
            List<X509Certificate> path, Instant when, Set<TrustAnchor> roots, List<Finding> problems)
            throws GeneralSecurityException {
        List<X509CRL> allCrls = new ArrayList<>(crls);
        Map<X509Certificate, byte[]> responses = new HashMap<>(ocspResponses);
        for (int i = 0; i + 1 < path.size(); i++) {
            X509Certificate c = path.get(i);
            X509Certificate issuer = path.get(i + 1);
            if (!responses.containsKey(c)) {
                CertIds.matchingOcsp(looseOcsp, c, issuer).ifPresent(r -> responses.put(c, r));
            }
            if (fetcher != null && !responses.containsKey(c)) {
                RevocationFetcher.Fetched f = fetcher.fetch(c, issuer);
                f.ocsp().ifPresent(r -> responses.put(c, r));
                allCrls.addAll(f.crls());
                if (f.ocsp().isEmpty() && f.crls().isEmpty()) {
                    problems.add(SignMessages.warning("EDXML-SIG-043", subject(c), String.join("; ", f.failures())));
                }
            }
        }
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        for (int i = 0; i + 1 < path.size(); i++) {
            X509Certificate c = path.get(i);
            CrlCheck.Status status = CrlCheck.Status.UNKNOWN;
            String source = "CRL";
            if (responses.containsKey(c)) {
                source = "OCSP";
                status = ocspStatus(
                        cf.generateCertPath(path.subList(i, path.size() - 1)), c, responses.get(c), when, roots);
            }
            if (status == CrlCheck.Status.UNKNOWN) {
                source = "CRL";
                status = CrlCheck.check(c, path.get(i + 1), allCrls, when);
            }
            switch (status) {
                case GOOD -> problems.add(SignMessages.info("EDXML-SIG-042", subject(c), source));
                case REVOKED -> problems.add(SignMessages.error("EDXML-SIG-017", subject(c)));
                case UNKNOWN -> problems.add(
                        requireRevocation
                                ? SignMessages.error("EDXML-SIG-018", subject(c))
                                : SignMessages.warning("EDXML-SIG-018", subject(c)));
            }
        }
    }

    /**
     * The status an OCSP response gives the first certificate of {@code path}, as the JDK's checker reads it (signed by
     * the issuer or its delegated responder, current at {@code when}); the checker has the response, so it goes to no
     * responder.
     */
    private static CrlCheck.Status ocspStatus(
            CertPath path, X509Certificate c, byte[] response, Instant when, Set<TrustAnchor> roots)
            throws GeneralSecurityException {
        CertPathValidator validator = CertPathValidator.getInstance("PKIX");
        PKIXParameters params = new PKIXParameters(roots);
        params.setDate(Date.from(when));
        params.setRevocationEnabled(false);
        PKIXRevocationChecker rc = (PKIXRevocationChecker) validator.getRevocationChecker();
        rc.setOptions(
                EnumSet.of(PKIXRevocationChecker.Option.NO_FALLBACK, PKIXRevocationChecker.Option.ONLY_END_ENTITY));
        rc.setOcspResponses(Map.of(c, response));
        params.addCertPathChecker(rc);
        params.addCertPathChecker(new UnderstoodExtensions());
        try {
            validator.validate(path, params);
            return CrlCheck.Status.GOOD;
        } catch (CertPathValidatorException e) {
            return e.getReason() == CertPathValidatorException.BasicReason.REVOKED
                    ? CrlCheck.Status.REVOKED
                    : CrlCheck.Status.UNKNOWN;
        }
    }

    private Finding classify(
            CertPathBuilderException e, X509Certificate signer, Collection<X509Certificate> others, Instant when) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof CertPathValidatorException) {
                CertPathValidatorException.Reason reason = ((CertPathValidatorException) t).getReason();
                if (reason == CertPathValidatorException.BasicReason.REVOKED) {
                    return SignMessages.error("EDXML-SIG-017", subject(signer));
                }
                if (reason == CertPathValidatorException.BasicReason.UNDETERMINED_REVOCATION_STATUS) {
                    return SignMessages.error("EDXML-SIG-018", subject(signer));
                }
                if (reason == CertPathValidatorException.BasicReason.EXPIRED
                        || reason == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                    return SignMessages.error("EDXML-SIG-015", subject(signer), when.toString());
                }
            }
            t = t.getCause();
        }
        // the builder reports an expired certificate as "no path": say what really happened
        for (X509Certificate c :
                Stream.concat(Stream.of(signer), others.stream()).toList()) {
            try {
                c.checkValidity(Date.from(when));
            } catch (CertificateException ex) {
                return SignMessages.error("EDXML-SIG-015", subject(c), when.toString());
            }
        }
        return SignMessages.error("EDXML-SIG-014", subject(signer));
    }

    private static boolean timeStampingOnly(X509Certificate c) {
        try {
            List<String> eku = c.getExtendedKeyUsage();
            return eku != null && eku.equals(List.of("1.3.6.1.5.5.7.3.8"));
        } catch (java.security.cert.CertificateParsingException e) {
            return false;
        }
    }

    private static String subject(X509Certificate c) {
        return c.getSubjectX500Principal().getName();
    }

    @Override
    public String toString() {
        return "TrustPolicy[" + anchors.size() + " trust anchors"
                + (profiles.isEmpty()
                        ? ""
                        : " (profiles " + profiles
                                + (singleSource
                                        ? ", UNCONFIRMED single-source anchors included"
                                        : ", cross-checked anchors only")
                                + ")")
                + (intermediates.isEmpty() ? "" : ", " + intermediates.size() + " intermediate certificates")
                + ", at " + (at != null ? at : "now")
                + (crls.isEmpty() ? "" : ", " + crls.size() + " CRLs")
                + (ocspResponses.isEmpty() && looseOcsp.isEmpty()
                        ? ""
                        : ", " + (ocspResponses.size() + looseOcsp.size()) + " OCSP responses")
                + (requireRevocation ? ", revocation required" : "")
                + (fetcher != null ? ", NETWORK revocation checks (" + fetcher + ")" : ", offline")
                + (allowSha1 ? ", INSECURE legacy SHA-1 allowed" : "")
                + directory.map(d -> ", " + d).orElse("") + (requireSenderMatch ? ", sender match required" : "") + "]";
    }

    /**
     * Builds a {@link TrustPolicy}.
     *
     * @since 0.1.0
     */
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
        private final List<TrustProfile> profiles = new ArrayList<>();
        private boolean singleSource;
        private final List<X509Certificate> intermediates = new ArrayList<>();
        private final List<byte[]> looseOcsp = new ArrayList<>();
        private Duration timeout = Duration.ofSeconds(10);
        private Path cache;

        private Builder() {}

        /**
         * The certificates of a shipped trust profile: its cross-checked roots become trust anchors, its CAs help to
         * build paths. Combinable with other profiles and with anchors of one's own.
         */
        public Builder trustProfile(TrustProfile profile) {
            Objects.requireNonNull(profile, "profile");
            if (!profiles.contains(profile)) {
                profiles.add(profile);
            }
            return this;
        }

        /** The same by name: {@code vn-gov}, {@code vn-public} or {@code vn-all}; another name is refused. */
        public Builder trustProfile(String name) {
            return trustProfile(TrustProfile.byId(name)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown trust profile " + name + " (vn-gov, vn-public, vn-all)")));
        }

        /**
         * Also make the profiles' single-source roots trust anchors (copies found in one place only: the newer NEAC
         * roots RS, USBTOKEN, MOBILEPKI and EMA). Confirm their fingerprints out of band first; a signer that chains
         * to one is reported with the warning {@code EDXML-SIG-040}.
         */
        public Builder trustUnconfirmedSingleSourceAnchors() {
            singleSource = true;
            return this;
        }

        /** CA certificates offered to path building, never trusted by themselves. */
        public Builder intermediates(Collection<X509Certificate> certificates) {
            certificates.forEach(c -> intermediates.add(Objects.requireNonNull(c, "certificate")));
            return this;
        }

        /**
         * Pre-fetched DER OCSP responses, each used for the certificate it answers for (serial number and issuer);
         * whether it is genuine (signed by the issuer or its delegated responder, current) is checked on use.
         *
         * @throws IOException when a file cannot be read or is not a successful OCSP response
         */
        public Builder ocspResponseFiles(Path... files) throws IOException {
            for (Path f : files) {
                byte[] b = Files.readAllBytes(f);
                if (!CertIds.isOcspResponse(b)) {
                    throw new IOException(f + ": not a successful DER OCSP response");
                }
                looseOcsp.add(b);
            }
            return this;
        }

        /**
         * Where fetched OCSP responses and CRLs are kept until their nextUpdate (with
         * {@link #allowNetworkRevocationChecks()}); none by default.
         */
        public Builder revocationCache(Path directory) {
            cache = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** How long to wait for a responder or a CRL server to connect, and again to answer (default 10 s). */
        public Builder networkTimeout(Duration t) {
            if (t.isNegative() || t.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + t);
            }
            timeout = t;
            return this;
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

        /**
         * Fetch revocation data named in the certificates: OCSP responses from their Authority Information Access
         * responders, else CRLs from their CRL distribution points (http and https only; bounded in time and size;
         * cached with {@link #revocationCache(Path)}). Off by default: verification makes no network call.
         */
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
                s.filter(p -> p.getFileName()
                                .toString()
                                .toLowerCase(java.util.Locale.ROOT)
                                .matches(".*\\.(pem|crt|cer|der)$"))
                        .sorted()
                        .forEach(files::add);
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
