package dev.edxml.validate.rules;

import dev.edxml.internal.xml.Names;
import dev.edxml.model.SpecVersion;
import dev.edxml.validate.LocatedElement;
import dev.edxml.validate.RuleContext;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The {@code MessageHeader} as written, for the HDR rules. They read the elements rather than the model so that the
 * text is checked as it came (the model trims codes) and so that they still run when the model could not be built
 * (a non-numeric {@code PageAmount} stops the reader, not the other checks).
 */
final class HeaderFields {
    static final String NS = SpecVersion.QCVN_102_2016.namespace();
    /** Dates carry no zone; they are Vietnam dates (spec §10). */
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private HeaderFields() {}

    /** Runs {@code check} on the header of a document package. */
    static void document(RuleContext ctx, BiConsumer<RuleContext, LocatedElement> check) {
        header(ctx).filter(h -> !isStatus(h)).ifPresent(h -> check.accept(ctx, h));
    }

    /** Runs {@code check} on the header of a document or status package. */
    static void any(RuleContext ctx, BiConsumer<RuleContext, LocatedElement> check) {
        header(ctx).ifPresent(h -> check.accept(ctx, h));
    }

    /** A header in another namespace is not read at all (EDXML-HDR-001); its children are not checked one by one. */
    private static Optional<LocatedElement> header(RuleContext ctx) {
        return ctx.messageHeader().filter(h -> NS.equals(h.namespace()));
    }

    /** As the reader decides: a {@code MessageHeader} with a {@code StatusCode} is a status package. */
    static boolean isStatus(LocatedElement header) {
        return !all(header, Names.STATUS_CODE).isEmpty();
    }

    /** The children in the edXML namespace with this local name, in document order (the reader ignores the others). */
    static List<LocatedElement> all(LocatedElement parent, String local) {
        return parent.children().stream()
                .filter(c -> c.localName().equals(local) && NS.equals(c.namespace()))
                .toList();
    }

    static Optional<LocatedElement> first(LocatedElement parent, String local) {
        return all(parent, local).stream().findFirst();
    }

    /** Every element at a path of local names below {@code parent}, all matches at each step ({@code "To/OrganName"}). */
    static List<LocatedElement> select(LocatedElement parent, String path) {
        List<LocatedElement> cur = List.of(parent);
        for (String step : path.split("/", -1)) {
            List<LocatedElement> next = new ArrayList<>();
            cur.forEach(e -> next.addAll(all(e, step)));
            cur = next;
        }
        return cur;
    }

    /** The text of a leaf element as written, when it is not blank. */
    static Optional<String> value(LocatedElement e) {
        return e.children().isEmpty() && !e.text().isBlank() ? Optional.of(e.text()) : Optional.empty();
    }

    /** The text of the first child with this name, when present and not blank. */
    static Optional<String> value(LocatedElement parent, String local) {
        return first(parent, local).flatMap(HeaderFields::value);
    }

    /** The first child with this name whose text is not blank. */
    static Optional<LocatedElement> filled(LocatedElement parent, String local) {
        return first(parent, local).filter(e -> value(e).isPresent());
    }

    /** The element's path below {@code MessageHeader}, e.g. {@code To[2]/OrganId}: how messages name a field. */
    static String field(LocatedElement e) {
        String p = e.location().path();
        int i = p.indexOf("/MessageHeader/");
        return i < 0 ? e.localName() : p.substring(i + "/MessageHeader/".length());
    }

    /** The field name of a child that is missing: {@code To[2]/OrganId}, or just the name below the header. */
    static String field(LocatedElement parent, String child) {
        return parent.localName().equals(Names.MESSAGE_HEADER) ? child : field(parent) + "/" + child;
    }

    /** For comparing what people typed: NFC, no surrounding space, no case. */
    static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Length as a reader counts it: characters of the NFC form, so decomposed Vietnamese is not counted twice. */
    static int length(String s) {
        String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
        return n.codePointCount(0, n.length());
    }

    /** Today in Vietnam by the validator's clock. */
    static LocalDate today(RuleContext ctx) {
        return LocalDate.ofInstant(ctx.clock().instant(), VIETNAM);
    }

    /** Text for a one-line message: line breaks and tabs made visible, long text cut. */
    static String shown(String s) {
        String t = s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return t.length() > 80 ? t.substring(0, 77) + "…" : t;
    }

    /** Leading or trailing white space, including the no-break spaces that {@link String#strip()} keeps. */
    static boolean padded(String s) {
        return !s.isEmpty() && (space(s.codePointAt(0)) || space(s.codePointBefore(s.length())));
    }

    private static boolean space(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** A whole number as written (trimmed), when it is one; the reader reports the others. */
    static Optional<Long> number(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
