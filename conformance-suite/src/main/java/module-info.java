/** The conformance suite: test vectors, runner, adapters and reports for edXML implementations. */
module dev.edxml.conformance {
    requires transitive dev.edxml.model;
    requires transitive dev.edxml.sign;
    requires dev.edxml.validate;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires java.net.http;
    // only for dev.edxml.conformance.junit: a vendor's JUnit 5 @TestFactory brings it
    requires static transitive org.junit.jupiter.api;

    exports dev.edxml.conformance;
    exports dev.edxml.conformance.junit;
    // command-line adapters and scenario plumbing for the edxml command; not an API
    exports dev.edxml.conformance.internal to
            dev.edxml.cli;
}
