package dev.edxml.conformance;

import java.util.Objects;

/**
 * The software under test, as the certification record names it (phần mềm được kiểm thử).
 *
 * @param vendor  the vendor (đơn vị cung cấp)
 * @param name    the product's name
 * @param version the product's version
 * @since 0.1.0
 */
public record Product(String vendor, String name, String version) {
    /** Unnamed software (a record without names can still be read, but certifies nobody). */
    public static final Product UNNAMED = new Product("", "", "");

    public Product {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
        return (vendor + " " + name + " " + version).strip();
    }
}
