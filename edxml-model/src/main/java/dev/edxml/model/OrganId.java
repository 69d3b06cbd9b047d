package dev.edxml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The electronic identifier of an agency or organisation (mã định danh cơ quan, tổ chức).
 *
 * <p>Two schemes run side by side on the axis (spec §8): the original QCVN 102:2016 code written from level 4 to
 * level 1 ({@code 000.00.00.G22}) and the QĐ 20/2020 code of Amendment 1:2022 written from level 1 down
 * ({@code G12}, {@code H37.02.02}). Enterprises appear with 12-digit codes and test systems with system ids. The
 * value is kept exactly as written; {@link #scheme()} and {@link #explain()} say how it reads.
 *
 * @since 0.1.0
 */
public record OrganId(String value) {
    private static final Pattern LEGACY = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
    private static final Pattern QD20 = Pattern.compile("[A-Z]\\d{2}(\\.[0-9A-Z]{1,4}){0,3}");
    private static final Pattern ENTERPRISE = Pattern.compile("\\d{12}");
    private static final Pattern SYSTEM_ID = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z0-9]+)+");

    /**
     * How an identifier is structured.
     *
     * @since 0.1.0
     */
    public enum Scheme {
        /** QCVN 102:2016 code {@code L4.L3.L2.L1}, e.g. {@code 000.00.00.G22}. */
        LEGACY_102,
        /** QĐ 20/2020 code (Amendment 1:2022) from level 1 down, e.g. {@code G12}, {@code H37.02.02}. */
        QD20,
        /** 12-digit enterprise code, seen as {@code 02} + tax code (a hypothesis of the spec, §8.2). */
        ENTERPRISE,
        /** Id of a connected system used as an address in test traffic, e.g. {@code vxp.saas.03}. */
        SYSTEM_ID,
        /** None of the above. */
        UNKNOWN
    }

    public OrganId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an organisation identifier must not be blank");
        }
    }

    public static OrganId of(String value) {
        return new OrganId(value);
    }

    public Scheme scheme() {
        if (LEGACY.matcher(value).matches()) {
            return Scheme.LEGACY_102;
        } else if (QD20.matcher(value).matches()) {
            return Scheme.QD20;
        } else if (ENTERPRISE.matcher(value).matches()) {
            return Scheme.ENTERPRISE;
        } else if (SYSTEM_ID.matcher(value).matches()) {
            return Scheme.SYSTEM_ID;
        }
        return Scheme.UNKNOWN;
    }

    /**
     * The levels from level 1 (the top organisation, e.g. {@code G22}) down to the unit itself, leaving out the
     * empty levels ({@code 00}, {@code 000}) of a legacy code. Empty for enterprise codes, system ids and unknown forms.
     */
    public List<String> levels() {
        List<String> parts = List.of(value.split("\\."));
        switch (scheme()) {
            case LEGACY_102: {
                List<String> out = new ArrayList<>();
                for (int i = parts.size() - 1; i >= 0; i--) {
                    if (i == parts.size() - 1 || !parts.get(i).chars().allMatch(c -> c == '0')) {
                        out.add(parts.get(i));
                    }
                }
                return List.copyOf(out);
            }
            case QD20:
                return parts;
            default:
                return List.of();
        }
    }

    /** The group letter of the level-1 organisation ({@code G} ministries, {@code H} provinces…), when the scheme has one. */
    public Optional<Character> groupLetter() {
        List<String> l = levels();
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0).charAt(0));
    }

    /** A sentence in English on how the identifier reads. */
    public String explain() {
        return explain(false);
    }

    /** A sentence in Vietnamese on how the identifier reads. */
    public String explainVi() {
        return explain(true);
    }

    private String explain(boolean vi) {
        Scheme s = scheme();
        String group = groupLetter().map(g -> groupName(g, vi)).orElse("");
        List<String> l = levels();
        switch (s) {
            case LEGACY_102:
            case QD20: {
                String scheme = s == Scheme.LEGACY_102
                        ? (vi
                                ? "mã QCVN 102:2016 (viết từ cấp 4 đến cấp 1)"
                                : "QCVN 102:2016 code (written from level 4 to level 1)")
                        : (vi ? "mã theo QĐ 20/2020 (viết từ cấp 1)" : "QĐ 20/2020 code (written from level 1 down)");
                String levels =
                        vi ? "cấp 1 " + l.get(0) + " (" + group + ")" : "level 1 " + l.get(0) + " (" + group + ")";
                for (int i = 1; i < l.size(); i++) {
                    levels += (vi ? ", cấp " : ", level ") + (i + 1) + " " + l.get(i);
                }
                return value + ": " + scheme + "; " + levels;
            }
            case ENTERPRISE:
                return value
                        + (vi
                                ? ": mã doanh nghiệp 12 chữ số (có thể là 02 + mã số thuế " + value.substring(2) + ")"
                                : ": 12-digit enterprise code (possibly 02 + tax code " + value.substring(2) + ")");
            case SYSTEM_ID:
                return value
                        + (vi
                                ? ": mã hệ thống kết nối (dùng trong thử nghiệm), không phải mã định danh cơ quan"
                                : ": id of a connected system (test traffic), not an agency identifier");
            default:
                return value
                        + (vi
                                ? ": không theo cấu trúc mã định danh nào đã biết"
                                : ": does not follow a known identifier structure");
        }
    }

    private static String groupName(char letter, boolean vi) {
        switch (letter) {
            case 'G':
                return vi ? "bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ" : "ministry or government agency";
            case 'H':
                return vi ? "tỉnh, thành phố trực thuộc trung ương" : "province or centrally-run city";
            case 'A':
                return vi ? "có thể là cơ quan Đảng" : "probably a Party organ";
            case 'W':
                return vi ? "có thể là trung tâm trao đổi" : "probably an exchange centre";
            default:
                return vi ? "nhóm " + letter + " chưa rõ" : "group " + letter + ", meaning not known";
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
