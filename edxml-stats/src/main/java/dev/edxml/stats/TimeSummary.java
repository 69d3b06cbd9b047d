package dev.edxml.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Summary of waiting times (thời gian phản hồi), for example from a document's sending to the receiver's
 * acknowledgement: how many were measured, their median, mean and 90th percentile (nearest rank).
 *
 * @param count  the number of times measured
 * @param median the median (the mean of the two middle values for an even count); empty when none was measured
 * @param mean   the arithmetic mean, to the second; empty when none was measured
 * @param p90    the 90th percentile by nearest rank (the ⌈0.9·n⌉-th smallest); empty when none was measured
 * @since 0.1.0
 */
public record TimeSummary(int count, Optional<Duration> median, Optional<Duration> mean, Optional<Duration> p90) {
    /** No time measured. */
    public static final TimeSummary NONE = new TimeSummary(0, Optional.empty(), Optional.empty(), Optional.empty());

    public TimeSummary {
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(p90, "p90");
        if (count < 0 || (count == 0) != median.isEmpty()) {
            throw new IllegalArgumentException("count " + count + " does not fit the values");
        }
    }

    /** The summary of these times in seconds (not changed; any order). */
    public static TimeSummary ofSeconds(long[] seconds) {
        if (seconds.length == 0) {
            return NONE;
        }
        long[] s = seconds.clone();
        Arrays.sort(s);
        int n = s.length;
        long median = n % 2 == 1 ? s[n / 2] : Math.floorDiv(s[n / 2 - 1] + s[n / 2], 2);
        long sum = 0;
        for (long v : s) {
            sum += v;
        }
        long mean = Math.round((double) sum / n);
        int rank = (int) Math.ceil(0.9 * n);
        long p90 = s[Math.max(1, rank) - 1];
        return new TimeSummary(
                n,
                Optional.of(Duration.ofSeconds(median)),
                Optional.of(Duration.ofSeconds(mean)),
                Optional.of(Duration.ofSeconds(p90)));
    }

    /** A duration in hours with two decimals (half up), as the reports print it. */
    public static BigDecimal hours(Duration d) {
        return BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return count == 0
                ? "no time measured"
                : count + " measured, median " + hours(median.get()) + " h, mean " + hours(mean.get()) + " h, p90 "
                        + hours(p90.get()) + " h";
    }
}
