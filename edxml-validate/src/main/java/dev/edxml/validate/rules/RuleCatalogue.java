package dev.edxml.validate.rules;

import dev.edxml.EdxmlException;
import dev.edxml.Finding;
import dev.edxml.Location;
import dev.edxml.Severity;
import dev.edxml.validate.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The built-in rules, grouped by area ({@code ENV} package structure, {@code HDR} header metadata, {@code TRC} trace
 * and business, {@code ATT} attachments, {@code SIG} signature situation, {@code STA} status packages).
 */
public final class RuleCatalogue {
    static final Severity E = Severity.ERROR;
    static final Severity W = Severity.WARNING;
    static final Severity I = Severity.INFO;

    private static final List<Rule> ALL = build();

    private RuleCatalogue() {}

    /** Every built-in rule, in code order. */
    public static List<Rule> all() {
        return ALL;
    }

    private static List<Rule> build() {
        List<Rule> out = new ArrayList<>();
        out.addAll(EnvelopeRules.rules());
        out.addAll(StructureRules.rules());
        out.addAll(HeaderRules.rules());
        out.addAll(HeaderTextRules.rules());
        out.addAll(TraceRules.rules());
        out.addAll(AttachmentRules.rules());
        out.addAll(PdfRules.rules());
        out.addAll(SignatureRules.rules());
        out.addAll(StatusRules.rules());
        out.sort(java.util.Comparator.comparing(Rule::code));
        return List.copyOf(out);
    }

    static Rule rule(
            String code,
            String clause,
            Severity qcvn102,
            Severity axis,
            Severity lenient,
            Consumer<dev.edxml.validate.RuleContext> check) {
        return new CatalogueRule(code, clause, qcvn102, axis, lenient, check);
    }

    /** The finding for a package that could not be read at all: the reader's own code, always an error. */
    public static Finding readFailure(EdxmlException e) {
        String clause = e.code().startsWith("EDXML-ATT")
                ? "QCVN 102:2016, tệp đính kèm (AttachmentEncoded)"
                : e.code().startsWith("EDXML-HDR")
                        ? "QCVN 102:2016, MessageHeader"
                        : "XML 1.0; QCVN 102:2016, cấu trúc gói tin";
        Finding f = e.finding();
        return new Finding(f.code(), Severity.ERROR, f.arguments(), f.location(), clause, f.messageVi(), f.messageEn());
    }

    /** A rule that failed to run is reported rather than hidden. */
    public static Finding ruleFailure(Rule rule, RuntimeException e) {
        List<String> args = List.of(rule.code(), String.valueOf(e));
        return new Finding(
                "EDXML-ENV-099",
                Severity.WARNING,
                args,
                Location.PACKAGE,
                "edxml-java",
                CatalogueRule.text("EDXML-ENV-099", args, Locale.forLanguageTag("vi")),
                CatalogueRule.text("EDXML-ENV-099", args, Locale.ENGLISH));
    }
}
