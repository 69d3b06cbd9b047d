package dev.edxml.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar date as written in a package ({@code PromulgationDate} ngày ban hành, {@code DueDate} hạn xử lý): the
 * regulation's format is {@code yyyy/MM/dd}.
 *
 * <p>The text is kept exactly as read, so a package with a wrongly formatted date is written back as it came and
 * a validator can report it. {@link #date()} gives the date when the text is a real calendar date in the
 * regulation's format or one of the variants seen in the wild ({@code yyyy-MM-dd}, {@code dd/MM/yyyy});
 * {@link #isCanonical()} tells whether the text is in the regulation's format. Dates carry no time zone.
 *
 * @since 0.1.0
 */
public record EdxmlDate(String text) {
    private static final DateTimeFormatter CANONICAL = strict("uuuu/MM/dd");
    private static final List<DateTimeFormatter> VARIANTS = List.of(strict("uuuu-MM-dd"), strict("dd/MM/uuuu"));

    public EdxmlDate {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a date must not be blank");
        }
    }

    /** The date written in the regulation's format {@code yyyy/MM/dd}. */
    public static EdxmlDate of(LocalDate date) {
        return new EdxmlDate(CANONICAL.format(date));
    }

    /** The date as written, whatever its format; see {@link #date()}. */
    public static EdxmlDate parse(String text) {
        return new EdxmlDate(text);
    }

    /** The calendar date, if the text is one (in the regulation's format or a known variant). */
    public Optional<LocalDate> date() {
        String t = text.strip();
        Optional<LocalDate> d = parseWith(CANONICAL, t);
        for (int i = 0; d.isEmpty() && i < VARIANTS.size(); i++) {
            d = parseWith(VARIANTS.get(i), t);
        }
        return d;
    }

    /** Whether the text is a real date in the regulation's format {@code yyyy/MM/dd}. */
    public boolean isCanonical() {
        return parseWith(CANONICAL, text).isPresent();
    }

    @Override
    public String toString() {
        return text;
    }

    static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, java.util.Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    private static Optional<LocalDate> parseWith(DateTimeFormatter f, String t) {
        try {
            return Optional.of(LocalDate.parse(t, f));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
