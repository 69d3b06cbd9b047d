package dev.edxml.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the trend of a report is bucketed ({@code edxml stats --by month|quarter}): by calendar month or by quarter of
 * the document's sending date (Vietnam time, see the module README).
 *
 * @since 0.1.0
 */
public enum TrendPeriod {
    /** Calendar months: {@code 2025-03}. */
    MONTH,
    /** Calendar quarters: {@code 2025-Q1} (January to March), … {@code 2025-Q4}. */
    QUARTER;

    /** The period with this name ({@code month} or {@code quarter}, case ignored). */
    public static Optional<TrendPeriod> named(String name) {
        for (TrendPeriod p : values()) {
            if (p.name().equalsIgnoreCase(Objects.requireNonNull(name, "name").strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The first month of the bucket a month falls in: the month itself, or the first month of its quarter. */
    public YearMonth start(YearMonth month) {
        return switch (this) {
            case MONTH -> month;
            case QUARTER -> YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
        };
    }

    /** The first month of the bucket a day falls in. */
    public YearMonth start(LocalDate day) {
        return start(YearMonth.from(day));
    }

    /** The stable key of a bucket: {@code 2025-03} or {@code 2025-Q1} (for JSON and sorting). */
    public String key(YearMonth month) {
        YearMonth s = start(month);
        return switch (this) {
            case MONTH -> s.toString();
            case QUARTER -> s.getYear() + "-Q" + ((s.getMonthValue() - 1) / 3 + 1);
        };
    }

    /** The bucket as people read it: {@code 03/2025} and {@code Q1/2025} in Vietnamese, the key in English. */
    public String label(YearMonth month, Locale locale) {
        YearMonth s = start(month);
        boolean vi = locale != null && "vi".equals(locale.getLanguage());
        if (!vi) {
            return key(month);
        }
        return switch (this) {
            case MONTH -> String.format(Locale.ROOT, "%02d/%d", s.getMonthValue(), s.getYear());
            case QUARTER -> "Q" + ((s.getMonthValue() - 1) / 3 + 1) + "/" + s.getYear();
        };
    }

    /** The name used on the command line and in JSON: {@code month} or {@code quarter}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
