package dev.edxml.conformance;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.StaffInfo;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.TraceHeader;
import dev.edxml.sign.ExternalSigner;
import dev.edxml.sign.SignatureAlgorithm;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.pdf.PdfSigner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The building blocks of the vectors: the fixed clock, the usual sender and receiver, a base document and status
 * package, deterministic attachment bytes, signing with the test PKI, and byte surgery for the broken inputs.
 */
final class Vectors {
    /** The suite's clock: every timestamp, signing time and "today" of the vectors is this instant. */
    static final Instant NOW = Instant.parse("2026-01-15T02:00:00Z");

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final LocalDate DATE = LocalDate.of(2026, 1, 14);
    static final String SENDER = "000.00.00.G22";
    static final String RECEIVER = "000.00.00.H41";
    static final String SUBJECT = "V/v kết nối, liên thông phần mềm quản lý văn bản";

    final TestPki pki;

    Vectors(TestPki pki) {
        this.pki = pki;
    }

    static MessageHeader.Builder header() {
        return MessageHeader.builder()
                .from(Organization.of(SENDER, "Văn phòng Chính phủ"))
                .addTo(Organization.of(RECEIVER, "UBND tỉnh Nghệ An"))
                .code("123", "VPCP-KGVX")
                .promulgation("Hà Nội", DATE)
                .conventionalDocumentId()
                .documentType(DocumentType.OFFICIAL_LETTER)
                .subject(SUBJECT);
    }

    /** The sender's hop, first in the trace. */
    static List<TraceHeader> firstHop() {
        return List.of(TraceHeader.of(SENDER, NOW));
    }

    static Business business(BusinessDocType type) {
        return Business.builder().type(type).build();
    }

    /** A new official letter with one PDF: the base of most document cases. */
    static EdocPackage.Builder edoc() {
        return Edxml.edoc()
                .header(header().build())
                .business(business(BusinessDocType.NEW))
                .traceHeaders(firstHop())
                .addAttachment(pdfAttachment("cid:11111111-1111-4111-8111-111111111111", "cong-van-123.pdf", 1));
    }

    static Attachment pdfAttachment(String contentId, String name, int seed) {
        return Attachment.builder()
                .contentId(contentId)
                .name(name)
                .contentType("application/pdf")
                .content(pdf("Cong van so " + seed))
                .build();
    }

    /** The document the status packages answer. */
    static ResponseFor answered() {
        return ResponseFor.of(RECEIVER, "45/UBND-VX", RECEIVER + ",2026/01/10,45/UBND-VX", LocalDate.of(2026, 1, 10));
    }

    static StatusHeader.Builder statusHeader(StatusCode code) {
        return StatusHeader.builder()
                .from(Organization.of(SENDER, "Văn phòng Chính phủ"))
                .responseFor(answered())
                .statusCode(code)
                .staffInfo(StaffInfo.of(
                        "Phòng Hành chính - Tổ chức", "Nguyễn Thị Lan", "lan.nt@example.gov.vn", "0912345678"))
                .timestamp(NOW);
    }

    static StatusPackage status(StatusHeader h) {
        return Edxml.status().header(h).build();
    }

    static byte[] bytes(EdxmlPackage pkg) throws IOException {
        return Edxml.toBytes(pkg);
    }

    /** The resource holding the PDF that {@link #signPdf()} made once (see {@link #signedPdf()}). */
    static final String SIGNED_PDF_RESOURCE = "signed-test.pdf";

