/**
 * The edXML model: immutable values for document and status packages (QCVN 102:2016/BTTTT) and the
 * {@link dev.edxml.Edxml} front door for reading and writing them.
 */
module dev.edxml.model {
    requires java.xml;

    exports dev.edxml;
    exports dev.edxml.model;
}
