/**
 * The edXML model: immutable values for document and status packages (QCVN 102:2016/BTTTT) and the
 * {@link dev.edxml.Edxml} front door for reading and writing them.
 */
module dev.edxml.model {
    requires transitive java.xml;

    exports dev.edxml;
    exports dev.edxml.model;
    // The XML tree with locations, for the validator's rules; not an API.
    exports dev.edxml.internal.xml to dev.edxml.validate, dev.edxml.sign;
}
