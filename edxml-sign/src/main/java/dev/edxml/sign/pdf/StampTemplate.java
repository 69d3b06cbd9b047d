package dev.edxml.sign.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The one-page PDF PDFBox takes a visible signature's widget and appearance from: a framed box with the stamp's
 * lines in an embedded (subset) TrueType font, so that Vietnamese text shows and can be copied out again.
 */
final class StampTemplate {
    private static final float PADDING = 4;
    private static final float MAX_FONT_SIZE = 11;
    private static final float MIN_FONT_SIZE = 4;
    private static final float LEADING = 1.3f;
    private static final float DECREE_LEADING = 1.2f;

    private StampTemplate() {}

    /** Throws {@link IllegalStateException} when the font lacks a character, before anything is signed. */
    static void checkGlyphs(Path font, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f = PDType0Font.load(doc, font.toFile());
            for (String line : lines) {
                try {
                    f.getStringWidth(line);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(
                            "the font " + font + " cannot show the stamp text \"" + line + "\" (" + e.getMessage()
                                    + "); use a font with Vietnamese glyphs such as DejaVuSans",
                            e);
                }
            }
        }
    }

    /**
     * The template for a stamp on {@code target}'s page.
     *
     * @throws IllegalArgumentException when the page does not exist, the area leaves the page or is too small
     */
    static byte[] create(PDDocument target, StampArea area, Path font, List<String> lines) throws IOException {
        return build(target, area, (doc, cs) -> {
            PDType0Font f = PDType0Font.load(doc, font.toFile());
            Layout l = layout(f, lines, area.width(), area.height());
            float size = l.size();
            cs.setStrokingColor(0.75f, 0.1f, 0.1f);
            cs.setLineWidth(1);
            cs.addRect(0.5f, 0.5f, area.width() - 1, area.height() - 1);
            cs.stroke();
            cs.setNonStrokingColor(0.75f, 0.1f, 0.1f);
            cs.beginText();
            cs.setFont(f, size);
            cs.setLeading(size * LEADING);
            cs.newLineAtOffset(PADDING, (area.height() + l.height()) / 2 - size * 0.8f);
            for (int i = 0; i < l.lines().size(); i++) {
                if (i > 0) {
                    cs.newLine();
                }
                cs.showText(l.lines().get(i));
            }
            cs.endText();
        });
    }

    /** A text's size and its lines once wrapped to the area's width. */
    record Layout(float size, List<String> lines) {
        float height() {
            return size * LEADING * (lines.size() - 1) + size;
        }
    }

    /**
     * The largest size up to {@value #MAX_FONT_SIZE} pt at which the text fits the area, wrapping a line at spaces
     * (a long agency name takes several lines rather than failing) before making the text smaller.
     */
    static Layout layout(PDType0Font f, List<String> lines, float width, float height) throws IOException {
        for (float size = MAX_FONT_SIZE; size >= MIN_FONT_SIZE; size -= 0.5f) {
            List<String> wrapped = new ArrayList<>();
            for (String line : lines) {
                wrapped.addAll(wrap(f, line, size, width - 2 * PADDING));
            }
            Layout l = new Layout(size, wrapped);
            if (l.height() <= height - 2 * PADDING && fits(f, wrapped, size, width - 2 * PADDING)) {
                return l;
            }
        }
        throw new IllegalArgumentException("the stamp area (" + width + " × " + height + " pt) is too small for its "
                + "text at " + MIN_FONT_SIZE + " pt");
    }

    private static boolean fits(PDType0Font f, List<String> lines, float size, float width) throws IOException {
        for (String l : lines) {
            if (f.getStringWidth(l) / 1000 * size > width) {
                return false;
            }
        }
        return true;
    }

    /** A line broken at spaces so that each piece fits {@code width} at {@code size} (a single long word stays whole). */
    static List<String> wrap(PDType0Font f, String line, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : line.split(" ", -1)) {
            String candidate = cur.isEmpty() ? word : cur + " " + word;
            if (!cur.isEmpty() && f.getStringWidth(candidate) / 1000 * size > width) {
                out.add(cur.toString());
                cur = new StringBuilder(word);
            } else {
                cur = new StringBuilder(candidate);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /**
     * The Decree 30/2020 text stamp (Appendix I, Part I, II.8.b): the lines in black at {@code size} pt, regular,
     * right-aligned from the top, no frame and no image, wrapped to the area's width.
     */
    static byte[] createText(PDDocument target, StampArea area, Path font, List<String> lines, float size)
            throws IOException {
        return build(target, area, (doc, cs) -> {
            PDType0Font f = PDType0Font.load(doc, font.toFile());
            List<String> wrapped = new ArrayList<>();
            for (String line : lines) {
                wrapped.addAll(wrap(f, line, size, area.width() - 2 * PADDING));
            }
            cs.setNonStrokingColor(0f, 0f, 0f);
            // right-aligned: the stamp sits in the top right corner (góc trên, bên phải)
            float y = area.height() - PADDING - size * 0.8f;
            for (String line : wrapped) {
                float w = f.getStringWidth(line) / 1000 * size;
                cs.beginText();
                cs.setFont(f, size);
                cs.newLineAtOffset(Math.max(PADDING, area.width() - PADDING - w), y);
                cs.showText(line);
                cs.endText();
                y -= size * DECREE_LEADING;
            }
        });
    }

    /** The height the Decree 30 text stamp needs for these lines in {@code width}. */
    static float textHeight(Path font, List<String> lines, float size, float width) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f = PDType0Font.load(doc, font.toFile());
            int n = 0;
            for (String line : lines) {
                n += wrap(f, line, size, width - 2 * PADDING).size();
            }
            return size * DECREE_LEADING * (n - 1) + size + 2 * PADDING;
        }
    }

    /** An image stamp: the PNG (with its transparency) fitted into the area, keeping its proportions, centred. */
    static byte[] createImage(PDDocument target, StampArea area, java.awt.image.BufferedImage png) throws IOException {
        return build(target, area, (doc, cs) -> {
            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img =
                    org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, png);
            float scale = Math.min(area.width() / png.getWidth(), area.height() / png.getHeight());
            float w = png.getWidth() * scale;
            float h = png.getHeight() * scale;
            cs.drawImage(img, (area.width() - w) / 2, (area.height() - h) / 2, w, h);
        });
    }

    private interface Painter {
        void paint(PDDocument doc, PDPageContentStream cs) throws IOException;
    }

    private static byte[] build(PDDocument target, StampArea area, Painter painter) throws IOException {
        if (area.page() > target.getNumberOfPages()) {
            throw new IllegalArgumentException("the stamp's page " + area.page() + " does not exist; the PDF has "
                    + target.getNumberOfPages() + " pages");
        }
        PDRectangle media = target.getPage(area.page() - 1).getMediaBox();
        if (area.x() + area.width() > media.getWidth() || area.y() + area.height() > media.getHeight()) {
            throw new IllegalArgumentException("the stamp (" + area + ") does not fit on page " + area.page() + " ("
                    + media.getWidth() + " × " + media.getHeight() + " pt)");
        }
        PDRectangle rect = new PDRectangle(
                media.getLowerLeftX() + area.x(), media.getLowerLeftY() + area.y(), area.width(), area.height());
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(media);
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(rect);
            PDFormXObject appearanceForm = new PDFormXObject(new PDStream(doc));
            appearanceForm.setResources(new PDResources());
            appearanceForm.setFormType(1);
            appearanceForm.setBBox(new PDRectangle(area.width(), area.height()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(appearanceForm.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
                painter.paint(doc, cs);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
