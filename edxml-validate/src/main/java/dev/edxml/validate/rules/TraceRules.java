package dev.edxml.validate.rules;

import static dev.edxml.validate.rules.RuleCatalogue.E;
import static dev.edxml.validate.rules.RuleCatalogue.I;
import static dev.edxml.validate.rules.RuleCatalogue.W;
import static dev.edxml.validate.rules.RuleCatalogue.rule;

import dev.edxml.Location;
import dev.edxml.internal.xml.Names;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.BusinessDocumentInfo;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlTimestamp;
import dev.edxml.model.OrganId;
import dev.edxml.model.Organization;
import dev.edxml.model.Provenance;
import dev.edxml.model.Receiver;
import dev.edxml.model.ReplacementInfo;
import dev.edxml.model.SpecVersion;
import dev.edxml.model.TraceHeader;
import dev.edxml.validate.LocatedElement;
import dev.edxml.validate.Rule;
import dev.edxml.validate.RuleContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Rules of area TRC: trace and business ({@code TraceHeaderList}, {@code TraceHeader}, {@code Bussiness}; spec §4,
 * §11.1, §11.6, §12.3 V-TR-1, V-BU-1…4). They judge the model and point at the elements as written.
 */
final class TraceRules {
    private static final String NS = SpecVersion.QCVN_102_2016.namespace();
    /** Clocks of sender, axis and receiver differ; a hop a few minutes ahead is not "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private static final String NONE = "–";

    private static final String TRACE = "QCVN 102:2016 2 (TraceHeaderList)";
    private static final String HOP = "QCVN 102:2016 2.1 (TraceHeader)";
    private static final String BUSINESS = "QCVN 102:2016 2.2, 2.2.1 (Bussiness, BussinessDocType)";
    private static final String UPDATE = "QCVN 102:2016 2.2.3 (BussinessDocumentInfo)";
    private static final String RECEIVERS = "QCVN 102:2016 2.2.3.3 (ReceiverList/Receiver)";
    private static final String REPLACE = "QCVN 102:2016 2.2.8 (ReplacementInfoList)";

    private TraceRules() {}

    static List<Rule> rules() {
        return List.of(
                rule("EDXML-TRC-001", TRACE, W, W, I, TraceRules::traceMissing),
                rule("EDXML-TRC-002", HOP, W, W, I, hops((c, n, hop, at) -> hopOrganId(c, n, hop, at, true))),
                // the axis writes its own hop with a Timestamp only (spec §4.3): the sender cannot mend that
                rule(
                        "EDXML-TRC-009",
                        HOP + "; spec §4.3 (hops added by the axis)",
                        I,
                        I,
                        null,
                        hops((c, n, hop, at) -> hopOrganId(c, n, hop, at, false))),
                rule("EDXML-TRC-003", HOP + "; spec §10", W, W, I, hops(TraceRules::hopTimestamp)),
                rule(
                        "EDXML-TRC-004",
                        HOP + "; spec §10 (yyyy/MM/dd HH:mm:ss)",
                        W,
                        W,
                        I,
                        hops(TraceRules::hopTimestampCanonical)),
                rule("EDXML-TRC-005", HOP, W, W, I, TraceRules::hopOrder),
                rule("EDXML-TRC-006", HOP, W, W, I, hops(TraceRules::hopInFuture)),
                rule(
                        "EDXML-TRC-007",
                        HOP + "; [official SDK] sender writes the first hop",
                        W,
                        W,
                        I,
                        TraceRules::senderInTrace),
                rule("EDXML-TRC-008", HOP, W, W, I, TraceRules::noHops),
                rule("EDXML-TRC-010", BUSINESS, W, W, I, TraceRules::businessMissing),
                rule("EDXML-TRC-011", BUSINESS, E, E, W, business(TraceRules::typeMissing)),
                rule("EDXML-TRC-012", BUSINESS + "; spec §11.1", E, E, W, business(TraceRules::typeUnknown)),
                rule("EDXML-TRC-013", "QCVN 102:2016 2.2 (spelling Bussiness)", W, W, I, TraceRules::spelling),
                rule(
                        "EDXML-TRC-014",
                        "QCVN 102:2016 2.2.4, 2.2.8, 1.12; Decree 30/2020 Art. 18.3–18.4",
                        W,
                        W,
                        I,
                        business(TraceRules::namesTheDocument)),
                rule(
                        "EDXML-TRC-015",
                        "QCVN 102:2016 2.2.4, 1.14 (DocumentId)",
                        W,
                        W,
                        I,
                        business(TraceRules::newDocumentId)),
                rule("EDXML-TRC-016", UPDATE, W, W, I, business(TraceRules::updateInfo)),
                rule("EDXML-TRC-017", UPDATE + "; spec §11.6", W, W, I, business(TraceRules::updateFlags)),
                rule("EDXML-TRC-018", UPDATE + ", 2.2.3.3", W, W, I, business(TraceRules::updateReceivers)),
                rule("EDXML-TRC-019", RECEIVERS + "; spec §11.6", W, W, I, business(TraceRules::receiverType)),
                rule("EDXML-TRC-020", RECEIVERS, W, W, I, business(TraceRules::receiverOrganId)),
                rule("EDXML-TRC-021", REPLACE, W, W, I, business(TraceRules::replacementMissing)),
                rule("EDXML-TRC-022", REPLACE, W, W, I, business(TraceRules::replacementDocumentId)),
                rule("EDXML-TRC-023", REPLACE, W, W, I, business(TraceRules::replacementOrganIds)),
                rule("EDXML-TRC-024", "QCVN 102:2016 2.2.6 (Paper); spec §11.6", W, W, I, business(TraceRules::paper)),
                rule("EDXML-TRC-025", "QCVN 102:2016 2.2.5 (StaffInfo)", I, I, null, business(TraceRules::staff)),
                rule(
                        "EDXML-TRC-026",
                        "QCVN 102:2016 2.2.3, 2.2.8",
                        I,
                        I,
                        null,
                        business(TraceRules::detailsOfAnotherType)));
    }

    // ---- the trace ---------------------------------------------------------------------------------------------

    private static void traceMissing(RuleContext ctx) {
        ctx.edoc()
                .filter(p -> !hasTraceList(ctx, p))
                .ifPresent(p -> ctx.report(ctx.envelope()
                        .flatMap(e -> first(e, Names.EDXML_HEADER))
                        .map(LocatedElement::location)
                        .orElse(Location.PACKAGE)));
    }

    /** A check of one hop: its number (1-based), the model and the element as written. */
    private interface HopCheck {
        void check(RuleContext ctx, int number, TraceHeader hop, Optional<LocatedElement> at);
    }

