package dev.edxml.validate;

import dev.edxml.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A format rule: the SPI for rules of one's own (a province's, a vendor's). A rule has a stable code, the clause it
 * rests on, a severity per profile and messages in Vietnamese and English; {@link #check} reports through the context.
 *
 * <p>Add rules with {@code Validator.builder().addRule(…)}, or list them in
 * {@code META-INF/services/dev.edxml.validate.Rule} and use {@code rulesFromServiceLoader(…)}. Codes of one's own
 * should not use the {@code EDXML-} prefix, which belongs to this library.
 *
 * @since 0.1.0
 */
public interface Rule {
    /** The stable code, e.g. {@code EDXML-HDR-010} or {@code HCM-001}. */
    String code();

    /** The clause of the regulation or decree the rule rests on (or the source of the practice). */
    String clause();

    /** The severity under a profile; empty when the rule does not apply in that profile. */
    Optional<Severity> severity(Profile profile);

    /** The message for the given arguments, in Vietnamese for a {@code vi} locale, otherwise in English. */
    String message(Locale locale, List<String> args);

    /** Checks a package and reports what is wrong through {@code ctx}. */
    void check(RuleContext ctx);
}
