package dev.edxml.model;

import java.util.List;
import java.util.Map;

/**
 * Change of a receiver in an update package (loại đơn vị nhận, {@code Receiver/ReceiverType}).
 *
 * <p>An open list: {@link #of(String)} accepts any code and {@link #isKnown()} tells whether it is named here.
 *
 * @since 0.1.0
 */
public final class ReceiverType extends OpenCode {
    /** {@code 0}: Removed from the receivers (Bị bỏ khỏi danh sách nhận). */
    public static final ReceiverType REMOVED =
            new ReceiverType("0", "Bị bỏ khỏi danh sách nhận", "Removed from the receivers", true);
    /** {@code 1}: Added to the receivers (Được thêm vào danh sách nhận). */
    public static final ReceiverType ADDED =
            new ReceiverType("1", "Được thêm vào danh sách nhận", "Added to the receivers", true);

    private static final Map<String, ReceiverType> KNOWN = index(List.of(REMOVED, ADDED));

    private ReceiverType(String code, String nameVi, String nameEn, boolean known) {
        super(code, nameVi, nameEn, known);
    }

    /** The value for {@code code} (trimmed): a named constant when known, otherwise an unknown code that keeps its text. */
    public static ReceiverType of(String code) {
        return lookup(KNOWN, code, c -> new ReceiverType(c, null, null, false));
    }

    /** The named codes, in code order. */
    public static List<ReceiverType> known() {
        return sorted(KNOWN);
    }
}
