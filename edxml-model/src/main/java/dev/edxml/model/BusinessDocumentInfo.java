package dev.edxml.model;

import java.util.List;
import java.util.Optional;

/**
 * What an update package changes (thông tin cập nhật văn bản, {@code BussinessDocumentInfo}): the document's
 * information ({@code DocumentInfo} 1/0), its receivers ({@code DocumentReceiver} 1/0) and which receivers
 * ({@code ReceiverList/Receiver}, danh sách đơn vị nhận).
 *
 * @param documentInfo     {@code DocumentInfo}: 1 when the document's information changes
 * @param documentReceiver {@code DocumentReceiver}: 1 when its receivers change
 * @param receivers        the receivers added or removed, from every {@code ReceiverList}
 * @param extensions       unknown children and attributes, kept; unknown content of a {@code ReceiverList} is kept
 *                         as a copy of that list (without its receivers) among them
 * @since 0.1.0
 */
public record BusinessDocumentInfo(
        Optional<Integer> documentInfo,
        Optional<Integer> documentReceiver,
        List<Receiver> receivers,
        Extensions extensions) {
    public BusinessDocumentInfo {
        documentInfo = Opt.some(documentInfo, "documentInfo");
        documentReceiver = Opt.some(documentReceiver, "documentReceiver");
        receivers = Opt.list(receivers, "receivers");
        extensions = Opt.ext(extensions);
    }

    public static BusinessDocumentInfo of(boolean infoChanged, boolean receiversChanged, List<Receiver> receivers) {
        return new BusinessDocumentInfo(
                Optional.of(infoChanged ? 1 : 0), Optional.of(receiversChanged ? 1 : 0), receivers, Extensions.NONE);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("BusinessDocumentInfo[");
        Opt.add(sb, "documentInfo", documentInfo);
        Opt.add(sb, "documentReceiver", documentReceiver);
        Opt.add(sb, "receivers", receivers);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }
}
