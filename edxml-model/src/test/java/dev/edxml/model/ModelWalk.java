package dev.edxml.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Test helper: walks model values by reflection (records, optionals, lists, maps, packages) to find the first
 * difference between two values with a readable path, to visit every string, and to tell empty containers.
 */
public final class ModelWalk {
    private ModelWalk() {}

    /** The named parts of a value that is walked into, or {@code null} for a leaf. */
    static Map<String, Object> parts(Object v) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (v instanceof EdocPackage p) {
            m.put("specVersion", p.specVersion());
            m.put("header", p.header());
            m.put("business", p.business());
            m.put("traceHeaders", p.traceHeaders());
            m.put("signature", p.signature());
            m.put("manifest", p.manifest());
            m.put("attachments", p.attachments());
            m.put("rootExtensions", p.rootExtensions());
            m.put("envelopeExtensions", p.envelopeExtensions());
            m.put("headerExtensions", p.headerExtensions());
            m.put("bodyExtensions", p.bodyExtensions());
            return m;
        }
        if (v instanceof StatusPackage p) {
            m.put("specVersion", p.specVersion());
            m.put("header", p.header());
            m.put("signature", p.signature());
            m.put("rootExtensions", p.rootExtensions());
            m.put("envelopeExtensions", p.envelopeExtensions());
            m.put("headerExtensions", p.headerExtensions());
            m.put("bodyExtensions", p.bodyExtensions());
            return m;
        }
        if (v instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                m.put(c.getName(), get(c, r));
            }
            return m;
        }
        return null;
    }

    private static Object get(RecordComponent c, Object r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first difference between two values, as {@code path: expected … but was …}, or {@code null} if equal. */
    public static String firstDifference(Object expected, Object actual) {
        return diff("", expected, actual);
    }

    private static String diff(String path, Object e, Object a) {
        if (Objects.equals(e, a)) {
            return null;
        }
        if (e == null || a == null || e.getClass() != a.getClass()) {
            return report(path, e, a);
        }
        if (e instanceof Optional<?> oe) {
            Optional<?> oa = (Optional<?>) a;
            return oe.isPresent() && oa.isPresent() ? diff(path, oe.get(), oa.get()) : report(path, e, a);
        }
        if (e instanceof List<?> le) {
            List<?> la = (List<?>) a;
            if (le.size() != la.size()) {
                return report(path + " (size " + le.size() + " vs " + la.size() + ")", e, a);
            }
            for (int i = 0; i < le.size(); i++) {
                String d = diff(path + "[" + i + "]", le.get(i), la.get(i));
                if (d != null) {
                    return d;
                }
            }
            return report(path, e, a);
        }
        if (e instanceof Map<?, ?> me) {
            Map<?, ?> ma = (Map<?, ?>) a;
            if (!me.keySet().equals(ma.keySet())) {
                return report(
                        path + " (keys "
                                + show(new TreeSet<>(me.keySet().stream()
                                        .map(String::valueOf)
                                        .toList())) + " vs "
                                + show(new TreeSet<>(ma.keySet().stream()
                                        .map(String::valueOf)
                                        .toList())) + ")",
                        e,
                        a);
            }
            for (Object k : me.keySet()) {
                String d = diff(path + "{" + k + "}", me.get(k), ma.get(k));
                if (d != null) {
                    return d;
                }
            }
            return report(path, e, a);
        }
        Map<String, Object> pe = parts(e);
        if (pe != null) {
            Map<String, Object> pa = parts(a);
            for (Map.Entry<String, Object> x : pe.entrySet()) {
                String d = diff(path + "." + x.getKey(), x.getValue(), pa.get(x.getKey()));
                if (d != null) {
                    return d;
                }
            }
        }
        return report(path, e, a);
    }

    private static String report(String path, Object e, Object a) {
        return (path.isEmpty() ? "<root>" : path) + ": expected " + show(e) + " but was " + show(a);
    }

    /** Visits every string held by a value (texts, codes, names, attribute keys and values) with its path. */
    public static void strings(Object v, BiConsumer<String, String> visitor) {
        walk("", v, (p, x) -> {
            if (x instanceof String s) {
                visitor.accept(p, s);
            } else if (x instanceof OpenCode c) {
                visitor.accept(p, c.code());
            }
        });
    }

    /** Visits every node of a value, depth first. */
    public static void walk(String path, Object v, BiConsumer<String, Object> visitor) {
        visitor.accept(path, v);
        if (v instanceof Optional<?> o) {
            o.ifPresent(x -> walk(path, x, visitor));
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                walk(path + "[" + i + "]", l.get(i), visitor);
            }
        } else if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> {
                walk(path + "{key}", k, visitor);
                walk(path + "{" + k + "}", x, visitor);
            });
        } else {
            Map<String, Object> p = parts(v);
            if (p != null) {
                p.forEach((k, x) -> walk(path + "." + k, x, visitor));
            }
        }
    }

    /**
     * Whether a record holds anything: a present optional, a non-empty list or extensions, or another non-null
     * component. An element without any content is written as nothing, so it cannot round-trip as present.
     */
    public static boolean hasContent(Record r) {
        for (Object x : parts(r).values()) {
            if (x instanceof Optional<?> o
                    ? o.isPresent()
                    : x instanceof List<?> l ? !l.isEmpty() : x instanceof Extensions e ? !e.isEmpty() : x != null) {
                return true;
            }
        }
        return false;
    }

    /** A value for a failure message: strings quoted with invisible and combining characters escaped. */
    public static String show(Object v) {
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof Optional<?> o) {
            return o.map(x -> "Optional(" + show(x) + ")").orElse("Optional.empty");
        }
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            l.forEach(x -> out.add(show(x)));
            return out.toString();
        }
        if (v instanceof OpenCode c) {
            return c.getClass().getSimpleName() + "(" + quote(c.code()) + ")";
        }
        if (v instanceof XmlText t) {
            return "XmlText(" + quote(t.text()) + ")";
        }
        if (v instanceof XmlElement x) {
            return "XmlElement({" + x.namespace() + "}" + x.localName() + " "
                    + show(new ArrayList<>(x.attributes().entrySet().stream()
                            .map(en -> en.getKey() + "=" + quote(en.getValue()))
                            .toList()))
                    + " "
                    + show(x.children()) + ")";
        }
        return quote(String.valueOf(v));
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            int t = Character.getType(c);
            boolean visible = c == ' '
                    || (c > 0x20 && c < 0x7F)
                    || (c > 0x9F
                            && t != Character.NON_SPACING_MARK
                            && t != Character.ENCLOSING_MARK
                            && t != Character.COMBINING_SPACING_MARK
                            && t != Character.FORMAT
                            && t != Character.LINE_SEPARATOR
                            && t != Character.PARAGRAPH_SEPARATOR
                            && t != Character.SPACE_SEPARATOR
                            && t != Character.PRIVATE_USE
                            && t != Character.UNASSIGNED
                            && t != Character.SURROGATE
                            && c < 0xFFF0);
            if (c == '"' || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (visible) {
                sb.appendCodePoint(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else {
                sb.append(String.format(java.util.Locale.ROOT, "\\u{%04X}", c));
            }
        });
        return sb.append('"').toString();
    }

    /** Whether every character of {@code s} is allowed in XML 1.0 (and surrogates are paired). */
    public static boolean isXmlLegal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            } else if (!(c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD))) {
                return false;
            }
        }
        return true;
    }
}
