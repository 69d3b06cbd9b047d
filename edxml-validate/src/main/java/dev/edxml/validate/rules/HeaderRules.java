package dev.edxml.validate.rules;

import static dev.edxml.validate.rules.HeaderFields.all;
import static dev.edxml.validate.rules.HeaderFields.any;
import static dev.edxml.validate.rules.HeaderFields.document;
import static dev.edxml.validate.rules.HeaderFields.field;
import static dev.edxml.validate.rules.HeaderFields.filled;
import static dev.edxml.validate.rules.HeaderFields.first;
import static dev.edxml.validate.rules.HeaderFields.fold;
import static dev.edxml.validate.rules.HeaderFields.number;
import static dev.edxml.validate.rules.HeaderFields.select;
import static dev.edxml.validate.rules.HeaderFields.value;
import static dev.edxml.validate.rules.RuleCatalogue.E;
import static dev.edxml.validate.rules.RuleCatalogue.I;
import static dev.edxml.validate.rules.RuleCatalogue.W;
import static dev.edxml.validate.rules.RuleCatalogue.rule;

import dev.edxml.internal.xml.Names;
import dev.edxml.model.DocumentCategory;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdxmlDate;
import dev.edxml.model.OrganId;
import dev.edxml.model.Priority;
import dev.edxml.model.SteeringType;
import dev.edxml.validate.LocatedElement;
import dev.edxml.validate.Rule;
import dev.edxml.validate.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules of area HDR on the document's metadata (spec §3, §9–§11, §12.3 V-MH-*, V-ID-2): what must be there, dates,
 * document type, code lists, amounts, {@code DocumentId} and {@code ResponseFor}. Identifiers, lengths and text quality
 * are in {@link HeaderTextRules}. Presence rules apply to document packages (what a status package must carry is
 * checked by the STA rules) and leave a child the schema requires to EDXML-ENV-032 when it is missing, reporting it
 * here when it is written empty.
 */
final class HeaderRules {
    /** {@code issuer,yyyy/MM/dd,number/notation} (spec §9). */
    private static final Pattern CONVENTIONAL = Pattern.compile("([^,]+),(\\d{4}/\\d{2}/\\d{2}),([^,/]+)/([^,]+)");

    private static final String BKAV = "; [Bkav checker]";

    private HeaderRules() {}

