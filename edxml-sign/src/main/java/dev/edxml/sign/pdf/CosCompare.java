package dev.edxml.sign.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * Equality of PDF objects as written: references are equal when they name the same object (the object itself is
 * compared on its own), streams when their dictionaries and encoded bytes are. Nesting deeper than
 * {@value #MAX_DEPTH} counts as different, so a hostile file cannot exhaust the stack.
 */
final class CosCompare {
    private static final int MAX_DEPTH = 64;

    private CosCompare() {}

    static boolean same(COSBase a, COSBase b) throws IOException {
        return same(a, b, 0);
    }

    /** The keys whose values differ between two dictionaries (a missing dictionary counts as empty). */
    static Set<COSName> differingKeys(COSDictionary a, COSDictionary b) throws IOException {
        COSDictionary x = a == null ? new COSDictionary() : a;
        COSDictionary y = b == null ? new COSDictionary() : b;
        Set<COSName> out = new LinkedHashSet<>();
        Set<COSName> keys = new LinkedHashSet<>(x.keySet());
        keys.addAll(y.keySet());
        for (COSName k : keys) {
            if (!same(x.getItem(k), y.getItem(k), 1)) {
                out.add(k);
            }
        }
        return out;
    }

    private static boolean same(COSBase a, COSBase b, int depth) throws IOException {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || depth > MAX_DEPTH) {
            return false;
        }
        if (a instanceof COSObject || b instanceof COSObject) {
            return a instanceof COSObject
                    && b instanceof COSObject
                    && java.util.Objects.equals(((COSObject) a).getKey(), ((COSObject) b).getKey());
        }
        if (a instanceof COSStream || b instanceof COSStream) {
            return a instanceof COSStream
                    && b instanceof COSStream
                    && sameEntries((COSDictionary) a, (COSDictionary) b, depth)
                    && sameBytes((COSStream) a, (COSStream) b);
        }
        if (a instanceof COSDictionary && b instanceof COSDictionary) {
            return sameEntries((COSDictionary) a, (COSDictionary) b, depth);
        }
        if (a instanceof COSArray && b instanceof COSArray) {
            COSArray x = (COSArray) a;
            COSArray y = (COSArray) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof COSString && b instanceof COSString) {
            return Arrays.equals(((COSString) a).getBytes(), ((COSString) b).getBytes());
        }
        if (a instanceof COSInteger && b instanceof COSInteger) {
            return ((COSInteger) a).longValue() == ((COSInteger) b).longValue();
        }
        if (a instanceof COSFloat && b instanceof COSFloat) {
            return ((COSFloat) a).floatValue() == ((COSFloat) b).floatValue();
        }
        return a.getClass() == b.getClass() && a.equals(b);
    }

    private static boolean sameEntries(COSDictionary x, COSDictionary y, int depth) throws IOException {
        if (!x.keySet().equals(y.keySet())) {
            return false;
        }
        for (COSName k : x.keySet()) {
            // /Length may be written directly in one revision and by reference in the other for the same bytes
            if (!COSName.LENGTH.equals(k) && !same(x.getItem(k), y.getItem(k), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameBytes(COSStream a, COSStream b) throws IOException {
        try (InputStream x = a.createRawInputStream();
                InputStream y = b.createRawInputStream()) {
            byte[] bx = new byte[8192];
            byte[] by = new byte[8192];
            while (true) {
                int n = x.readNBytes(bx, 0, bx.length);
                int m = y.readNBytes(by, 0, by.length);
                if (n != m || !Arrays.equals(bx, 0, n, by, 0, m)) {
                    return false;
                }
                if (n < bx.length) {
                    return true;
                }
            }
        }
    }
}
