package dev.edxml.sign.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * Compares the revision a signature covers with the whole file, object by object, and says how far the difference
 * could change what a viewer shows. An object counts as changed when the newest cross-reference entry points to a new
 * place and its value differs. New objects matter through the changed objects that refer to them, and through the
 * signed revision itself: an object the signed revision refers to but does not define (a "dangling hook") must not be
 * defined later, neither through a cross-reference section nor by bytes a repairing reader would find.
 *
 * <p>The changed objects are sorted by kind: validation data (DSS, document timestamps), further signatures, form
 * fill (values and appearances of existing non-signature fields), annotations (other than widgets), and content
 * (everything else). Which of these a signature permits is decided by the caller from DocMDP and FieldMDP.
 */
final class RevisionDiff {
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName EXTENSIONS = COSName.getPDFName("Extensions");
    private static final COSName DOC_TIME_STAMP = COSName.getPDFName("DocTimeStamp");
    private static final COSName NEED_APPEARANCES = COSName.getPDFName("NeedAppearances");
    private static final Set<COSName> SIGNING_FIELD_KEYS =
            Set.of(COSName.V, COSName.AP, COSName.getPDFName("Lock"), COSName.SV);
    /** What filling in a form changes on a field or its widget. */
    private static final Set<COSName> FILL_KEYS = Set.of(COSName.V, COSName.AP, COSName.AS, COSName.I);
    /** Bounds for walking the form's field tree and the DSS, so a hostile file cannot make them unbounded. */
    private static final int MAX_FIELDS = 100_000;

    private static final int MAX_DEPTH = 32;
    private static final Pattern OBJ = Pattern.compile("(?<![0-9])([0-9]{1,10})\\s+([0-9]{1,5})\\s+obj\\b");

    /**
     * The verdict and, for changes that matter, what changed.
     *
     * @param change       the most serious kind of change found
     * @param details      what changed, in English, for the messages
     * @param filledFields fully qualified names of the non-signature fields whose value or appearance changed
     */
    record Outcome(PdfChange change, List<String> details, Set<String> filledFields) {
        Outcome {
            details = List.copyOf(details);
            filledFields = Set.copyOf(filledFields);
        }

        Outcome(PdfChange change, List<String> details) {
            this(change, details, Set.of());
        }

        String detailText() {
            return details.isEmpty() ? change.describe(java.util.Locale.ENGLISH) : String.join("; ", details);
        }
    }

    /** A form field of the whole file: its fully qualified name and its (inherited) field type. */
    private record Field(String name, COSName type) {}

    private final PDDocument before;
    private final PDDocument after;
    private final PdfSource src;
    private final long revisionEnd;
    private final Map<COSObjectKey, Integer> annotArrays = new HashMap<>();
    private final Map<COSObjectKey, Field> fields = new HashMap<>();
    private final Map<COSObjectKey, String> fillAppearances = new HashMap<>();
    private final Set<COSObjectKey> annotations = new HashSet<>();
    private final Set<COSObjectKey> annotationAppearances = new HashSet<>();
    private final Set<COSObjectKey> validationData = new HashSet<>();
    private PdfChange change = PdfChange.NO_EFFECT;
    private final Set<String> details = new LinkedHashSet<>();
    private final Set<String> filled = new LinkedHashSet<>();

    private RevisionDiff(PDDocument before, PDDocument after, PdfSource src, long revisionEnd) {
        this.before = before;
        this.after = after;
        this.src = src;
        this.revisionEnd = revisionEnd;
    }

    /**
     * @param signedRevision the revision that ends at {@code revisionEnd}, loaded on its own
     * @param wholeFile      the whole file
     * @param src            the file's bytes, to look for object definitions outside the cross-reference sections
     */
    static Outcome compare(PDDocument signedRevision, PDDocument wholeFile, PdfSource src, long revisionEnd)
            throws IOException {
        return new RevisionDiff(signedRevision, wholeFile, src, revisionEnd).run();
    }

