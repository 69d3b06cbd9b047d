package dev.edxml.sign.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Whether a PDF looks like paper that was printed, signed by hand and scanned: (nearly) no extractable text while
 * its pages carry images. Looks at the first {@value #MAX_PAGES} pages only, to bound the time a large file takes.
 * It cannot see text drawn as curves, and a scan with an OCR text layer does not look scanned to it.
 */
final class ScanHeuristic {
    static final int MAX_PAGES = 50;
    /** Fewer letters than this per page on average is "no text layer": page numbers and stray marks stay below it. */
    static final int MAX_CHARS_PER_PAGE = 20;

    /** The measurements: text characters (not white space) and pages with an image, over the pages looked at. */
    record Result(int pagesLooked, int textChars, int imagePages) {
        boolean looksScanned() {
            return pagesLooked > 0 && textChars < MAX_CHARS_PER_PAGE * pagesLooked && imagePages * 2 >= pagesLooked;
        }
    }

    private ScanHeuristic() {}

    static Result measure(PDDocument doc) throws IOException {
        int pages = Math.min(doc.getNumberOfPages(), MAX_PAGES);
        if (pages == 0) {
            return new Result(0, 0, 0);
        }
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(1);
        stripper.setEndPage(pages);
        String text = stripper.getText(doc);
        int chars = (int) text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                .count();
        int withImages = 0;
        for (int i = 0; i < pages; i++) {
            PDPage page = doc.getPage(i);
            if (hasImage(page.getResources(), 0)) {
                withImages++;
            }
        }
        return new Result(pages, chars, withImages);
    }

    /** An image XObject in the resources, or in those of a form XObject they use (scanners often wrap images). */
    private static boolean hasImage(PDResources res, int depth) throws IOException {
        if (res == null || depth > 3) {
            return false;
        }
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDImageXObject) {
                return true;
            }
            if (x instanceof PDFormXObject && hasImage(((PDFormXObject) x).getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
