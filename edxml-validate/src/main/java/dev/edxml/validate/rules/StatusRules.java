package dev.edxml.validate.rules;

import static dev.edxml.validate.rules.RuleCatalogue.E;
import static dev.edxml.validate.rules.RuleCatalogue.I;
import static dev.edxml.validate.rules.RuleCatalogue.W;
import static dev.edxml.validate.rules.RuleCatalogue.rule;

import dev.edxml.Location;
import dev.edxml.internal.xml.Names;
import dev.edxml.model.EdxmlTimestamp;
import dev.edxml.model.SpecVersion;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.validate.LocatedElement;
import dev.edxml.validate.Rule;
import dev.edxml.validate.RuleContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules of area STA: status packages (spec §2.3, §7, §10, §12.3 V-ST-1…3). Code 001 (a status package with
 * attachments) belongs to the reader; what the schema requires (a {@code From} with an {@code OrganId}) is reported
 * missing by EDXML-ENV-032. The status {@code From} is otherwise checked here, as HDR checks a document's.
 */
final class StatusRules {
    private static final String NS = SpecVersion.QCVN_102_2016.namespace();
    /** Codes whose status must say why (spec §7.2; Decree 30/2020 Art. 21.2 "returned to the sender"). */
    static final Set<StatusCode> NEED_REASON =
            Set.of(StatusCode.REJECTED, StatusCode.RECALL_REQUESTED, StatusCode.CHANGE_REJECTED);
    /** Elements of a document package's header that have no place in a status package. */
    private static final List<String> DOCUMENT_ONLY = List.of(
            Names.TO,
            Names.DOCUMENT_ID,
            Names.CODE,
            Names.PROMULGATION_INFO,
            Names.DOCUMENT_TYPE,
            Names.SUBJECT,
            Names.CONTENT,
            Names.SIGNER_INFO,
            Names.DUE_DATE,
            Names.TO_PLACES,
            Names.OTHER_INFO,
            Names.STEERING_TYPE);
    /** {@code <issuer>,<yyyy/MM/dd>,<number>/<notation>} (spec §9). */
    private static final Pattern CONVENTIONAL_ID = Pattern.compile("^([^,]+),(\\d{4}/\\d{2}/\\d{2}),(.+)$");

    private static final String STATUS = "QCVN 102:2016 (status package, MessageHeader)";
    private static final String RESPONSE_FOR = "QCVN 102:2016 (status package: ResponseFor); [official SDK]";
    private static final String TIMESTAMP = "QCVN 102:2016 (status package: Timestamp yyyy/MM/dd HH:mm:ss); spec §10";

    private StatusRules() {}

    static List<Rule> rules() {
        return List.of(
                rule(
                        "EDXML-STA-010",
                        "QCVN 102:2016 (status package: StatusCode); QĐ 28/2018 (9 codes)",
                        E,
                        E,
                        W,
                        status(StatusRules::codeUnknown)),
                rule("EDXML-STA-011", RESPONSE_FOR, E, E, W, status(StatusRules::responseForMissing)),
                rule(
                        "EDXML-STA-012",
                        RESPONSE_FOR + "; Bkav axis checker",
                        E,
                        E,
                        W,
                        status(StatusRules::responseForIncomplete)),
                rule("EDXML-STA-013", TIMESTAMP, E, E, W, status(StatusRules::timestampMissing)),
                rule("EDXML-STA-014", TIMESTAMP, E, E, W, status(StatusRules::timestampUnreadable)),
                rule("EDXML-STA-015", TIMESTAMP, W, W, I, status(StatusRules::timestampNotCanonical)),
                rule("EDXML-STA-016", TIMESTAMP, W, W, I, status(StatusRules::timestampInFuture)),
                rule(
                        "EDXML-STA-017",
                        "QCVN 102:2016 (status package: Description); Decree 30/2020 Art. 21.2",
                        W,
                        W,
                        I,
                        status(StatusRules::reason)),
                rule(
                        "EDXML-STA-018",
                        STATUS + "; QCVN 102:2016 1.1 (From/OrganId, OrganName); Bkav axis checker",
                        E,
                        E,
                        W,
                        status(StatusRules::fromIncomplete)),
                rule("EDXML-STA-019", STATUS + "; spec §2.3 (header only)", W, W, I, StatusRules::documentContent),
                rule(
                        "EDXML-STA-020",
                        RESPONSE_FOR + "; spec §9 (DocumentId convention)",
                        I,
                        I,
                        null,
                        status(StatusRules::codeMatchesDocumentId)));
    }

    /** Runs a check on the header of a status package, with its {@code MessageHeader} as written. */
    private static java.util.function.Consumer<RuleContext> status(
            TriConsumer<RuleContext, StatusHeader, Optional<LocatedElement>> check) {
        return ctx -> ctx.status().map(StatusPackage::header).ifPresent(h -> check.accept(ctx, h, ctx.messageHeader()));
    }

    private interface TriConsumer<A, B, C> {
        void accept(A a, B b, C c);
    }

    private static void codeUnknown(RuleContext ctx, StatusHeader h, Optional<LocatedElement> mh) {
        h.statusCode().filter(c -> !c.isKnown()).ifPresent(c -> ctx.report(at(mh, Names.STATUS_CODE), c.code()));
    }

    private static void responseForMissing(RuleContext ctx, StatusHeader h, Optional<LocatedElement> mh) {
        if (h.responseFor().isEmpty()) {
            ctx.report(at(mh, null));
        }
    }

