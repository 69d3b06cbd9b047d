package dev.edxml.axis;

import java.util.Objects;

/**
 * An agency the axis knows ({@code getAgenciesList}): its id on the axis, its parent's id, its code (the
 * {@code OrganId} packages carry), name and mail; absent values are empty strings, as the axis sends them.
 *
 * @since 0.1.0
 */
public record Agency(String id, String parentId, String code, String name, String mail) {
    public Agency {
        id = Objects.requireNonNullElse(id, "");
        parentId = Objects.requireNonNullElse(parentId, "");
        code = Objects.requireNonNullElse(code, "");
        name = Objects.requireNonNullElse(name, "");
        mail = Objects.requireNonNullElse(mail, "");
    }

    @Override
    public String toString() {
        return "Agency " + code + (name.isEmpty() ? "" : " " + name) + (id.isEmpty() ? "" : " (id " + id + ")");
    }
}
