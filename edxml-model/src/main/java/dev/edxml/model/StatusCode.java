package dev.edxml.model;

import java.util.List;
import java.util.Map;

/**
 * Status code of a status package (mã trạng thái, QCVN 102:2016 status package; the nine codes of QĐ 28/2018).
 *
 * <p>An open list: {@link #of(String)} accepts any code and {@link #isKnown()} tells whether it is named here.
 *
 * @since 0.1.0
 */
public final class StatusCode extends OpenCode {
    /** {@code 01}: Arrived (Đã đến). */
    public static final StatusCode ARRIVED = new StatusCode("01", "Đã đến", "Arrived", true);
    /** {@code 02}: Rejected (Từ chối tiếp nhận). */
    public static final StatusCode REJECTED = new StatusCode("02", "Từ chối tiếp nhận", "Rejected", true);
    /** {@code 03}: Accepted and registered (Đã tiếp nhận). */
    public static final StatusCode ACCEPTED = new StatusCode("03", "Đã tiếp nhận", "Accepted and registered", true);
    /** {@code 04}: Assigned (Phân công xử lý). */
    public static final StatusCode ASSIGNED = new StatusCode("04", "Phân công xử lý", "Assigned", true);
    /** {@code 05}: In process (Đang xử lý). */
    public static final StatusCode IN_PROCESS = new StatusCode("05", "Đang xử lý", "In process", true);
    /** {@code 06}: Finished (Hoàn thành). */
    public static final StatusCode FINISHED = new StatusCode("06", "Hoàn thành", "Finished", true);
    /** {@code 13}: Recall requested (Yêu cầu lấy lại). */
    public static final StatusCode RECALL_REQUESTED = new StatusCode("13", "Yêu cầu lấy lại", "Recall requested", true);
    /** {@code 15}: Recall, update or revocation accepted (Đồng ý lấy lại, cập nhật, thu hồi). */
    public static final StatusCode CHANGE_ACCEPTED =
            new StatusCode("15", "Đồng ý lấy lại, cập nhật, thu hồi", "Recall, update or revocation accepted", true);
    /** {@code 16}: Recall, update or revocation rejected (Từ chối lấy lại, cập nhật, thu hồi). */
    public static final StatusCode CHANGE_REJECTED =
            new StatusCode("16", "Từ chối lấy lại, cập nhật, thu hồi", "Recall, update or revocation rejected", true);

    private static final Map<String, StatusCode> KNOWN = index(List.of(
            ARRIVED,
            REJECTED,
            ACCEPTED,
            ASSIGNED,
            IN_PROCESS,
            FINISHED,
            RECALL_REQUESTED,
            CHANGE_ACCEPTED,
            CHANGE_REJECTED));

    private StatusCode(String code, String nameVi, String nameEn, boolean known) {
        super(code, nameVi, nameEn, known);
    }

    /** The value for {@code code} (trimmed): a named constant when known, otherwise an unknown code that keeps its text. */
    public static StatusCode of(String code) {
        return lookup(KNOWN, code, c -> new StatusCode(c, null, null, false));
    }

    /** The named codes, in code order. */
    public static List<StatusCode> known() {
        return sorted(KNOWN);
    }
}