    private static void responseForIncomplete(RuleContext ctx, StatusHeader h, Optional<LocatedElement> mh) {
        h.responseFor().ifPresent(r -> {
            List<String> missing = new ArrayList<>();
            if (r.organId().isEmpty()) {
                missing.add(Names.ORGAN_ID);
            }
            if (filled(r.code()).isEmpty()) {
                missing.add(Names.CODE);
            }
            if (filled(r.documentId()).isEmpty()) {
                missing.add(Names.DOCUMENT_ID);
            }
            if (!missing.isEmpty()) {
                ctx.report(at(mh, Names.RESPONSE_FOR), String.join(", ", missing));
            }
        });
    }

    private static void timestampMissing(RuleContext ctx, StatusHeader h, Optional<LocatedElement> mh) {
        if (h.timestamp().isEmpty()) {
            ctx.report(at(mh, null));
        }
    }

    private static void timestampUnreadable(RuleContext ctx, StatusHeader h, Optional<LocatedElement> mh) {
        h.timestamp().filter(t -> t.instant().isEmpty()).ifPresent(t -> ctx.report(at(mh, Names.TIMESTAMP), t.text()));
    }

    private static void timestampNotCanonical(RuleContext ctx, StatusHeader h, Optional<LocatedElement> mh) {
        h.timestamp().filter(t -> !t.isCanonical()).ifPresent(t -> t.instant()
                .ifPresent(i -> ctx.report(
                        at(mh, Names.TIMESTAMP), t.text(), EdxmlTimestamp.of(i).text())));
    }

    private static void timestampInFuture(RuleContext ctx, StatusHeader h, Optional<LocatedElement> mh) {
        Instant limit = ctx.clock().instant().plus(TraceRules.CLOCK_SKEW);
        h.timestamp().ifPresent(t -> t.instant()
                .filter(i -> i.isAfter(limit))
                .ifPresent(i -> ctx.report(at(mh, Names.TIMESTAMP), t.text())));
    }

    private static void reason(RuleContext ctx, StatusHeader h, Optional<LocatedElement> mh) {
        h.statusCode().filter(NEED_REASON::contains).ifPresent(c -> {
            if (h.description().map(String::isBlank).orElse(true)) {
                boolean written = mh.flatMap(x -> x.find(Names.DESCRIPTION)).isPresent();
                ctx.report(at(mh, written ? Names.DESCRIPTION : Names.STATUS_CODE), c.code());
            }
        });
    }

    /**
     * A missing From, or a From without OrganId, is EDXML-ENV-032's (the schema requires both); here an OrganId
     * written empty and a missing or empty OrganName, as HDR does for the From of a document package.
     */
    private static void fromIncomplete(RuleContext ctx, StatusHeader h, Optional<LocatedElement> mh) {
        h.from().ifPresent(f -> {
            List<String> missing = new ArrayList<>();
            boolean idWritten = mh.flatMap(x -> x.find("From/OrganId")).isPresent() || mh.isEmpty();
            if (f.organId().map(o -> o.value().isBlank()).orElse(true) && idWritten) {
                missing.add(Names.ORGAN_ID);
            }
            if (filled(f.name()).isEmpty()) {
                missing.add(Names.ORGAN_NAME);
            }
            if (!missing.isEmpty()) {
                ctx.report(at(mh, Names.FROM), String.join(", ", missing));
            }
        });
    }

    private static void documentContent(RuleContext ctx) {
        if (ctx.status().isEmpty()) {
            return;
        }
        BiConsumer<LocatedElement, String> report = (parent, name) -> parent.children().stream()
                .filter(c -> NS.equals(c.namespace()) && c.localName().equals(name))
                .forEach(c -> ctx.report(c, c.localName()));
        ctx.envelope().ifPresent(env -> {
            report.accept(env, Names.EDXML_BODY);
            env.children().stream()
                    .filter(c -> NS.equals(c.namespace()) && c.localName().equals(Names.EDXML_HEADER))
                    .findFirst()
                    .ifPresent(hd -> report.accept(hd, Names.TRACE_HEADER_LIST));
        });
        ctx.messageHeader().ifPresent(mh -> DOCUMENT_ONLY.forEach(n -> report.accept(mh, n)));
    }

    private static void codeMatchesDocumentId(RuleContext ctx, StatusHeader h, Optional<LocatedElement> mh) {
        h.responseFor().ifPresent(r -> {
            if (filled(r.code()).isEmpty() || filled(r.documentId()).isEmpty()) {
                return;
            }
            Matcher m = CONVENTIONAL_ID.matcher(r.documentId().get().strip());
            if (m.matches() && !m.group(3).strip().equals(r.code().get().strip())) {
                ctx.report(
                        at(mh, "ResponseFor/Code"),
                        r.code().get(),
                        r.documentId().get());
            }
        });
    }

    /** A text as readers take it: stripped, absent when blank. */
    private static Optional<String> filled(Optional<String> text) {
        return AttachmentRules.filled(text);
    }

    /** The element at a path below the {@code MessageHeader} as written, else the header; {@code null} for the header. */
    private static Location at(Optional<LocatedElement> mh, String path) {
        return mh.map(h -> path == null ? h.location() : h.find(path).orElse(h).location())
                .orElse(Location.PACKAGE);
    }
}