    /**
     * A one-page PDF signed (PAdES B-B) by the test signer at the suite's clock. PDFBox puts a time-based second
     * {@code /ID} into every incremental save, so signing again never gives the same bytes: the PDF was signed once
     * with {@link #signPdf()} and is kept as a resource ({@code SignedPdfTest} checks that it verifies with the test
     * root and was signed by the test signer's key).
     */
    byte[] signedPdf() throws IOException {
        try (java.io.InputStream in = Vectors.class.getResourceAsStream(SIGNED_PDF_RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + SIGNED_PDF_RESOURCE);
            }
            return in.readAllBytes();
        }
    }

    /** Signs {@link #pdf(String) pdf("Cong van so 9")} with the test signer now; the bytes differ at every call. */
    byte[] signPdf() throws IOException, GeneralSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSigner.builder(pki.signer())
                .reason("Phê duyệt")
                .location("Hà Nội")
                .clock(CLOCK)
                .build()
                .sign(new java.io.ByteArrayInputStream(pdf("Cong van so 9")), out);
        return out.toByteArray();
    }

    /**
     * {@code pkg} signed by the test signer with RSA-SHA1 (a broken algorithm a receiver must refuse by default). The
     * library no longer signs with SHA-1, so a normal signature's {@code SignatureMethod} is changed to
     * {@code rsa-sha1} and {@code SignedInfo} signed again with SHA1withRSA (the references keep SHA-256).
     */
    byte[] signSha1(EdxmlPackage pkg) throws IOException, GeneralSecurityException {
        String file = new String(bytes(sign(pkg)), StandardCharsets.UTF_8);
        String si = file.substring(file.indexOf("<SignedInfo>"), file.indexOf("</SignedInfo>") + 13);
        String sha256 = SignatureAlgorithm.RSA_SHA256.uri();
        if (!si.contains(sha256)) {
            throw new IllegalStateException("the signature is not RSA-SHA256");
        }
        String weak = si.replace(sha256, SignatureAlgorithm.RSA_SHA1.uri());
        java.security.Signature s = java.security.Signature.getInstance("SHA1withRSA");
        s.initSign(pki.signer().privateKey());
        s.update(c14n(weak));
        String value = file.substring(file.indexOf("<SignatureValue>") + 16, file.indexOf("</SignatureValue>"));
        return file.replace(si, weak)
                .replace(value, java.util.Base64.getEncoder().encodeToString(s.sign()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A signed package with one more trace hop by {@code organId}, appended after signing as a relay does. */
    static byte[] relayed(byte[] signed, String organId) {
        String s = new String(signed, StandardCharsets.UTF_8);
        String end = "</edXML:TraceHeader>";
        int last = s.lastIndexOf(end);
        int start = s.lastIndexOf("<edXML:TraceHeader>", last);
        if (last < 0 || start < 0) {
            throw new IllegalStateException("no TraceHeader to follow");
        }
        String hop = s.substring(start, last + end.length())
                .replaceFirst("<edXML:OrganId>[^<]*</edXML:OrganId>", "<edXML:OrganId>" + organId + "</edXML:OrganId>")
                .replaceFirst(
                        "<edXML:Timestamp>[^<]*</edXML:Timestamp>",
                        "<edXML:Timestamp>2026/01/15 09:00:05</edXML:Timestamp>");
        int at = last + end.length();
        return (s.substring(0, at) + "\r\n      " + hop + s.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An incremental update appended to {@code pdf} that redefines object {@code number} as {@code object}, written
     * by hand as an attacker would (a classic cross-reference section pointing back with {@code /Prev}).
     */
    static byte[] appendUpdate(byte[] pdf, int number, String object) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("startxref\\s+(\\d+)").matcher(s);
        String prev = null;
        while (m.find()) {
            prev = m.group(1);
        }
        java.util.regex.Matcher size =
                java.util.regex.Pattern.compile("/Size\\s+(\\d+)").matcher(s);
        String sz = null;
        while (size.find()) {
            sz = size.group(1);
        }
        java.util.regex.Matcher root =
                java.util.regex.Pattern.compile("/Root\\s+(\\d+\\s+\\d+\\s+R)").matcher(s);
        String rt = null;
        while (root.find()) {
            rt = root.group(1);
        }
        if (prev == null || sz == null || rt == null) {
            throw new IllegalStateException("not a PDF with a classic trailer");
        }
        StringBuilder out = new StringBuilder(s);
        if (!s.endsWith("\n")) {
            out.append('\n');
        }
        int offset = out.length();
        out.append(number).append(" 0 obj\n").append(object).append("\nendobj\n");
        int xref = out.length();
        out.append("xref\n0 1\n0000000000 65535 f \n")
                .append(number)
                .append(" 1\n")
                .append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offset))
                .append("trailer\n<< /Size ")
                .append(sz)
                .append(" /Root ")
                .append(rt)
                .append(" /Prev ")
                .append(prev)
                .append(" >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    <P extends EdxmlPackage> P sign(P pkg) throws IOException, GeneralSecurityException {
        return sign(pkg, pki.signer());
    }

    static <P extends EdxmlPackage> P sign(P pkg, SigningKey key) throws IOException, GeneralSecurityException {
        return Signer.builder().key(key).clock(CLOCK).build().sign(pkg);
    }

    /**
     * {@code pkg} signed by the test signer with a signature that covers only its own signing time, not the package:
     * a normal signature whose {@code URI=""} reference is taken out of {@code SignedInfo}, which is then signed again.
     * The canonical form of {@code SignedInfo} is made by hand (the {@code Signer} writes it without white space, in
     * the XML-DSig default namespace); the hand-made form of the untouched {@code SignedInfo} must equal what the
     * {@code Signer} signed, or generation fails.
     */
    byte[] partiallySigned(EdxmlPackage pkg) throws IOException, GeneralSecurityException {
        byte[][] signed = new byte[1][];
        java.security.PrivateKey key = pki.signer().privateKey();
        ExternalSigner capture = new ExternalSigner() {
            @Override
            public List<java.security.cert.X509Certificate> certificateChain() {
                return pki.signer().chain();
            }

            @Override
            public byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) throws GeneralSecurityException {
                signed[0] = dataToSign.clone();
                return rsaSha256(key, dataToSign);
            }
        };
        String file = new String(
                bytes(Signer.builder()
                        .externalSigner(capture)
                        .clock(CLOCK)
                        .build()
                        .sign(pkg)),
                StandardCharsets.UTF_8);
        String si = file.substring(file.indexOf("<SignedInfo>"), file.indexOf("</SignedInfo>") + 13);
        if (!java.util.Arrays.equals(c14n(si), signed[0])) {
            throw new IllegalStateException("the hand-made canonical SignedInfo differs from the signed one");
        }
        int r0 = si.indexOf("<Reference URI=\"\">");
        String partial = si.substring(0, r0) + si.substring(si.indexOf("</Reference>", r0) + 12);
        String value = file.substring(file.indexOf("<SignatureValue>") + 16, file.indexOf("</SignatureValue>"));
        String newValue = java.util.Base64.getEncoder().encodeToString(rsaSha256(key, c14n(partial)));
        return file.replace(si, partial).replace(value, newValue).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] c14n(String signedInfo) {
        return signedInfo
                .replaceFirst("<SignedInfo>", "<SignedInfo xmlns=\"" + SignatureBlock.XMLDSIG_NS + "\">")
                .replaceAll("<(\\w+)([^<>]*?)/>", "<$1$2></$1>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] rsaSha256(java.security.PrivateKey key, byte[] data) throws GeneralSecurityException {
        java.security.Signature s = java.security.Signature.getInstance("SHA256withRSA");
        s.initSign(key);
        s.update(data);
        return s.sign();
    }

    /** A small, valid one-page PDF with {@code text} on it; the same text gives the same bytes. */
    static byte[] pdf(String text) {
        String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = sb.length();
            sb.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int off : offsets) {
            sb.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", off));
        }
        // a fixed /ID: without one, PDFBox makes one from the current time when it signs, and the vector would change
        String id = Suite.sha256Hex(text.getBytes(StandardCharsets.UTF_8))
                .substring(0, 32)
                .toUpperCase(java.util.Locale.ROOT);
        sb.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R /ID [<")
                .append(id)
                .append("> <")
                .append(id)
                .append(">] >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Bytes that start like a legacy Word (OLE compound) file; enough for type sniffing, not a real document. */
    static byte[] oleDoc(int size) {
        byte[] b = filler(size, 7);
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    /** A zip with fixed entry times, so that the same entries give the same bytes. */
    static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                z.putNextEntry(entry(namesAndTexts[i]));
                z.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The official SDK's zip convention: one entry {@code <uuid>.<ext>} holding the document. */
    static byte[] sdkZip(String entryName, byte[] document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(entry(entryName));
            z.write(document);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** A minimal Office Open XML word document (a zip with the parts Word needs to recognise it). */
    static byte[] docx(String text) throws IOException {
        return zip(
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                        + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType="
                        + "\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                        + "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>" + text
                        + "</w:t></w:r></w:p></w:body></w:document>");
    }

    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(LocalDateTime.of(2026, 1, 15, 9, 0));
        return e;
    }

    /** Deterministic filler bytes. */
    static byte[] filler(int size, int seed) {
        byte[] b = new byte[size];
        long x = 0x9E3779B97F4A7C15L * (seed + 1);
        for (int i = 0; i < size; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            b[i] = (byte) x;
        }
        return b;
    }

    /** {@code bytes} with the first {@code from} replaced by {@code to}; fails loudly when {@code from} is absent. */
    static byte[] replace(byte[] bytes, String from, String to) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        int i = s.indexOf(from);
        if (i < 0) {
            throw new IllegalStateException("not in the package: " + from);
        }
        return (s.substring(0, i) + to + s.substring(i + from.length())).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code bytes} with one byte changed at the first occurrence of {@code marker} (its first byte XOR 0x01). */
    static byte[] flipByte(byte[] bytes, String marker) {
        byte[] m = marker.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + m.length <= bytes.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (bytes[i + j] != m[j]) {
                    continue outer;
                }
            }
            byte[] copy = bytes.clone();
            copy[i] ^= 0x01;
            return copy;
        }
        throw new IllegalStateException("not in the package: " + marker);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
