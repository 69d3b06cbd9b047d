package dev.edxml.examples;

import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keys and files the example tests hand to the examples (TEST ONLY: fresh keys on every run). */
final class Fixtures {
    static final String P12_PASSWORD = "mat-khau-thu";

    final TestPki pki;
    final SigningKey signer;
    final Path p12;
    final Path anchor;
    final Path pdf;

    Fixtures(Path dir) throws Exception {
        pki = new TestPki("CA thử nghiệm ví dụ");
        signer = pki.signer(TestPki.rsa(), "Văn thư Văn phòng Chính phủ");
        p12 = TestPki.pkcs12(dir.resolve("van-thu.p12"), signer, P12_PASSWORD.toCharArray());
        anchor = TestPki.pem(dir.resolve("ca.pem"), pki.root);
        // a real one-page PDF, signed by the agency as the decree wants: a receiver checks it too
        java.io.ByteArrayOutputStream signedPdf = new java.io.ByteArrayOutputStream();
        dev.edxml.sign.pdf.PdfSigner.builder(signer)
                .build()
                .sign(new java.io.ByteArrayInputStream(ReceiverFrontDoorTest.pdf()), signedPdf);
        pdf = Files.write(dir.resolve("cong-van-7816.pdf"), signedPdf.toByteArray());
    }

    /** A signed letter from {@link SenderExample}, at {@code dir/name}. */
    Path sentPackage(Path dir, String name) throws Exception {
        Path out = dir.resolve(name);
        SenderExample.send(pdf, p12, P12_PASSWORD.toCharArray(), out);
        return out;
    }
}
