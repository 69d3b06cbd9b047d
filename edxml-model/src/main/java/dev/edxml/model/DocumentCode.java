package dev.edxml.model;

import java.util.Optional;

/**
 * Number and notation of a document (số, ký hiệu văn bản; {@code Code/CodeNumber}, {@code Code/CodeNotation}),
 * rendered as {@code 7816/VPCP-TTĐT}.
 *
 * @since 0.1.0
 */
public record DocumentCode(Optional<String> number, Optional<String> notation, Extensions extensions) {
    public DocumentCode {
        number = Opt.text(number, "number");
        notation = Opt.text(notation, "notation");
        extensions = Opt.ext(extensions);
    }

    public static DocumentCode of(String number, String notation) {
        return new DocumentCode(Opt.text(number), Opt.text(notation), Extensions.NONE);
    }

    /** {@code number/notation}, as a document shows it ("Số: 7816/VPCP-TTĐT"). */
    public String display() {
        return number.orElse("?") + "/" + notation.orElse("?");
    }

    @Override
    public String toString() {
        return display() + (extensions.isEmpty() ? "" : " " + extensions);
    }
}