    private static java.util.function.Consumer<RuleContext> hops(HopCheck check) {
        return ctx -> ctx.edoc().ifPresent(t -> {
            List<LocatedElement> written =
                    located(ctx).map(l -> all(l, Names.TRACE_HEADER)).orElse(List.of());
            for (int i = 0; i < t.traceHeaders().size(); i++) {
                check.check(
                        ctx,
                        i + 1,
                        t.traceHeaders().get(i),
                        i < written.size() ? Optional.of(written.get(i)) : Optional.empty());
            }
        });
    }

    /** TRC-002 speaks of the sender's hop (the first), TRC-009 of the hops added on the way. */
    private static void hopOrganId(
            RuleContext ctx, int n, TraceHeader hop, Optional<LocatedElement> at, boolean first) {
        Optional<String> id = hop.organId().map(OrganId::value).map(String::strip);
        if ((n == 1) == first && (id.isEmpty() || id.get().equalsIgnoreCase("null"))) {
            ctx.report(child(at, Names.ORGAN_ID, ctx), String.valueOf(n), id.orElse(NONE));
        }
    }

    private static void hopTimestamp(RuleContext ctx, int n, TraceHeader hop, Optional<LocatedElement> at) {
        if (absent(at, Names.TIMESTAMP)) {
            return; // a missing Timestamp is EDXML-ENV-032's: the schema requires one
        }
        if (hop.timestamp().flatMap(EdxmlTimestamp::instant).isEmpty()) {
            ctx.report(
                    child(at, Names.TIMESTAMP, ctx),
                    String.valueOf(n),
                    hop.timestamp().map(EdxmlTimestamp::text).orElse(NONE));
        }
    }

