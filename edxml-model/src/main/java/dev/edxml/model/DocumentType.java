package dev.edxml.model;

import java.util.Optional;

/**
 * The type of a document (loại văn bản): category ({@code Type}: 1 legal normative, 2 administrative), detail code
 * within the category ({@code TypeDetail}, see {@link DocumentTypeDetail}) and the type's name ({@code TypeName},
 * e.g. {@code Công văn}).
 */
public record DocumentType(Optional<DocumentCategory> category, Optional<Integer> detail, Optional<String> name,
                           Extensions extensions) {
    public DocumentType {
        category = Opt.some(category, "category");
        detail = Opt.some(detail, "detail");
        name = Opt.text(name, "name");
        extensions = Opt.ext(extensions);
    }

    /** A type from the catalogue: category, detail code and Vietnamese name all set consistently. */
    public static DocumentType of(DocumentTypeDetail type) {
        return new DocumentType(Optional.of(type.category()), Optional.of(type.code()), Optional.of(type.nameVi()),
                Extensions.NONE);
    }

    /** A type given by category and name only, as many packages carry it. */
    public static DocumentType of(DocumentCategory category, String name) {
        return new DocumentType(Optional.of(category), Optional.empty(), Opt.text(name), Extensions.NONE);
    }

    /** The catalogue entry named by category and detail code, if both are present and known. */
    public Optional<DocumentTypeDetail> catalogueEntry() {
        return category.flatMap(c -> detail.flatMap(d -> DocumentTypeDetail.find(c, d)));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DocumentType[");
        Opt.add(sb, "category", category.map(OpenCode::code));
        Opt.add(sb, "detail", detail);
        Opt.add(sb, "name", name);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }
}
