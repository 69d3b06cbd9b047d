package dev.edxml.model;

import java.util.List;

/** A {@code ReceiverList} (danh sách đơn vị nhận) of an update package: the receivers added or removed. */
public record ReceiverList(List<Receiver> receivers, Extensions extensions) {
    public ReceiverList {
        receivers = Opt.list(receivers, "receivers");
        extensions = Opt.ext(extensions);
    }

    public static ReceiverList of(List<Receiver> receivers) {
        return new ReceiverList(receivers, Extensions.NONE);
    }

    @Override
    public String toString() {
        return "ReceiverList" + receivers + (extensions.isEmpty() ? "" : " " + extensions);
    }
}
