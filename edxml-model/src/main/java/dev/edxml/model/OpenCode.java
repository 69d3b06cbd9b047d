package dev.edxml.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A value of one of the regulation's code lists (mã trạng thái, loại nghiệp vụ, độ khẩn…).
 *
 * <p>The lists are <em>open</em>: real packages carry codes the regulation does not name (for example
 * {@code Type=71}), and a reader must keep them. {@link #isKnown()} tells whether the code is one of
 * the named constants; unknown codes keep their text and describe themselves as unknown.
 *
 * @since 0.1.0
 */
public abstract class OpenCode {
    private final String code;
    private final String nameVi;
    private final String nameEn;
    private final boolean known;

    OpenCode(String code, String nameVi, String nameEn, boolean known) {
        this.code = Objects.requireNonNull(code, "code");
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.known = known;
    }

    /** The code exactly as written in the package (trimmed). */
    public final String code() {
        return code;
    }

    /** The Vietnamese name of the code, or a Vietnamese "unknown code" text. */
    public final String nameVi() {
        return known ? nameVi : "Mã không xác định (" + code + ")";
    }

    /** The English name of the code, or an English "unknown code" text. */
    public final String nameEn() {
        return known ? nameEn : "Unknown code (" + code + ")";
    }

    /** Whether the code is one the regulation (or the evidence in the specification) names. */
    public final boolean isKnown() {
        return known;
    }

    @Override
    @SuppressWarnings("EqualsGetClass") // a SteeringType and a Priority with the same code are different values
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((OpenCode) o).code.equals(code);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + code.hashCode();
    }

    @Override
    public final String toString() {
        return code + " (" + nameEn() + " / " + nameVi() + ")";
    }

    static <T extends OpenCode> Map<String, T> index(List<T> values) {
        return values.stream().collect(Collectors.toUnmodifiableMap(OpenCode::code, v -> v));
    }

    static <T extends OpenCode> T lookup(Map<String, T> known, String code, Function<String, T> unknown) {
        String c = checkCode(code);
        T k = known.get(c);
        return k != null ? k : unknown.apply(c);
    }

    static <T extends OpenCode> List<T> sorted(Map<String, T> known) {
        return known.values().stream()
                .sorted(Comparator.comparing(OpenCode::code))
                .toList();
    }

    static String checkCode(String code) {
        Objects.requireNonNull(code, "code");
        String t = code.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a code must not be empty");
        }
        return t;
    }
}