    private static void hopTimestampCanonical(RuleContext ctx, int n, TraceHeader hop, Optional<LocatedElement> at) {
        hop.timestamp().filter(t -> !t.isCanonical()).ifPresent(t -> t.instant()
                .ifPresent(i -> ctx.report(
                        child(at, Names.TIMESTAMP, ctx),
                        String.valueOf(n),
                        t.text(),
                        EdxmlTimestamp.of(i).text())));
    }

    private static void hopInFuture(RuleContext ctx, int n, TraceHeader hop, Optional<LocatedElement> at) {
        Instant now = ctx.clock().instant();
        hop.timestamp().ifPresent(t -> t.instant()
                .filter(i -> i.isAfter(now.plus(CLOCK_SKEW)))
                .ifPresent(i -> ctx.report(child(at, Names.TIMESTAMP, ctx), String.valueOf(n), t.text())));
    }

    private static void hopOrder(RuleContext ctx) {
        ctx.edoc().ifPresent(t -> {
            List<LocatedElement> written =
                    located(ctx).map(l -> all(l, Names.TRACE_HEADER)).orElse(List.of());
            Instant previous = null;
            int previousNumber = 0;
            for (int i = 0; i < t.traceHeaders().size(); i++) {
                Optional<EdxmlTimestamp> ts = t.traceHeaders().get(i).timestamp();
                Optional<Instant> at = ts.flatMap(EdxmlTimestamp::instant);
                if (at.isEmpty()) {
                    continue;
                }
                if (previous != null && at.get().isBefore(previous)) {
                    ctx.report(
                            child(
                                    i < written.size() ? Optional.of(written.get(i)) : Optional.empty(),
                                    Names.TIMESTAMP,
                                    ctx),
                            String.valueOf(i + 1),
                            ts.get().text(),
                            String.valueOf(previousNumber),
                            t.traceHeaders()
                                    .get(previousNumber - 1)
                                    .timestamp()
                                    .map(EdxmlTimestamp::text)
                                    .orElse(NONE));
                }
                previous = at.get();
                previousNumber = i + 1;
            }
        });
    }

    private static void senderInTrace(RuleContext ctx) {
        ctx.edoc().filter(p -> !p.traceHeaders().isEmpty()).ifPresent(t -> t.header()
                .from()
                .flatMap(Organization::organId)
                .map(OrganId::value)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .ifPresent(sender -> {
                    List<String> ids = t.traceHeaders().stream()
                            .map(h -> h.organId()
                                    .map(OrganId::value)
                                    .map(String::strip)
                                    .orElse(NONE))
                            .toList();
                    if (ids.stream().noneMatch(sender::equalsIgnoreCase)) {
                        ctx.report(traceLocation(ctx), sender, String.join(", ", ids));
                    }
                }));
    }

    private static void noHops(RuleContext ctx) {
        ctx.edoc()
                .filter(t -> hasTraceList(ctx, t) && t.traceHeaders().isEmpty())
                .ifPresent(t -> ctx.report(traceLocation(ctx)));
    }

    // ---- the business action -----------------------------------------------------------------------------------

    private static void businessMissing(RuleContext ctx) {
        ctx.edoc()
                .filter(t -> hasTraceList(ctx, t) && t.business().isEmpty())
                .ifPresent(t -> ctx.report(traceLocation(ctx)));
    }

    /** A check of the business action: the package, the model and the {@code Bussiness} element as written. */
    private interface BusinessCheck {
        void check(RuleContext ctx, EdocPackage pkg, Business b, Optional<LocatedElement> at);
    }

