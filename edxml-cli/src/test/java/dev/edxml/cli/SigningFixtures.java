package dev.edxml.cli;

import dev.edxml.Edxml;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A test PKI (from edxml-sign's tests), its key as a PKCS#12 file with a password file, the root as PEM, and packages
 * signed in the ways the commands must tell apart (TEST ONLY).
 */
final class SigningFixtures {
    static final String PASSWORD = "mat-khau-ky-so";

    final TestPki pki;
    final SigningKey key;
    final Path p12;
    final Path passwordFile;
    final Path root;

    SigningFixtures(Path dir) throws Exception {
        pki = new TestPki("CA thử nghiệm dòng lệnh");
        key = pki.signer(TestPki.rsa(), "Nguyễn Văn Ký");
        p12 = TestPki.pkcs12(dir.resolve("signer.p12"), key, PASSWORD.toCharArray());
        // a trailing newline, as an editor leaves it: it is not part of the password
        passwordFile = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\n");
        root = TestPki.pem(dir.resolve("root.pem"), pki.root);
        // the PDF attachment of the test packages is signed under another test root: verify checks it too
        Files.writeString(
                root,
                Files.readString(TestPki.pem(dir.resolve("pdf-root.pem"), Packages.PDF_PKI.root)),
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** Writes {@code pkg} unsigned. */
    static Path write(Path file, EdxmlPackage pkg) throws Exception {
        Edxml.write(pkg, file);
        return file;
    }

    /** Writes {@code pkg} signed with this fixture's key. */
    Path signed(Path file, EdxmlPackage pkg) throws Exception {
        Edxml.write(Signer.builder().key(key).build().sign(pkg), file);
        return file;
    }

    /**
     * Writes {@code pkg} with an RSA-SHA1 signature (SHA-1 digest too) made with the JDK's own XML-DSig API, as old
     * systems still do: the signature {@link Signer} refuses to make.
     */
    Path sha1Signed(Path file, EdxmlPackage pkg) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(Edxml.toBytes(pkg)));
        Element header = (Element) doc.getElementsByTagNameNS(Edxml.IMPLEMENTS.namespace(), "edXMLHeader")
                .item(0);
        XMLSignatureFactory f = XMLSignatureFactory.getInstance("DOM");
        Reference ref = f.newReference(
                "",
                f.newDigestMethod(DigestMethod.SHA1, null),
                List.of(
                        f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                null,
                null);
        SignedInfo si = f.newSignedInfo(
                f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                f.newSignatureMethod(SignatureMethod.RSA_SHA1, null),
                List.of(ref));
        KeyInfoFactory kif = f.getKeyInfoFactory();
        KeyInfo ki = kif.newKeyInfo(List.of(kif.newX509Data(List.copyOf(key.chain()))));
        f.newXMLSignature(si, ki).sign(new DOMSignContext(key.privateKey(), header));
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tf.newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        Files.write(file, out.toByteArray());
        return file;
    }

    /** A copy of {@code signed} with {@code from} replaced by {@code to} in its text. */
    static Path tampered(Path signed, Path copy, String from, String to) throws Exception {
        String text = Files.readString(signed, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new AssertionError(from + " is not in " + signed);
        }
        return Files.writeString(copy, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
