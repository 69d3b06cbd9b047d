package dev.edxml.axis;

/**
 * What a receiver tells the axis about a message it fetched ({@code updateStatus}): a transport acknowledgement, not
 * the edXML status (01…16) of a document, which travels as a status package. Wire values as in vendor code that
 * drives the SDK; UNCERTAIN: the live axis may know more values, and whether it lists {@code done} messages again.
 *
 * @since 0.1.0
 */
public enum DeliveryStatus {
    /** Waiting to be fetched (what the local axis reports for a new message; the live axis's word is unknown). */
    PENDING("pending"),
    /** The receiver is working on it. */
    PROCESSING("processing"),
    /** Received and stored: the axis no longer lists it. */
    DONE("done"),
    /** The receiver could not take it; the axis lists it again. */
    FAIL("fail");

    private final String wire;

    DeliveryStatus(String wire) {
        this.wire = wire;
    }

    /** The value on the wire. */
    public String wire() {
        return wire;
    }

    /** The status for a wire value (any case), or {@code null}. */
    public static DeliveryStatus fromWire(String s) {
        for (DeliveryStatus t : values()) {
            if (t.wire.equalsIgnoreCase(s == null ? "" : s.strip())) {
                return t;
            }
        }
        return null;
    }
}
