package dev.edxml.validate.rules;

import dev.edxml.Severity;
import dev.edxml.internal.Messages;
import dev.edxml.validate.Profile;
import dev.edxml.validate.Rule;
import dev.edxml.validate.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** A rule of the built-in catalogue: code, clause, a severity per built-in profile, messages from the bundles. */
final class CatalogueRule implements Rule {
    /** One pair of bundles per area, so that each area's rules and texts live together. */
    static final java.util.Map<String, Messages> MESSAGES = java.util.stream.Stream.of(
                    "env", "hdr", "trc", "att", "sig", "sta")
            .collect(java.util.stream.Collectors.toUnmodifiableMap(
                    a -> a,
                    a -> new Messages(CatalogueRule.class::getResourceAsStream, "/dev/edxml/validate/messages_" + a)));

    static String text(String code, List<String> args, Locale locale) {
        String area = code.length() > 10 ? code.substring(6, 9).toLowerCase(Locale.ROOT) : "env";
        Messages m = MESSAGES.get(area);
        return m == null ? code + " " + args : m.text(code, args, locale);
    }

    private final String code;
    private final String clause;
    private final Severity qcvn102;
    private final Severity axis;
    private final Severity lenient;
    private final Consumer<RuleContext> check;

    CatalogueRule(
            String code,
            String clause,
            Severity qcvn102,
            Severity axis,
            Severity lenient,
            Consumer<RuleContext> check) {
        this.code = Objects.requireNonNull(code);
        this.clause = Objects.requireNonNull(clause);
        this.qcvn102 = qcvn102;
        this.axis = axis;
        this.lenient = lenient;
        this.check = Objects.requireNonNull(check);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String clause() {
        return clause;
    }

    @Override
    public Optional<Severity> severity(Profile profile) {
        if (profile.equals(Profile.AXIS)) {
            return Optional.ofNullable(axis);
        } else if (profile.equals(Profile.LENIENT)) {
            return Optional.ofNullable(lenient);
        }
        return Optional.ofNullable(qcvn102);
    }

    @Override
    public String message(Locale locale, List<String> args) {
        return text(code, args, locale);
    }

    @Override
    public void check(RuleContext ctx) {
        check.accept(ctx);
    }

    @Override
    public String toString() {
        return code + " (" + clause + ")";
    }
}
