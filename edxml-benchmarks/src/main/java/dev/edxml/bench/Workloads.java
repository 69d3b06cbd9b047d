package dev.edxml.bench;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.AttachmentContent;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.TraceHeader;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The benchmarks' workloads, generated deterministically (fixed seeds and clock) into a folder: a typical package
 * (one real ~300 KB PDF, made with PDFBox), a large one (one 100 MB attachment), 10,000 small packages (one 2 KB
 * attachment each), each signed and unsigned, and the key and certificates for xmlsec1 and the DOM baseline.
 * Files that exist already are kept, so the generation runs once per folder.
 *
 * <pre>java -cp benchmarks.jar dev.edxml.bench.Workloads FOLDER [large-bytes] [batch-count]</pre>
 */
public final class Workloads {
    /** The large attachment, in bytes (100 MB). */
    public static final long LARGE_BYTES = 100_000_000L;
    /** The number of packages of the batch. */
    public static final int BATCH = 10_000;
    /** The fixed time of the workloads (trace, signing time). */
    public static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");

    private final Path dir;
    private final long largeBytes;
    private final int batch;

    public Workloads(Path dir, long largeBytes, int batch) {
        this.dir = dir;
        this.largeBytes = largeBytes;
        this.batch = batch;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/workloads");
        long large = args.length > 1 ? Long.parseLong(args[1]) : LARGE_BYTES;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : BATCH;
        new Workloads(dir, large, batch).generate();
        System.out.println("workloads in " + dir.toAbsolutePath());
    }

    /** The folder's files. */
    public Path dir() {
        return dir;
    }

    public Path typical() {
        return dir.resolve("typical.edxml");
    }

    public Path typicalSigned() {
        return dir.resolve("typical-signed.edxml");
    }

    public Path large() {
        return dir.resolve("large.edxml");
    }

    public Path largeSigned() {
        return dir.resolve("large-signed.edxml");
    }

    public Path small() {
        return dir.resolve("small.edxml");
    }

    public Path smallSigned() {
        return dir.resolve("small-signed.edxml");
    }

    public Path batchDir() {
        return dir.resolve("batch");
    }

    /** Generates whatever is missing. */
    public Workloads generate() throws Exception {
        return ensureTypical().ensureSmall().ensureLarge().ensureBatch().ensureTemplates();
    }

    /** The unsigned package {@code name} with an xmlsec1 signing template where the signature goes. */
    public Path template(String name) {
        return dir.resolve(name + "-template.edxml");
    }

    /**
     * xmlsec1 signing templates of the small, typical and large packages: the same signature form as
     * {@code Signer}'s (enveloped, URI="", exclusive c14n, SHA-256, RSA-SHA256, the certificate in KeyInfo),
     * without the signing-time property.
     */
    public Workloads ensureTemplates() throws Exception {
        for (String name : List.of("small", "typical", "large")) {
            Path t = template(name);
            if (!Files.exists(t)) {
                EdocPackage p = (EdocPackage) Edxml.read(dir.resolve(name + ".edxml"));
                Edxml.write(
                        p.toBuilder()
                                .signature(new dev.edxml.model.SignatureBlock(xmlsecTemplate()))
                                .build(),
                        t);
            }
        }
        return this;
    }

