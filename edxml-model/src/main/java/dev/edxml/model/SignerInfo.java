package dev.edxml.model;

import java.util.Optional;

/**
 * Who signed the document (thông tin người ký): authority ({@code Competence}, e.g. {@code TL. BỘ TRƯỞNG}),
 * position ({@code Position}) and full name ({@code FullName}).
 *
 * @since 0.1.0
 */
public record SignerInfo(
        Optional<String> competence, Optional<String> position, Optional<String> fullName, Extensions extensions) {
    public SignerInfo {
        competence = Opt.text(competence, "competence");
        position = Opt.text(position, "position");
        fullName = Opt.text(fullName, "fullName");
        extensions = Opt.ext(extensions);
    }

    public static SignerInfo of(String competence, String position, String fullName) {
        return new SignerInfo(Opt.text(competence), Opt.text(position), Opt.text(fullName), Extensions.NONE);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SignerInfo[");
        Opt.add(sb, "competence", competence);
        Opt.add(sb, "position", position);
        Opt.add(sb, "fullName", fullName);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }
}
