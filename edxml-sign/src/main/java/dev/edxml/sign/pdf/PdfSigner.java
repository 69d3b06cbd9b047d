package dev.edxml.sign.pdf;

import dev.edxml.sign.SignatureAlgorithm;
import dev.edxml.sign.SignerIdentity;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.internal.SignerCertificates;
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
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSUpdateInfo;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Signs a PDF (ký số tệp PDF) as PAdES baseline B-B ({@code ETSI.CAdES.detached}), appending the signature as an
 * incremental update so that earlier signatures stay valid. Optionally shows a stamp with the organisation's name
 * and the signing time in Vietnam time (UTC+07:00), whatever the JVM's time zone. Immutable and reusable.
 *
 * <p>Decree 30/2020 wants the main document signed by the competent person (người có thẩm quyền ký) and then by the
 * organisation (chữ ký số của cơ quan, tổ chức), each with their own certificate (chứng thư số); run one signer after
 * the other. For remote signing (ký số từ xa) use {@link #prepare(Path, Path)} and {@link PreparedPdfSignature}.
 *
 * <pre>{@code
 * PdfSigner signer = PdfSigner.builder(key).reason("Phê duyệt").location("Hà Nội")
 *         .visibleStamp(StampArea.of(1, 340, 40, 220, 60))
 *         .font(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")).build();
 * signer.sign(Path.of("to-trinh.pdf"), Path.of("to-trinh-signed.pdf"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PdfSigner {
    /** Vietnam has had no daylight saving time since 1975; a fixed offset keeps the stamp independent of tzdata. */
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final DateTimeFormatter STAMP_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx", Locale.ROOT).withZone(VIETNAM);

    private final SigningKey key;
    private final List<X509Certificate> chain;
    private final SignatureAlgorithm algorithm;
    private final String reason;
    private final String location;
    private final String contact;
    private final Clock clock;
    private final StampArea stamp;
    private final String stampName;
    private final Path font;
    private final int certify;
    private final StampKind kind;
    private final String numberAndNotation;
    private final java.awt.image.BufferedImage image;
    private final float sealWidth;

    /** What the signature shows on the page. */
    private enum StampKind {
        NONE,
        TEXT,
        ATTACHMENT,
        PERSONAL,
        SEAL
    }

    /** The Decree 30 stamp's text size, in points (Appendix I, Part I, II.8.b: cỡ chữ 10). */
    static final float DECREE_FONT_SIZE = 10;
    /** The page's right margin (Appendix I, Part I, I.3: 15–20 mm) and a 5 mm top offset, in points. */
    private static final float RIGHT_MARGIN = 15 * 72 / 25.4f;

    private static final float TOP_OFFSET = 5 * 72 / 25.4f;
    private static final float ATTACHMENT_STAMP_WIDTH = 190;

    private PdfSigner(Builder b) {
        this.key = b.key;
        this.chain = b.chain;
        this.algorithm = b.algorithm != null
                ? b.algorithm
                : "EC".equals(b.chain.get(0).getPublicKey().getAlgorithm())
                        ? SignatureAlgorithm.ECDSA_SHA256
                        : SignatureAlgorithm.RSA_SHA256;
        this.reason = b.reason;
        this.location = b.location;
        this.contact = b.contact;
        this.clock = b.clock;
        this.stamp = b.stamp;
        this.stampName = b.stampName;
        this.font = b.font;
        this.certify = b.certify;
        this.kind = b.kind;
        this.numberAndNotation = b.numberAndNotation;
        this.image = b.image;
        this.sealWidth = b.sealWidth;
    }

    public static Builder builder(SigningKey key) {
        return new Builder(Objects.requireNonNull(key, "key"), key.chain());
    }

    /**
     * A signer for two-step signing with a key held elsewhere (a remote signing service such as VNPT SmartCA or
     * Viettel MySign, which takes a hash and answers minutes later, after the user approves on a phone): only the
     * certificate chain, signer first. Use {@link #prepare(Path, Path)}, then {@link PreparedPdfSignature#complete}.
     */
    public static Builder builder(List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the certificate chain is empty");
        }
        return new Builder(null, List.copyOf(chain));
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
        // only a regular file is replaced (a FIFO or a device is refused), with the umask's permissions
        try (dev.edxml.internal.OutputFile target = dev.edxml.internal.OutputFile.create(out)) {
            try (PdfSource src = PdfSource.of(pdf);
                    OutputStream o = target.open()) {
                sign(src, o);
            }
            target.commit();
        }
    }

    /**
     * The first step of signing with a key held elsewhere: writes to {@code prepared} the PDF with the new signature
     * field and an empty signature value (its stamp included), atomically, and returns what must be signed and the
     * state to finish with. The state can be saved ({@link PreparedPdfSignature#toBytes()}) and completed in another
     * process, after a restart, with the answer of the signing service.
     */
    public PreparedPdfSignature prepare(Path pdf, Path prepared) throws IOException, GeneralSecurityException {
        byte[][] digest = new byte[1][];
        Path dir = prepared.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + prepared.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (PdfSource src = PdfSource.of(pdf);
                    OutputStream o = Files.newOutputStream(
                            tmp, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
                write(src, o, digest);
            }
            PreparedPdfSignature state = PreparedPdfSignature.of(tmp, chain, algorithm, digest[0]);
            try {
                Files.move(tmp, prepared, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, prepared, StandardCopyOption.REPLACE_EXISTING);
            }
            return state;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void sign(PdfSource src, OutputStream out) throws IOException, GeneralSecurityException {
        if (key == null) {
            throw new IllegalStateException("this signer has only a certificate chain: use prepare(…) and complete(…)");
        }
        write(src, out, null);
    }

    /** Signs with the key, or (with {@code remoteDigest}) writes an empty signature value and keeps the digest. */
    private void write(PdfSource src, OutputStream out, byte[][] remoteDigest)
            throws IOException, GeneralSecurityException {
        Instant now = clock.instant();
        X509Certificate cert = chain.get(0);
        SignerCertificates.requireFitForSigning(cert);
        SignerIdentity who = SignerIdentity.of(cert);
        List<String> lines = kind == StampKind.ATTACHMENT
                ? List.of(
                        numberAndNotation,
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                now.atOffset(VIETNAM).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                : List.of(
                        "Ký bởi: "
                                + (stampName != null
                                        ? stampName
                                        : who.organization().orElse(who.displayName())),
                        "Ngày ký: " + STAMP_TIME.format(now));
        if (kind == StampKind.TEXT || kind == StampKind.ATTACHMENT) {
            StampTemplate.checkGlyphs(font, lines);
        }
        PDDocument doc;
        try {
            doc = PdfInspection.load(src.open());
        } catch (IOException | RuntimeException e) {
            throw new IOException("the PDF could not be read for signing: " + e.getMessage(), e);
        }
        try (doc;
                SignatureOptions options = new SignatureOptions()) {
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
            StampArea area = area(doc, lines);
            if (area != null) {
                byte[] template =
                        switch (kind) {
                            case TEXT -> StampTemplate.create(doc, area, font, lines);
                            case ATTACHMENT -> StampTemplate.createText(doc, area, font, lines, DECREE_FONT_SIZE);
                            case PERSONAL, SEAL -> StampTemplate.createImage(doc, area, image);
                            case NONE -> throw new IllegalStateException();
                        };
                options.setVisualSignature(new ByteArrayInputStream(template));
                options.setPage(area.page() - 1);
            }
            java.util.Set<COSObjectKey> existing =
                    new java.util.HashSet<>(doc.getDocument().getXrefTable().keySet());
            if (remoteDigest == null) {
                doc.addSignature(sig, new CmsSigner(key, algorithm.jcaName()), options);
                leaveEarlierObjectsAlone(doc, existing, area == null ? 0 : area.page() - 1);
                doc.saveIncremental(out);
            } else {
                doc.addSignature(sig, options);
                leaveEarlierObjectsAlone(doc, existing, area == null ? 0 : area.page() - 1);
                org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport ext =
                        doc.saveIncrementalForExternalSigning(out);
                java.security.MessageDigest md = java.security.MessageDigest.getInstance(algorithm.digestName());
                try (java.io.InputStream content = ext.getContent()) {
                    byte[] buf = new byte[64 << 10];
                    int n;
                    while ((n = content.read(buf)) > 0) {
                        md.update(buf, 0, n);
                    }
                }
                remoteDigest[0] = md.digest();
                ext.setSignature(new byte[0]); // the hole stays zeros until complete()
            }
        } catch (CmsSigner.KeyFailure e) {
            throw e.securityCause();
        }
    }

    /** Where the stamp goes on this document, or {@code null} for an invisible signature. */
    private StampArea area(PDDocument doc, List<String> lines) throws IOException {
        switch (kind) {
            case NONE:
                return null;
            case ATTACHMENT: {
                // top right of page 1, inside the right margin, just below the top edge
                org.apache.pdfbox.pdmodel.common.PDRectangle media =
                        doc.getPage(0).getMediaBox();
                float width = Math.min(ATTACHMENT_STAMP_WIDTH, media.getWidth() - RIGHT_MARGIN);
                float height = StampTemplate.textHeight(font, lines, DECREE_FONT_SIZE, width);
                return StampArea.of(
                        1,
                        media.getWidth() - RIGHT_MARGIN - width,
                        Math.max(0, media.getHeight() - TOP_OFFSET - height),
                        width,
                        height);
            }
            case SEAL: {
                // the seal at its size, its right edge a third into the personal signature, centred on it
                float h = sealWidth * image.getHeight() / image.getWidth();
                float x = stamp.x() + stamp.width() / 3 - sealWidth;
                float y = stamp.y() + stamp.height() / 2 - h / 2;
                if (x < 0 || y < 0) {
                    throw new IllegalArgumentException("the seal (" + sealWidth + " pt wide) over the left third of "
                            + "the personal signature at " + stamp + " would leave the page");
                }
                return StampArea.of(stamp.page(), x, y, sealWidth, h);
            }
            default:
                return stamp;
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
        for (X509Certificate c : chain) {
            certs += c.getEncoded().length;
        }
        return Math.max(SignatureOptions.DEFAULT_SIGNATURE_SIZE, certs + 4096);
    }

    /** Times New Roman where this machine has it, else Liberation Serif (metric-compatible), else nothing. */
    public static java.util.Optional<Path> decreeFont() {
        for (Path p : List.of(
                Path.of("/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf"),
                Path.of("/usr/share/fonts/truetype/msttcorefonts/times.ttf"),
                Path.of("C:/Windows/Fonts/times.ttf"),
                Path.of("/Library/Fonts/Times New Roman.ttf"),
                LIBERATION_SERIF,
                Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"))) {
            if (Files.isRegularFile(p)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    static final Path LIBERATION_SERIF = Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");

    /** Whether a name is the certificate's O, OU or CN, spaces and case aside. */
    static boolean namedByCertificate(String name, X509Certificate cert) {
        SignerIdentity id = SignerIdentity.of(cert);
        String n = normalise(name);
        return java.util.stream.Stream.of(id.organization(), id.organizationalUnit(), id.commonName())
                .flatMap(java.util.Optional::stream)
                .anyMatch(v -> normalise(v).equals(n));
    }

    private static String normalise(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * A signature or seal image as Decree 30/2020 wants it: a PNG with a transparent background, blue for a personal
     * signature, red for a seal (judged by the average colour of its visible pixels).
     */
    static java.awt.image.BufferedImage readPng(Path file, boolean blue) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 8
                    || (bytes[0] & 0xFF) != 0x89
                    || bytes[1] != 'P'
                    || bytes[2] != 'N'
                    || bytes[3] != 'G') {
                throw new IllegalStateException(file + " is not a PNG image (Decree 30/2020 asks for .png)");
            }
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new ByteArrayInputStream(bytes));
            if (img == null) {
                throw new IllegalStateException(file + " cannot be read as a PNG image");
            }
            if (!img.getColorModel().hasAlpha()) {
                throw new IllegalStateException(file + " has no transparent background (Decree 30/2020 asks for a PNG "
                        + "with a transparent background)");
            }
            long r = 0;
            long g = 0;
            long b = 0;
            long n = 0;
            for (int y = 0; y < img.getHeight(); y += Math.max(1, img.getHeight() / 200)) {
                for (int x = 0; x < img.getWidth(); x += Math.max(1, img.getWidth() / 200)) {
                    int argb = img.getRGB(x, y);
                    if ((argb >>> 24) > 128) {
                        r += argb >> 16 & 0xFF;
                        g += argb >> 8 & 0xFF;
                        b += argb & 0xFF;
                        n++;
                    }
                }
            }
            if (n == 0) {
                throw new IllegalStateException(file + " is fully transparent");
            }
            boolean ok = blue ? b > r + 20 && b > g : r > g + 20 && r > b + 20;
            if (!ok) {
                throw new IllegalStateException(file + " is not " + (blue ? "blue" : "red") + " (average colour "
                        + r / n + "," + g / n + "," + b / n + "); Decree 30/2020 asks for a "
                        + (blue ? "blue signature image" : "red seal image"));
            }
            return img;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the image " + file + " cannot be read", e);
        }
    }

    @Override
    public String toString() {
        return "PdfSigner[PAdES B-B, " + algorithm + ", "
                + (key != null
                        ? key
                        : "two-step, " + chain.get(0).getSubjectX500Principal().getName())
                + (reason != null ? ", reason " + reason : "") + (location != null ? ", location " + location : "")
                + switch (kind) {
                    case NONE -> ", invisible";
                    case TEXT -> ", visible stamp on " + stamp + (stampName != null ? " \"" + stampName + "\"" : "")
                            + ", font " + font;
                    case ATTACHMENT -> ", Decree 30 attachment stamp \"" + numberAndNotation
                            + "\" top right of page 1, "
                            + "font " + font
                            + (font.toString().contains("Liberation")
                                    ? " (Liberation Serif, metric-compatible with Times New Roman)"
                                    : "");
                    case PERSONAL -> ", personal signature image on " + stamp;
                    case SEAL -> ", seal image " + sealWidth + " pt over the left third of the signature on " + stamp;
                } + (certify > 0 ? ", certifies with DocMDP P=" + certify : "") + "]";
    }

    /**
     * Builds a {@link PdfSigner}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final SigningKey key;
        private final List<X509Certificate> chain;
        private SignatureAlgorithm algorithm;
        private String reason;
        private String location;
        private String contact;
        private Clock clock = Clock.systemUTC();
        private StampArea stamp;
        private String stampName;
        private Path font;
        private int certify;
        private StampKind kind = StampKind.NONE;
        private String numberAndNotation;
        private Path imageFile;
        private java.awt.image.BufferedImage image;
        private float sealWidth;

        private Builder(SigningKey key, List<X509Certificate> chain) {
            this.key = key;
            this.chain = chain;
        }

        /** The signature algorithm; by default RSA-SHA256 or ECDSA-SHA256 by the key. SHA-1 is refused. */
        public Builder algorithm(SignatureAlgorithm a) {
            if (a.isLegacy()) {
                throw new IllegalArgumentException(
                        a + " uses SHA-1, which is broken; this library does not sign with it");
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

        /**
         * Shows a stamp in this area with "Ký bởi: organisation" and "Ngày ký: time"; needs {@link #font(Path)}. A
         * long name is wrapped onto more lines before the text is made smaller.
         */
        public Builder visibleStamp(StampArea area) {
            stamp = Objects.requireNonNull(area, "area");
            kind = StampKind.TEXT;
            return this;
        }

        /**
         * The name the stamp shows instead of the certificate's organisation ({@code O}): it must be the certificate's
         * own organisation ({@code O}), unit ({@code OU}) or common name ({@code CN}) as written there (spaces and
         * case aside), so that a stamp can never name someone the certificate does not.
         */
        public Builder stampName(String name) {
            stampName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The organisation's signature on a document attached in a separate file, as Decree 30/2020 asks (Appendix
         * I, Part I, II.8.b): at the top right of page 1, no image, the document's number and notation
         * ({@code "123/QĐ-VPCP"}) and the signing time as date, time and Vietnam time zone in ISO 8601
         * ({@code 2026-11-25T14:30:05+07:00}), in Times New Roman 10 pt, regular, black. Without {@link #font(Path)}
         * the font is Times New Roman when installed, else Liberation Serif (metric-compatible; Debian package
         * {@code fonts-liberation}); see {@link #decreeFont()}.
         */
        public Builder attachmentStamp(String numberAndNotation) {
            Objects.requireNonNull(numberAndNotation, "numberAndNotation");
            if (numberAndNotation.isBlank() || numberAndNotation.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("the number and notation must be one line of text");
            }
            this.numberAndNotation = numberAndNotation.strip();
            kind = StampKind.ATTACHMENT;
            return this;
        }

        /**
         * The competent person's signature (Appendix I, Part I, II.7.d): the image of their handwritten signature, a
         * blue PNG with a transparent background, fitted into {@code area}, which lies between the title and the name.
         */
        public Builder personalSignatureImage(Path png, StampArea area) {
            imageFile = Objects.requireNonNull(png, "png");
            stamp = Objects.requireNonNull(area, "area");
            kind = StampKind.PERSONAL;
            return this;
        }

        /**
         * The organisation's signature on the main document (Appendix I, Part I, II.8.a): the image of its seal, a red
         * PNG with a transparent background, {@code sealWidth} points wide (the seal's real size: 36 mm ≈ 102 pt is
         * usual), overlapping the left third of the personal signature image that lies in {@code personalSignature}.
         */
        public Builder sealImage(Path png, StampArea personalSignature, float sealWidth) {
            imageFile = Objects.requireNonNull(png, "png");
            stamp = Objects.requireNonNull(personalSignature, "personalSignature");
            if (!(sealWidth > 0 && Float.isFinite(sealWidth))) {
                throw new IllegalArgumentException("the seal's width must be positive: " + sealWidth);
            }
            this.sealWidth = sealWidth;
            kind = StampKind.SEAL;
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
         * The signer.
         *
         * @throws IllegalStateException when a visible stamp has no font, or the font file is missing: Vietnamese
         *                               text is never folded to ASCII
         */
        public PdfSigner build() {
            if (kind == StampKind.ATTACHMENT && font == null) {
                font = decreeFont()
                        .orElseThrow(() -> new IllegalStateException("the Decree 30 stamp needs Times New "
                                + "Roman or a metric-compatible font: install Liberation Serif (Debian package fonts-liberation, "
                                + LIBERATION_SERIF + ") or call font(Path)"));
            }
            if (kind == StampKind.TEXT && font == null) {
                throw new IllegalStateException(
                        "a visible stamp needs a TrueType font with Vietnamese glyphs: call "
                                + "font(Path), e.g. /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf (Debian fonts-dejavu-core)");
            }
            if (font != null && !Files.isRegularFile(font)) {
                throw new IllegalStateException("the stamp font " + font + " does not exist");
            }
            if (font != null && kind != StampKind.TEXT && kind != StampKind.ATTACHMENT) {
                throw new IllegalStateException(
                        "font is for a text stamp: call visibleStamp(area) or attachmentStamp(…)");
            }
            if (stampName != null && kind != StampKind.TEXT) {
                throw new IllegalStateException("stampName is for a visible stamp: call visibleStamp(area)");
            }
            if (stampName != null && !namedByCertificate(stampName, chain.get(0))) {
                throw new IllegalStateException("the stamp name \"" + stampName + "\" is not the certificate's "
                        + "organisation (O), unit (OU) or common name (CN): a stamp must not name someone else");
            }
            if (kind == StampKind.PERSONAL || kind == StampKind.SEAL) {
                image = readPng(imageFile, kind == StampKind.PERSONAL);
            }
            return new PdfSigner(this);
        }
    }
}
