/** Signatures for edXML packages: W3C XML-DSig over the whole package and PDF signatures of the attachments. */
module dev.edxml.sign {
    requires transitive dev.edxml.model;

    // exports dev.edxml.sign (its only API package) once the signing issue (#3) adds it
}