    static List<Rule> rules() {
        return List.of(
                rule(
                        "EDXML-HDR-010",
                        "QCVN 102:2016 1.1 (From)" + BKAV,
                        E,
                        E,
                        W,
                        ctx -> document(ctx, HeaderRules::from)),
                rule("EDXML-HDR-011", "QCVN 102:2016 1.2 (To)" + BKAV, E, E, W, ctx -> document(ctx, HeaderRules::to)),
                rule(
                        "EDXML-HDR-012",
                        "QCVN 102:2016 1.2 (To)" + BKAV,
                        E,
                        E,
                        W,
                        ctx -> document(ctx, HeaderRules::duplicateTo)),
                rule(
                        "EDXML-HDR-013",
                        "QCVN 102:2016 1.2 (To/OrganName)",
                        W,
                        W,
                        I,
                        ctx -> document(ctx, HeaderRules::toName)),
                rule(
                        "EDXML-HDR-014",
                        "QCVN 102:2016 1.3 (Code)" + BKAV,
                        E,
                        E,
                        W,
                        ctx -> document(ctx, HeaderRules::code)),
                rule(
                        "EDXML-HDR-015",
                        "QCVN 102:2016 1.6 (Subject)" + BKAV,
                        E,
                        E,
                        W,
                        ctx -> document(ctx, HeaderRules::subject)),
                rule(
                        "EDXML-HDR-016",
                        "QCVN 102:2016 1.4 (PromulgationInfo/PromulgationDate)",
                        E,
                        E,
                        W,
                        ctx -> document(ctx, HeaderRules::promulgationDate)),
                rule(
                        "EDXML-HDR-017",
                        "QCVN 102:2016 1.4, 1.9, 1.12.3 (dates)",
                        E,
                        E,
                        W,
                        ctx -> any(ctx, HeaderRules::realDates)),
                rule(
                        "EDXML-HDR-018",
                        "QCVN 102:2016 1.4, 1.9, 1.12.3 (yyyy/MM/dd)" + BKAV,
                        E,
                        E,
                        W,
                        ctx -> any(ctx, HeaderRules::dateFormat)),
                rule(
                        "EDXML-HDR-019",
                        "QCVN 102:2016 1.4 (PromulgationDate)" + BKAV,
                        E,
                        E,
                        W,
                        ctx -> document(ctx, HeaderRules::future)),
                rule(
                        "EDXML-HDR-020",
                        "QCVN 102:2016 1.9 (DueDate)",
                        W,
                        W,
                        I,
                        ctx -> document(ctx, HeaderRules::dueDate)),
                rule(
                        "EDXML-HDR-021",
                        "QCVN 102:2016 1.5 (DocumentType/Type)",
                        E,
                        E,
                        W,
                        ctx -> document(ctx, HeaderRules::documentType)),
                // the axis relays other values (Type=71 in production, spec §11.2): an error by the rule, a warning on
                // the axis
                rule(
                        "EDXML-HDR-022",
                        "QCVN 102:2016 1.5 (DocumentType/Type)" + BKAV,
                        E,
                        W,
                        W,
                        ctx -> document(ctx, HeaderRules::category)),
                // the TypeDetail table is an unverified copy (spec §11.3): never more than a warning
                rule(
                        "EDXML-HDR-023",
                        "QCVN 102:2016 1.5; Amendment 1:2022 (TypeDetail table)",
                        W,
                        I,
                        I,
                        ctx -> document(ctx, HeaderRules::typeName)),
                rule(
                        "EDXML-HDR-024",
                        "QCVN 102:2016 1.5; Amendment 1:2022 (TypeDetail table)",
                        W,
                        W,
                        I,
                        ctx -> document(ctx, HeaderRules::typeNameCategory)),
                rule(
                        "EDXML-HDR-025",
                        "QCVN 102:2016 1.5; Amendment 1:2022 (TypeDetail table)",
                        I,
                        I,
                        null,
                        ctx -> document(ctx, HeaderRules::typeDetail)),
                rule(
                        "EDXML-HDR-026",
                        "QCVN 102:2016 1.11.1 (Priority)" + BKAV,
                        E,
                        E,
                        W,
                        ctx -> document(ctx, HeaderRules::priority)),
                rule(
                        "EDXML-HDR-027",
                        "QCVN 102:2016 1.13 (SteeringType, variant A)",
                        W,
                        W,
                        I,
                        ctx -> document(ctx, (c, h) -> steering(c, h, false))),
                rule(
                        "EDXML-HDR-028",
                        "QCVN 102:2016 1.13 (SteeringType, variant A)",
                        W,
                        W,
                        I,
                        ctx -> document(ctx, (c, h) -> steering(c, h, true))),
                rule(
                        "EDXML-HDR-029",
                        "QCVN 102:2016 1.11.4, 1.11.5" + BKAV,
                        E,
                        E,
                        W,
                        ctx -> document(ctx, (c, h) -> amounts(c, h, false))),
                rule(
                        "EDXML-HDR-030",
                        "Decree 30/2020 Appendix VI (Number 3)",
                        E,
                        W,
                        I,
                        ctx -> document(ctx, (c, h) -> amounts(c, h, true))),
                rule(
                        "EDXML-HDR-031",
                        "QCVN 102:2016 1.14 (DocumentId)",
                        W,
                        W,
                        I,
                        ctx -> document(ctx, HeaderRules::documentId)),
                rule(
                        "EDXML-HDR-032",
                        "QCVN 102:2016 1.14, 1.12.4 (DocumentId convention issuer,yyyy/MM/dd,number/notation)",
                        W,
                        W,
                        I,
                        ctx -> any(ctx, HeaderRules::documentIdConsistent)),
                rule(
                        "EDXML-HDR-036",
                        "QCVN 102:2016 1.12 (ResponseFor)",
                        W,
                        W,
                        I,
                        ctx -> document(ctx, (c, h) -> responseFor(c, h, true))),
                rule(
                        "EDXML-HDR-037",
                        "QCVN 102:2016 1.12 (ResponseFor)",
                        E,
                        W,
                        I,
                        ctx -> document(ctx, (c, h) -> responseFor(c, h, false))),
                rule(
                        "EDXML-HDR-044",
                        "QCVN 102:2016 1.5 (DocumentType/TypeName); Decree 30/2020 Appendix VI",
                        E,
                        E,
                        W,
                        ctx -> document(ctx, HeaderRules::typeNameMissing)));
    }

