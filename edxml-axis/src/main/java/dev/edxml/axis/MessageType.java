package dev.edxml.axis;

/**
 * What a message on the axis carries (the SDK's {@code messagetype}): a document package or a status package.
 *
 * @since 0.1.0
 */
public enum MessageType {
    /** A document package (gói tin văn bản), {@code edoc} on the wire. */
    EDOC("edoc"),
    /** A status package (gói tin trạng thái), {@code status} on the wire. */
    STATUS("status");

    private final String wire;

    MessageType(String wire) {
        this.wire = wire;
    }

    /** The value on the wire: {@code edoc} or {@code status}. */
    public String wire() {
        return wire;
    }

    /** The type for a wire value (any case), or {@code null}. */
    public static MessageType fromWire(String s) {
        for (MessageType t : values()) {
            if (t.wire.equalsIgnoreCase(s == null ? "" : s.strip())) {
                return t;
            }
        }
        return null;
    }
}
