package dev.edxml.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An attached file (tệp đính kèm, {@code AttachmentEncoded/Attachment}): its content id, name, type and bytes.
 *
 * <p>{@link #content()} is what the package transports. The official SDK zips some files (a single entry named
 * {@code <uuid>.<ext>}) and declares {@code application/zip}; {@link #openDocument()} undoes that, within
 * limits, and {@link #payloadType()} tells what the bytes really are.
 *
 * @param contentId   {@code ContentId} as written, with or without {@code cid:}
 * @param name        {@code AttachmentName}: the file name with extension
 * @param description {@code Description}
 * @param fieldName   {@code FieldName}, an extension of the official SDK
 * @param mimeType    {@code MimeType}, an extension of the official SDK
 * @param contentType {@code ContentType}: the MIME type declared for the transported bytes
 * @param format      {@code Format}, read by the official SDK but never written by it
 * @param content     the transported bytes (decoded from base64)
 * @param extensions  unknown children and attributes, kept
 * @since 0.1.0
 */
public record Attachment(
        Optional<String> contentId,
        Optional<String> name,
        Optional<String> description,
        Optional<String> fieldName,
        Optional<String> mimeType,
        Optional<String> contentType,
        Optional<String> format,
        AttachmentContent content,
        Extensions extensions) {
    public Attachment {
        contentId = Opt.text(contentId, "contentId");
        name = Opt.text(name, "name");
        description = Opt.text(description, "description");
        fieldName = Opt.text(fieldName, "fieldName");
        mimeType = Opt.text(mimeType, "mimeType");
        contentType = Opt.text(contentType, "contentType");
        format = Opt.text(format, "format");
        Objects.requireNonNull(content, "content");
        extensions = Opt.ext(extensions);
    }

    /**
     * An attachment of a file: name from the file name, content type from its extension, a random content id;
     * the file is read when the package is written.
     */
    public static Attachment of(Path file) throws IOException {
        String n = file.getFileName().toString();
        return builder()
                .name(n)
                .contentType(contentTypeFor(n))
                .content(AttachmentContent.ofFile(file))
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.contentId = contentId.orElse(null);
        b.name = name.orElse(null);
        b.description = description.orElse(null);
        b.fieldName = fieldName.orElse(null);
        b.mimeType = mimeType.orElse(null);
        b.contentType = contentType.orElse(null);
        b.format = format.orElse(null);
        b.content = content;
        b.extensions = extensions;
        return b;
    }

    /** The content id without a leading {@code cid:}, as readers match manifest and attachment. */
    public Optional<String> bareContentId() {
        return contentId.map(Attachment::stripCid);
    }

    /** What the transported bytes are, from their first bytes. */
    public PayloadType payloadType() throws IOException {
        return PayloadType.sniff(content.head(8));
    }

    /** Whether the bytes follow the SDK's zip convention: a ZIP whose attachment name does not end in {@code .zip}. */
    public boolean isZippedByConvention() throws IOException {
        return payloadType() == PayloadType.ZIP
                && !name.orElse("").toLowerCase(Locale.ROOT).endsWith(".zip")
                && !isOfficeOpenXml();
    }

    /** The transported bytes. */
    public InputStream openStream() throws IOException {
        return content.openStream();
    }

    /**
     * The document itself: the single entry of a zip made by the SDK's convention, otherwise the transported bytes.
     * Unpacking is bounded: one entry of at most 512 MiB, compression ratio at most 200, a safe entry name.
     *
     * @throws dev.edxml.EdxmlException if the archive is corrupt or exceeds a limit
     */
    public InputStream openDocument() throws IOException {
        return openDocument(ZipLimits.DEFAULT);
    }

    /**
     * The document itself, as {@link #openDocument()}, within other bounds: entries the archive may have (the SDK's
     * convention is exactly one), bytes the unpacked entry may have (counted while reading, not taken from the
     * header), and the uncompressed/compressed ratio above which the archive is taken for a zip bomb.
     *
     * @throws IllegalArgumentException if a bound is not positive
     * @throws dev.edxml.EdxmlException if the archive is corrupt or exceeds a limit
     */
    public InputStream openDocument(int maxEntries, long maxUncompressedBytes, int maxRatio) throws IOException {
        return openDocument(new ZipLimits(maxEntries, maxUncompressedBytes, maxRatio));
    }

    InputStream openDocument(ZipLimits limits) throws IOException {
        return isZippedByConvention() ? Unzip.singleEntry(content, limits, name.orElse("")) : openStream();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Attachment[");
        Opt.add(sb, "contentId", contentId);
        Opt.add(sb, "name", name);
        Opt.add(sb, "contentType", contentType);
        Opt.add(sb, "description", description);
        Opt.add(sb, "fieldName", fieldName);
        Opt.add(sb, "mimeType", mimeType);
        Opt.add(sb, "format", format);
        sb.append(", content=").append(content);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }

    static String stripCid(String id) {
        return id.regionMatches(true, 0, "cid:", 0, 4) ? id.substring(4) : id;
    }

    private boolean isOfficeOpenXml() {
        String n = name.orElse("").toLowerCase(Locale.ROOT);
        return n.endsWith(".docx")
                || n.endsWith(".xlsx")
                || n.endsWith(".pptx")
                || n.endsWith(".odt")
                || n.endsWith(".ods");
    }

    /** The MIME type for a file name's extension ({@code application/octet-stream} when unknown). */
    public static String contentTypeFor(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        String ext = n.lastIndexOf('.') < 0 ? "" : n.substring(n.lastIndexOf('.') + 1);
        switch (ext) {
            case "pdf":
                return "application/pdf";
            case "zip":
                return "application/zip";
            case "doc":
                return "application/msword";
            case "docx":
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xls":
                return "application/vnd.ms-excel";
            case "xlsx":
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "odt":
                return "application/vnd.oasis.opendocument.text";
            case "txt":
                return "text/plain";
            case "xml":
            case "edxml":
                return "application/xml";
            case "jpg":
            case "jpeg":
                return "image/jpeg";
            case "png":
                return "image/png";
            default:
                return "application/octet-stream";
        }
    }

    /**
     * Builds an {@link Attachment}. A content id is generated ({@code random UUID}) when none is given.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String contentId;
        private String name;
        private String description;
        private String fieldName;
        private String mimeType;
        private String contentType;
        private String format;
        private AttachmentContent content;
        private Extensions extensions = Extensions.NONE;

        private Builder() {}

        public Builder contentId(String v) {
            contentId = v;
            return this;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder description(String v) {
            description = v;
            return this;
        }

        public Builder fieldName(String v) {
            fieldName = v;
            return this;
        }

        public Builder mimeType(String v) {
            mimeType = v;
            return this;
        }

        public Builder contentType(String v) {
            contentType = v;
            return this;
        }

        public Builder format(String v) {
            format = v;
            return this;
        }

        public Builder content(AttachmentContent v) {
            content = v;
            return this;
        }

        public Builder content(byte[] v) {
            return content(AttachmentContent.ofBytes(v));
        }

        public Builder extensions(Extensions v) {
            extensions = v;
            return this;
        }

        /** The fields given so far (the content id is made by {@link #build()} when none was given). */
        @Override
        public String toString() {
            return "Attachment.Builder{" + (contentId != null ? "cid:" + contentId : "content id made at build")
                    + (name != null ? ", " + name : "") + (contentType != null ? ", " + contentType : "")
                    + (content != null ? ", " + content.size() + " bytes" : ", no content yet") + "}";
        }

        /**
         * The attachment.
         *
         * @throws IllegalStateException when no content was given
         */
        public Attachment build() {
            if (content == null) {
                throw new IllegalStateException("an attachment needs content");
            }
            String id = contentId != null ? contentId : UUID.randomUUID().toString();
            return new Attachment(
                    Opt.text(id),
                    Opt.text(name),
                    Opt.text(description),
                    Opt.text(fieldName),
                    Opt.text(mimeType),
                    Opt.text(contentType),
                    Opt.text(format),
                    content,
                    extensions);
        }
    }
}