    // ---- organisations -----------------------------------------------------------------------------------------

    /**
     * Reports {@code child} of {@code parent} when it is written empty (spec §12.1: empty is absent), and also when it
     * is missing if {@code missingToo}. A child the schema requires is not reported missing here: EDXML-ENV-032 does.
     */
    private static void empty(RuleContext ctx, LocatedElement parent, String child, boolean missingToo) {
        Optional<LocatedElement> c = first(parent, child);
        if (c.isEmpty() ? missingToo : value(c.get()).isEmpty()) {
            ctx.report(c.orElse(parent), field(parent, child));
        }
    }

    private static void from(RuleContext ctx, LocatedElement h) {
        // a missing From is EDXML-ENV-032's (the schema requires one)
        first(h, Names.FROM).ifPresent(from -> {
            empty(ctx, from, Names.ORGAN_ID, false);
            empty(ctx, from, Names.ORGAN_NAME, true);
        });
    }

    private static void to(RuleContext ctx, LocatedElement h) {
        List<LocatedElement> to = all(h, Names.TO);
        if (to.isEmpty()) {
            ctx.report(h, Names.TO);
        }
        to.forEach(t -> empty(ctx, t, Names.ORGAN_ID, false));
    }

    private static void duplicateTo(RuleContext ctx, LocatedElement h) {
        Map<String, LocatedElement> seen = new HashMap<>();
        for (LocatedElement t : all(h, Names.TO)) {
            filled(t, Names.ORGAN_ID).ifPresent(id -> {
                String v = id.text().strip();
                LocatedElement before = seen.putIfAbsent(v, t);
                if (before != null) {
                    ctx.report(id, v, field(before));
                }
            });
        }
    }

    private static void toName(RuleContext ctx, LocatedElement h) {
        all(h, Names.TO).stream()
                .filter(t -> filled(t, Names.ORGAN_NAME).isEmpty())
                .forEach(t -> ctx.report(
                        first(t, Names.ORGAN_NAME).orElse(t),
                        field(t),
                        value(t, Names.ORGAN_ID).map(String::strip).orElse("?")));
    }

    // ---- code, subject, dates ----------------------------------------------------------------------------------

    private static void code(RuleContext ctx, LocatedElement h) {
        Optional<LocatedElement> code = first(h, Names.CODE);
        if (code.isEmpty()) {
            ctx.report(h, Names.CODE);
            return;
        }
        empty(ctx, code.get(), Names.CODE_NUMBER, false);
        empty(ctx, code.get(), Names.CODE_NOTATION, false);
    }

    private static void subject(RuleContext ctx, LocatedElement h) {
        if (filled(h, Names.SUBJECT).isEmpty()) {
            ctx.report(first(h, Names.SUBJECT).orElse(h));
        }
    }

    private static void promulgationDate(RuleContext ctx, LocatedElement h) {
        Optional<LocatedElement> pi = first(h, Names.PROMULGATION_INFO);
        if (pi.isEmpty()) {
            ctx.report(h, Names.PROMULGATION_INFO);
        } else {
            empty(ctx, pi.get(), Names.PROMULGATION_DATE, false);
        }
    }

    /** The date elements of a header: promulgation, due date and those of the documents answered. */
    private static List<LocatedElement> dates(LocatedElement h) {
        List<LocatedElement> out = new ArrayList<>(select(h, "PromulgationInfo/PromulgationDate"));
        out.addAll(all(h, Names.DUE_DATE));
        out.addAll(select(h, "ResponseFor/PromulgationDate"));
        return out;
    }

    private static void realDates(RuleContext ctx, LocatedElement h) {
        for (LocatedElement d : dates(h)) {
            value(d).filter(v -> EdxmlDate.parse(v.strip()).date().isEmpty())
                    .ifPresent(v -> ctx.report(d, field(d), HeaderFields.shown(v.strip())));
        }
    }

