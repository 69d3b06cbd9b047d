package dev.edxml.sign.internal;

import dev.edxml.Finding;
import dev.edxml.Location;
import dev.edxml.Severity;
import dev.edxml.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The Vietnamese and English texts of this module's codes ({@code EDXML-SIG-*}, {@code EDXML-PDF-*}). */
public final class SignMessages {
    private static final Messages BUNDLE =
            new Messages(SignMessages.class::getResourceAsStream, "/dev/edxml/sign/messages");

    private SignMessages() {}

    public static String text(String code, List<String> args, Locale locale) {
        return BUNDLE.text(code, args, locale);
    }

    /** An error of this module, its message rendered in both languages. */
    public static Finding error(String code, String... args) {
        return problem(code, Severity.ERROR, List.of(args));
    }

    /** A warning of this module. */
    public static Finding warning(String code, String... args) {
        return problem(code, Severity.WARNING, List.of(args));
    }

    /** An information of this module. */
    public static Finding info(String code, String... args) {
        return problem(code, Severity.INFO, List.of(args));
    }

    /** A finding of this module (no clause, no location). */
    public static Finding problem(String code, Severity severity, List<String> args) {
        List<String> a = List.copyOf(args);
        return new Finding(
                code,
                severity,
                a,
                Location.PACKAGE,
                "",
                text(code, a, Locale.forLanguageTag("vi")),
                text(code, a, Locale.ENGLISH));
    }

    /** EDXML-SIG-026 or 027: the sender binding's evidence in each language's message (its English words as argument). */
    public static Finding bound(String code, Severity severity, String evidenceVi, String evidenceEn) {
        List<String> en = List.of(evidenceEn);
        return new Finding(
                code,
                severity,
                en,
                Location.PACKAGE,
                "",
                text(code, List.of(evidenceVi), Locale.forLanguageTag("vi")),
                text(code, en, Locale.ENGLISH));
    }

    public static Set<String> codes(String language) {
        return BUNDLE.keys(language);
    }
}
