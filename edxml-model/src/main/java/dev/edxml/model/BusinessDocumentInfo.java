package dev.edxml.model;

import java.util.List;
import java.util.Optional;

/**
 * What an update package changes (thông tin cập nhật văn bản, {@code BussinessDocumentInfo}): the document's
 * information ({@code DocumentInfo} 1/0), its receivers ({@code DocumentReceiver} 1/0) and which receivers
 * ({@code ReceiverList}).
 */
public record BusinessDocumentInfo(Optional<Integer> documentInfo, Optional<Integer> documentReceiver,
                                   List<ReceiverList> receiverLists, Extensions extensions) {
    public BusinessDocumentInfo {
        documentInfo = Opt.some(documentInfo, "documentInfo");
        documentReceiver = Opt.some(documentReceiver, "documentReceiver");
        receiverLists = Opt.list(receiverLists, "receiverLists");
        extensions = Opt.ext(extensions);
    }

    public static BusinessDocumentInfo of(boolean infoChanged, boolean receiversChanged, List<Receiver> receivers) {
        return new BusinessDocumentInfo(Optional.of(infoChanged ? 1 : 0), Optional.of(receiversChanged ? 1 : 0),
                receivers.isEmpty() ? List.of() : List.of(ReceiverList.of(receivers)), Extensions.NONE);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("BusinessDocumentInfo[");
        Opt.add(sb, "documentInfo", documentInfo);
        Opt.add(sb, "documentReceiver", documentReceiver);
        Opt.add(sb, "receiverLists", receiverLists);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }
}