    private static void dateFormat(RuleContext ctx, LocatedElement h) {
        for (LocatedElement d : dates(h)) {
            value(d).ifPresent(v -> {
                EdxmlDate date = EdxmlDate.parse(v.strip());
                if (!date.isCanonical()) {
                    date.date()
                            .ifPresent(real -> ctx.report(
                                    d, field(d), v.strip(), EdxmlDate.of(real).text()));
                }
            });
        }
    }

    private static Optional<LocalDate> date(LocatedElement e) {
        return value(e).flatMap(v -> EdxmlDate.parse(v.strip()).date());
    }

    private static void future(RuleContext ctx, LocatedElement h) {
        LocalDate today = HeaderFields.today(ctx);
        for (LocatedElement d : select(h, "PromulgationInfo/PromulgationDate")) {
            date(d).filter(today::isBefore)
                    .ifPresent(x ->
                            ctx.report(d, d.text().strip(), EdxmlDate.of(today).text()));
        }
    }

    private static void dueDate(RuleContext ctx, LocatedElement h) {
        Optional<LocatedElement> prom =
                select(h, "PromulgationInfo/PromulgationDate").stream().findFirst();
        Optional<LocalDate> promDate = prom.flatMap(HeaderRules::date);
        for (LocatedElement due : all(h, Names.DUE_DATE)) {
            date(due)
                    .filter(d -> promDate.isPresent() && d.isBefore(promDate.get()))
                    .ifPresent(d -> ctx.report(
                            due, due.text().strip(), prom.get().text().strip()));
        }
    }

    // ---- document type -----------------------------------------------------------------------------------------

    private static void documentType(RuleContext ctx, LocatedElement h) {
        Optional<LocatedElement> dt = first(h, Names.DOCUMENT_TYPE);
        if (dt.isEmpty()) {
            ctx.report(h, Names.DOCUMENT_TYPE);
        } else {
            empty(ctx, dt.get(), Names.TYPE, false);
        }
    }

    private static void typeNameMissing(RuleContext ctx, LocatedElement h) {
        first(h, Names.DOCUMENT_TYPE)
                .flatMap(dt -> first(dt, Names.TYPE_NAME))
                .filter(n -> value(n).isEmpty())
                .ifPresent(ctx::report);
    }

    private static void category(RuleContext ctx, LocatedElement h) {
        first(h, Names.DOCUMENT_TYPE).flatMap(dt -> filled(dt, Names.TYPE)).ifPresent(t -> {
            if (!DocumentCategory.of(t.text()).isKnown()) {
                ctx.report(t, HeaderFields.shown(t.text().strip()));
            }
        });
    }

    /** The known category written in {@code Type}, if any. */
    private static Optional<DocumentCategory> knownCategory(LocatedElement dt) {
        return value(dt, Names.TYPE).map(DocumentCategory::of).filter(DocumentCategory::isKnown);
    }

    /** {@code TypeDetail} as a code: absent, {@code 0} (the SDK's "unset") and non-numbers are no code. */
    private static Optional<Integer> detail(LocatedElement dt) {
        return value(dt, Names.TYPE_DETAIL)
                .flatMap(HeaderFields::number)
                .filter(n -> n > 0 && n < 1000)
                .map(Long::intValue);
    }

    /** "Nghị quyết" names "Nghị quyết (cá biệt)" too: the bracket only says which category it is. */
    private static boolean sameName(DocumentType t, String name) {
        String n = fold(name);
        String vi = t.name().orElse("");
        return fold(vi).equals(n) || fold(vi.replaceFirst("\\s*\\(.*\\)$", "")).equals(n);
    }

    private static void typeName(RuleContext ctx, LocatedElement h) {
        first(h, Names.DOCUMENT_TYPE).ifPresent(dt -> knownCategory(dt).ifPresent(cat -> detail(dt)
                .flatMap(d -> DocumentType.find(cat, d))
                .ifPresent(entry -> filled(dt, Names.TYPE_NAME)
                        .filter(n -> !sameName(entry, n.text()))
                        .ifPresent(n -> ctx.report(
                                n,
                                cat.code(),
                                String.valueOf(entry.detail().orElseThrow()),
                                entry.name().orElseThrow(),
                                HeaderFields.shown(n.text().strip()))))));
    }

