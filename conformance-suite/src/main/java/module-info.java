/** The conformance suite: test vectors, runner, adapters and reports for edXML implementations. */
module dev.edxml.conformance {
    requires transitive dev.edxml.model;
    requires dev.edxml.sign;
    requires dev.edxml.validate;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;

    exports dev.edxml.conformance;
}
