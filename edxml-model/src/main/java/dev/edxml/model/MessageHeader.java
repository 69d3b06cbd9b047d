package dev.edxml.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The metadata of a document package (thông tin văn bản, {@code edXMLHeader/MessageHeader}), QCVN 102:2016
 * clauses 1.1–1.14 plus the official SDK's extensions ({@code ResponseForTask}, {@code ApplicationType}).
 *
 * <p>Every element is optional here: a reader keeps what a package has, and the validator says what the
 * regulation requires. Build one with {@link #builder()}.
 *
 * @param from             đơn vị gửi (1.1)
 * @param to               đơn vị nhận (1.2)
 * @param documentId       mã định danh văn bản (1.14), conventionally {@code issuer,yyyy/MM/dd,number/notation}
 * @param code             số, ký hiệu (1.3)
 * @param promulgationInfo thông tin ban hành (1.4)
 * @param documentType     loại văn bản (1.5)
 * @param subject          trích yếu nội dung (1.6)
 * @param content          nội dung tóm tắt (1.7)
 * @param signerInfo       thông tin người ký (1.8)
 * @param dueDate          hạn xử lý (1.9)
 * @param toPlaces         nơi nhận ghi trên văn bản (1.10, {@code ToPlaces/Place})
 * @param otherInfo        thông tin khác (1.11)
 * @param responseFor      văn bản được phản hồi (1.12)
 * @param steeringType     loại chỉ đạo (1.13)
 * @param responseForTask  task codes ({@code ResponseForTask/TaskCode}), an extension of the official SDK
 * @param applicationType  {@code ApplicationType}, an extension of the official SDK
 * @param extensions       unknown children and attributes, kept
 * @since 0.1.0
 */
public record MessageHeader(
        Optional<Organization> from,
        List<Organization> to,
        Optional<String> documentId,
        Optional<DocumentCode> code,
        Optional<PromulgationInfo> promulgationInfo,
        Optional<DocumentType> documentType,
        Optional<String> subject,
        Optional<String> content,
        Optional<SignerInfo> signerInfo,
        Optional<EdxmlDate> dueDate,
        List<String> toPlaces,
        Optional<OtherInfo> otherInfo,
        List<ResponseFor> responseFor,
        Optional<SteeringType> steeringType,
        List<String> responseForTask,
        Optional<String> applicationType,
        Extensions extensions) {

    public MessageHeader {
        from = Opt.some(from, "from");
        to = Opt.list(to, "to");
        documentId = Opt.text(documentId, "documentId");
        code = Opt.some(code, "code");
        promulgationInfo = Opt.some(promulgationInfo, "promulgationInfo");
        documentType = Opt.some(documentType, "documentType");
        subject = Opt.text(subject, "subject");
        content = Opt.text(content, "content");
        signerInfo = Opt.some(signerInfo, "signerInfo");
        dueDate = Opt.some(dueDate, "dueDate");
        toPlaces = Opt.list(toPlaces, "toPlaces");
        otherInfo = Opt.some(otherInfo, "otherInfo");
        responseFor = Opt.list(responseFor, "responseFor");
        steeringType = Opt.some(steeringType, "steeringType");
        responseForTask = Opt.list(responseForTask, "responseForTask");
        applicationType = Opt.text(applicationType, "applicationType");
        extensions = Opt.ext(extensions);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.from = from.orElse(null);
        b.to.addAll(to);
        b.documentId = documentId.orElse(null);
        b.code = code.orElse(null);
        b.promulgationInfo = promulgationInfo.orElse(null);
        b.documentType = documentType.orElse(null);
        b.subject = subject.orElse(null);
        b.content = content.orElse(null);
        b.signerInfo = signerInfo.orElse(null);
        b.dueDate = dueDate.orElse(null);
        b.toPlaces.addAll(toPlaces);
        b.otherInfo = otherInfo.orElse(null);
        b.responseFor.addAll(responseFor);
        b.steeringType = steeringType.orElse(null);
        b.responseForTask.addAll(responseForTask);
        b.applicationType = applicationType.orElse(null);
        b.extensions = extensions;
        return b;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("MessageHeader[");
        Opt.add(sb, "from", from.flatMap(Organization::organId));
        Opt.add(
                sb,
                "to",
                to.stream()
                        .map(o -> o.organId().map(OrganId::value).orElse("?"))
                        .toList());
        Opt.add(sb, "documentId", documentId);
        Opt.add(sb, "code", code);
        Opt.add(sb, "promulgationInfo", promulgationInfo);
        Opt.add(sb, "documentType", documentType);
        Opt.add(sb, "subject", subject);
        Opt.add(sb, "content", content);
        Opt.add(sb, "signerInfo", signerInfo);
        Opt.add(sb, "dueDate", dueDate);
        Opt.add(sb, "toPlaces", toPlaces);
        Opt.add(sb, "otherInfo", otherInfo);
        Opt.add(sb, "responseFor", responseFor);
        Opt.add(sb, "steeringType", steeringType.map(OpenCode::code));
        Opt.add(sb, "responseForTask", responseForTask);
        Opt.add(sb, "applicationType", applicationType);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }

    /**
     * Builds a {@link MessageHeader}; setters replace, {@code addX} methods append.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Organization from;
        private final List<Organization> to = new ArrayList<>();
        private String documentId;
        private DocumentCode code;
        private PromulgationInfo promulgationInfo;
        private DocumentType documentType;
        private String subject;
        private String content;
        private SignerInfo signerInfo;
        private EdxmlDate dueDate;
        private final List<String> toPlaces = new ArrayList<>();
        private OtherInfo otherInfo;
        private final List<ResponseFor> responseFor = new ArrayList<>();
        private SteeringType steeringType;
        private final List<String> responseForTask = new ArrayList<>();
        private String applicationType;
        private Extensions extensions = Extensions.NONE;

        private Builder() {}

        public Builder from(Organization v) {
            from = v;
            return this;
        }

        public Builder addTo(Organization v) {
            to.add(v);
            return this;
        }

        public Builder to(List<Organization> v) {
            to.clear();
            to.addAll(v);
            return this;
        }

        public Builder documentId(String v) {
            documentId = v;
            return this;
        }

        public Builder code(DocumentCode v) {
            code = v;
            return this;
        }

        public Builder code(String number, String notation) {
            return code(DocumentCode.of(number, notation));
        }

        public Builder promulgationInfo(PromulgationInfo v) {
            promulgationInfo = v;
            return this;
        }

        public Builder promulgation(String place, LocalDate date) {
            return promulgationInfo(PromulgationInfo.of(place, date));
        }

        public Builder documentType(DocumentType v) {
            documentType = v;
            return this;
        }

        public Builder subject(String v) {
            subject = v;
            return this;
        }

        public Builder content(String v) {
            content = v;
            return this;
        }

        public Builder signerInfo(SignerInfo v) {
            signerInfo = v;
            return this;
        }

        public Builder dueDate(EdxmlDate v) {
            dueDate = v;
            return this;
        }

        public Builder dueDate(LocalDate v) {
            return dueDate(v == null ? null : EdxmlDate.of(v));
        }

        public Builder toPlaces(List<String> v) {
            toPlaces.clear();
            toPlaces.addAll(v);
            return this;
        }

        public Builder addToPlace(String v) {
            toPlaces.add(v);
            return this;
        }

        public Builder otherInfo(OtherInfo v) {
            otherInfo = v;
            return this;
        }

        public Builder responseFor(List<ResponseFor> v) {
            responseFor.clear();
            responseFor.addAll(v);
            return this;
        }

        public Builder addResponseFor(ResponseFor v) {
            responseFor.add(v);
            return this;
        }

        public Builder steeringType(SteeringType v) {
            steeringType = v;
            return this;
        }

        public Builder responseForTask(List<String> v) {
            responseForTask.clear();
            responseForTask.addAll(v);
            return this;
        }

        public Builder applicationType(String v) {
            applicationType = v;
            return this;
        }

        public Builder extensions(Extensions v) {
            extensions = v;
            return this;
        }

        /**
         * The document id in the convention seen on the axis, {@code <issuer OrganId>,<yyyy/MM/dd>,<number>/<notation>},
         * from the sender, promulgation date and code already set.
         *
         * @throws IllegalStateException if one of them is missing
         */
        public Builder conventionalDocumentId() {
            String issuer =
                    from == null ? null : from.organId().map(OrganId::value).orElse(null);
            String date = promulgationInfo == null
                    ? null
                    : promulgationInfo.date().map(EdxmlDate::text).orElse(null);
            if (issuer == null
                    || date == null
                    || code == null
                    || code.number().isEmpty()
                    || code.notation().isEmpty()) {
                throw new IllegalStateException(
                        "a conventional document id needs the sender's OrganId, the promulgation date and the code");
            }
            documentId = issuer + "," + date + "," + code.display();
            return this;
        }

        /** What {@link #build()} would make now, or why it cannot yet (for jshell, logs and debuggers). */
        @Override
        public String toString() {
            try {
                return "MessageHeader.Builder{" + build() + "}";
            } catch (RuntimeException e) {
                return "MessageHeader.Builder{not ready: " + e.getMessage() + "}";
            }
        }

        public MessageHeader build() {
            return new MessageHeader(
                    Optional.ofNullable(from),
                    to,
                    Opt.text(documentId),
                    Optional.ofNullable(code),
                    Optional.ofNullable(promulgationInfo),
                    Optional.ofNullable(documentType),
                    Opt.text(subject),
                    Opt.text(content),
                    Optional.ofNullable(signerInfo),
                    Optional.ofNullable(dueDate),
                    toPlaces,
                    Optional.ofNullable(otherInfo),
                    responseFor,
                    Optional.ofNullable(steeringType),
                    responseForTask,
                    Opt.text(applicationType),
                    extensions);
        }
    }
}
