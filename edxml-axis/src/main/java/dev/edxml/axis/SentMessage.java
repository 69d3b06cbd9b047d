package dev.edxml.axis;

import java.util.Objects;

/**
 * One receiver's delivery of a message this system sent ({@code getSentEdocList}): the ids on both sides, the
 * receiving agency, and how far the delivery went. Texts as the axis wrote them (empty when absent).
 *
 * @param senderDocId   the id the sender got back from {@code send}
 * @param receiverDocId the id of the receiver's copy
 * @param toCode        the receiving agency code
 * @param fromCode      the sending agency code
 * @param messageType   {@code edoc} or {@code status}; {@code null} when the axis sent something else
 * @param title         the document's subject
 * @param notation      its number/notation
 * @param sentTime      when the axis accepted it
 * @param receiveStatus the receiver's delivery status ({@code pending}, {@code processing}, {@code done}, {@code fail})
 * @param receivedTime  when that status was set
 * @since 0.1.0
 */
public record SentMessage(
        String senderDocId,
        String receiverDocId,
        String toCode,
        String fromCode,
        MessageType messageType,
        String title,
        String notation,
        String sentTime,
        String receiveStatus,
        String receivedTime) {
    public SentMessage {
        senderDocId = Objects.requireNonNullElse(senderDocId, "");
        receiverDocId = Objects.requireNonNullElse(receiverDocId, "");
        toCode = Objects.requireNonNullElse(toCode, "");
        fromCode = Objects.requireNonNullElse(fromCode, "");
        title = Objects.requireNonNullElse(title, "");
        notation = Objects.requireNonNullElse(notation, "");
        sentTime = Objects.requireNonNullElse(sentTime, "");
        receiveStatus = Objects.requireNonNullElse(receiveStatus, "");
        receivedTime = Objects.requireNonNullElse(receivedTime, "");
    }

    @Override
    public String toString() {
        return "SentMessage " + senderDocId + " → " + toCode + " (" + receiverDocId + "): " + receiveStatus
                + (notation.isEmpty() ? "" : ", " + notation);
    }
}
