package dev.edxml.validate;

import dev.edxml.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A rule "of a province", loaded through the SPI in tests: Subjects must not shout (TEST ONLY). */
public class ProvinceRule implements Rule {
    /** The service loader's constructor. */
    public ProvinceRule() {}

    @Override
    public String code() {
        return "QNA-001";
    }

    @Override
    public String clause() {
        return "Quy định riêng của tỉnh (thử nghiệm)";
    }

    @Override
    public Optional<Severity> severity(Profile profile) {
        return profile.equals(Profile.LENIENT) ? Optional.empty() : Optional.of(Severity.WARNING);
    }

    @Override
    public String message(Locale locale, List<String> args) {
        return "vi".equals(locale.getLanguage())
                ? "Trích yếu viết hoa toàn bộ: " + args.get(0)
                : "The subject is all in capitals: " + args.get(0);
    }

    @Override
    public void check(RuleContext ctx) {
        ctx.edoc()
                .flatMap(p -> p.header().subject())
                .filter(s -> s.equals(s.toUpperCase(Locale.ROOT)))
                .ifPresent(s -> ctx.report(ctx.locateInHeader("Subject"), s));
    }
}
