package dev.edxml.validate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of expectations a package is checked against. Each rule says its severity under each profile (or that it
 * does not apply). Three profiles come with the library; a rule of one's own may recognise others by name.
 *
 * @since 0.1.0
 */
public final class Profile {
    /** The regulation as written (QCVN 102:2016 and the Decree 30/2020 metadata dictionary). */
    public static final Profile QCVN102 =
            new Profile("qcvn102", "QCVN 102:2016 như văn bản quy định", "QCVN 102:2016 as written");
    /**
     * What exchange over the national axis needs in practice: a real signature is required (the policy of QĐ 28/2018,
     * although the axis itself relays unsigned packages); harmless quirks of common vendors (the SDK's element order,
     * {@code cid:} ids, the zip convention, values the axis is seen to relay) are warnings.
     */
    public static final Profile AXIS = new Profile(
            "axis",
            "Trao đổi qua Trục liên thông văn bản quốc gia: bắt buộc có chữ ký số thật (QĐ 28/2018)",
            "Exchange over the national axis: a real signature is required (QĐ 28/2018)");
    /** For legacy archives: only what makes a package unusable is an error. */
    public static final Profile LENIENT =
            new Profile("lenient", "Dễ dãi, cho kho lưu trữ cũ", "Lenient, for legacy archives");

    private final String name;
    private final String descriptionVi;
    private final String descriptionEn;

    private Profile(String name, String descriptionVi, String descriptionEn) {
        this.name = name;
        this.descriptionVi = descriptionVi;
        this.descriptionEn = descriptionEn;
    }

    /** A profile of one's own, recognised by name by one's own rules; built-in rules treat it like {@link #QCVN102}. */
    public static Profile custom(String name, String descriptionVi, String descriptionEn) {
        if (builtIn().stream().anyMatch(p -> p.name.equals(name))) {
            throw new IllegalArgumentException("profile name taken: " + name);
        }
        return new Profile(Objects.requireNonNull(name), descriptionVi, descriptionEn);
    }

    /** The built-in profiles. */
    public static List<Profile> builtIn() {
        return List.of(QCVN102, AXIS, LENIENT);
    }

    /** The built-in profile with this name ({@code qcvn102}, {@code axis}, {@code lenient}). */
    public static Optional<Profile> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return builtIn().stream().filter(p -> p.name.equals(n)).findFirst();
    }

    public String name() {
        return name;
    }

    public String description(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? descriptionVi : descriptionEn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Profile && ((Profile) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
