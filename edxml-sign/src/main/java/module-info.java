/**
 * Signatures for edXML packages: W3C XML-DSig over the whole package ({@link dev.edxml.sign.Signer},
 * {@link dev.edxml.sign.Verifier}) and the digital signatures of PDF attachments ({@code dev.edxml.sign.pdf}).
 */
module dev.edxml.sign {
    requires transitive dev.edxml.model;
    requires java.xml;
    requires static com.google.errorprone.annotations;
    requires java.xml.crypto;
    requires java.desktop;
    requires java.net.http;
    requires org.apache.santuario.xmlsec;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.slf4j;

    exports dev.edxml.sign;
    exports dev.edxml.sign.pdf;
    // the texts of this module's codes, for this project's own modules; not an API
    exports dev.edxml.sign.internal to
            dev.edxml.validate,
            dev.edxml.stats,
            dev.edxml.conformance;
}