    private static void typeNameCategory(RuleContext ctx, LocatedElement h) {
        first(h, Names.DOCUMENT_TYPE).ifPresent(dt -> knownCategory(dt).ifPresent(cat -> {
            if (detail(dt).flatMap(d -> DocumentType.find(cat, d)).isPresent()) {
                return;
            }
            filled(dt, Names.TYPE_NAME).ifPresent(n -> {
                List<DocumentType> named = DocumentType.catalogue().stream()
                        .filter(t -> sameName(t, n.text()))
                        .toList();
                if (!named.isEmpty()
                        && named.stream()
                                .noneMatch(t -> t.category().orElseThrow().equals(cat))) {
                    ctx.report(
                            first(dt, Names.TYPE).orElse(dt),
                            HeaderFields.shown(n.text().strip()),
                            named.get(0).category().orElseThrow().code(),
                            cat.code());
                }
            });
        }));
    }

    private static void typeDetail(RuleContext ctx, LocatedElement h) {
        first(h, Names.DOCUMENT_TYPE).ifPresent(dt -> knownCategory(dt).ifPresent(cat -> detail(dt)
                .filter(d -> DocumentType.find(cat, d).isEmpty())
                .ifPresent(d -> ctx.report(first(dt, Names.TYPE_DETAIL).orElse(dt), cat.code(), String.valueOf(d)))));
    }

    // ---- code lists and amounts --------------------------------------------------------------------------------

    private static void priority(RuleContext ctx, LocatedElement h) {
        for (LocatedElement p : select(h, "OtherInfo/Priority")) {
            value(p).filter(v -> !Priority.of(v).isKnown())
                    .ifPresent(v -> ctx.report(p, HeaderFields.shown(v.strip())));
        }
    }

    private static void steering(RuleContext ctx, LocatedElement h, boolean variantB) {
        for (LocatedElement s : all(h, Names.STEERING_TYPE)) {
            value(s).map(String::strip).ifPresent(v -> {
                if (variantB && v.equals("3")) {
                    ctx.report(s);
                } else if (!variantB && !v.equals("3") && !SteeringType.of(v).isKnown()) {
                    ctx.report(s, HeaderFields.shown(v));
                }
            });
        }
    }

    private static void amounts(RuleContext ctx, LocatedElement h, boolean tooLarge) {
        for (String name : List.of(Names.PROMULGATION_AMOUNT, Names.PAGE_AMOUNT)) {
            for (LocatedElement a : select(h, "OtherInfo/" + name)) {
                value(a).flatMap(HeaderFields::number)
                        .filter(n -> tooLarge ? n > 999 : n < 0)
                        .ifPresent(n -> ctx.report(a, field(a), String.valueOf(n)));
            }
        }
    }

    // ---- DocumentId and ResponseFor ----------------------------------------------------------------------------

    private static void documentId(RuleContext ctx, LocatedElement h) {
        if (filled(h, Names.DOCUMENT_ID).isEmpty()) {
            ctx.report(first(h, Names.DOCUMENT_ID).orElse(h));
        }
    }

