/** Format rules for edXML packages: the validator, its rule catalogue and reports. */
module dev.edxml.validate {
    requires transitive dev.edxml.model;

    // exports dev.edxml.validate (its only API package) once the validation issue (#4) adds it
}