    private static dev.edxml.model.XmlElement xmlsecTemplate() {
        return el(
                "Signature",
                el(
                        "SignedInfo",
                        el(
                                "CanonicalizationMethod",
                                java.util.Map.of("Algorithm", "http://www.w3.org/2001/10/xml-exc-c14n#")),
                        el(
                                "SignatureMethod",
                                java.util.Map.of("Algorithm", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")),
                        el(
                                "Reference",
                                java.util.Map.of("URI", ""),
                                el(
                                        "Transforms",
                                        el(
                                                "Transform",
                                                java.util.Map.of(
                                                        "Algorithm",
                                                        "http://www.w3.org/2000/09/xmldsig#enveloped-signature")),
                                        el(
                                                "Transform",
                                                java.util.Map.of(
                                                        "Algorithm", "http://www.w3.org/2001/10/xml-exc-c14n#"))),
                                el(
                                        "DigestMethod",
                                        java.util.Map.of("Algorithm", "http://www.w3.org/2001/04/xmlenc#sha256")),
                                el("DigestValue"))),
                el("SignatureValue"),
                el("KeyInfo", el("X509Data", el("X509Certificate"))));
    }

    private static dev.edxml.model.XmlElement el(String name, dev.edxml.model.XmlElement... children) {
        return el(name, java.util.Map.of(), children);
    }

    private static dev.edxml.model.XmlElement el(
            String name, java.util.Map<String, String> attrs, dev.edxml.model.XmlElement... children) {
        return new dev.edxml.model.XmlElement(
                "http://www.w3.org/2000/09/xmldsig#", name, attrs, List.<dev.edxml.model.XmlNode>of(children));
    }

    private Signer signer() throws Exception {
        Files.createDirectories(dir);
        BenchKeys keys = BenchKeys.in(dir.resolve("keys"));
        return Signer.builder()
                .key(keys.signingKey())
                .clock(Clock.fixed(T0, ZoneOffset.UTC))
                .build();
    }

    /** The typical package: one real PDF of about 300 KB. */
    public Workloads ensureTypical() throws Exception {
        if (!Files.exists(typicalSigned())) {
            Path pdf = dir.resolve("quyet-dinh.pdf");
            Files.createDirectories(dir);
            Files.write(pdf, pdf(300 * 1024, 20261125));
            Attachment a = Attachment.builder()
                    .contentId(new java.util.UUID(0x7e1L, 1).toString())
                    .name("quyet-dinh.pdf")
                    .contentType("application/pdf")
                    .content(AttachmentContent.ofFile(pdf))
                    .build();
            write(pkg("Quyết định ban hành quy chế (gói điển hình)", a), typical(), signer(), typicalSigned());
        }
        return this;
    }

    /** One small package (the batch's first), signed and unsigned. */
    public Workloads ensureSmall() throws Exception {
        if (!Files.exists(smallSigned())) {
            write(small(0), small(), signer(), smallSigned());
        }
        return this;
    }

    /** The large package: one attachment of {@code largeBytes} random bytes. */
    public Workloads ensureLarge() throws Exception {
        if (!Files.exists(largeSigned())) {
            Files.createDirectories(dir);
            Path big = dir.resolve("large.bin");
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(big), 1 << 16)) {
                random(out, largeBytes, 7);
            }
            Attachment a = Attachment.builder()
                    .contentId(new java.util.UUID(0x1a2eL, 1).toString())
                    .name("ho-so-lon.pdf")
                    .contentType("application/pdf")
                    .content(AttachmentContent.ofFile(big))
                    .build();
            write(pkg("Hồ sơ lớn (tệp đính kèm 100 MB)", a), large(), signer(), largeSigned());
            Files.delete(big);
        }
        return this;
    }

    /** The batch: {@code batch} small unsigned packages in {@code batch/}. */
    public Workloads ensureBatch() throws Exception {
        Path b = batchDir();
        Files.createDirectories(b);
        for (int i = 0; i < batch; i++) {
            Path f = b.resolve(String.format(java.util.Locale.ROOT, "%05d.edxml", i));
            if (!Files.exists(f)) {
                Edxml.write(small(i), f);
            }
        }
        return this;
    }

    /** The batch's files, in order. */
    public List<Path> batchFiles() throws IOException {
        try (var s = Files.list(batchDir())) {
            return s.filter(f -> f.toString().endsWith(".edxml")).sorted().toList();
        }
    }