    private static void documentIdConsistent(RuleContext ctx, LocatedElement h) {
        if (!HeaderFields.isStatus(h)) {
            filled(h, Names.DOCUMENT_ID).ifPresent(id -> {
                Matcher m = CONVENTIONAL.matcher(id.text().strip());
                if (m.matches()) {
                    first(h, Names.FROM)
                            .flatMap(f -> filled(f, Names.ORGAN_ID))
                            .filter(HeaderRules::agency)
                            .ifPresent(o -> compare(ctx, id, o, m.group(1)));
                    select(h, "PromulgationInfo/PromulgationDate").stream()
                            .filter(d -> value(d).isPresent())
                            .findFirst()
                            .ifPresent(d -> compareDate(ctx, id, d, m.group(2)));
                    first(h, Names.CODE)
                            .flatMap(c -> filled(c, Names.CODE_NUMBER))
                            .ifPresent(n -> compareNumber(ctx, id, n, n.text(), m.group(3)));
                    first(h, Names.CODE)
                            .flatMap(c -> filled(c, Names.CODE_NOTATION))
                            .ifPresent(n -> compare(ctx, id, n, m.group(4)));
                }
            });
        }
        for (LocatedElement rf : all(h, Names.RESPONSE_FOR)) {
            filled(rf, Names.DOCUMENT_ID).ifPresent(id -> {
                Matcher m = CONVENTIONAL.matcher(id.text().strip());
                if (m.matches()) {
                    // in a recall request (13) the sender addresses the recipient: ResponseFor/OrganId names the
                    // recipient, not the issuer (spec §7.1, the official examples), so it cannot match the DocumentId
                    boolean recall = HeaderFields.isStatus(h)
                            && first(h, Names.STATUS_CODE)
                                    .map(sc -> sc.text().strip().equals("13"))
                                    .orElse(false);
                    filled(rf, Names.ORGAN_ID)
                            .filter(HeaderRules::agency)
                            .filter(o -> !recall)
                            .ifPresent(o -> compare(ctx, id, o, m.group(1)));
                    filled(rf, Names.PROMULGATION_DATE).ifPresent(d -> compareDate(ctx, id, d, m.group(2)));
                    filled(rf, Names.CODE).ifPresent(c -> {
                        String[] parts = c.text().strip().split("/", 2);
                        if (parts.length < 2 || !sameNumber(parts[0], m.group(3)) || !same(parts[1], m.group(4))) {
                            ctx.report(
                                    id,
                                    id.text().strip(),
                                    field(c),
                                    m.group(3) + "/" + m.group(4),
                                    c.text().strip());
                        }
                    });
                }
            });
        }
    }

    /**
     * Whether an identifier can be an issuer: packages of 2025 carry the sending system's id ({@code vxp.saas.03}) in
     * {@code From/OrganId} and the issuing enterprise in {@code DocumentId} [RX knobstick_*_2025].
     */
    private static boolean agency(LocatedElement organId) {
        return OrganId.of(organId.text().strip()).scheme() != OrganId.Scheme.SYSTEM_ID;
    }

    private static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }

    /** Numbers below 10 are written with a leading zero (Decree 30 App. I §3c); "01" and "1" are the same number. */
    private static boolean sameNumber(String a, String b) {
        Optional<Long> x = number(a);
        Optional<Long> y = number(b);
        return x.isPresent() && y.isPresent() ? x.get().equals(y.get()) : same(a, b);
    }

    private static void compare(RuleContext ctx, LocatedElement id, LocatedElement other, String part) {
        if (!same(other.text(), part)) {
            ctx.report(
                    id,
                    id.text().strip(),
                    field(other),
                    part.strip(),
                    other.text().strip());
        }
    }

    private static void compareNumber(
            RuleContext ctx, LocatedElement id, LocatedElement other, String value, String part) {
        if (!sameNumber(value, part)) {
            ctx.report(id, id.text().strip(), field(other), part.strip(), value.strip());
        }
    }

    private static void compareDate(RuleContext ctx, LocatedElement id, LocatedElement d, String part) {
        Optional<LocalDate> inId = EdxmlDate.parse(part).date();
        Optional<LocalDate> written = date(d);
        boolean equal =
                inId.isPresent() && written.isPresent() ? inId.get().equals(written.get()) : same(part, d.text());
        if (!equal) {
            ctx.report(id, id.text().strip(), field(d), part, d.text().strip());
        }
    }

    private static void responseFor(RuleContext ctx, LocatedElement h, boolean empty) {
        for (LocatedElement rf : all(h, Names.RESPONSE_FOR)) {
            boolean blank = rf.children().stream()
                            .allMatch(c -> value(c).isEmpty() && c.children().isEmpty())
                    && rf.text().isBlank();
            if (empty && blank) {
                ctx.report(rf, field(rf));
            } else if (!empty && !blank) {
                List<String> missing = new ArrayList<>();
                if (filled(rf, Names.ORGAN_ID).isEmpty()) {
                    missing.add(Names.ORGAN_ID);
                }
                if (filled(rf, Names.CODE).isEmpty()
                        && filled(rf, Names.DOCUMENT_ID).isEmpty()) {
                    missing.add("Code, DocumentId");
                }
                if (!missing.isEmpty()) {
                    ctx.report(rf, field(rf), String.join(", ", missing));
                }
            }
        }
    }
}
