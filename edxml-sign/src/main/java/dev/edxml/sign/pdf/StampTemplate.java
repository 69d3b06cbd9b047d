package dev.edxml.sign.pdf;

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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one-page PDF PDFBox takes a visible signature's widget and appearance from: a framed box with the stamp's
 * lines in an embedded (subset) TrueType font, so that Vietnamese text shows and can be copied out again.
 */
final class StampTemplate {
    private static final float PADDING = 4;
    private static final float MAX_FONT_SIZE = 11;
    private static final float MIN_FONT_SIZE = 4;
    private static final float LEADING = 1.3f;

    private StampTemplate() {
    }

    /** Throws {@link IllegalStateException} when the font lacks a character, before anything is signed. */
    static void checkGlyphs(Path font, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f = PDType0Font.load(doc, font.toFile());
            for (String line : lines) {
                try {
                    f.getStringWidth(line);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("the font " + font + " cannot show the stamp text \"" + line
                            + "\" (" + e.getMessage() + "); use a font with Vietnamese glyphs such as DejaVuSans", e);
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
        if (area.page() > target.getNumberOfPages()) {
            throw new IllegalArgumentException("the stamp's page " + area.page() + " does not exist; the PDF has "
                    + target.getNumberOfPages() + " pages");
        }
        PDRectangle media = target.getPage(area.page() - 1).getMediaBox();
        if (area.x() + area.width() > media.getWidth() || area.y() + area.height() > media.getHeight()) {
            throw new IllegalArgumentException("the stamp (" + area + ") does not fit on page " + area.page() + " ("
                    + media.getWidth() + " × " + media.getHeight() + " pt)");
        }
        PDRectangle rect = new PDRectangle(media.getLowerLeftX() + area.x(), media.getLowerLeftY() + area.y(),
                area.width(), area.height());
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

            PDType0Font f = PDType0Font.load(doc, font.toFile());
            float size = fontSize(f, lines, area);
            try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
                cs.setStrokingColor(0.75f, 0.1f, 0.1f);
                cs.setLineWidth(1);
                cs.addRect(0.5f, 0.5f, area.width() - 1, area.height() - 1);
                cs.stroke();
                cs.setNonStrokingColor(0.75f, 0.1f, 0.1f);
                cs.beginText();
                cs.setFont(f, size);
                cs.setLeading(size * LEADING);
                float textHeight = size * LEADING * (lines.size() - 1) + size;
                cs.newLineAtOffset(PADDING, (area.height() + textHeight) / 2 - size * 0.8f);
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) {
                        cs.newLine();
                    }
                    cs.showText(lines.get(i));
                }
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The largest size up to {@value #MAX_FONT_SIZE} pt at which every line fits the area. */
    private static float fontSize(PDType0Font f, List<String> lines, StampArea area) throws IOException {
        float size = Math.min(MAX_FONT_SIZE, (area.height() - 2 * PADDING) / (LEADING * lines.size()));
        for (String line : lines) {
            float width = f.getStringWidth(line) / 1000;
            if (width > 0) {
                size = Math.min(size, (area.width() - 2 * PADDING) / width);
            }
        }
        if (size < MIN_FONT_SIZE) {
            throw new IllegalArgumentException("the stamp area (" + area + ") is too small for its text at "
                    + MIN_FONT_SIZE + " pt");
        }
        return size;
    }
}
