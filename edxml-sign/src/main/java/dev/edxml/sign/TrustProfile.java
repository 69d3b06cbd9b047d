package dev.edxml.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The public certificates of Vietnam's two national PKIs, shipped with the library as named trust profiles
 * (hồ sơ tin cậy): {@code vn-gov} (Ban Cơ yếu Chính phủ, VGCA: RootCA G1 and G2 and their sub-CAs), {@code vn-public}
 * (NEAC, Vietnam National Root CA, and the public CAs under it) and {@code vn-all}.
 *
 * <p>Every certificate is listed in a manifest with its SHA-256 fingerprint, its role and its provenance; one whose
 * bytes do not match its fingerprint is never used. Only roots confirmed by copies from independent sources
 * ({@link Provenance#CROSS_CHECKED}) become trust anchors, unless
 * {@link TrustPolicy.Builder#trustUnconfirmedSingleSourceAnchors()} says otherwise. Intermediate certificates only
 * help to build paths: a path must still end, signature by signature, at an anchor.
 *
 * @since 0.1.0
 */
public enum TrustProfile {
    /** Ban Cơ yếu Chính phủ (VGCA), the government's specialised PKI (chữ ký số chuyên dùng công vụ). */
    VN_GOV("vn-gov"),
    /** NEAC (Vietnam National Root CA), the public PKI, and the public CAs under it. */
    VN_PUBLIC("vn-public"),
    /** Both. */
    VN_ALL("vn-all");

    private static final String BASE = "trust/";

    private final String id;

    TrustProfile(String id) {
        this.id = id;
    }

    /** The profile's name as the command line spells it: {@code vn-gov}, {@code vn-public}, {@code vn-all}. */
    public String id() {
        return id;
    }

    /** The profile of this name ({@code vn-gov}, {@code vn-public}, {@code vn-all}; case-insensitive), if any. */
    public static Optional<TrustProfile> byId(String name) {
        String n = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(n)).findFirst();
    }

    /** Every certificate of the profile, anchors first, as the manifest lists them. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : Shipped.ENTRIES) {
            if (this == VN_ALL || e.profile.equals(id)) {
                out.add(e);
            }
        }
        out.sort(java.util.Comparator.comparing(Entry::role));
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return id;
    }

    /**
     * What a certificate is for in a profile.
     *
     * @since 0.1.0
     */
    public enum Role {
        /** A root CA: a trust anchor for document signatures. */
        ANCHOR,
        /** A root CA for time-stamping authorities only (RFC 3161, PDF document timestamps), not for signers. */
        TSA_ANCHOR,
        /** A CA under a root: offered to path building, never trusted by itself. */
        INTERMEDIATE,
        /** A time-stamping authority's own (end-entity) certificate: offered to path building only. */
        TSA
    }

    /**
     * How well a certificate's copy is confirmed (see {@code SOURCES.md} of the project).
     *
     * @since 0.1.0
     */
    public enum Provenance {
        /** Byte-identical copies in repositories of different owners (and, for some, fingerprints pinned elsewhere). */
        CROSS_CHECKED,
        /** One source only: confirm it out of band before trusting it. */
        SINGLE_SOURCE
    }

    /**
     * One certificate of a profile.
     *
     * @param file        the file in the library's resources ({@code vgca/vgca-root-g2.pem})
     * @param profile     {@code vn-gov} or {@code vn-public}
     * @param role        anchor, TSA anchor, intermediate or TSA certificate
     * @param provenance  cross-checked or single-source
     * @param sha256      the SHA-256 fingerprint of the DER encoding, upper-case hex
     * @param label       what it is, in words
     * @param certificate the certificate
     * @since 0.1.0
     */
    public record Entry(
            String file,
            String profile,
            Role role,
            Provenance provenance,
            String sha256,
            String label,
            X509Certificate certificate) {
        public Entry {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(provenance, "provenance");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(certificate, "certificate");
        }

        /** Whether this entry is a trust anchor (for signers, or for time-stamping authorities). */
        public boolean isAnchor() {
            return role == Role.ANCHOR || role == Role.TSA_ANCHOR;
        }

        @Override
        public String toString() {
            return sha256 + " " + role + " " + provenance + " "
                    + certificate.getSubjectX500Principal().getName()
                    + " [" + certificate.getNotBefore().toInstant() + " → "
                    + certificate.getNotAfter().toInstant()
                    + "] (" + file + ")";
        }
    }

    /** The manifest and its certificates, read and checked once, on first use; immutable. */
    private static final class Shipped {
        static final List<Entry> ENTRIES = load();

        private static List<Entry> load() {
            try {
                CertificateFactory cf = CertificateFactory.getInstance("X.509");
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                List<Entry> out = new ArrayList<>();
                for (String line : new String(resource("manifest.tsv"), StandardCharsets.UTF_8).split("\n", -1)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    if (f.length != 6) {
                        throw new IllegalStateException("trust manifest: bad line " + line);
                    }
                    X509Certificate c =
                            (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(resource(f[0])));
                    String fp = HexFormat.of().withUpperCase().formatHex(sha.digest(c.getEncoded()));
                    if (!fp.equals(f[4])) {
                        // a shipped file that is not the certificate the manifest names is never trusted
                        throw new IllegalStateException(
                                "trust profile file " + f[0] + " has SHA-256 " + fp + ", the manifest pins " + f[4]);
                    }
                    out.add(new Entry(
                            f[0],
                            f[1],
                            Role.valueOf(f[2].toUpperCase(Locale.ROOT).replace('-', '_')),
                            Provenance.valueOf(f[3].toUpperCase(Locale.ROOT).replace('-', '_')),
                            fp,
                            f[5],
                            c));
                }
                return List.copyOf(out);
            } catch (CertificateException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("trust profiles could not be read", e);
            }
        }

        private static byte[] resource(String name) {
            // the module reads its own (unexported, unopened) resources: no other module can
            try (InputStream in = TrustProfile.class.getResourceAsStream(BASE + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing trust profile resource " + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
