package dev.edxml.validate;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing a rule found: a stable code ({@code EDXML-<AREA>-<NNN>}), a severity under the profile used, where, the
 * clause of the regulation or decree it rests on, and the message in Vietnamese and English.
 */
public record Finding(String code, Severity severity, Location location, String clause, String messageVi,
                      String messageEn) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The message in Vietnamese for a {@code vi} locale, otherwise in English. */
    public String message(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? messageVi : messageEn;
    }

    /** {@code line:col: severity CODE message} in the given language. */
    public String format(Locale locale) {
        return location.position() + ": " + severity.name().toLowerCase(Locale.ROOT) + " " + code + " "
                + message(locale);
    }

    @Override
    public String toString() {
        return format(Locale.ENGLISH) + (location.path().isEmpty() ? "" : " [" + location.path() + "]");
    }
}