    private static java.util.function.Consumer<RuleContext> business(BusinessCheck check) {
        return ctx -> ctx.edoc().ifPresent(p -> p.business()
                .ifPresent(b ->
                        check.check(ctx, p, b, located(ctx).flatMap(l -> first(l, Names.BUSSINESS, Names.BUSINESS)))));
    }

    private static void typeMissing(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        // only when written empty: a missing BussinessDocType is EDXML-ENV-032's (the schema requires one)
        if (b.type().isEmpty() && !absent(at, Names.BUSSINESS_DOC_TYPE, Names.BUSINESS_DOC_TYPE)) {
            ctx.report(child(at, ctx, Names.BUSSINESS_DOC_TYPE, Names.BUSINESS_DOC_TYPE));
        }
    }

    private static void typeUnknown(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        b.type()
                .filter(t -> !t.isKnown())
                .ifPresent(
                        t -> ctx.report(child(at, ctx, Names.BUSSINESS_DOC_TYPE, Names.BUSINESS_DOC_TYPE), t.code()));
    }

    private static void spelling(RuleContext ctx) {
        if (ctx.edoc()
                .map(p -> p.provenance().quirks().contains(Provenance.Quirk.BUSINESS_SPELLING))
                .orElse(false)) {
            List<LocatedElement> misspelt = located(ctx)
                    .map(l -> l.descendants()
                            .filter(e ->
                                    NS.equals(e.namespace()) && e.localName().startsWith(Names.BUSINESS))
                            .toList())
                    .orElse(List.of());
            ctx.report(
                    misspelt.isEmpty() ? traceLocation(ctx) : misspelt.get(0).location(),
                    misspelt.stream().map(LocatedElement::localName).distinct().collect(Collectors.joining(", ")));
        }
    }

    private static void namesTheDocument(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        BusinessDocType t = b.type().orElse(null);
        if (t == null
                || !(t.equals(BusinessDocType.REVOKE)
                        || t.equals(BusinessDocType.UPDATE)
                        || t.equals(BusinessDocType.REPLACE))) {
            return;
        }
        boolean named = filled(b.documentId()).isPresent()
                || p.header().responseFor().stream()
                        .anyMatch(r -> filled(r.documentId()).isPresent()
                                || filled(r.code()).isPresent())
                || t.equals(BusinessDocType.REPLACE)
                        && b.replacements().stream()
                                .anyMatch(r -> filled(r.documentId()).isPresent());
        if (!named) {
            ctx.report(where(at, ctx), t.code());
        }
    }

    private static void newDocumentId(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        Optional<String> acted = filled(b.documentId());
        if (b.type().filter(BusinessDocType.NEW::equals).isEmpty() || acted.isEmpty()) {
            return;
        }
        String own = filled(p.header().documentId()).orElse(NONE);
        if (!acted.get().equals(own)) {
            ctx.report(child(at, Names.DOCUMENT_ID, ctx), acted.get(), own);
        }
    }

    private static boolean is(Business b, BusinessDocType t) {
        return b.type().filter(t::equals).isPresent();
    }

    private static void updateInfo(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        if (is(b, BusinessDocType.UPDATE) && b.documentInfos().isEmpty()) {
            ctx.report(where(at, ctx));
        }
    }

    private static void updateFlags(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        eachInfo(b, at, (info, el) -> {
            flag(ctx, el, Names.DOCUMENT_INFO, info.documentInfo());
            flag(ctx, el, Names.DOCUMENT_RECEIVER, info.documentReceiver());
        });
    }

    private static void flag(RuleContext ctx, Optional<LocatedElement> parent, String name, Optional<Integer> v) {
        v.filter(x -> x != 0 && x != 1).ifPresent(x -> ctx.report(child(parent, name, ctx), name, String.valueOf(x)));
    }

