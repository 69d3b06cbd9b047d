package dev.edxml.model;

import java.util.List;
import java.util.Map;

/**
 * Urgency of a document (độ khẩn, {@code OtherInfo/Priority}).
 *
 * <p>An open list: {@link #of(String)} accepts any code and {@link #isKnown()} tells whether it is named here.
 *
 * @since 0.1.0
 */
public final class Priority extends OpenCode {
    /** {@code 0}: Normal (Thường). */
    public static final Priority NORMAL = new Priority("0", "Thường", "Normal", true);
    /** {@code 1}: Urgent (Khẩn). */
    public static final Priority URGENT = new Priority("1", "Khẩn", "Urgent", true);
    /** {@code 2}: Very urgent (Thượng khẩn). */
    public static final Priority VERY_URGENT = new Priority("2", "Thượng khẩn", "Very urgent", true);
    /** {@code 3}: Flash (Hỏa tốc). */
    public static final Priority FLASH = new Priority("3", "Hỏa tốc", "Flash", true);
    /** {@code 4}: Flash with a set time (Hỏa tốc hẹn giờ). */
    public static final Priority FLASH_SCHEDULED = new Priority("4", "Hỏa tốc hẹn giờ", "Flash with a set time", true);

    private static final Map<String, Priority> KNOWN =
            index(List.of(NORMAL, URGENT, VERY_URGENT, FLASH, FLASH_SCHEDULED));

    private Priority(String code, String nameVi, String nameEn, boolean known) {
        super(code, nameVi, nameEn, known);
    }

    /** The value for {@code code} (trimmed): a named constant when known, otherwise an unknown code that keeps its text. */
    public static Priority of(String code) {
        return lookup(KNOWN, code, c -> new Priority(c, null, null, false));
    }

    /** The named codes, in code order. */
    public static List<Priority> known() {
        return sorted(KNOWN);
    }
}
