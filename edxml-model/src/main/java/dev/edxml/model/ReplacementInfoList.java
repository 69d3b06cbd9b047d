package dev.edxml.model;

import java.util.List;

/** A {@code ReplacementInfoList} (danh sách văn bản bị thay thế) of a replacement package. */
public record ReplacementInfoList(List<ReplacementInfo> replacements, Extensions extensions) {
    public ReplacementInfoList {
        replacements = Opt.list(replacements, "replacements");
        extensions = Opt.ext(extensions);
    }

    public static ReplacementInfoList of(List<ReplacementInfo> replacements) {
        return new ReplacementInfoList(replacements, Extensions.NONE);
    }

    @Override
    public String toString() {
        return "ReplacementInfoList" + replacements + (extensions.isEmpty() ? "" : " " + extensions);
    }
}
