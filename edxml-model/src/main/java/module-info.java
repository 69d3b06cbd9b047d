/**
 * The edXML model: immutable values for document and status packages (QCVN 102:2016/BTTTT) and the
 * {@link dev.edxml.Edxml} front door for reading and writing them.
 */
module dev.edxml.model {
    requires java.xml;

    exports dev.edxml;
    exports dev.edxml.model;
    // message bundles and XML plumbing shared by this project's own modules; not an API
    exports dev.edxml.internal to
            dev.edxml.sign,
            dev.edxml.validate,
            dev.edxml.conformance,
            dev.edxml.stats,
            dev.edxml.axis;
    exports dev.edxml.internal.xml to
            dev.edxml.sign,
            dev.edxml.validate,
            dev.edxml.conformance,
            dev.edxml.axis;
    exports dev.edxml.internal.io to
            dev.edxml.sign,
            dev.edxml.validate,
            dev.edxml.conformance,
            dev.edxml.stats,
            dev.edxml.axis;
}
