/**
 * The document-exchange axis (trục liên thông văn bản): {@link dev.edxml.axis.AxisClient}, a client that replaces the
 * official SDKVXP, and {@link dev.edxml.axis.LocalAxis}, a local axis to test an exchange against.
 */
module dev.edxml.axis {
    requires transitive dev.edxml.model;
    requires transitive dev.edxml.sign;
    requires transitive dev.edxml.validate;
    requires java.net.http;
    requires java.xml;
    requires jdk.httpserver;

    exports dev.edxml.axis;
}
