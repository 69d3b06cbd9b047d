package dev.edxml.sign;

import dev.edxml.sign.internal.SignMessages;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing found wrong (or worth a warning) about a signature, with a stable code ({@code EDXML-SIG-NNN} or
 * {@code EDXML-PDF-NNN}) and messages in Vietnamese and English.
 */
public record SignatureProblem(String code, Severity severity, List<String> args) {
    /** How bad a problem is. */
    public enum Severity {
        /** The signature cannot be relied on. */
        ERROR,
        /** The signature holds, but something is weak or unusual. */
        WARNING,
        /** For information. */
        INFO
    }

    public SignatureProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        args = List.copyOf(args);
    }

    public static SignatureProblem error(String code, String... args) {
        return new SignatureProblem(code, Severity.ERROR, List.of(args));
    }

    public static SignatureProblem warning(String code, String... args) {
        return new SignatureProblem(code, Severity.WARNING, List.of(args));
    }

    public static SignatureProblem info(String code, String... args) {
        return new SignatureProblem(code, Severity.INFO, List.of(args));
    }

    /** The message in Vietnamese ({@code vi}) or English. */
    public String message(Locale locale) {
        return SignMessages.text(code, args, locale);
    }

    public String messageVi() {
        return message(Locale.forLanguageTag("vi"));
    }

    public String messageEn() {
        return message(Locale.ENGLISH);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + code + ": " + messageEn();
    }
}
