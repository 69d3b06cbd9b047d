package dev.edxml.axis;

import java.util.Objects;

/**
 * The axis accepted a package: {@code docId} is its transport id on the axis (the SDK's {@code DocId}), not the
 * edXML {@code DocumentId}; {@code sha256} is the hex SHA-256 of the bytes sent.
 *
 * @since 0.1.0
 */
public record SendReceipt(String docId, MessageType messageType, long size, String sha256) {
    public SendReceipt {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(sha256, "sha256");
    }

    @Override
    public String toString() {
        return "SendReceipt " + docId + " (" + messageType.wire() + ", " + size + " bytes, sha256 " + sha256 + ")";
    }
}
