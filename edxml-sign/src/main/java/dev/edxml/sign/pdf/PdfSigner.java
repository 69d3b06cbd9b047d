package dev.edxml.sign.pdf;

import dev.edxml.sign.SignatureAlgorithm;
import dev.edxml.sign.SignerIdentity;
import dev.edxml.sign.SigningKey;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSUpdateInfo;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Signs a PDF (ký số tệp PDF) as PAdES baseline B-B ({@code ETSI.CAdES.detached}), appending the signature as an
 * incremental update so that earlier signatures stay valid. Optionally shows a stamp with the organisation's name
 * and the signing time in Vietnam time (UTC+07:00), whatever the JVM's time zone. Immutable and reusable.
 *
 * <pre>{@code
 * PdfSigner signer = PdfSigner.builder(key).reason("Phê duyệt").location("Hà Nội")
 *         .visibleStamp(StampArea.of(1, 340, 40, 220, 60))
 *         .font(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")).build();
 * signer.sign(Path.of("to-trinh.pdf"), Path.of("to-trinh-signed.pdf"));
 * }</pre>
 */
public final class PdfSigner {
    /** Vietnam has had no daylight saving time since 1975; a fixed offset keeps the stamp independent of tzdata. */
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter STAMP_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx", Locale.ROOT).withZone(VIETNAM);

    private final SigningKey key;
    private final SignatureAlgorithm algorithm;
    private final String reason;
    private final String location;
    private final String contact;
    private final Clock clock;
    private final StampArea stamp;
    private final String stampName;
    private final Path font;
    private final int certify;

    private PdfSigner(Builder b) {
        this.key = b.key;
        this.algorithm = b.algorithm != null ? b.algorithm : b.key.defaultAlgorithm();
        this.reason = b.reason;
        this.location = b.location;
        this.contact = b.contact;
        this.clock = b.clock;
        this.stamp = b.stamp;
        this.stampName = b.stampName;
        this.font = b.font;
        this.certify = b.certify;
    }

    public static Builder builder(SigningKey key) {
        return new Builder(key);
    }

    /**
     * Signs the PDF read from {@code pdf} (to its end; not closed) and writes the signed file to {@code out}.
     *
     * @throws IOException              when the PDF cannot be read (damaged, password-protected) or written
     * @throws GeneralSecurityException when the key or token refuses to sign
     */
    public void sign(InputStream pdf, OutputStream out) throws IOException, GeneralSecurityException {
        try (PdfSource src = PdfSource.spool(pdf)) {
            sign(src, out);
        }
    }

    /**
     * Signs {@code pdf} into {@code out} (which may be the same file). The result is written to a temporary file
     * beside {@code out} and moved into place, so {@code out} is either the complete signed PDF or untouched.
     */
    public void sign(Path pdf, Path out) throws IOException, GeneralSecurityException {
        Path dir = out.toAbsolutePath().getParent();
        // a fresh file, not createTempFile, so that the signed PDF gets the umask's permissions, not owner-only ones
        Path tmp = dir.resolve("." + out.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (PdfSource src = PdfSource.of(pdf); OutputStream o = Files.newOutputStream(tmp,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
                sign(src, o);
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

    private void sign(PdfSource src, OutputStream out) throws IOException, GeneralSecurityException {
        Instant now = clock.instant();
        X509Certificate cert = key.chain().get(0);
        SignerIdentity who = SignerIdentity.of(cert);
        List<String> lines = List.of("Ký bởi: " + (stampName != null ? stampName : who.organization().orElse(who.displayName())),
                "Ngày ký: " + STAMP_TIME.format(now));
        if (stamp != null) {
            StampTemplate.checkGlyphs(font, lines);
        }
        PDDocument doc;
        try {
            doc = Inspection.load(src.open());
        } catch (IOException | RuntimeException e) {
            throw new IOException("the PDF could not be read for signing: " + e.getMessage(), e);
        }
        try (doc; SignatureOptions options = new SignatureOptions()) {
            if (doc.isEncrypted()) {
                throw new IOException("the PDF is encrypted; this library does not sign encrypted PDFs");
            }
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            sig.setName(who.displayName());
            if (reason != null) {
                sig.setReason(reason);
            }
            if (location != null) {
                sig.setLocation(location);
            }
            if (contact != null) {
                sig.setContactInfo(contact);
            }
            Calendar m = new GregorianCalendar(TimeZone.getTimeZone(VIETNAM), Locale.ROOT);
            m.setTimeInMillis(now.toEpochMilli());
            sig.setSignDate(m);
            options.setPreferredSignatureSize(signatureSize());
            if (certify > 0) {
                certify(doc, sig);
            }
            if (stamp != null) {
                options.setVisualSignature(new ByteArrayInputStream(StampTemplate.create(doc, stamp, font, lines)));
                options.setPage(stamp.page() - 1);
            }
            java.util.Set<COSObjectKey> existing = new java.util.HashSet<>(doc.getDocument().getXrefTable().keySet());
            doc.addSignature(sig, new CmsSigner(key, algorithm.jcaName()), options);
            leaveEarlierObjectsAlone(doc, existing, stamp == null ? 0 : stamp.page() - 1);
            doc.saveIncremental(out);
        } catch (CmsSigner.KeyFailure e) {
            throw e.securityCause();
        }
    }

    /**
     * PDFBox marks objects it only read while adding a signature (earlier signature fields and their widgets among
     * them) as changed, and an incremental save then writes them again. Other tools' signatures may then look
     * altered to a checker, and our own inspection would call the earlier signature changed. So every object of the
     * file as it was is left out of the update except those a new signature field must change: the catalog, the form
     * dictionary and its field list, and the page that gets the widget with its annotation list.
     */
    private static void leaveEarlierObjectsAlone(PDDocument doc, java.util.Set<COSObjectKey> existing, int page) {
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        java.util.Set<COSBase> needed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        needed.add(catalog);
        COSBase form = catalog.getDictionaryObject(COSName.ACRO_FORM);
        needed.add(form);
        if (form instanceof COSDictionary) {
            needed.add(((COSDictionary) form).getDictionaryObject(COSName.FIELDS));
        }
        COSDictionary pageDict = doc.getPage(page).getCOSObject();
        needed.add(pageDict);
        needed.add(pageDict.getDictionaryObject(COSName.ANNOTS));
        for (COSObjectKey k : existing) {
            COSObject ref = doc.getDocument().getObjectFromPool(k);
            COSBase o = ref.getObject();
            if (o instanceof COSUpdateInfo && !needed.contains(o)) {
                ((COSUpdateInfo) o).setNeedToBeUpdated(false);
            }
        }
    }

    /**
     * Makes {@code sig} the document's certification signature with the DocMDP level asked for (ISO 32000-1
     * 12.8.2.2): a {@code /Reference} with the DocMDP transform, and {@code /Perms /DocMDP} in the catalog.
     */
    private void certify(PDDocument doc, PDSignature sig) throws IOException {
        if (!doc.getSignatureDictionaries().isEmpty()) {
            throw new IOException("the PDF is already signed; a certification signature (DocMDP) must be the first");
        }
        COSDictionary params = new COSDictionary();
        params.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        params.setInt(COSName.P, certify);
        params.setName(COSName.V, "1.2");
        COSDictionary ref = new COSDictionary();
        ref.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        ref.setItem(COSName.getPDFName("TransformMethod"), COSName.getPDFName("DocMDP"));
        ref.setItem(COSName.getPDFName("TransformParams"), params);
        COSArray refs = new COSArray();
        refs.add(ref);
        sig.getCOSObject().setItem(COSName.getPDFName("Reference"), refs);
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        COSDictionary perms = new COSDictionary();
        perms.setItem(COSName.getPDFName("DocMDP"), sig);
        catalog.setItem(COSName.PERMS, perms);
        catalog.setNeedToBeUpdated(true);
    }

    /** Room for the CMS value: the chain, the signature and the attributes, with a margin. */
    private int signatureSize() throws CertificateEncodingException {
        int certs = 0;
        for (X509Certificate c : key.chain()) {
            certs += c.getEncoded().length;
        }
        return Math.max(SignatureOptions.DEFAULT_SIGNATURE_SIZE, certs + 4096);
    }

    @Override
    public String toString() {
        return "PdfSigner[PAdES B-B, " + algorithm + ", " + key
                + (reason != null ? ", reason " + reason : "") + (location != null ? ", location " + location : "")
                + (stamp != null ? ", visible stamp on " + stamp + (stampName != null ? " \"" + stampName + "\"" : "")
                + ", font " + font : ", invisible") + (certify > 0 ? ", certifies with DocMDP P=" + certify : "") + "]";
    }

    /** Builds a {@link PdfSigner}. */
    public static final class Builder {
        private final SigningKey key;
        private SignatureAlgorithm algorithm;
        private String reason;
        private String location;
        private String contact;
        private Clock clock = Clock.systemUTC();
        private StampArea stamp;
        private String stampName;
        private Path font;
        private int certify;

        private Builder(SigningKey key) {
            this.key = Objects.requireNonNull(key, "key");
        }

        /** The signature algorithm; by default RSA-SHA256 or ECDSA-SHA256 by the key. SHA-1 is refused. */
        public Builder algorithm(SignatureAlgorithm a) {
            if (a.isLegacy()) {
                throw new IllegalArgumentException(a + " uses SHA-1, which is broken; this library does not sign with it");
            }
            algorithm = a;
            return this;
        }

        /** {@code /Reason}, for example "Phê duyệt". */
        public Builder reason(String text) {
            reason = Objects.requireNonNull(text, "reason");
            return this;
        }

        /** {@code /Location}, for example "Hà Nội". */
        public Builder location(String text) {
            location = Objects.requireNonNull(text, "location");
            return this;
        }

        /** {@code /ContactInfo}. */
        public Builder contact(String text) {
            contact = Objects.requireNonNull(text, "contact");
            return this;
        }

        /** The clock the signing time is read from (the claimed time {@code /M} and the stamp). */
        public Builder clock(Clock c) {
            clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** Shows a stamp in this area with "Ký bởi: organisation" and "Ngày ký: time"; needs {@link #font(Path)}. */
        public Builder visibleStamp(StampArea area) {
            stamp = Objects.requireNonNull(area, "area");
            return this;
        }

        /** The name the stamp shows instead of the certificate's organisation ({@code O}). */
        public Builder stampName(String name) {
            stampName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The TrueType font the stamp is written in, embedded as a subset. It must have Vietnamese glyphs: DejaVuSans
         * (Debian package {@code fonts-dejavu-core}, {@code /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}) does.
         */
        public Builder font(Path ttf) {
            font = Objects.requireNonNull(ttf, "ttf");
            return this;
        }

        /**
         * Makes this a certification signature (chữ ký chứng nhận) with DocMDP permission level {@code p}: 1 permits
         * no change after it, 2 permits filling in forms and further signatures, 3 also annotations. It must be the
         * PDF's first signature. By default a signature is an approval signature and certifies nothing.
         */
        public Builder certify(int p) {
            if (p < 1 || p > 3) {
                throw new IllegalArgumentException("the DocMDP level is 1, 2 or 3, not " + p);
            }
            certify = p;
            return this;
        }

        /** What {@link #build()} would make now, or why it cannot yet (for jshell, logs and debuggers). */
        @Override
        public String toString() {
            try {
                return "PdfSigner.Builder{" + build() + "}";
            } catch (RuntimeException e) {
                return "PdfSigner.Builder{not ready: " + e.getMessage() + "}";
            }
        }

        /**
         * @throws IllegalStateException when a visible stamp has no font, or the font file is missing: Vietnamese
         *                               text is never folded to ASCII
         */
        public PdfSigner build() {
            if (stamp != null && font == null) {
                throw new IllegalStateException("a visible stamp needs a TrueType font with Vietnamese glyphs: call "
                        + "font(Path), e.g. /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf (Debian fonts-dejavu-core)");
            }
            if (stamp != null && !Files.isRegularFile(font)) {
                throw new IllegalStateException("the stamp font " + font + " does not exist");
            }
            if ((stampName != null || font != null) && stamp == null) {
                throw new IllegalStateException("stampName and font are for a visible stamp: call visibleStamp(area)");
            }
            return new PdfSigner(this);
        }
    }
}