    private Outcome run() throws IOException {
        COSDocument oldCos = before.getDocument();
        COSDocument newCos = after.getDocument();
        index();
        COSDictionary oldTrailer = oldCos.getTrailer();
        COSDictionary newTrailer = newCos.getTrailer();
        if (!CosCompare.same(oldTrailer.getItem(COSName.ROOT), newTrailer.getItem(COSName.ROOT))) {
            catalog(
                    before.getDocumentCatalog().getCOSObject(),
                    after.getDocumentCatalog().getCOSObject());
        }
        if (!CosCompare.same(oldTrailer.getItem(COSName.INFO), newTrailer.getItem(COSName.INFO))) {
            raise(PdfChange.SIGNATURES, null);
        }
        if (!CosCompare.same(oldTrailer.getItem(COSName.ENCRYPT), newTrailer.getItem(COSName.ENCRYPT))) {
            raise(PdfChange.CONTENT, "encryption dictionary");
        }
        Map<COSObjectKey, Long> oldXref = oldCos.getXrefTable();
        Map<COSObjectKey, Long> newXref = newCos.getXrefTable();
        Set<Long> dangling = dangling(oldCos, oldXref);
        for (Map.Entry<COSObjectKey, Long> e : newXref.entrySet()) {
            Long was = oldXref.get(e.getKey());
            if (was == null) {
                if (dangling.contains(e.getKey().getNumber())) {
                    raise(
                            PdfChange.CONTENT,
                            "object " + name(e.getKey())
                                    + " is referred to by the signed revision but defined only after it");
                }
                continue;
            }
            if (sameLocation(was, e.getValue(), oldXref, newXref)) {
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
        if (!dangling.isEmpty()) {
            definedInBytesAfter(dangling);
        }
        return new Outcome(change, List.copyOf(details), filled);
    }

    /**
     * The object numbers the signed revision refers to without defining them. Walks every object of the revision
     * (dictionaries, arrays and stream dictionaries, not stream data).
     */
    private static Set<Long> dangling(COSDocument cos, Map<COSObjectKey, Long> xref) throws IOException {
        Set<Long> defined = new HashSet<>();
        for (COSObjectKey k : xref.keySet()) {
            defined.add(k.getNumber());
        }
        Set<Long> missing = new HashSet<>();
        collectRefs(cos.getTrailer(), defined, missing, 0);
        for (COSObjectKey k : List.copyOf(xref.keySet())) {
            COSBase b = cos.getObjectFromPool(k).getObject();
            if (b == null) {
                // the table names it but nothing readable is there: a later definition would be what readers show
                missing.add(k.getNumber());
            } else {
                collectRefs(b, defined, missing, 0);
            }
        }
        return missing;
    }

    private static void collectRefs(COSBase b, Set<Long> defined, Set<Long> missing, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (b instanceof COSObject) {
            long n = key((COSObject) b).getNumber();
            if (!defined.contains(n)) {
                missing.add(n);
            }
        } else if (b instanceof COSDictionary) {
            for (COSBase v : ((COSDictionary) b).getValues()) {
                collectRefs(v, defined, missing, depth + 1);
            }
        } else if (b instanceof COSArray) {
            for (COSBase v : (COSArray) b) {
                collectRefs(v, defined, missing, depth + 1);
            }
        }
    }

    /**
     * Object definitions ({@code N G obj}) in the bytes after the signed revision for numbers the revision left
     * dangling: a reader that repairs the file, or follows no cross-reference section, would pick them up.
     */
    private void definedInBytesAfter(Set<Long> dangling) throws IOException {
        if (src == null) {
            return;
        }
        int chunk = 1 << 20;
        int overlap = 32;
        for (long pos = revisionEnd; pos < src.size(); pos += chunk - overlap) {
            int n = (int) Math.min(chunk, src.size() - pos);
            Matcher m = OBJ.matcher(new String(src.bytes(pos, n), StandardCharsets.ISO_8859_1));
            while (m.find()) {
                long number = Long.parseLong(m.group(1));
                if (dangling.contains(number)) {
                    raise(
                            PdfChange.CONTENT,
                            "object " + number + " " + m.group(2)
                                    + " is referred to by the signed revision but written only after it");
                }
            }
            if (pos + n >= src.size()) {
                break;
            }
        }
    }

    /** Same offset in both tables, or the same object stream at the same offset: the very same bytes. */
    private static boolean sameLocation(
            long was, long is, Map<COSObjectKey, Long> oldXref, Map<COSObjectKey, Long> newXref) {
        if (was != is) {
            return false;
        }
        if (is >= 0) {
            return true;
        }
        COSObjectKey stream = new COSObjectKey(-is, 0);
        return Objects.equals(oldXref.get(stream), newXref.get(stream));
    }

    /** Finds, in the whole file, the form fields, the annotations and their appearances, and the DSS objects. */
    private void index() throws IOException {
        COSDictionary catalog = after.getDocumentCatalog().getCOSObject();
        COSDictionary form = asDict(catalog.getDictionaryObject(COSName.ACRO_FORM));
        if (form != null) {
            COSArray top = asArray(form.getDictionaryObject(COSName.FIELDS));
            if (top != null) {
                for (COSBase f : top) {
                    fieldTree(f, null, null, 0);
                }
            }
        }
        int n = 1;
        for (PDPage p : after.getPages()) {
            COSBase annots = p.getCOSObject().getItem(COSName.ANNOTS);
            if (annots instanceof COSObject) {
                annotArrays.put(key((COSObject) annots), n);
            }
            COSArray list = asArray(annots);
            for (int i = 0; list != null && i < list.size(); i++) {
                COSBase a = list.get(i);
                COSDictionary d = asDict(a);
                if (d == null) {
                    continue;
                }
                if (COSName.WIDGET.equals(d.getCOSName(COSName.SUBTYPE))) {
                    Field f = fieldOf(a, d);
                    if (f != null && !COSName.SIG.equals(f.type())) {
                        appearances(d, k -> fillAppearances.put(k, f.name()));
                    }
                } else {
                    if (a instanceof COSObject) {
                        annotations.add(key((COSObject) a));
                    }
                    appearances(d, annotationAppearances::add);
                }
            }
            n++;
        }
        COSBase dss = catalog.getItem(DSS);
        reachable(dss, validationData, 0);
    }

    private void fieldTree(COSBase ref, String parentName, COSName parentType, int depth) {
        COSDictionary d = asDict(ref);
        if (d == null || depth > MAX_DEPTH || fields.size() >= MAX_FIELDS) {
            return;
        }
        String t = d.getString(COSName.T);
        String name = t == null ? parentName : parentName == null ? t : parentName + "." + t;
        COSName type = d.getCOSName(COSName.FT, parentType);
        if (ref instanceof COSObject) {
            if (fields.putIfAbsent(key((COSObject) ref), new Field(name == null ? "" : name, type)) != null) {
                return; // a loop in the tree
            }
        }
        COSArray kids = asArray(d.getDictionaryObject(COSName.KIDS));
        for (int i = 0; kids != null && i < kids.size(); i++) {
            fieldTree(kids.get(i), name, type, depth + 1);
        }
    }

    /** The field a widget belongs to: itself when merged, else its parent, as found in the form's field tree. */
    private Field fieldOf(COSBase ref, COSDictionary widget) {
        if (ref instanceof COSObject) {
            Field f = fields.get(key((COSObject) ref));
            if (f != null) {
                return f;
            }
        }
        COSBase parent = widget.getItem(COSName.PARENT);
        return parent instanceof COSObject ? fields.get(key((COSObject) parent)) : null;
    }

    /** The objects an annotation's {@code /AP} refers to: the dictionary, its streams and its state dictionaries. */
    private static void appearances(COSDictionary annot, java.util.function.Consumer<COSObjectKey> sink) {
        COSBase ap = annot.getItem(COSName.AP);
        if (ap instanceof COSObject) {
            sink.accept(key((COSObject) ap));
        }
        COSDictionary apd = asDict(ap);
        if (apd == null) {
            return;
        }
        for (COSBase v : apd.getValues()) {
            if (v instanceof COSObject) {
                sink.accept(key((COSObject) v));
            }
            COSBase d = v instanceof COSObject ? ((COSObject) v).getObject() : v;
            if (d instanceof COSDictionary && !(d instanceof COSStream)) {
                for (COSBase s : ((COSDictionary) d).getValues()) {
                    if (s instanceof COSObject) {
                        sink.accept(key((COSObject) s));
                    }
                }
            }
        }
    }

    private static void reachable(COSBase b, Set<COSObjectKey> out, int depth) {
        if (b == null || depth > MAX_DEPTH || out.size() > MAX_FIELDS) {
            return;
        }
        if (b instanceof COSObject) {
            if (!out.add(key((COSObject) b))) {
                return;
            }
            reachable(((COSObject) b).getObject(), out, depth + 1);
        } else if (b instanceof COSDictionary) {
            for (COSBase v : ((COSDictionary) b).getValues()) {
                reachable(v, out, depth + 1);
            }
        } else if (b instanceof COSArray) {
            for (COSBase v : (COSArray) b) {
                reachable(v, out, depth + 1);
            }
        }
    }

    private void changed(COSObjectKey k, COSBase o, COSBase x) throws IOException {
        COSDictionary catalog = after.getDocumentCatalog().getCOSObject();
        Field field = fields.get(k);
        if (x == catalog) {
            catalog(asDict(o), catalog);
        } else if (x == catalog.getDictionaryObject(COSName.ACRO_FORM)) {
            acroForm(asDict(o), (COSDictionary) x);
        } else if (x == newTrailerItem(COSName.INFO) || x == catalog.getDictionaryObject(COSName.METADATA)) {
            raise(PdfChange.SIGNATURES, null);
        } else if (validationData.contains(k)) {
            raise(PdfChange.VALIDATION_DATA, null);
        } else if (x instanceof COSArray && annotArrays.containsKey(k)) {
            annots(annotArrays.get(k), asArray(o), (COSArray) x);
        } else if (x instanceof COSArray && isFieldsArray(x)) {
            fields(asArray(o), (COSArray) x);
        } else if (x instanceof COSDictionary
                && !(x instanceof COSStream)
                && COSName.PAGE.equals(((COSDictionary) x).getCOSName(COSName.TYPE))) {
            page(after.getPages().indexOf(new PDPage((COSDictionary) x)) + 1, asDict(o), (COSDictionary) x);
        } else if (x instanceof COSDictionary
                && !(x instanceof COSStream)
                && (isSignatureField((COSDictionary) x) || field != null && COSName.SIG.equals(field.type()))) {
            signatureField(k, field, asDict(o), (COSDictionary) x);
        } else if (fillAppearances.containsKey(k)) {
            fill(fillAppearances.get(k));
        } else if (field != null && x instanceof COSDictionary && !(x instanceof COSStream)) {
            Set<COSName> diff = CosCompare.differingKeys(asDict(o), (COSDictionary) x);
            if (FILL_KEYS.containsAll(diff)) {
                fill(field.name());
            } else {
                raise(PdfChange.CONTENT, "form field " + field.name() + " " + diff);
            }
        } else if (annotations.contains(k) || annotationAppearances.contains(k)) {
            raise(PdfChange.ANNOTATIONS, "annotation " + name(k) + describeType(x) + " changed");
        } else {
            raise(PdfChange.CONTENT, "object " + name(k) + describeType(x) + " changed");
        }
    }

    private void fill(String fieldName) {
        filled.add(fieldName);
        raise(PdfChange.FORM_FILL, "form field " + fieldName + " filled in");
    }

    /**
     * A signature field (or a widget of one) changed. Signing it later is a further signature; changing the value
     * or the appearance of a field signed within the revision is a change of what was signed, and an unsigned field
     * that gains a visible appearance paints over the page.
     */
    private void signatureField(COSObjectKey k, Field field, COSDictionary o, COSDictionary x) throws IOException {
        Set<COSName> diff = CosCompare.differingKeys(o, x);
        String label = "signature field " + (field != null && field.name() != null ? field.name() : name(k));
        COSDictionary fieldDict =
                isSignatureField(x) || x.containsKey(COSName.V) ? x : asDict(x.getDictionaryObject(COSName.PARENT));
        if (!SIGNING_FIELD_KEYS.containsAll(diff)) {
            raise(PdfChange.CONTENT, label + " " + diff);
        } else if (signedWithin(fieldDict)) {
            raise(PdfChange.CONTENT, label + ": the value or appearance of a signature made before changed");
        } else if (signedLater(fieldDict)) {
            raise(
                    isTimestamp(fieldDict) && !diff.contains(COSName.AP)
                            ? PdfChange.VALIDATION_DATA
                            : PdfChange.SIGNATURES,
                    null);
        } else if (diff.contains(COSName.AP) && paints(x)) {
            raise(PdfChange.CONTENT, label + ": an unsigned signature field shows an appearance on the page");
        } else {
            raise(PdfChange.SIGNATURES, null);
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
            } else if (NEED_APPEARANCES.equals(key)) {
                // the viewer rebuilds the fields' appearances from their values: what filling in a form does
                raise(PdfChange.FORM_FILL, "form /NeedAppearances");
            } else {
                raise(PdfChange.CONTENT, "form /" + key.getName());
            }
        }
    }

    private void fields(COSArray o, COSArray x) throws IOException {
        Diff d = diff(o, x);
        if (!d.removed().isEmpty()) {
            raise(PdfChange.CONTENT, "form fields removed");
        }
        for (COSBase f : d.added()) {
            COSDictionary dict = asDict(f);
            if (dict != null && isSignatureField(dict)) {
                raise(isTimestamp(dict) && signedLater(dict) ? PdfChange.VALIDATION_DATA : PdfChange.SIGNATURES, null);
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
        Diff d = diff(o, x);
        for (COSBase a : d.removed()) {
            COSDictionary w = asDict(a);
            if (w != null && !COSName.WIDGET.equals(w.getCOSName(COSName.SUBTYPE))) {
                raise(PdfChange.ANNOTATIONS, "page " + page + ": annotation removed");
            } else {
                raise(PdfChange.CONTENT, "page " + page + ": form field widget removed");
            }
        }
        for (COSBase a : d.added()) {
            COSDictionary w = asDict(a);
            if (w == null) {
                raise(PdfChange.CONTENT, "page " + page + ": annotation added");
                continue;
            }
            if (!COSName.WIDGET.equals(w.getCOSName(COSName.SUBTYPE))) {
                raise(PdfChange.ANNOTATIONS, "page " + page + ": annotation added");
                continue;
            }
            Field f = fieldOf(a, w);
            COSDictionary field = isSignatureField(w) ? w : asDict(w.getDictionaryObject(COSName.PARENT));
            if (field == null || !isSignatureField(field) || f != null && !COSName.SIG.equals(f.type())) {
                raise(PdfChange.CONTENT, "page " + page + ": form field widget added");
            } else if (signedLater(field)) {
                raise(isTimestamp(field) && !isVisible(w) ? PdfChange.VALIDATION_DATA : PdfChange.SIGNATURES, null);
            } else if (signedWithin(field)) {
                raise(PdfChange.CONTENT, "page " + page + ": a widget added to a signature made before");
            } else if (paints(w)) {
                raise(PdfChange.CONTENT, "page " + page + ": an unsigned signature field paints over the page");
            } else {
                raise(PdfChange.SIGNATURES, null);
            }
        }
    }

    private record Diff(List<COSBase> added, List<COSBase> removed) {}

    /** The entries of {@code x} that {@code o} lacks, and those of {@code o} that {@code x} lacks. */
    private static Diff diff(COSArray o, COSArray x) throws IOException {
        List<COSBase> rest = new ArrayList<>();
        List<COSBase> removed = new ArrayList<>();
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
                removed.add(o.get(i));
            }
        }
        return new Diff(rest, removed);
    }

    private boolean isFieldsArray(COSBase x) {
        COSDictionary form = asDict(after.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.ACRO_FORM));
        return form != null && form.getDictionaryObject(COSName.FIELDS) == x;
    }

