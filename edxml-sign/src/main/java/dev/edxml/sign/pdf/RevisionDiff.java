package dev.edxml.sign.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the revision a signature covers with the whole file, object by object, and says how far the difference
 * could change what a viewer shows. An object counts as changed when the newest cross-reference entry points to a new
 * place and its value differs; new objects matter only through the changed objects that refer to them, so the
 * rules judge the changed ones: the catalog may gain {@code /DSS} and {@code /Extensions}, the form and the pages may
 * gain signature fields and their widgets, metadata may change; anything else counts as content.
 */
final class RevisionDiff {
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName EXTENSIONS = COSName.getPDFName("Extensions");
    private static final COSName DOC_TIME_STAMP = COSName.getPDFName("DocTimeStamp");
    private static final Set<COSName> SIGNING_FIELD_KEYS = Set.of(COSName.V, COSName.AP,
            COSName.getPDFName("Lock"), COSName.SV);

    /** The verdict and, for content changes, what changed. */
    record Outcome(PdfChange change, List<String> details) {
        String detailText() {
            return details.isEmpty() ? change.describe(java.util.Locale.ENGLISH) : String.join("; ", details);
        }
    }

    private final PDDocument before;
    private final PDDocument after;
    private final Map<COSObjectKey, Integer> annotArrays = new HashMap<>();
    private PdfChange change = PdfChange.NO_EFFECT;
    private final Set<String> details = new LinkedHashSet<>();

    private RevisionDiff(PDDocument before, PDDocument after) {
        this.before = before;
        this.after = after;
    }

    static Outcome compare(PDDocument signedRevision, PDDocument wholeFile) throws IOException {
        return new RevisionDiff(signedRevision, wholeFile).run();
    }

    private Outcome run() throws IOException {
        COSDocument oldCos = before.getDocument();
        COSDocument newCos = after.getDocument();
        int n = 1;
        for (PDPage p : after.getPages()) {
            COSBase annots = p.getCOSObject().getItem(COSName.ANNOTS);
            if (annots instanceof COSObject) {
                annotArrays.put(key((COSObject) annots), n);
            }
            n++;
        }
        COSDictionary oldTrailer = oldCos.getTrailer();
        COSDictionary newTrailer = newCos.getTrailer();
        if (!CosCompare.same(oldTrailer.getItem(COSName.ROOT), newTrailer.getItem(COSName.ROOT))) {
            catalog(before.getDocumentCatalog().getCOSObject(), after.getDocumentCatalog().getCOSObject());
        }
        if (!CosCompare.same(oldTrailer.getItem(COSName.INFO), newTrailer.getItem(COSName.INFO))) {
            raise(PdfChange.SIGNATURES, null);
        }
        if (!CosCompare.same(oldTrailer.getItem(COSName.ENCRYPT), newTrailer.getItem(COSName.ENCRYPT))) {
            raise(PdfChange.CONTENT, "encryption dictionary");
        }
        Map<COSObjectKey, Long> oldXref = oldCos.getXrefTable();
        Map<COSObjectKey, Long> newXref = newCos.getXrefTable();
        for (Map.Entry<COSObjectKey, Long> e : newXref.entrySet()) {
            Long was = oldXref.get(e.getKey());
            if (was == null || sameLocation(was, e.getValue(), oldXref, newXref)) {
                continue;
            }
            COSBase o = oldCos.getObjectFromPool(e.getKey()).getObject();
            COSBase x = newCos.getObjectFromPool(e.getKey()).getObject();
            if (!CosCompare.same(o, x)) {
                changed(e.getKey(), o, x);
            }
        }
        for (COSObjectKey k : oldXref.keySet()) {
            if (!newXref.containsKey(k)) {
                raise(PdfChange.CONTENT, "object " + name(k) + " removed");
            }
        }
        return new Outcome(change, List.copyOf(details));
    }

    /** Same offset in both tables, or the same object stream at the same offset: the very same bytes. */
    private static boolean sameLocation(long was, long is, Map<COSObjectKey, Long> oldXref, Map<COSObjectKey, Long> newXref) {
        if (was != is) {
            return false;
        }
        if (is >= 0) {
            return true;
        }
        COSObjectKey stream = new COSObjectKey(-is, 0);
        return Objects.equals(oldXref.get(stream), newXref.get(stream));
    }