    private static void updateReceivers(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        eachInfo(b, at, (info, el) -> {
            boolean none = info.receivers().isEmpty();
            if (info.documentReceiver().filter(x -> x == 1).isPresent() && none) {
                ctx.report(child(el, Names.DOCUMENT_RECEIVER, ctx));
            }
        });
    }

    private static void receiverType(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        eachReceiver(b, at, (r, el) -> {
            if (r.type().filter(t -> t.isKnown()).isEmpty() && !absent(el, Names.RECEIVER_TYPE)) {
                ctx.report(
                        child(el, Names.RECEIVER_TYPE, ctx),
                        r.organId().map(OrganId::value).orElse(NONE),
                        r.type().map(t -> t.code()).orElse(NONE));
            }
        });
    }

    private static void receiverOrganId(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        eachReceiver(b, at, (r, el) -> {
            if (r.organId().isEmpty() && !absent(el, Names.ORGAN_ID)) {
                ctx.report(
                        child(el, Names.ORGAN_ID, ctx),
                        r.type().map(t -> t.code()).orElse(NONE));
            }
        });
    }

    private static void replacementMissing(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        if (is(b, BusinessDocType.REPLACE) && b.replacements().isEmpty()) {
            ctx.report(where(at, ctx));
        }
    }

    private static void replacementDocumentId(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        eachReplacement(b, at, (n, r, el) -> {
            if (filled(r.documentId()).isEmpty() && !absent(el, Names.DOCUMENT_ID)) {
                ctx.report(child(el, Names.DOCUMENT_ID, ctx), String.valueOf(n));
            }
        });
    }

    private static void replacementOrganIds(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        eachReplacement(b, at, (n, r, el) -> {
            if (r.organIds().isEmpty()) {
                ctx.report(
                        child(el, Names.ORGAN_ID_LIST, ctx),
                        String.valueOf(n),
                        filled(r.documentId()).orElse(NONE));
            }
        });
    }

    private static void paper(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        b.paper()
                .filter(x -> x != 0 && x != 1)
                .ifPresent(x -> ctx.report(child(at, Names.PAPER, ctx), String.valueOf(x)));
    }

    private static void staff(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        if (b.staffInfos().isEmpty()) {
            ctx.report(where(at, ctx));
        }
    }

    private static void detailsOfAnotherType(RuleContext ctx, EdocPackage p, Business b, Optional<LocatedElement> at) {
        String type = b.type().map(BusinessDocType::code).orElse(NONE);
        if (!b.documentInfos().isEmpty() && !is(b, BusinessDocType.UPDATE)) {
            ctx.report(
                    child(at, ctx, Names.BUSSINESS_DOCUMENT_INFO, Names.BUSINESS_DOCUMENT_INFO),
                    Names.BUSSINESS_DOCUMENT_INFO,
                    type);
        }
        boolean replacementList = !b.replacements().isEmpty()
                || at.map(e -> !all(e, Names.REPLACEMENT_INFO_LIST).isEmpty()).orElse(false);
        if (replacementList && !is(b, BusinessDocType.REPLACE)) {
            ctx.report(child(at, Names.REPLACEMENT_INFO_LIST, ctx), Names.REPLACEMENT_INFO_LIST, type);
        }
    }

    // ---- walking the model and the elements side by side ---------------------------------------------------------

    private static void eachInfo(
            Business b, Optional<LocatedElement> at, BiConsumer<BusinessDocumentInfo, Optional<LocatedElement>> f) {
        List<LocatedElement> written = at.map(e -> all(e, Names.BUSSINESS_DOCUMENT_INFO, Names.BUSINESS_DOCUMENT_INFO))
                .orElse(List.of());
        for (int i = 0; i < b.documentInfos().size(); i++) {
            f.accept(b.documentInfos().get(i), nth(written, i));
        }
    }

