package dev.edxml;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem, wherever it was found (một lỗi hoặc cảnh báo): a format finding of the validator, a problem of an XML
 * signature (chữ ký số) or of a PDF signature, a failure to read a package. It has a stable code
 * ({@code EDXML-<AREA>-<NNN>}; {@code edxml explain CODE} explains each), a {@link Severity}, the values of the
 * message's placeholders, where it is, the clause of the regulation or decree it rests on when there is one, and the
 * message already rendered in Vietnamese and English. The exceptions of this library carry findings
 * ({@link EdxmlException#finding()}) rather than a copy of the same data.
 *
 * @param code      the stable code, e.g. {@code EDXML-HDR-018} or {@code EDXML-SIG-011}
 * @param severity  how serious it is (under the profile used, for a format finding)
 * @param arguments the values of the message's placeholders, in order
 * @param location  where it is, or {@link Location#PACKAGE}
 * @param clause    the clause it rests on (e.g. {@code QCVN 102:2016 §2.3.2}), or an empty string when there is none
 * @param messageVi the message in Vietnamese
 * @param messageEn the message in English
 * @since 0.1.0
 */
public record Finding(
        String code,
        Severity severity,
        List<String> arguments,
        Location location,
        String clause,
        String messageVi,
        String messageEn)
        implements Serializable {
    /** Checks that nothing is missing; copies the arguments. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The message in Vietnamese for a {@code vi} locale, otherwise in English. */
    public String message(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? messageVi : messageEn;
    }

    /** Whether it is an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same finding with another severity (a profile's). */
    public Finding withSeverity(Severity severity) {
        return new Finding(code, severity, arguments, location, clause, messageVi, messageEn);
    }

    /** The same finding at another place. */
    public Finding at(Location location) {
        return new Finding(code, severity, arguments, location, clause, messageVi, messageEn);
    }

    /** {@code line:col: severity CODE message} in the given language. */
    public String format(Locale locale) {
        return location.position() + ": " + severity.name().toLowerCase(Locale.ROOT) + " " + code + " "
                + message(locale);
    }

    /** {@code severity CODE message [path]} in English. */
    @Override
    public String toString() {
        return format(Locale.ENGLISH) + (location.path().isEmpty() ? "" : " [" + location.path() + "]");
    }
}