    private void changed(COSObjectKey k, COSBase o, COSBase x) throws IOException {
        COSDictionary catalog = after.getDocumentCatalog().getCOSObject();
        if (x == catalog) {
            catalog(asDict(o), catalog);
        } else if (x == catalog.getDictionaryObject(COSName.ACRO_FORM)) {
            acroForm(asDict(o), (COSDictionary) x);
        } else if (x == newTrailerItem(COSName.INFO) || x == catalog.getDictionaryObject(COSName.METADATA)) {
            raise(PdfChange.SIGNATURES, null);
        } else if (x instanceof COSArray && annotArrays.containsKey(k)) {
            annots(annotArrays.get(k), asArray(o), (COSArray) x);
        } else if (x instanceof COSArray && isFieldsArray(x)) {
            fields(asArray(o), (COSArray) x);
        } else if (x instanceof COSDictionary && !(x instanceof COSStream)
                && COSName.PAGE.equals(((COSDictionary) x).getCOSName(COSName.TYPE))) {
            page(after.getPages().indexOf(new PDPage((COSDictionary) x)) + 1, asDict(o), (COSDictionary) x);
        } else if (x instanceof COSDictionary && isSignatureField((COSDictionary) x)) {
            Set<COSName> diff = CosCompare.differingKeys(asDict(o), (COSDictionary) x);
            if (!SIGNING_FIELD_KEYS.containsAll(diff)) {
                raise(PdfChange.CONTENT, "signature field " + name(k) + " " + diff);
            } else {
                raise(isTimestamp((COSDictionary) x) && !diff.contains(COSName.AP) ? PdfChange.VALIDATION_DATA
                        : PdfChange.SIGNATURES, null);
            }
        } else {
            raise(PdfChange.CONTENT, "object " + name(k) + describeType(x) + " changed");
        }
    }

    private void catalog(COSDictionary o, COSDictionary x) throws IOException {
        for (COSName key : CosCompare.differingKeys(o, x)) {
            if (DSS.equals(key) || EXTENSIONS.equals(key)) {
                raise(PdfChange.VALIDATION_DATA, null);
            } else if (COSName.ACRO_FORM.equals(key)) {
                acroForm(asDict(deref(o, key)), asDict(x.getDictionaryObject(key)));
            } else if (COSName.METADATA.equals(key)) {
                raise(PdfChange.SIGNATURES, null);
            } else {
                raise(PdfChange.CONTENT, "catalog /" + key.getName());
            }
        }
    }

    private void acroForm(COSDictionary o, COSDictionary x) throws IOException {
        for (COSName key : CosCompare.differingKeys(o, x)) {
            if (COSName.FIELDS.equals(key)) {
                fields(asArray(deref(o, key)), asArray(x == null ? null : x.getDictionaryObject(key)));
            } else if (COSName.SIG_FLAGS.equals(key)) {
                raise(PdfChange.VALIDATION_DATA, null);
            } else if (COSName.DR.equals(key) || COSName.DA.equals(key)) {
                // defaults for rebuilding field appearances; the appearances written in the file stay as they are
                raise(PdfChange.SIGNATURES, null);
            } else {
                raise(PdfChange.CONTENT, "form /" + key.getName());
            }
        }
    }

    private void fields(COSArray o, COSArray x) throws IOException {
        List<COSBase> added = added(o, x, "form fields removed");
        for (COSBase f : added) {
            COSBase d = f instanceof COSObject ? ((COSObject) f).getObject() : f;
            if (d instanceof COSDictionary && isSignatureField((COSDictionary) d)) {
                raise(isTimestamp((COSDictionary) d) ? PdfChange.VALIDATION_DATA : PdfChange.SIGNATURES, null);
            } else {
                raise(PdfChange.CONTENT, "form field added");
            }
        }
    }

    private void page(int number, COSDictionary o, COSDictionary x) throws IOException {
        for (COSName key : CosCompare.differingKeys(o, x)) {
            if (COSName.ANNOTS.equals(key)) {
                annots(number, asArray(deref(o, key)), asArray(x.getDictionaryObject(key)));
            } else {
                raise(PdfChange.CONTENT, "page " + number + " /" + key.getName());
            }
        }
    }