    private static void eachReceiver(
            Business b, Optional<LocatedElement> at, BiConsumer<Receiver, Optional<LocatedElement>> f) {
        eachInfo(b, at, (info, el) -> {
            // the model gathers the receivers of every ReceiverList in document order, as written here
            List<LocatedElement> written = el.map(e -> all(e, Names.RECEIVER_LIST)).orElse(List.of()).stream()
                    .flatMap(l -> all(l, Names.RECEIVER).stream())
                    .toList();
            List<Receiver> rs = info.receivers();
            for (int j = 0; j < rs.size(); j++) {
                f.accept(rs.get(j), nth(written, j));
            }
        });
    }

    private interface ReplacementCheck {
        void check(int number, ReplacementInfo r, Optional<LocatedElement> at);
    }

    private static void eachReplacement(Business b, Optional<LocatedElement> at, ReplacementCheck f) {
        // the model gathers the entries of every ReplacementInfoList in document order, as written here
        List<LocatedElement> written = at.map(e -> all(e, Names.REPLACEMENT_INFO_LIST)).orElse(List.of()).stream()
                .flatMap(l -> all(l, Names.REPLACEMENT_INFO).stream())
                .toList();
        for (int j = 0; j < b.replacements().size(); j++) {
            f.check(j + 1, b.replacements().get(j), nth(written, j));
        }
    }

    // ---- locations ---------------------------------------------------------------------------------------------

    /** The {@code TraceHeaderList} as written. */
    private static Optional<LocatedElement> located(RuleContext ctx) {
        return ctx.envelope()
                .flatMap(e -> first(e, Names.EDXML_HEADER))
                .flatMap(h -> first(h, Names.TRACE_HEADER_LIST));
    }

    /**
     * Whether the package has a {@code TraceHeaderList}: as written when there is an envelope to look at; for a package
     * built in code, whether it has a business action or a hop (which is when the writer writes the list).
     */
    private static boolean hasTraceList(RuleContext ctx, EdocPackage p) {
        return ctx.envelope().isPresent()
                ? located(ctx).isPresent()
                : p.business().isPresent() || !p.traceHeaders().isEmpty();
    }

    private static Location traceLocation(RuleContext ctx) {
        return located(ctx).map(LocatedElement::location).orElse(ctx.locateInHeader(""));
    }

    private static Location where(Optional<LocatedElement> e, RuleContext ctx) {
        return e.map(LocatedElement::location).orElseGet(() -> traceLocation(ctx));
    }

    /** The named child of {@code parent} if written, else {@code parent}, else the trace. */
    private static Location child(Optional<LocatedElement> parent, String name, RuleContext ctx) {
        return child(parent, ctx, name);
    }

    private static Location child(Optional<LocatedElement> parent, RuleContext ctx, String... names) {
        return parent.flatMap(p -> first(p, names))
                .or(() -> parent)
                .map(LocatedElement::location)
                .orElseGet(() -> traceLocation(ctx));
    }

    /** A text as readers take it: stripped, absent when blank. */
    private static Optional<String> filled(Optional<String> text) {
        return AttachmentRules.filled(text);
    }

    /**
     * Whether the element as written has none of these children. Children the schema requires are reported missing by
     * EDXML-ENV-032, so these rules report them only when written empty; without the written element, not absent.
     */
    private static boolean absent(Optional<LocatedElement> parent, String... names) {
        return parent.isPresent() && first(parent.get(), names).isEmpty();
    }

    /** The children in the edXML namespace with one of these names, in document order (as the reader takes them). */
    private static List<LocatedElement> all(LocatedElement parent, String... names) {
        List<String> n = List.of(names);
        List<LocatedElement> out = new ArrayList<>();
        for (LocatedElement c : parent.children()) {
            if (NS.equals(c.namespace()) && n.contains(c.localName())) {
                out.add(c);
            }
        }
        return out;
    }

    private static Optional<LocatedElement> first(LocatedElement parent, String... names) {
        return all(parent, names).stream().findFirst();
    }

    private static Optional<LocatedElement> nth(List<LocatedElement> l, int i) {
        return i < l.size() ? Optional.of(l.get(i)) : Optional.empty();
    }
}
