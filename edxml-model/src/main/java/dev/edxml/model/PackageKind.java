package dev.edxml.model;

/** The two kinds of package (gói tin): document package and status package. */
public enum PackageKind {
    /** Document package (gói tin văn bản điện tử). */
    EDOC("edoc"),
    /** Status package (gói tin trạng thái). */
    STATUS("status");

    private final String wireName;

    PackageKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name the axis transport and this library's JSON use: {@code edoc} or {@code status}. */
    public String wireName() {
        return wireName;
    }
}
