package dev.edxml.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Place and date of promulgation (thông tin ban hành: địa danh, ngày ban hành).
 *
 * @since 0.1.0
 */
public record PromulgationInfo(Optional<String> place, Optional<EdxmlDate> date, Extensions extensions) {
    public PromulgationInfo {
        place = Opt.text(place, "place");
        date = Opt.some(date, "date");
        extensions = Opt.ext(extensions);
    }

    public static PromulgationInfo of(String place, LocalDate date) {
        return new PromulgationInfo(Opt.text(place), Optional.ofNullable(date).map(EdxmlDate::of), Extensions.NONE);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PromulgationInfo[");
        Opt.add(sb, "place", place);
        Opt.add(sb, "date", date);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }
}
