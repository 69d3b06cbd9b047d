package dev.edxml.sign.pdf;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;

/**
 * What a signature permits after it (ISO 32000-1 12.8.2): a certification signature's DocMDP level {@code P} (1: no
 * change, 2: form fill and signing, 3: also annotations; 0 here for an approval signature, which restricts nothing by
 * itself), and the form fields a FieldMDP transform or the field's {@code /Lock} dictionary locks.
 *
 * @param docMdp      the DocMDP level, 0 when the signature does not certify the document
 * @param lockAll     whether every form field is locked
 * @param lockInclude the fields locked (with {@code lockAll} false)
 * @param lockExclude the fields left unlocked (with {@code lockAll} true)
 */
record Permissions(int docMdp, boolean lockAll, Set<String> lockInclude, Set<String> lockExclude) {
    static final Permissions NONE = new Permissions(0, false, Set.of(), Set.of());
    private static final COSName DOC_MDP = COSName.getPDFName("DocMDP");
    private static final COSName FIELD_MDP = COSName.getPDFName("FieldMDP");
    private static final COSName TRANSFORM_METHOD = COSName.getPDFName("TransformMethod");
    private static final COSName TRANSFORM_PARAMS = COSName.getPDFName("TransformParams");
    private static final COSName LOCK = COSName.getPDFName("Lock");
    private static final COSName ACTION = COSName.getPDFName("Action");

    Permissions {
        lockInclude = Set.copyOf(lockInclude);
        lockExclude = Set.copyOf(lockExclude);
    }

    /**
     * Reads the permissions of one signature.
     *
     * @param catalog   the document catalog (its {@code /Perms /DocMDP} names the certification signature)
     * @param field     the signature field (its {@code /Lock})
     * @param signature the signature dictionary (its {@code /Reference} transforms)
     */
    static Permissions of(COSDictionary catalog, COSDictionary field, COSDictionary signature) {
        int p = 0;
        boolean all = false;
        Set<String> include = new LinkedHashSet<>();
        Set<String> exclude = new LinkedHashSet<>();
        boolean locks = false;
        COSDictionary perms = dict(catalog.getDictionaryObject(COSName.PERMS));
        boolean certifies = perms != null && perms.getDictionaryObject(DOC_MDP) == signature;
        COSArray refs = array(signature.getDictionaryObject(COSName.getPDFName("Reference")));
        for (int i = 0; refs != null && i < refs.size(); i++) {
            COSDictionary ref = dict(refs.get(i));
            if (ref == null) {
                continue;
            }
            COSDictionary params = dict(ref.getDictionaryObject(TRANSFORM_PARAMS));
            if (DOC_MDP.equals(ref.getCOSName(TRANSFORM_METHOD))) {
                certifies = true;
                p = level(params);
            } else if (FIELD_MDP.equals(ref.getCOSName(TRANSFORM_METHOD)) && params != null) {
                locks = true;
                all |= lock(params, include, exclude);
            }
        }
        if (certifies && p == 0) {
            p = 2; // named by /Perms without a DocMDP transform: the default level
        }
        COSDictionary lock = field == null ? null : dict(field.getDictionaryObject(LOCK));
        if (lock != null) {
            locks = true;
            all |= lock(lock, include, exclude);
            if (lock.containsKey(COSName.P)) {
                // PDF 2.0: a field lock can also carry a DocMDP level; the stricter one applies
                int lp = level(lock);
                p = p == 0 ? lp : Math.min(p, lp);
            }
        }
        if (!locks && p == 0) {
            return NONE;
        }
        return new Permissions(p, all, include, exclude);
    }

    /** {@code /P}: 1, 2 or 3; missing means 2, and a value outside the range counts as the strictest, 1. */
    private static int level(COSDictionary params) {
        if (params == null || !params.containsKey(COSName.P)) {
            return 2;
        }
        int v = params.getInt(COSName.P, 2);
        return v >= 1 && v <= 3 ? v : 1;
    }

    /** Adds a lock's fields; true when it locks all fields (Action All, or Exclude). */
    private static boolean lock(COSDictionary d, Set<String> include, Set<String> exclude) {
        COSName action = d.getCOSName(ACTION);
        Set<String> names = new LinkedHashSet<>();
        COSArray fields = array(d.getDictionaryObject(COSName.FIELDS));
        for (int i = 0; fields != null && i < fields.size() && i < 10_000; i++) {
            COSBase b = fields.getObject(i);
            if (b instanceof org.apache.pdfbox.cos.COSString) {
                names.add(((org.apache.pdfbox.cos.COSString) b).getString());
            }
        }
        if (COSName.getPDFName("Include").equals(action)) {
            include.addAll(names);
            return false;
        }
        if (COSName.getPDFName("Exclude").equals(action)) {
            exclude.addAll(names);
            return true;
        }
        return true; // All, or an unknown action: the strictest reading
    }

    /** Whether this signature locks the field of this fully qualified name. */
    boolean locks(String field) {
        if (lockAll) {
            return !lockExclude.contains(field);
        }
        return lockInclude.contains(field);
    }

    private static COSDictionary dict(COSBase b) {
        COSBase v = b instanceof COSObject ? ((COSObject) b).getObject() : b;
        return v instanceof COSDictionary ? (COSDictionary) v : null;
    }

    private static COSArray array(COSBase b) {
        COSBase v = b instanceof COSObject ? ((COSObject) b).getObject() : b;
        return v instanceof COSArray ? (COSArray) v : null;
    }
}
