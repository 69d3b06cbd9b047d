package dev.edxml.model;

import java.util.Optional;

/**
 * A receiver (đơn vị nhận) whose status changes in an update package ({@code ReceiverList/Receiver}).
 *
 * @since 0.1.0
 */
public record Receiver(Optional<OrganId> organId, Optional<ReceiverType> type, Extensions extensions) {
    public Receiver {
        organId = Opt.some(organId, "organId");
        type = Opt.some(type, "type");
        extensions = Opt.ext(extensions);
    }

    public static Receiver of(String organId, ReceiverType type) {
        return new Receiver(Opt.text(organId).map(OrganId::of), Optional.ofNullable(type), Extensions.NONE);
    }

    @Override
    public String toString() {
        return "Receiver[" + organId.map(OrganId::value).orElse("?") + " "
                + type.map(OpenCode::nameEn).orElse("?") + (extensions.isEmpty() ? "" : ", extensions=" + extensions)
                + "]";
    }
}