    private COSBase newTrailerItem(COSName key) {
        return after.getDocument().getTrailer().getDictionaryObject(key);
    }

    /** The end of the byte range of the signature in a field's {@code /V}, or -1 when it has none. */
    private static long signedUpTo(COSDictionary field) {
        COSDictionary v = field == null ? null : asDict(field.getDictionaryObject(COSName.V));
        if (v == null) {
            return -1;
        }
        try {
            return ByteRange.parse(v.getDictionaryObject(COSName.BYTERANGE)).end();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** Whether the field holds a signature whose bytes end after this revision: a later signature. */
    private boolean signedLater(COSDictionary field) {
        return signedUpTo(field) > revisionEnd;
    }

    /** Whether the field holds a signature that the compared revision already contains. */
    private boolean signedWithin(COSDictionary field) {
        long end = signedUpTo(field);
        return end >= 0 && end <= revisionEnd;
    }

    private static boolean isSignatureField(COSDictionary d) {
        return COSName.SIG.equals(d.getCOSName(COSName.FT));
    }

    private static boolean isTimestamp(COSDictionary field) {
        COSDictionary v = field == null ? null : asDict(field.getDictionaryObject(COSName.V));
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

    /** A visible widget with a normal appearance: it draws something over the page. */
    private static boolean paints(COSDictionary widget) {
        COSDictionary ap = asDict(widget.getDictionaryObject(COSName.AP));
        return isVisible(widget) && ap != null && ap.getDictionaryObject(COSName.N) != null;
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

    /** The object's key; a direct object has none and counts as 0 0, as PDFBox's own getObjectNumber did. */
    private static COSObjectKey key(COSObject o) {
        return o.getKey() != null ? o.getKey() : new COSObjectKey(0, 0);
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