    /**
     * The workloads of a benchmark run: the folder named by the system property {@code edxml.bench.dir} or the
     * environment variable {@code EDXML_BENCH_DIR} (the comparison script generates it first and sets the variable,
     * which JMH's forks inherit), else {@code target/workloads} in the working directory.
     */
    public static Workloads forBenchmarks() {
        String d = System.getProperty("edxml.bench.dir", System.getenv("EDXML_BENCH_DIR"));
        return new Workloads(Path.of(d != null ? d : "target/workloads"), LARGE_BYTES, BATCH);
    }

    private static void write(EdocPackage pkg, Path unsigned, Signer signer, Path signed) throws Exception {
        Edxml.write(pkg, unsigned);
        signer.sign(unsigned, signed);
    }

    /** Small package number {@code i}: a full header and one 2 KB text attachment. */
    public static EdocPackage small(int i) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        SplittableRandom r = new SplittableRandom(i);
        String words = "Căn cứ Luật Tổ chức Chính phủ; theo đề nghị của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ. ";
        while (text.size() < 2048) {
            text.writeBytes(words.substring(r.nextInt(20)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Attachment a = Attachment.builder()
                .contentId(new java.util.UUID(0x5a11L, i).toString())
                .name("cong-van-" + i + ".txt")
                .contentType("text/plain")
                .content(AttachmentContent.ofBytes(text.toByteArray()))
                .build();
        return pkg("V/v kết nối, liên thông phần mềm quản lý văn bản số " + i, a);
    }

    private static EdocPackage pkg(String subject, Attachment a) {
        return Edxml.edoc()
                .header(MessageHeader.builder()
                        .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"))
                        .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                        .code("7816", "VPCP-TTĐT")
                        .promulgation("Hà Nội", LocalDate.of(2025, 9, 30))
                        .conventionalDocumentId()
                        .documentType(DocumentType.OFFICIAL_LETTER)
                        .subject(subject)
                        .build())
                .business(Business.builder().type(BusinessDocType.NEW).build())
                .traceHeaders(List.of(TraceHeader.of("000.00.00.G22", T0)))
                .addAttachment(a)
                .build();
    }

    private static void random(java.io.OutputStream out, long size, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] buf = new byte[1 << 16];
        for (long done = 0; done < size; done += buf.length) {
            int n = (int) Math.min(buf.length, size - done);
            for (int i = 0; i < n; i += 8) {
                long v = random.nextLong();
                for (int j = 0; j < 8 && i + j < n; j++) {
                    buf[i + j] = (byte) (v >>> (8 * j));
                }
            }
            out.write(buf, 0, n);
        }
    }

    /**
     * A real PDF of about {@code size} bytes: pages of text and a photograph-like image (random pixels, which do not
     * compress), with a fixed document id, so the same seed gives the same file.
     */
    public static byte[] pdf(int size, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < 3; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(60, 780);
                    cs.setLeading(14);
                    for (int l = 0; l < 50; l++) {
                        cs.showText("QUYET DINH so " + (p * 50 + l) + "/QD-TTg: ve viec ban hanh quy che lam viec "
                                + r.nextInt(1_000_000));
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            // the image makes up the rest of the size: 3 bytes per pixel that deflate cannot shrink
            int pixels = Math.max(1, (size - 12_000) / 3);
            int w = 400;
            int h = Math.max(1, pixels / w);
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    img.setRGB(x, y, r.nextInt(1 << 24));
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs =
                    new PDPageContentStream(doc, doc.getPage(0), PDPageContentStream.AppendMode.APPEND, true)) {
                cs.drawImage(image, 60, 60, 200, 200f * h / w);
            }
            COSArray id = new COSArray();
            byte[] idBytes = new byte[16];
            for (int i = 0; i < idBytes.length; i++) {
                idBytes[i] = (byte) r.nextInt(256);
            }
            id.add(new COSString(idBytes));
            id.add(new COSString(idBytes));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The signing key of the workloads (for the benchmarks that sign). */
    public SigningKey signingKey() throws Exception {
        return BenchKeys.in(dir.resolve("keys")).signingKey();
    }
}
