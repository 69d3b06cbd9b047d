package dev.edxml.sign.pdf;

import dev.edxml.sign.SignerIdentity;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a certificate belongs to a person (the competent person, người có thẩm quyền) or to an organisation (cơ
 * quan, tổ chức), as Decree 30/2020 tells the two signatures of a document apart. Certificates do not say it
 * directly, so this is a heuristic and says how sure it is:
 * <ul>
 *   <li>a personal ID ({@code CMND:}, {@code CCCD:}, {@code HC:} in {@code UID} or the name): a person, high;</li>
 *   <li>a tax code ({@code MST:}) with a common name that is the organisation ({@code O}) or starts like an agency's
 *       name ("Bộ", "Sở", "Ủy ban nhân dân", "Văn phòng", "Công ty"…): an organisation, high;</li>
 *   <li>a tax code and a common name that looks like a Vietnamese person's name (a common family name, two to five
 *       capitalised words): a person of that organisation, medium;</li>
 *   <li>no identifier: by the common name alone, medium; otherwise unknown, low.</li>
 * </ul>
 *
 * @param kind       person, organisation or unknown
 * @param confidence how sure the heuristic is
 * @param reason     what it went by, in English
 */
record SignerRole(Kind kind, Confidence confidence, String reason) {
    /** Who signed. */
    enum Kind {
        PERSON,
        ORGANISATION,
        UNKNOWN
    }

    /** How sure the heuristic is. */
    enum Confidence {
        HIGH,
        MEDIUM,
        LOW
    }

    private static final List<String> AGENCY_WORDS = List.of(
            "bộ ",
            "sở ",
            "ủy ban",
            "uỷ ban",
            "ubnd",
            "văn phòng",
            "cục ",
            "tổng cục",
            "chi cục",
            "công ty",
            "tổng công ty",
            "tập đoàn",
            "trường ",
            "đại học",
            "học viện",
            "bệnh viện",
            "viện ",
            "ban ",
            "trung tâm",
            "phòng ",
            "hội đồng",
            "tòa án",
            "toà án",
            "kho bạc",
            "thanh tra",
            "đài ",
            "báo ",
            "hội ",
            "liên đoàn",
            "quỹ ",
            "ngân hàng",
            "chi nhánh",
            "cơ quan",
            "đảng ủy",
            "đảng uỷ",
            "huyện ủy",
            "tỉnh ủy",
            "thành ủy",
            "mặt trận",
            "bảo hiểm",
            "cảng vụ",
            "hải quan",
            "công an",
            "bộ chỉ huy",
            "doanh nghiệp",
            "hợp tác xã",
            "ministry",
            "department",
            "agency",
            "company",
            "people's committee");
    private static final Set<String> FAMILY_NAMES = Set.of(
            "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
            "dương", "lý", "đào", "đoàn", "vương", "trịnh", "đinh", "lâm", "phùng", "mai", "tô", "trương", "hà",
            "lương", "tạ", "cao", "chu", "quách", "kiều", "lưu", "tăng", "thái", "triệu", "văn", "khúc", "la", "từ",
            "tôn", "âu", "mạc", "thân", "nông", "lò", "hứa", "giang", "kim", "lục", "diệp", "ông", "châu", "tiêu",
            "quan", "doãn", "hồng", "nghiêm", "lại", "mạnh", "phí", "bạch");

    public SignerRole {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(reason, "reason");
    }

    /** The role the certificate's subject suggests. */
    public static SignerRole of(SignerIdentity id) {
        String cn = id.commonName().orElse("").strip();
        String o = id.organization().orElse("").strip();
        if (!id.personalIds().isEmpty()) {
            return new SignerRole(
                    Kind.PERSON,
                    Confidence.HIGH,
                    "personal ID " + id.personalIds().get(0));
        }
        boolean agency = looksLikeAgency(cn) || !cn.isEmpty() && cn.equalsIgnoreCase(o);
        boolean person = looksLikePerson(cn);
        if (!id.taxCodes().isEmpty()) {
            if (agency) {
                return new SignerRole(Kind.ORGANISATION, Confidence.HIGH, "tax code and an organisation's name");
            }
            if (person) {
                return new SignerRole(
                        Kind.PERSON,
                        Confidence.MEDIUM,
                        "a person's name in a certificate with the organisation's tax code");
            }
            return new SignerRole(Kind.ORGANISATION, Confidence.MEDIUM, "tax code, no personal ID");
        }
        if (agency) {
            return new SignerRole(Kind.ORGANISATION, Confidence.MEDIUM, "an organisation's name, no identifier");
        }
        if (person) {
            return new SignerRole(Kind.PERSON, Confidence.MEDIUM, "a person's name, no identifier");
        }
        return new SignerRole(
                Kind.UNKNOWN, Confidence.LOW, "neither a personal ID, a tax code nor a recognisable name");
    }

    static boolean looksLikeAgency(String name) {
        String n = name.toLowerCase(Locale.ROOT) + " ";
        return AGENCY_WORDS.stream().anyMatch(n::startsWith);
    }

    static boolean looksLikePerson(String name) {
        String[] words = name.strip().split("\\s+", -1);
        if (words.length < 2 || words.length > 5 || looksLikeAgency(name)) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty()
                    || !Character.isUpperCase(w.codePointAt(0))
                    || !w.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return FAMILY_NAMES.contains(words[0].toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " (" + confidence.name().toLowerCase(Locale.ROOT)
                + " confidence: " + reason + ")";
    }
}