    private void annots(int page, COSArray o, COSArray x) throws IOException {
        for (COSBase a : added(o, x, "page " + page + ": annotations removed")) {
            COSBase d = a instanceof COSObject ? ((COSObject) a).getObject() : a;
            if (!(d instanceof COSDictionary) || !COSName.WIDGET.equals(((COSDictionary) d).getCOSName(COSName.SUBTYPE))) {
                raise(PdfChange.CONTENT, "page " + page + ": annotation added");
                continue;
            }
            COSDictionary w = (COSDictionary) d;
            COSDictionary field = isSignatureField(w) ? w : asDict(w.getDictionaryObject(COSName.PARENT));
            if (field == null || !isSignatureField(field)) {
                raise(PdfChange.CONTENT, "page " + page + ": form field widget added");
            } else if (isVisible(w)) {
                raise(PdfChange.SIGNATURES, null);
            } else {
                raise(isTimestamp(field) ? PdfChange.VALIDATION_DATA : PdfChange.SIGNATURES, null);
            }
        }
    }

    /** The entries of {@code x} that {@code o} lacks; a content change when one of {@code o}'s is gone. */
    private List<COSBase> added(COSArray o, COSArray x, String removed) throws IOException {
        List<COSBase> rest = new ArrayList<>();
        if (x != null) {
            for (int i = 0; i < x.size(); i++) {
                rest.add(x.get(i));
            }
        }
        for (int i = 0; o != null && i < o.size(); i++) {
            boolean found = false;
            for (int j = 0; j < rest.size() && !found; j++) {
                if (CosCompare.same(o.get(i), rest.get(j))) {
                    rest.remove(j);
                    found = true;
                }
            }
            if (!found) {
                raise(PdfChange.CONTENT, removed);
            }
        }
        return rest;
    }

    private boolean isFieldsArray(COSBase x) {
        COSDictionary form = asDict(after.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.ACRO_FORM));
        return form != null && form.getDictionaryObject(COSName.FIELDS) == x;
    }

    private COSBase newTrailerItem(COSName key) {
        return after.getDocument().getTrailer().getDictionaryObject(key);
    }

    private static boolean isSignatureField(COSDictionary d) {
        return COSName.SIG.equals(d.getCOSName(COSName.FT));
    }

    private static boolean isTimestamp(COSDictionary field) {
        COSDictionary v = asDict(field.getDictionaryObject(COSName.V));
        return v != null && DOC_TIME_STAMP.equals(v.getCOSName(COSName.TYPE));
    }

    /** A widget shows when it has an area and is neither hidden (flag 2) nor "no view" (flag 32). */
    private static boolean isVisible(COSDictionary widget) {
        COSArray r = asArray(widget.getDictionaryObject(COSName.RECT));
        if (r == null || r.size() != 4 || (widget.getInt(COSName.F, 0) & (2 | 32)) != 0) {
            return false;
        }
        float[] v = r.toFloatArray();
        return Math.abs(v[2] - v[0]) > 0 && Math.abs(v[3] - v[1]) > 0;
    }

    private void raise(PdfChange level, String detail) {
        change = change.max(level);
        if (detail != null) {
            details.add(detail);
        }
    }

    private static COSBase deref(COSDictionary d, COSName key) {
        return d == null ? null : d.getDictionaryObject(key);
    }

    private static COSDictionary asDict(COSBase b) {
        COSBase v = b instanceof COSObject ? ((COSObject) b).getObject() : b;
        return v instanceof COSDictionary ? (COSDictionary) v : null;
    }

    private static COSArray asArray(COSBase b) {
        COSBase v = b instanceof COSObject ? ((COSObject) b).getObject() : b;
        return v instanceof COSArray ? (COSArray) v : null;
    }

    private static COSObjectKey key(COSObject o) {
        return new COSObjectKey(o.getObjectNumber(), o.getGenerationNumber());
    }

    private static String name(COSObjectKey k) {
        return k.getNumber() + " " + k.getGeneration();
    }

    private static String describeType(COSBase x) {
        if (x instanceof COSStream) {
            COSName t = ((COSStream) x).getCOSName(COSName.SUBTYPE, ((COSStream) x).getCOSName(COSName.TYPE));
            return t == null ? " (stream)" : " (stream " + t.getName() + ")";
        }
        if (x instanceof COSDictionary) {
            COSName t = ((COSDictionary) x).getCOSName(COSName.TYPE);
            return t == null ? "" : " (" + t.getName() + ")";
        }
        return "";
    }
}
