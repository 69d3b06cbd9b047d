package dev.edxml.sign.pdf;

/**
 * Where a visible signature stamp goes: a page (1 for the first) and a rectangle in PDF points (1/72 inch) measured
 * from the lower-left corner of the page, as PDF coordinates are. On an A4 page (595 × 842 points) the lower right
 * corner is about {@code StampArea.of(1, 340, 40, 220, 60)}.
 *
 * @param page   the page, from 1
 * @param x      distance from the page's left edge
 * @param y      distance from the page's bottom edge
 * @param width  the stamp's width
 * @param height the stamp's height
 * @since 0.1.0
 */
public record StampArea(int page, float x, float y, float width, float height) {
    public StampArea {
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1: " + page);
        }
        if (!(x >= 0 && y >= 0 && Float.isFinite(x) && Float.isFinite(y))) {
            throw new IllegalArgumentException("the stamp's corner must lie on the page: " + x + ", " + y);
        }
        if (!(width > 0 && height > 0 && Float.isFinite(width) && Float.isFinite(height))) {
            throw new IllegalArgumentException(
                    "the stamp needs a positive width and height: " + width + " × " + height);
        }
    }

    public static StampArea of(int page, float x, float y, float width, float height) {
        return new StampArea(page, x, y, width, height);
    }

    @Override
    public String toString() {
        return "page " + page + " at (" + x + ", " + y + "), " + width + " × " + height + " pt";
    }
}
