package dev.edxml.conformance;

import dev.edxml.conformance.ConformanceCase.Direction;
import dev.edxml.conformance.ConformanceCase.Level;
import java.util.List;
import java.util.Objects;

/**
 * The result of one case in a run (kết quả một trường hợp).
 *
 * @param id        the case id
 * @param title     the case's title (English)
 * @param titleVi   the case's title (Vietnamese)
 * @param level     MUST or SHOULD
 * @param direction consumer or producer
 * @param verdict   pass, fail, error or not run
 * @param message   one line saying what happened ({@code accepted, 12 fields as expected}, {@code accepted a
 *                  package it must reject} …), in English
 * @param messageVi the same in Vietnamese
 * @param details   the particulars: each wrong field with its expected and actual value, the software's own words
 * @since 0.1.0
 */
public record CaseResult(
        String id,
        String title,
        String titleVi,
        Level level,
        Direction direction,
        Verdict verdict,
        String message,
        String messageVi,
        List<String> details) {
    public CaseResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleVi, "titleVi");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageVi, "messageVi");
        details = List.copyOf(details);
    }

    static CaseResult of(ConformanceCase c, Verdict verdict, String message, String messageVi, List<String> details) {
        return new CaseResult(
                c.id(), c.title(), c.titleVi(), c.level(), c.direction(), verdict, message, messageVi, details);
    }

    /** Whether this case counts against certification: a MUST case that failed or errored. */
    public boolean failsCertification() {
        return level == Level.MUST && (verdict == Verdict.FAIL || verdict == Verdict.ERROR);
    }

    /** The message in Vietnamese for a {@code vi} locale, otherwise in English. */
    public String message(java.util.Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? messageVi : message;
    }

    @Override
    public String toString() {
        return id + " " + level + " " + verdict + ": " + message + (details.isEmpty() ? "" : " " + details);
    }
}
