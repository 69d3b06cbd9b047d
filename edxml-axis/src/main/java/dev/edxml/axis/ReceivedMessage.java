package dev.edxml.axis;

import java.util.Objects;

/**
 * A message waiting for this system ({@code getReceivedEdocList}): its transport id, type, sender and receiver codes,
 * delivery status and the axis's times as it writes them (UNCERTAIN: the live axis's time format is not known, so the
 * text is kept as received).
 *
 * @param docId       the id to download it with and to acknowledge it
 * @param messageType {@code edoc} or {@code status}; {@code null} when the axis sent something else
 * @param serviceType the SDK's {@code serviceType}, usually {@code eDoc}
 * @param from        the sender's agency code
 * @param to          the receiving agency code
 * @param status      the delivery status as the axis wrote it
 * @param statusDesc  its description, or an empty string
 * @param createdTime when the axis accepted it
 * @param updatedTime when its status last changed
 * @since 0.1.0
 */
public record ReceivedMessage(
        String docId,
        MessageType messageType,
        String serviceType,
        String from,
        String to,
        String status,
        String statusDesc,
        String createdTime,
        String updatedTime) {
    public ReceivedMessage {
        Objects.requireNonNull(docId, "docId");
        serviceType = Objects.requireNonNullElse(serviceType, "");
        from = Objects.requireNonNullElse(from, "");
        to = Objects.requireNonNullElse(to, "");
        status = Objects.requireNonNullElse(status, "");
        statusDesc = Objects.requireNonNullElse(statusDesc, "");
        createdTime = Objects.requireNonNullElse(createdTime, "");
        updatedTime = Objects.requireNonNullElse(updatedTime, "");
    }

    @Override
    public String toString() {
        return "ReceivedMessage " + docId + " " + (messageType == null ? "?" : messageType.wire()) + " from " + from
                + " to " + to + ", " + status + (createdTime.isEmpty() ? "" : ", created " + createdTime);
    }
}
