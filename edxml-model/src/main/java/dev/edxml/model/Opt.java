package dev.edxml.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Normalisation shared by the value constructors: an empty string is an absent value, lists are copied. */
final class Opt {
    private Opt() {}

    static Optional<String> text(Optional<String> value, String name) {
        Objects.requireNonNull(value, name);
        return value.filter(s -> !s.isEmpty());
    }

    static Optional<String> text(String value) {
        return Optional.ofNullable(value).filter(s -> !s.isEmpty());
    }

    static <T> Optional<T> some(Optional<T> value, String name) {
        return Objects.requireNonNull(value, name);
    }

    static <T> List<T> list(List<T> value, String name) {
        return List.copyOf(Objects.requireNonNull(value, name));
    }

    static Extensions ext(Extensions value) {
        return value == null ? Extensions.NONE : value;
    }

    /** Appends {@code name=value} to a summary when the value is present. */
    static void add(StringBuilder sb, String name, Optional<?> value) {
        value.ifPresent(v -> sep(sb).append(name).append('=').append(v));
    }

    static void add(StringBuilder sb, String name, List<?> value) {
        if (!value.isEmpty()) {
            sep(sb).append(name).append('=').append(value);
        }
    }

    static void add(StringBuilder sb, String name, Extensions ext) {
        if (!ext.isEmpty()) {
            sep(sb).append(name).append('=').append(ext);
        }
    }

    static void add(StringBuilder sb, Extensions ext) {
        if (!ext.isEmpty()) {
            sep(sb).append("extensions=").append(ext);
        }
    }

    private static StringBuilder sep(StringBuilder sb) {
        return sb.charAt(sb.length() - 1) == '[' ? sb : sb.append(", ");
    }
}
