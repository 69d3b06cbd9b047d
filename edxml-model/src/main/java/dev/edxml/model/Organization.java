package dev.edxml.model;

import java.util.Optional;

/**
 * An agency or organisation (cơ quan, tổ chức; {@code From} nơi gửi, {@code To} nơi nhận, status {@code From}): its
 * identifier and contact details. Absent values are absent: a reader keeps what a package has, and the validator says
 * what is missing.
 *
 * @param organId              mã định danh ({@code OrganId})
 * @param organizationInCharge cơ quan chủ quản ({@code OrganizationInCharge}); samples put a name here
 * @param name                 tên cơ quan ({@code OrganName})
 * @param address              địa chỉ ({@code OrganAdd})
 * @param email                thư điện tử ({@code Email})
 * @param telephone            điện thoại ({@code Telephone})
 * @param fax                  fax ({@code Fax})
 * @param website              trang thông tin điện tử ({@code Website})
 * @param extensions           unknown children and attributes, kept
 * @since 0.1.0
 */
public record Organization(
        Optional<OrganId> organId,
        Optional<String> organizationInCharge,
        Optional<String> name,
        Optional<String> address,
        Optional<String> email,
        Optional<String> telephone,
        Optional<String> fax,
        Optional<String> website,
        Extensions extensions) {

    public Organization {
        organId = Opt.some(organId, "organId");
        organizationInCharge = Opt.text(organizationInCharge, "organizationInCharge");
        name = Opt.text(name, "name");
        address = Opt.text(address, "address");
        email = Opt.text(email, "email");
        telephone = Opt.text(telephone, "telephone");
        fax = Opt.text(fax, "fax");
        website = Opt.text(website, "website");
        extensions = Opt.ext(extensions);
    }

    /** An organisation with an identifier and a name. */
    public static Organization of(String organId, String name) {
        return builder().organId(organId).name(name).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.organId = organId.orElse(null);
        b.organizationInCharge = organizationInCharge.orElse(null);
        b.name = name.orElse(null);
        b.address = address.orElse(null);
        b.email = email.orElse(null);
        b.telephone = telephone.orElse(null);
        b.fax = fax.orElse(null);
        b.website = website.orElse(null);
        b.extensions = extensions;
        return b;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Organization[");
        Opt.add(sb, "organId", organId);
        Opt.add(sb, "name", name);
        Opt.add(sb, "organizationInCharge", organizationInCharge);
        Opt.add(sb, "address", address);
        Opt.add(sb, "email", email);
        Opt.add(sb, "telephone", telephone);
        Opt.add(sb, "fax", fax);
        Opt.add(sb, "website", website);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }

    /**
     * Builds an {@link Organization}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private OrganId organId;
        private String organizationInCharge;
        private String name;
        private String address;
        private String email;
        private String telephone;
        private String fax;
        private String website;
        private Extensions extensions = Extensions.NONE;

        private Builder() {}

        public Builder organId(String organId) {
            this.organId = organId == null ? null : OrganId.of(organId);
            return this;
        }

        public Builder organId(OrganId organId) {
            this.organId = organId;
            return this;
        }

        public Builder organizationInCharge(String v) {
            this.organizationInCharge = v;
            return this;
        }

        public Builder name(String v) {
            this.name = v;
            return this;
        }

        public Builder address(String v) {
            this.address = v;
            return this;
        }

        public Builder email(String v) {
            this.email = v;
            return this;
        }

        public Builder telephone(String v) {
            this.telephone = v;
            return this;
        }

        public Builder fax(String v) {
            this.fax = v;
            return this;
        }

        public Builder website(String v) {
            this.website = v;
            return this;
        }

        public Builder extensions(Extensions v) {
            this.extensions = v;
            return this;
        }

        /** What {@link #build()} would make now, or why it cannot yet (for jshell, logs and debuggers). */
        @Override
        public String toString() {
            try {
                return "Organization.Builder{" + build() + "}";
            } catch (RuntimeException e) {
                return "Organization.Builder{not ready: " + e.getMessage() + "}";
            }
        }

        public Organization build() {
            return new Organization(
                    Optional.ofNullable(organId),
                    Opt.text(organizationInCharge),
                    Opt.text(name),
                    Opt.text(address),
                    Opt.text(email),
                    Opt.text(telephone),
                    Opt.text(fax),
                    Opt.text(website),
                    extensions);
        }
    }
}
