package dev.edxml.model;

/**
 * The revision of the regulation a package follows. A later revision will be added beside this one, not over it.
 *
 * @since 0.1.0
 */
public enum SpecVersion {
    /**
     * QCVN 102:2016/BTTTT (with Amendment 1:2022, which changed the identifier clause but not the namespace or the
     * package layout): namespace {@code http://www.mic.gov.vn/TBT/QCVN_102_2016}.
     */
    QCVN_102_2016("QCVN 102:2016/BTTTT", "http://www.mic.gov.vn/TBT/QCVN_102_2016");

    private final String title;
    private final String namespace;

    SpecVersion(String title, String namespace) {
        this.title = title;
        this.namespace = namespace;
    }

    /** The regulation's name, e.g. {@code QCVN 102:2016/BTTTT}. */
    public String title() {
        return title;
    }

    /** The XML namespace of the revision's elements. */
    public String namespace() {
        return namespace;
    }

    /** The revision whose namespace is {@code namespace}, or {@code null}. */
    public static SpecVersion forNamespace(String namespace) {
        for (SpecVersion v : values()) {
            if (v.namespace.equals(namespace)) {
                return v;
            }
        }
        return null;
    }
}
