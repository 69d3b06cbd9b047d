/**
 * Format rules for edXML packages: the {@link dev.edxml.validate.Validator}, its profiles, the rule catalogue and the
 * {@link dev.edxml.validate.Rule} SPI for rules of one's own; and the receiving front door
 * ({@link dev.edxml.validate.PackageReceiver}): read once, verify the signatures, validate, one verdict.
 */
module dev.edxml.validate {
    requires transitive dev.edxml.model;
    requires transitive dev.edxml.sign;
    requires java.xml;
    requires static com.google.errorprone.annotations;

    exports dev.edxml.validate;

    uses dev.edxml.validate.Rule;
}
