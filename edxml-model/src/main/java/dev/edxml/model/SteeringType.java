package dev.edxml.model;

import java.util.List;
import java.util.Map;

/**
 * Steering type ({@code SteeringType}, loại chỉ đạo). Sources disagree (0/1/2 or 1/2/3, spec §11.5); the named codes follow the majority variant 0/1/2.
 *
 * <p>An open list: {@link #of(String)} accepts any code and {@link #isKnown()} tells whether it is named here.
 *
 * @since 0.1.0
 */
public final class SteeringType extends OpenCode {
    /** {@code 0}: Not a steering document (Không phải văn bản chỉ đạo). */
    public static final SteeringType NOT_STEERING =
            new SteeringType("0", "Không phải văn bản chỉ đạo", "Not a steering document", true);
    /** {@code 1}: Steering document (Văn bản chỉ đạo). */
    public static final SteeringType STEERING = new SteeringType("1", "Văn bản chỉ đạo", "Steering document", true);
    /** {@code 2}: Report on steering (Báo cáo chỉ đạo). */
    public static final SteeringType STEERING_REPORT =
            new SteeringType("2", "Báo cáo chỉ đạo", "Report on steering", true);

    private static final Map<String, SteeringType> KNOWN = index(List.of(NOT_STEERING, STEERING, STEERING_REPORT));

    private SteeringType(String code, String nameVi, String nameEn, boolean known) {
        super(code, nameVi, nameEn, known);
    }

    /** The value for {@code code} (trimmed): a named constant when known, otherwise an unknown code that keeps its text. */
    public static SteeringType of(String code) {
        return lookup(KNOWN, code, c -> new SteeringType(c, null, null, false));
    }

    /** The named codes, in code order. */
    public static List<SteeringType> known() {
        return sorted(KNOWN);
    }
}
